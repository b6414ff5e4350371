// SPDX-License-Identifier: Apache-2.0
#include "app/reach/reach_hops_model.h"

#include <QHash>

namespace topograph {

ReachHopsModel::ReachHopsModel(QObject* parent) : QAbstractListModel(parent) {}

int ReachHopsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : count();
}

QVariant ReachHopsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= count()) {
        return {};
    }
    const Row& row = rows_[static_cast<std::size_t>(index.row())];
    switch (role) {
    case DirectionRole:
        return row.direction;
    case ComponentIdRole:
        return row.componentId;
    case ComponentLabelRole:
        return row.componentLabel;
    case KindLabelRole:
        return row.kindLabel;
    case DetailRole:
        return row.detail;
    case AllowedRole:
        return row.allowed;
    case AnchorIdRole:
        return row.anchorId;
    default:
        return {};
    }
}

QHash<int, QByteArray> ReachHopsModel::roleNames() const {
    return {{DirectionRole, "direction"},
            {ComponentIdRole, "componentId"},
            {ComponentLabelRole, "componentLabel"},
            {KindLabelRole, "kindLabel"},
            {DetailRole, "detail"},
            {AllowedRole, "allowed"},
            {AnchorIdRole, "anchorId"}};
}

void ReachHopsModel::setRows(std::vector<Row> rows) {
    const bool countChanges = rows.size() != rows_.size();
    beginResetModel();
    rows_ = std::move(rows);
    endResetModel();
    if (countChanges) {
        emit countChanged();
    }
}

QString ReachHopsModel::kindLabel(const QString& kind) {
    static const QHash<QString, QString> labels{
        {QStringLiteral("security-group-egress"), tr("Security group (outbound)")},
        {QStringLiteral("security-group-ingress"), tr("Security group (inbound)")},
        {QStringLiteral("network-acl-outbound"), tr("Network ACL (outbound)")},
        {QStringLiteral("network-acl-inbound"), tr("Network ACL (inbound)")},
        {QStringLiteral("network-acl-return"), tr("Network ACL (the way back)")},
        {QStringLiteral("route-table"), tr("Route table")},
        {QStringLiteral("internet-gateway"), tr("Internet gateway")},
        {QStringLiteral("nat-gateway"), tr("NAT gateway")},
        {QStringLiteral("public-ip"), tr("Public IP address")},
        {QStringLiteral("blocked"), tr("Blocked here")},
    };
    if (const auto found = labels.constFind(kind); found != labels.constEnd()) {
        return *found;
    }
    // Kinds added to the engine later still read as words: "vpc-peering" -> "Vpc peering".
    QString words = kind;
    words.replace(QLatin1Char('-'), QLatin1Char(' '));
    if (!words.isEmpty()) {
        words[0] = words[0].toUpper();
    }
    return words;
}

} // namespace topograph
