// SPDX-License-Identifier: Apache-2.0
// Structural checks of exported diagrams against the model they came from, shared by the
// per-format, golden and corpus tests. Each returns an AssertionResult that names the first
// problem found.
#pragma once

#include "core/model/document.h"

#include <gtest/gtest.h>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace topograph::testing_support {

/// The drawn resources of a document and the drawn container each belongs in (std::nullopt
/// at the top level), from the model's own containment (containerOf), in file order.
std::vector<std::pair<ResourceId, std::optional<ResourceId>>>
expectedNesting(const Document& document);

::testing::AssertionResult svgMatchesModel(const Document& document, const std::string& svg);
::testing::AssertionResult drawIoMatchesModel(const Document& document, const std::string& xml);
::testing::AssertionResult mermaidMatchesModel(const Document& document, const std::string& text);

/// Runs Graphviz's dot on the text; success needs exit status 0, nothing on stderr (no
/// warnings), and an SVG that holds every drawn resource once, as a node or as a cluster
/// nested as in the model.
::testing::AssertionResult dotRendersCleanly(const Document& document, const std::string& dot);

/// The bundled examples and the CloudFormation corpus, laid out as the GUI shows them.
struct NamedDocument {
    std::string name;
    Document document;
};
std::vector<NamedDocument> bundledExamples();
std::vector<NamedDocument> corpusTemplates();

std::string readTextFile(const std::string& path);

/// A small network whose ids and names hold what each format must escape: markup, quotes,
/// backslashes, Mermaid's keyword "end" and entity marker "#", a control character.
Document awkwardlyNamedDocument();

} // namespace topograph::testing_support
