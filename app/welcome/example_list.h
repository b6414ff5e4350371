// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QAbstractListModel>
#include <QString>
#include <QtQml/qqmlregistration.h>
#include <QUrl>
#include <vector>

namespace topograph {

/// The example models embedded in the executable (qrc:/examples), with the title and
/// description each file declares, for the welcome screen. Read once, when created.
class ExampleList : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int count READ count CONSTANT)

public:
    enum Role { TitleRole = Qt::UserRole + 1, DescriptionRole, UrlRole, FileNameRole };

    explicit ExampleList(QObject* parent = nullptr);

    int count() const { return static_cast<int>(examples_.size()); }
    /// The example's address for DocumentController::open; empty for a row out of range.
    Q_INVOKABLE QUrl urlAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Example {
        QString title;
        QString description;
        QUrl url;
        QString fileName;
    };
    std::vector<Example> examples_;
};

} // namespace topograph
