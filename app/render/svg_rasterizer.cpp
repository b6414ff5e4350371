// SPDX-License-Identifier: Apache-2.0
#include "app/render/svg_rasterizer.h"

#include <cmath>
#include <QPainter>
#include <QSvgRenderer>

namespace topograph::render {

namespace {

QSizeF logicalSize(const QSvgRenderer& renderer) {
    // The viewBox is the diagram's coordinate system; the default size falls back to it.
    const QRectF viewBox = renderer.viewBoxF();
    return viewBox.isEmpty() ? QSizeF(renderer.defaultSize()) : viewBox.size();
}

} // namespace

std::optional<QSizeF> svgSize(const QByteArray& svg) {
    const QSvgRenderer renderer(svg);
    if (!renderer.isValid()) {
        return std::nullopt;
    }
    const QSizeF size = logicalSize(renderer);
    if (!(size.width() > 0) || !(size.height() > 0)) {
        return std::nullopt;
    }
    return size;
}

RasterResult rasterizeSvg(const QByteArray& svg, const RasterOptions& options) {
    if (!(options.scale > 0.0) || options.scale > 16.0) {
        return {{}, QStringLiteral("the scale must be between 0 and 16 (use 1, 2 or 4)")};
    }
    QSvgRenderer renderer(svg);
    if (!renderer.isValid()) {
        return {{},
                QStringLiteral("the SVG could not be parsed; export it again as SVG and "
                               "check it opens in a browser")};
    }
    const QSizeF logical = logicalSize(renderer);
    const int width = static_cast<int>(std::ceil(logical.width() * options.scale));
    const int height = static_cast<int>(std::ceil(logical.height() * options.scale));
    if (width <= 0 || height <= 0) {
        return {{}, QStringLiteral("the SVG has no size (no viewBox, width or height)")};
    }
    if (width > maximumImageSide || height > maximumImageSide) {
        return {{},
                QStringLiteral("the image would be %1 x %2 pixels, more than %3 a side; choose a "
                               "smaller scale")
                    .arg(width)
                    .arg(height)
                    .arg(maximumImageSide)};
    }
    QImage image(width, height, QImage::Format_ARGB32_Premultiplied);
    image.fill(options.background == Background::White ? Qt::white : Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    renderer.render(&painter, QRectF(0, 0, width, height));
    painter.end();
    return {image, {}};
}

} // namespace topograph::render
