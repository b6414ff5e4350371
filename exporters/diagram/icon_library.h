// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/model/resource.h"

#include <string>
#include <string_view>
#include <vector>

namespace topograph::diagram {

/// One icon of resources/icons, compiled into the library (see embed_icons.cmake).
struct EmbeddedIcon {
    std::string_view name; // the file name without ".svg": "vpc", "subnet-public"
    std::string_view svg;  // the file's text
};

/// Every icon, in the order of the file paths. Defined in the generated embedded_icons.cpp.
const std::vector<EmbeddedIcon>& embeddedIcons();

/// The icon a resource is drawn with: the kind's name, or subnet-public / subnet-private.
std::string iconNameFor(ResourceKind kind, bool isPublicSubnet);

/// An icon reduced to what an SVG <symbol> needs: its viewBox and the drawing inside <svg>,
/// without comments. Empty strings when the name is unknown.
struct IconDrawing {
    std::string viewBox;
    std::string content;
};
IconDrawing iconDrawing(std::string_view name);

/// The icon's main colour: the fill of its first shape ("#8C4FFF"), or a neutral grey.
std::string iconColour(std::string_view name);

} // namespace topograph::diagram
