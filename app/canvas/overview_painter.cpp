// SPDX-License-Identifier: Apache-2.0
#include "app/canvas/overview_painter.h"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <QImageReader>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>
#include <QUrl>
#include <vector>

namespace topograph {

namespace {

// Where the delegates (qml/canvas/NodeDelegate.qml, ContainerDelegate.qml, FindingBadge.qml)
// put their parts, in scene units: the drawing at far zoom keeps the same places.
constexpr qreal nodeIconSize = 44;
constexpr qreal nodeIconTop = 4;
constexpr qreal badgeSize = 18;
constexpr qreal nodeBadgeLeftOfIconRight = 8;
constexpr qreal nodeBadgeAboveIcon = 6;
constexpr qreal containerBadgeRightMargin = 8;
constexpr qreal containerIconInset = 4; // the icon is the title band less this
constexpr qreal titleBand = 36;

QString resourcePathOf(const QString& source) {
    const QUrl url(source);
    if (url.scheme() == QLatin1String("qrc")) {
        return QLatin1Char(':') + url.path();
    }
    return url.isLocalFile() ? url.toLocalFile() : source;
}

/// The colours of ContainerDelegate.qml: stroke, fill (invalid for none).
std::pair<QColor, QColor> containerColors(const OverviewItem& item, const OverviewColors& colors) {
    if (item.kind == QLatin1String("region")) {
        return {colors.regionStroke, colors.regionFill};
    }
    if (item.kind == QLatin1String("availability-zone")) {
        return {colors.zoneStroke, QColor()};
    }
    if (item.kind == QLatin1String("subnet")) {
        return item.isPublic ? std::pair{colors.publicSubnetStroke, colors.publicSubnetFill}
                             : std::pair{colors.privateSubnetStroke, colors.privateSubnetFill};
    }
    return {colors.vpcStroke, colors.vpcFill};
}

QColor lineColor(const QString& kind, const OverviewColors& colors) {
    if (kind == QLatin1String("route")) {
        return colors.routeLine;
    }
    if (kind == QLatin1String("load-balancing")) {
        return colors.loadBalancingLine;
    }
    if (kind == QLatin1String("vpn")) {
        return colors.vpnLine;
    }
    return colors.otherLine;
}

/// A polygon in scene coordinates mapped into the image.
QPolygonF polygonInImage(const QPolygonF& scene, const QRectF& area, qreal scale) {
    QPolygonF polygon;
    polygon.reserve(scene.size());
    for (const QPointF& point : scene) {
        polygon << QPointF((point.x() - area.x()) * scale, (point.y() - area.y()) * scale);
    }
    return polygon;
}

} // namespace

OverviewColors OverviewColors::fromMap(const QVariantMap& map) {
    OverviewColors colors;
    const auto take = [&map](const char* name, QColor& color) {
        const QVariant value = map.value(QLatin1String(name));
        if (value.isValid()) {
            const QColor given = value.value<QColor>();
            if (given.isValid()) {
                color = given;
            }
        }
    };
    take("canvas", colors.canvas);
    take("regionStroke", colors.regionStroke);
    take("regionFill", colors.regionFill);
    take("zoneStroke", colors.zoneStroke);
    take("vpcStroke", colors.vpcStroke);
    take("vpcFill", colors.vpcFill);
    take("publicSubnetStroke", colors.publicSubnetStroke);
    take("publicSubnetFill", colors.publicSubnetFill);
    take("privateSubnetStroke", colors.privateSubnetStroke);
    take("privateSubnetFill", colors.privateSubnetFill);
    take("error", colors.error);
    take("warning", colors.warning);
    take("routeLine", colors.routeLine);
    take("loadBalancingLine", colors.loadBalancingLine);
    take("vpnLine", colors.vpnLine);
    take("otherLine", colors.otherLine);
    return colors;
}

QImage OverviewPainter::icon(const QString& source, int pixels) const {
    const QMutexLocker lock(&mutex_);
    return iconLocked(source, pixels);
}

QImage OverviewPainter::iconLocked(const QString& source, int pixels) const {
    const QString key = source + QLatin1Char('@') + QString::number(pixels);
    auto found = icons_.constFind(key);
    if (found != icons_.constEnd()) {
        return *found;
    }
    // Each SVG is rendered once, large; the sizes the zoom levels need are scaled from it
    // (rendering the SVG again for each size made the first zoom through the levels stutter).
    const QString masterKey = source + QStringLiteral("@master");
    auto master = icons_.constFind(masterKey);
    if (master == icons_.constEnd()) {
        QImageReader reader(resourcePathOf(source));
        reader.setScaledSize(QSize(masterIconPixels, masterIconPixels));
        master = icons_.insert(masterKey,
                               reader.read().convertToFormat(QImage::Format_ARGB32_Premultiplied));
    }
    const QImage scaled = master->isNull() ? QImage()
                                           : master->scaled(pixels, pixels, Qt::KeepAspectRatio,
                                                            Qt::SmoothTransformation);
    icons_.insert(key, scaled);
    return scaled;
}

QColor OverviewPainter::iconColor(const QString& source) const {
    const QMutexLocker lock(&mutex_);
    auto found = iconColors_.constFind(source);
    if (found != iconColors_.constEnd()) {
        return *found;
    }
    // The average of the icon's opaque pixels: an icon a few pixels wide becomes a block of
    // the colour that a glance at the full icon remembers.
    const QImage image = iconLocked(source, 16);
    double red = 0;
    double green = 0;
    double blue = 0;
    double alpha = 0;
    for (int y = 0; y < image.height(); ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            red += qRed(line[x]);
            green += qGreen(line[x]);
            blue += qBlue(line[x]);
            alpha += qAlpha(line[x]);
        }
    }
    const QColor color = alpha > 0 ? QColor::fromRgbF(static_cast<float>(red / alpha),
                                                      static_cast<float>(green / alpha),
                                                      static_cast<float>(blue / alpha))
                                   : QColor(Qt::gray);
    iconColors_.insert(source, color);
    return color;
}

