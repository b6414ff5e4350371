// SPDX-License-Identifier: Apache-2.0
#include "app/inspector/tag_list_model.h"

namespace topograph {

TagListModel::TagListModel(QObject* parent) : QAbstractListModel(parent) {}

int TagListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : count();
}

QVariant TagListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Tag& tag = tags_[std::size_t(index.row())];
    switch (role) {
    case KeyRole:
        return QString::fromStdString(tag.key);
    case ValueRole:
        return QString::fromStdString(tag.value);
    default:
        return {};
    }
}

QHash<int, QByteArray> TagListModel::roleNames() const {
    return {{KeyRole, "key"}, {ValueRole, "value"}};
}

void TagListModel::setTags(const std::vector<Tag>& tags) {
    if (tags == tags_) {
        return;
    }
    const bool countChanges = tags.size() != tags_.size();
    beginResetModel();
    tags_ = tags;
    endResetModel();
    if (countChanges) {
        emit countChanged();
    }
}

} // namespace topograph
