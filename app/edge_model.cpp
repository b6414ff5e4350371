// SPDX-License-Identifier: Apache-2.0
#include "app/edge_model.h"

namespace topograph {

namespace {

constexpr double arrowLength = 9;

QPointF toQPoint(Point point) {
    return {point.x, point.y};
}

} // namespace

EdgeModel::EdgeModel(QObject* parent) : QAbstractListModel(parent) {}

int EdgeModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : count();
}

QVariant EdgeModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row& row = rows_[static_cast<std::size_t>(index.row())];
    switch (role) {
    case KindRole: {
        const std::string_view name = edgeKindName(row.edge.kind);
        return QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size()));
    }
    case FromIdRole:
        return QString::fromStdString(row.edge.from);
    case ToIdRole:
        return QString::fromStdString(row.edge.to);
    case PointsRole:
        return row.points;
    case ArrowHeadRole:
        return row.arrowHead;
    default:
        return {};
    }
}

QHash<int, QByteArray> EdgeModel::roleNames() const {
    return {{KindRole, "kind"},
            {FromIdRole, "fromId"},
            {ToIdRole, "toId"},
            {PointsRole, "points"},
            {ArrowHeadRole, "arrowHead"}};
}

std::vector<EdgeModel::Row> EdgeModel::buildRows(const Document& document,
                                                 const GeometryMap& absolute) {
    std::vector<Row> rows;
    for (DiagramEdge& edge : diagramEdges(document)) {
        const auto from = absolute.find(edge.from);
        const auto to = absolute.find(edge.to);
        if (from == absolute.end() || to == absolute.end()) {
            continue; // one end is not laid out: there is nowhere to draw the line
        }
        const auto [start, end] = edgeEndpoints(from->second, to->second);
        const auto [leftWing, rightWing] = arrowHead(start, end, arrowLength);
        rows.push_back(Row{std::move(edge),
                           {toQPoint(start), toQPoint(end)},
                           {toQPoint(leftWing), toQPoint(end), toQPoint(rightWing)}});
    }
    return rows;
}

void EdgeModel::reset(const Document& document, const GeometryMap& absolute) {
    const int previousCount = count();
    beginResetModel();
    rows_ = buildRows(document, absolute);
    endResetModel();
    if (count() != previousCount) {
        emit countChanged();
    }
}

void EdgeModel::apply(const Document& document, const GeometryMap& absolute) {
    std::vector<Row> fresh = buildRows(document, absolute);
    const bool sameEdges = fresh.size() == rows_.size() &&
                           std::equal(fresh.begin(), fresh.end(), rows_.begin(),
                                      [](const Row& a, const Row& b) { return a.edge == b.edge; });
    if (!sameEdges) {
        reset(document, absolute);
        return;
    }
    for (std::size_t i = 0; i < fresh.size(); ++i) {
        if (fresh[i].points != rows_[i].points || fresh[i].arrowHead != rows_[i].arrowHead) {
            rows_[i] = std::move(fresh[i]);
            const QModelIndex changed = index(static_cast<int>(i));
            emit dataChanged(changed, changed, {PointsRole, ArrowHeadRole});
        }
    }
}

} // namespace topograph
