// SPDX-License-Identifier: Apache-2.0
#include "app/inspector/resource_rules_model.h"

#include "app/inspector/followed_document.h"

namespace topograph {

ResourceRulesModel::ResourceRulesModel(QObject* parent) : QAbstractListModel(parent) {}

void ResourceRulesModel::setController(DocumentController* controller) {
    if (followDocument(controller_, changed_, controller, this, &ResourceRulesModel::reload)) {
        emit controllerChanged();
        reload();
    }
}

void ResourceRulesModel::setResourceId(const QString& id) {
    if (resourceId_ == id) {
        return;
    }
    resourceId_ = id;
    emit resourceIdChanged();
    setLastError({});
    reload();
}

int ResourceRulesModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : rows();
}

const Resource* ResourceRulesModel::resource() const {
    if (controller_ == nullptr || resourceId_.isEmpty()) {
        return nullptr;
    }
    return controller_->document().find(resourceId_.toStdString());
}

void ResourceRulesModel::reload() {
    // A reset is cheap (a table has a few rows) and keeps the rows in step with undo.
    beginResetModel();
    const Resource* shown = resource();
    valid_ = readRows(shown);
    title_ = valid_ ? QString::fromStdString(shown->label()) : QString();
    endResetModel();
    emit rowsReloaded();
}

void ResourceRulesModel::setLastError(const QString& error) {
    if (lastError_ != error) {
        lastError_ = error;
        emit lastErrorChanged();
    }
}

bool ResourceRulesModel::commit(const std::function<QString(Resource&)>& edit,
                                const QString& text) {
    const Resource* shown = resource();
    if (!valid_ || shown == nullptr) {
        setLastError(tr("Nothing to edit: select an item first."));
        return false;
    }
    Resource copy = *shown;
    const QString refusal = edit(copy);
    setLastError(refusal);
    return refusal.isEmpty() && controller_->replaceResource(copy, text);
}

bool ResourceRulesModel::setEntryField(int row, const QString& field, const QVariant& value) {
    if (row < 0) {
        // A delegate torn down by the reset that the previous commit caused: a text field
        // finishes editing once more as it loses focus. Nothing the user asked for.
        return false;
    }
    if (!inRange(row)) {
        setLastError(tr("There is no row %1.").arg(row + 1));
        return false;
    }
    return commit([&](Resource& copy) { return editField(copy, row, field, value); },
                  editText(row));
}

bool ResourceRulesModel::addEntry() {
    return commit([&](Resource& copy) { return addRow(copy); }, addText());
}

bool ResourceRulesModel::removeEntry(int row) {
    if (!inRange(row)) {
        setLastError(tr("There is no row %1.").arg(row + 1));
        return false;
    }
    return commit([&](Resource& copy) { return removeRow(copy, row); }, removeText(row));
}

} // namespace topograph
