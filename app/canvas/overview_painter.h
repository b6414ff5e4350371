// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "app/canvas/overview_scene.h"

#include <atomic>
#include <QColor>
#include <QHash>
#include <QImage>
#include <QMutex>
#include <QRectF>
#include <QVariantMap>

class QAbstractItemModel;
class QPainter;

namespace topograph {

/// The theme colours the far-zoom drawing uses, by the names Theme.qml gives them.
struct OverviewColors {
    QColor canvas{0xF4, 0xF5, 0xF7};
    QColor regionStroke{0x7D, 0x89, 0x98};
    QColor regionFill{0xFB, 0xFB, 0xFC};
    QColor zoneStroke{0x14, 0x7E, 0xBA};
    QColor vpcStroke{0x8C, 0x4F, 0xFF};
    QColor vpcFill{0xFF, 0xFF, 0xFF};
    QColor publicSubnetStroke{0x7A, 0xA1, 0x16};
    QColor publicSubnetFill{0xF2, 0xF6, 0xE8};
    QColor privateSubnetStroke{0x00, 0xA4, 0xA6};
    QColor privateSubnetFill{0xE6, 0xF6, 0xF7};
    QColor error{0xD1, 0x32, 0x12};
    QColor warning{0xF2, 0xA1, 0x00};
    QColor routeLine{0x68, 0x70, 0x78};
    QColor loadBalancingLine{0xED, 0x71, 0x00};
    QColor vpnLine{0xDD, 0x34, 0x4C};
    QColor otherLine{0x8C, 0x4F, 0xFF};

    /// Takes every colour the map names (e.g. {"vpcStroke": Theme.vpcStroke}), keeping the
    /// light theme's for the others.
    static OverviewColors fromMap(const QVariantMap& map);
};

/// Draws a DiagramModel (and optionally an EdgeModel) small, as the canvas shows it zoomed far
/// out: container outlines and fills in their kind's colours, nodes as their icons (or a block
/// of the icon's colour when the icon would be a few pixels), finding badges kept large enough
/// to see, lines; no text, which would be unreadable. One image replaces some 15,000 Qt Quick
/// items that the software renderer would otherwise walk every frame.
///
/// Thread-safe: paint() may run on several threads at once (the icon cache is locked), so the
/// canvas paints on a worker (OverviewRenderer) while the GUI thread keeps drawing frames.
class OverviewPainter {
public:
    /// The part `area` (scene coordinates) of `scene` at `scale` image pixels per scene unit,
    /// on a transparent background. Returns a null image as soon as `stop` (if given) turns
    /// true: a paint nobody will show is abandoned rather than finished.
    QImage paint(const OverviewScene& scene, const QRectF& area, qreal scale,
                 const OverviewColors& colors, const std::atomic<bool>* stop = nullptr) const;

    /// The same, read from the models (on their thread); `edges` may be null.
    QImage paint(const QAbstractItemModel& items, const QAbstractItemModel* edges,
                 const QRectF& area, qreal scale, const OverviewColors& colors) const {
        return paint(OverviewScene::capture(items, edges, area), area, scale, colors);
    }

    /// The smallest diameter of a badge, in image pixels: a finding stays visible at any zoom.
    static constexpr qreal minimumBadgePixels = 7;
    /// Below this many image pixels an icon is drawn as a block of its colour.
    static constexpr int minimumIconPixels = 6;
    /// Icons are rendered from SVG once at this size and scaled down from there.
    static constexpr int masterIconPixels = 64;

private:
    QImage icon(const QString& source, int pixels) const;
    QColor iconColor(const QString& source) const;
    /// icon() with mutex_ held.
    QImage iconLocked(const QString& source, int pixels) const;
    void paintBadge(QPainter& painter, const QRectF& badge, const QString& severity, qreal scale,
                    const OverviewColors& colors) const;

    // The caches are filled lazily by whichever thread paints first.
    mutable QMutex mutex_;
    mutable QHash<QString, QImage> icons_;
    mutable QHash<QString, QColor> iconColors_;
};

} // namespace topograph
