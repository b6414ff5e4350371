// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "app/document_controller.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace topograph {

/// What the inspector's rule tables share: the resource they show (`resourceId` in the
/// `controller`'s document), re-reading it whenever the document changes (an edit, undo, redo),
/// and committing an edited copy of it as one undo step. A refused value leaves the document
/// alone and says why in `lastError`.
class ResourceRulesModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("ResourceRulesModel is the base of the inspector's rule tables")
    Q_PROPERTY(topograph::DocumentController* controller READ controller WRITE setController NOTIFY
                   controllerChanged)
    Q_PROPERTY(QString resourceId READ resourceId WRITE setResourceId NOTIFY resourceIdChanged)
    Q_PROPERTY(bool valid READ valid NOTIFY rowsReloaded)
    Q_PROPERTY(QString title READ title NOTIFY rowsReloaded)
    Q_PROPERTY(int count READ count NOTIFY rowsReloaded)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)

public:
    explicit ResourceRulesModel(QObject* parent = nullptr);

    DocumentController* controller() const { return controller_; }
    void setController(DocumentController* controller);
    QString resourceId() const { return resourceId_; }
    void setResourceId(const QString& id);
    /// True when resourceId names a resource of the kind this table shows.
    bool valid() const { return valid_; }
    /// The resource's name ("Database tier ACL"), or "" when not valid.
    QString title() const { return title_; }
    QString lastError() const { return lastError_; }
    int rowCount(const QModelIndex& parent = {}) const override;
    int count() const { return rowCount(); }

    /// Changes one cell (`field` is a role name) as one undo step; false, with lastError, when
    /// the value is refused or changes nothing.
    Q_INVOKABLE bool setEntryField(int row, const QString& field, const QVariant& value);
    /// Adds a harmless new row (see each table) as one undo step.
    Q_INVOKABLE bool addEntry();
    Q_INVOKABLE bool removeEntry(int row);
    Q_INVOKABLE void clearError() { setLastError({}); }

signals:
    void controllerChanged();
    void resourceIdChanged();
    void rowsReloaded();
    void lastErrorChanged();

protected:
    /// The shown resource in the current document, or nullptr.
    const Resource* resource() const;
    /// Reads the rows of `resource` (nullptr: no rows); true when the resource is of the kind
    /// the table shows.
    virtual bool readRows(const Resource* resource) = 0;
    virtual int rows() const = 0;
    /// Each edit returns "" after editing `copy`, or the sentence that refuses the value.
    virtual QString editField(Resource& copy, int row, const QString& field,
                              const QVariant& value) = 0;
    virtual QString addRow(Resource& copy) = 0;
    virtual QString removeRow(Resource& copy, int row) = 0;
    /// The undo text of an edit ("Edit rule 100 of Database tier ACL").
    virtual QString editText(int row) const = 0;
    virtual QString addText() const = 0;
    virtual QString removeText(int row) const = 0;
    void setLastError(const QString& error);
    bool inRange(int row) const { return row >= 0 && row < rows(); }

private:
    void reload();
    bool commit(const std::function<QString(Resource&)>& edit, const QString& text);

    QPointer<DocumentController> controller_;
    QMetaObject::Connection changed_;
    QString resourceId_;
    QString title_;
    QString lastError_;
    bool valid_ = false;
};

} // namespace topograph
