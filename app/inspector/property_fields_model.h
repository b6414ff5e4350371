// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "app/document_controller.h"
#include "core/edit/property_fields.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace topograph {

/// The inspector's "Settings" of the resource `resourceId`: one row per kind-specific setting
/// (core/edit/property_fields.h decides which and checks the values). It re-reads the resource
/// after every change of the document; when the rows stay the same fields only the rows that
/// read differently signal dataChanged, so an editor being typed in keeps its focus. Each edit is
/// one undo step; a refused value leaves the document alone and says why in `lastError`.
class PropertyFieldsModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(topograph::DocumentController* controller READ controller WRITE setController NOTIFY
                   controllerChanged)
    Q_PROPERTY(QString resourceId READ resourceId WRITE setResourceId NOTIFY resourceIdChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)

public:
    enum Role {
        KeyRole = Qt::UserRole + 1,
        LabelRole,
        TypeRole,        // "flag", "choice", "number", "numberList", "text", "references"
        ValueRole,       // the value as text
        ChoicesRole,     // [{value, label, selected}]
        ChoiceIndexRole, // the row of `choices` holding the value (choice fields), else -1
        HelpRole,
    };

    explicit PropertyFieldsModel(QObject* parent = nullptr);

    DocumentController* controller() const { return controller_; }
    void setController(DocumentController* controller);
    QString resourceId() const { return resourceId_; }
    void setResourceId(const QString& id);
    int count() const { return static_cast<int>(fields_.size()); }
    QString lastError() const { return lastError_; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Gives the setting `key` the value `text` as one undo step; false, with lastError, when
    /// refused. An unchanged value does nothing and is not an error.
    Q_INVOKABLE bool setValue(const QString& key, const QString& text);
    /// Adds (`on`) or takes away `id` from a list of references ("subnets", "targets", ...).
    Q_INVOKABLE bool setReference(const QString& key, const QString& id, bool on);
    Q_INVOKABLE void clearError() { setLastError({}); }

signals:
    void controllerChanged();
    void resourceIdChanged();
    void countChanged();
    void lastErrorChanged();

private:
    void reload();
    const Resource* resource() const;
    const PropertyField* fieldOf(const QString& key) const;
    void setLastError(const QString& error);

    QPointer<DocumentController> controller_;
    QMetaObject::Connection changed_;
    QString resourceId_;
    std::vector<PropertyField> fields_;
    QString lastError_;
};

} // namespace topograph