void OverviewPainter::paintBadge(QPainter& painter, const QRectF& badge, const QString& severity,
                                 qreal scale, const OverviewColors& colors) const {
    if (severity.isEmpty()) {
        return;
    }
    const qreal diameter = std::max(badgeSize * scale, minimumBadgePixels);
    const QRectF circle(badge.center() - QPointF(diameter / 2, diameter / 2),
                        QSizeF(diameter, diameter));
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(QPen(colors.canvas, std::max(1.0, 1.5 * scale)));
    painter.setBrush(severity == QLatin1String("error") ? colors.error : colors.warning);
    painter.drawEllipse(circle);
    painter.setRenderHint(QPainter::Antialiasing, false);
}

QImage OverviewPainter::paint(const OverviewScene& scene, const QRectF& area, qreal scale,
                              const OverviewColors& colors, const std::atomic<bool>* stop) const {
    const auto stopped = [stop] {
        return stop != nullptr && stop->load(std::memory_order_relaxed);
    };
    const QSize size(std::max(1, static_cast<int>(std::ceil(area.width() * scale))),
                     std::max(1, static_cast<int>(std::ceil(area.height() * scale))));
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    if (area.isEmpty() || scale <= 0) {
        return image;
    }
    QPainter painter(&image);
    const auto toImage = [&area, scale](const QRectF& rect) {
        return QRectF((rect.x() - area.x()) * scale, (rect.y() - area.y()) * scale,
                      rect.width() * scale, rect.height() * scale);
    };
    const auto drawIcon = [&](const QString& source, const QRectF& target) {
        const int pixels = static_cast<int>(std::lround(target.width()));
        if (pixels < minimumIconPixels) {
            painter.fillRect(target, iconColor(source));
            return;
        }
        const QImage picture = icon(source, pixels);
        if (picture.isNull()) {
            painter.fillRect(target, iconColor(source));
            return;
        }
        painter.drawImage(QPointF(std::round(target.x()), std::round(target.y())), picture);
    };

    std::vector<OverviewItem> drawn;
    drawn.reserve(scene.items.size());
    std::copy_if(scene.items.begin(), scene.items.end(), std::back_inserter(drawn),
                 [&area](const OverviewItem& item) { return item.rect.intersects(area); });
    // Containers nest by depth (their z in QML), then the lines, then the nodes above them.
    std::stable_sort(drawn.begin(), drawn.end(), [](const OverviewItem& a, const OverviewItem& b) {
        const int za = a.isContainer ? a.depth : 100;
        const int zb = b.isContainer ? b.depth : 100;
        return za < zb;
    });
    const auto firstNode = std::find_if(drawn.begin(), drawn.end(),
                                        [](const OverviewItem& item) { return !item.isContainer; });

    for (auto item = drawn.begin(); item != firstNode; ++item) {
        if (stopped()) {
            return {};
        }
        const QRectF box = toImage(item->rect);
        const auto [stroke, fill] = containerColors(*item, colors);
        const bool dashed = item->kind == QLatin1String("region") ||
                            item->kind == QLatin1String("availability-zone");
        if (fill.isValid()) {
            painter.fillRect(box, fill);
        }
        QPen pen(stroke,
                 std::max(1.0, std::round((item->kind == QLatin1String("vpc") ? 2 : 1.5) * scale)));
        pen.setStyle(dashed ? Qt::DashLine : Qt::SolidLine);
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(box);
        if (item->kind != QLatin1String("availability-zone")) {
            const qreal side = titleBand - containerIconInset;
            drawIcon(item->iconSource, toImage(QRectF(item->rect.topLeft(), QSizeF(side, side))));
        }
        const QRectF badge(item->rect.right() - containerBadgeRightMargin - badgeSize,
                           item->rect.y() + (titleBand - containerIconInset - badgeSize) / 2,
                           badgeSize, badgeSize);
        paintBadge(painter, toImage(badge), item->badge, scale, colors);
    }

    painter.setRenderHint(QPainter::Antialiasing, true);
    for (const OverviewLine& line : scene.lines) {
        const QColor color = lineColor(line.kind, colors);
        QPen pen(color, std::max(1.0, 1.5 * scale));
        if (line.kind == QLatin1String("route")) {
            pen.setStyle(Qt::DashLine);
        }
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        painter.drawPolyline(polygonInImage(line.points, area, scale));
        painter.setPen(QPen(color, 1));
        painter.setBrush(color);
        painter.drawPolygon(polygonInImage(line.arrowHead, area, scale));
    }
    painter.setRenderHint(QPainter::Antialiasing, false);

    for (auto item = firstNode; item != drawn.end(); ++item) {
        if (stopped()) {
            return {};
        }
        const QRectF iconRect(item->rect.x() + (item->rect.width() - nodeIconSize) / 2,
                              item->rect.y() + nodeIconTop, nodeIconSize, nodeIconSize);
        drawIcon(item->iconSource, toImage(iconRect));
        const QRectF badge(iconRect.right() - nodeBadgeLeftOfIconRight,
                           iconRect.top() - nodeBadgeAboveIcon, badgeSize, badgeSize);
        paintBadge(painter, toImage(badge), item->badge, scale, colors);
    }
    return image;
}

} // namespace topograph
