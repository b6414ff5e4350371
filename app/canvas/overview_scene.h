// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QPolygonF>
#include <QRectF>
#include <QString>
#include <vector>

class QAbstractItemModel;

namespace topograph {

/// One item as the far-zoom drawing needs it (scene coordinates).
struct OverviewItem {
    QRectF rect;
    QString kind;
    QString iconSource;
    QString badge; // "error", "warning" or ""
    int depth = 0;
    bool isContainer = false;
    bool isPublic = false;
};

/// One line between items (scene coordinates).
struct OverviewLine {
    QString kind;
    QPolygonF points;
    QPolygonF arrowHead;
};

/// What OverviewPainter draws, copied out of the models: plain values, so that a worker thread
/// can paint them while the GUI thread goes on editing the models (QString is implicitly
/// shared with an atomic count, so the copies cost little and are safe to hand over).
struct OverviewScene {
    std::vector<OverviewItem> items;
    std::vector<OverviewLine> lines;

    /// The items of a DiagramModel that overlap `area`, and every line of an EdgeModel (null
    /// for none). Reads the models: call it on their thread.
    static OverviewScene capture(const QAbstractItemModel& items, const QAbstractItemModel* edges,
                                 const QRectF& area);
};

} // namespace topograph
