// SPDX-License-Identifier: Apache-2.0
#pragma once

// Internal to exporters/diagram: one writer per format, each a function of the shared scene.

#include "exporters/diagram/diagram_scene.h"

#include <string>

namespace topograph::diagram {

std::string writeSvg(const Scene& scene);
std::string writeDrawIo(const Scene& scene);
std::string writeDot(const Scene& scene);
std::string writeMermaid(const Scene& scene);

/// "3 errors", "1 warning": for badges' tooltips and the legend.
std::string countText(int count, const char* singular);

} // namespace topograph::diagram
