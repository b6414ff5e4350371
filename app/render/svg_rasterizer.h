// SPDX-License-Identifier: Apache-2.0
// Turns an exported SVG diagram into a PNG image through Qt's SVG renderer. The GUI's PNG export
// and the `topograph-render` helper (which `topograph-cli export --format png` runs, so that the
// command line itself links no Qt GUI module) share this one implementation.
#pragma once

#include <optional>
#include <QByteArray>
#include <QImage>
#include <QSizeF>
#include <QString>

namespace topograph::render {

enum class Background { White, Transparent };

struct RasterOptions {
    double scale = 1.0; // 1x, 2x, 4x: pixels per SVG user unit
    Background background = Background::White;
};

/// The largest image we agree to allocate: 16k pixels a side. A 4x render of a very large
/// diagram can exceed it; the caller gets an error telling it to pick a smaller scale.
inline constexpr int maximumImageSide = 16384;

struct RasterResult {
    QImage image;  // null when rendering failed
    QString error; // what went wrong and what to do, when image is null
};

/// The SVG's size in user units (its viewBox, else its width and height); nothing when it
/// cannot be parsed or has no size.
std::optional<QSizeF> svgSize(const QByteArray& svg);

RasterResult rasterizeSvg(const QByteArray& svg, const RasterOptions& options);

} // namespace topograph::render
