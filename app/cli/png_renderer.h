// SPDX-License-Identifier: Apache-2.0
// PNG export for the command line. topograph-cli links no Qt, so it writes the SVG diagram and
// has `topograph-render` (app/render/, installed beside it) rasterize it through Qt.
#pragma once

#include <optional>
#include <string>

namespace topograph::cli {

struct PngRequest {
    std::string svg;        // the diagram
    std::string output;     // the PNG file to write
    std::string scale;      // "1", "2" or "4"
    std::string background; // "white" or "transparent"
};

/// Writes the PNG; on failure returns a sentence saying what went wrong and what to do.
std::optional<std::string> renderPng(const PngRequest& request);

} // namespace topograph::cli
