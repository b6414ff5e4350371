// SPDX-License-Identifier: Apache-2.0
#include "app/canvas/overview_scene.h"

#include "app/diagram_model.h"
#include "app/edge_model.h"

#include <QAbstractItemModel>

namespace topograph {

namespace {

QPolygonF polygonOf(const QVariant& points) {
    QPolygonF polygon;
    const QVariantList list = points.toList();
    polygon.reserve(list.size());
    for (const QVariant& point : list) {
        polygon << point.toPointF();
    }
    return polygon;
}

} // namespace

OverviewScene OverviewScene::capture(const QAbstractItemModel& items,
                                     const QAbstractItemModel* edges, const QRectF& area) {
    OverviewScene scene;
    const int rows = items.rowCount();
    scene.items.reserve(static_cast<std::size_t>(rows));
    for (int row = 0; row < rows; ++row) {
        const QModelIndex index = items.index(row, 0);
        const QRectF rect(index.data(DiagramModel::XRole).toReal(),
                          index.data(DiagramModel::YRole).toReal(),
                          index.data(DiagramModel::WidthRole).toReal(),
                          index.data(DiagramModel::HeightRole).toReal());
        if (!rect.intersects(area)) {
            continue;
        }
        scene.items.push_back({rect, index.data(DiagramModel::KindRole).toString(),
                               index.data(DiagramModel::IconSourceRole).toString(),
                               index.data(DiagramModel::BadgeRole).toString(),
                               index.data(DiagramModel::DepthRole).toInt(),
                               index.data(DiagramModel::IsContainerRole).toBool(),
                               index.data(DiagramModel::IsPublicRole).toBool()});
    }
    if (edges != nullptr) {
        const int lines = edges->rowCount();
        scene.lines.reserve(static_cast<std::size_t>(lines));
        for (int row = 0; row < lines; ++row) {
            const QModelIndex index = edges->index(row, 0);
            scene.lines.push_back({index.data(EdgeModel::KindRole).toString(),
                                   polygonOf(index.data(EdgeModel::PointsRole)),
                                   polygonOf(index.data(EdgeModel::ArrowHeadRole))});
        }
    }
    return scene;
}

} // namespace topograph
