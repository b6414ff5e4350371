// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/check/finding.h"
#include "core/model/document.h"
#include "core/reach/query.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// Diagram exports: the picture the GUI shows (core/layout's geometry, nesting region > VPC >
// AZ > subnet > workload, public and private subnets, the lines of diagramEdges) written as
// SVG, draw.io, Graphviz DOT or Mermaid. Functions of a const document: items without
// geometry are laid out on a copy, exactly as loading a file in the GUI would.

namespace topograph {

enum class DiagramFormat : std::uint8_t {
    Svg,     // standalone SVG 1.1, one <g id="MODEL-ID"> per item, icons as <symbol>s
    DrawIo,  // uncompressed diagrams.net XML with the AWS 2021 (aws4) shapes
    Dot,     // Graphviz, clusters for containers
    Mermaid, // a flowchart with nested subgraphs, for GitHub markdown
};

/// "svg", "drawio", "dot", "mermaid": the names `topograph-cli export --format` takes.
std::string_view diagramFormatName(DiagramFormat format);
std::optional<DiagramFormat> diagramFormatFromName(std::string_view name);
/// ".svg", ".drawio", ".dot", ".mmd".
std::string_view diagramFileExtension(DiagramFormat format);

/// One reachability question and its answer, to draw the path it took.
struct HighlightedPath {
    reach::ReachQuery query;
    reach::ReachAnswer answer;
};

struct DiagramOptions {
    /// Findings to badge on the items they name (errors red, warnings amber, with counts).
    /// Info findings are not badged. Empty: no badges.
    std::vector<Finding> findings;
    /// A path to highlight: the components it crossed in green, the blocking one in red with
    /// its code.
    std::optional<HighlightedPath> path;
    /// A legend explaining the colours; drawn only when colours carry meaning.
    bool legend = true;
    /// A white page behind the diagram (SVG), so it looks the same in every viewer; false
    /// leaves the background transparent, for a transparent PNG.
    bool background = true;
    /// The diagram's title; empty: the document's title.
    std::string title;
};

/// The diagram as text in `format`. Deterministic: the same document and options always give
/// the same bytes. Never throws for a document that loaded (dangling references draw the
/// item at the top level).
std::string exportDiagram(const Document& document, DiagramFormat format,
                          const DiagramOptions& options = {});

} // namespace topograph
