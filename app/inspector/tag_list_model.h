// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/model/values.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>
#include <vector>

namespace topograph {

/// The selected resource's tags (key, value) for the inspector; edited through
/// InspectorController::setTag / removeTag.
class TagListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("TagListModel belongs to an InspectorController")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role { KeyRole = Qt::UserRole + 1, ValueRole };
    Q_ENUM(Role)

    explicit TagListModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    int count() const { return static_cast<int>(tags_.size()); }

    /// Shows `tags`; leaves the view alone when they did not change, so typing in one tag's
    /// field is not interrupted by an edit elsewhere.
    void setTags(const std::vector<Tag>& tags);

signals:
    void countChanged();

private:
    std::vector<Tag> tags_;
};

} // namespace topograph
