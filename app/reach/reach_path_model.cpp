// SPDX-License-Identifier: Apache-2.0
#include "app/reach/reach_path_model.h"

#include "app/diagram_model.h"

#include <algorithm>
#include <cmath>
#include <QLineF>

namespace topograph {

namespace {

// How far the response runs beside the request, in canvas units: the two would otherwise
// hide each other on the way back through the same items.
constexpr qreal responseOffset = 6;

std::vector<ReachPathModel::Stop> withoutRepeats(std::vector<ReachPathModel::Stop> stops) {
    std::vector<ReachPathModel::Stop> kept;
    for (auto& stop : stops) {
        if (stop.id.isEmpty()) {
            continue;
        }
        if (!kept.empty() && kept.back().id == stop.id) {
            kept.back().allowed = kept.back().allowed && stop.allowed;
            continue;
        }
        kept.push_back(std::move(stop));
    }
    return kept;
}

} // namespace

ReachPathModel::ReachPathModel(QObject* parent) : QAbstractListModel(parent) {}

int ReachPathModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : count();
}

QVariant ReachPathModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= count()) {
        return {};
    }
    const Segment& segment = segments_[static_cast<std::size_t>(index.row())];
    switch (role) {
    case X1Role:
        return segment.from.x();
    case Y1Role:
        return segment.from.y();
    case X2Role:
        return segment.to.x();
    case Y2Role:
        return segment.to.y();
    case AllowedRole:
        return segment.allowed;
    case IsResponseRole:
        return segment.isResponse;
    case FromIdRole:
        return segment.fromId;
    case ToIdRole:
        return segment.toId;
    default:
        return {};
    }
}

QHash<int, QByteArray> ReachPathModel::roleNames() const {
    return {{X1Role, "x1"},         {Y1Role, "y1"},           {X2Role, "x2"},
            {Y2Role, "y2"},         {AllowedRole, "allowed"}, {IsResponseRole, "isResponse"},
            {FromIdRole, "fromId"}, {ToIdRole, "toId"}};
}

void ReachPathModel::setItems(DiagramModel* items) {
    if (items_ == items) {
        return;
    }
    if (items_) {
        disconnect(items_, nullptr, this, nullptr);
    }
    items_ = items;
    if (items_) {
        // Moves change only the rectangles (dataChanged); edits may add or remove items.
        connect(items_, &QAbstractItemModel::dataChanged, this, &ReachPathModel::rebuild);
        connect(items_, &QAbstractItemModel::modelReset, this, &ReachPathModel::rebuild);
        connect(items_, &QAbstractItemModel::rowsInserted, this, &ReachPathModel::rebuild);
        connect(items_, &QAbstractItemModel::rowsRemoved, this, &ReachPathModel::rebuild);
    }
    rebuild();
}

void ReachPathModel::setPath(std::vector<Stop> request, std::vector<Stop> response,
                             const QString& blockedId, const QString& blockedCode) {
    request_ = withoutRepeats(std::move(request));
    response_ = withoutRepeats(std::move(response));
    blockedId_ = blockedId;
    blockedCode_ = blockedCode;
    rebuild();
}

QPointF ReachPathModel::anchorOf(const QString& id, const QRectF& rect) const {
    // A container's centre is often where one of its children sits (a subnet's NAT gateway):
    // a hop through the subnet's route table or ACL goes to the icon in its title band instead.
    if (items_->isContainer(id)) {
        constexpr double iconCentre = 18;
        return {rect.left() + std::min(iconCentre, rect.width() / 2),
                rect.top() + std::min(iconCentre, rect.height() / 2)};
    }
    return rect.center();
}

void ReachPathModel::appendSegments(const std::vector<Stop>& stops, bool isResponse) {
    for (std::size_t i = 1; i < stops.size(); ++i) {
        const QRectF from = items_->rectOf(stops[i - 1].id);
        const QRectF to = items_->rectOf(stops[i].id);
        if (from.isEmpty() || to.isEmpty()) {
            continue;
        }
        Segment segment{anchorOf(stops[i - 1].id, from),
                        anchorOf(stops[i].id, to),
                        stops[i].allowed,
                        isResponse,
                        stops[i - 1].id,
                        stops[i].id};
        if (isResponse) {
            const QLineF line(segment.from, segment.to);
            if (line.length() > 0) {
                const QLineF normal = line.normalVector().unitVector();
                const QPointF shift = (normal.p2() - normal.p1()) * responseOffset;
                segment.from += shift;
                segment.to += shift;
            }
        }
        segments_.push_back(std::move(segment));
    }
}

void ReachPathModel::rebuild() {
    const int before = count();
    beginResetModel();
    segments_.clear();
    blockedRect_ = {};
    if (items_) {
        appendSegments(request_, false);
        appendSegments(response_, true);
        if (!blockedId_.isEmpty()) {
            blockedRect_ = items_->rectOf(blockedId_);
        }
    }
    endResetModel();
    if (count() != before) {
        emit countChanged();
    }
    // Always: the code may change while the rectangle stays (another query, the same item).
    emit blockedChanged();
}

} // namespace topograph
