// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QAbstractListModel>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QtQml/qqmlregistration.h>
#include <vector>

namespace topograph {

class DocumentController;

/// Every drawn item of the document for Edit > Find Item…: its name, what kind it is and the
/// container it is drawn in, filtered by typed words (matchesEveryWord() over the name, the kind
/// and the id). Rows keep the canvas's order (each container before what it holds), so the list
/// does not jump about while typing. A snapshot: refresh() re-reads the document, which the
/// picker does each time it opens (nothing can be edited while it is open).
class ItemFinderModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(topograph::DocumentController* controller READ controller WRITE setController NOTIFY
                   controllerChanged)
    Q_PROPERTY(QString filterText READ filterText WRITE setFilterText NOTIFY filterTextChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    /// Drawn items before filtering: tells "nothing drawn" from "nothing matches".
    Q_PROPERTY(int totalCount READ totalCount NOTIFY countChanged)

public:
    enum Role {
        ItemIdRole = Qt::UserRole + 1,
        NameRole,      // "App server A" (the id when unnamed)
        KindRole,      // "EC2 instance"
        ContainerRole, // "App subnet A"; "" for top-level items
        IconSourceRole,
    };
    Q_ENUM(Role)

    explicit ItemFinderModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    DocumentController* controller() const { return controller_; }
    void setController(DocumentController* controller);
    QString filterText() const { return filterText_; }
    /// Keeps the items of which every typed word starts a different word of the name, the kind
    /// or the id, ignoring case; an empty text keeps everything.
    void setFilterText(const QString& text);
    int count() const { return static_cast<int>(visible_.size()); }
    int totalCount() const { return static_cast<int>(entries_.size()); }

    /// Re-reads the drawn items of the controller's document.
    Q_INVOKABLE void refresh();
    /// The id of the shown row, or "" outside the rows.
    Q_INVOKABLE QString idAt(int row) const;

signals:
    void controllerChanged();
    void filterTextChanged();
    void countChanged();

private:
    struct Entry {
        QString id;
        QString name;
        QString kind;
        QString container;
        QString iconSource;
        QStringList words; // of name, kind and id, without repeats
    };

    /// The entries the filter keeps, in order.
    std::vector<std::size_t> matching() const;
    void applyFilter();

    QPointer<DocumentController> controller_;
    QString filterText_;
    std::vector<Entry> entries_;
    std::vector<std::size_t> visible_; // indexes into entries_
};

} // namespace topograph
