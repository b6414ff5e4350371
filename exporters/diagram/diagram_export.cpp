// SPDX-License-Identifier: Apache-2.0
#include "exporters/diagram/diagram_export.h"

#include "exporters/diagram/diagram_writers.h"

#include <array>
#include <utility>

namespace topograph {

namespace {

struct FormatNames {
    DiagramFormat format;
    std::string_view name;
    std::string_view extension;
};

constexpr std::array<FormatNames, 4> formatNames{{
    {DiagramFormat::Svg, "svg", ".svg"},
    {DiagramFormat::DrawIo, "drawio", ".drawio"},
    {DiagramFormat::Dot, "dot", ".dot"},
    {DiagramFormat::Mermaid, "mermaid", ".mmd"},
}};

} // namespace

std::string_view diagramFormatName(DiagramFormat format) {
    return formatNames[static_cast<std::size_t>(format)].name;
}

std::optional<DiagramFormat> diagramFormatFromName(std::string_view name) {
    for (const FormatNames& entry : formatNames) {
        if (entry.name == name) {
            return entry.format;
        }
    }
    return std::nullopt;
}

std::string_view diagramFileExtension(DiagramFormat format) {
    return formatNames[static_cast<std::size_t>(format)].extension;
}

std::string exportDiagram(const Document& document, DiagramFormat format,
                          const DiagramOptions& options) {
    const diagram::Scene scene = diagram::buildScene(document, options);
    switch (format) {
    case DiagramFormat::Svg:
        return diagram::writeSvg(scene);
    case DiagramFormat::DrawIo:
        return diagram::writeDrawIo(scene);
    case DiagramFormat::Dot:
        return diagram::writeDot(scene);
    case DiagramFormat::Mermaid:
        return diagram::writeMermaid(scene);
    }
    return {};
}

namespace diagram {

std::string countText(int count, const char* singular) {
    return std::to_string(count) + " " + singular + (count == 1 ? "" : "s");
}

} // namespace diagram

} // namespace topograph
