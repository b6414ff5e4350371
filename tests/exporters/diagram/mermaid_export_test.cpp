// SPDX-License-Identifier: Apache-2.0
#include "diagram_checks.h"
#include "exporters/diagram/diagram_export.h"
#include "exporters/model_yaml/model_file.h"

#include <gtest/gtest.h>

namespace topograph {
namespace {

using namespace testing_support;

TEST(MermaidExport, ExamplesAreNestedSubgraphs) {
    for (const auto& [name, document] : bundledExamples()) {
        EXPECT_TRUE(mermaidMatchesModel(document, exportDiagram(document, DiagramFormat::Mermaid)))
            << name;
    }
}

TEST(MermaidExport, IdsAreSanitizedAndLabelsEscaped) {
    const Document document = awkwardlyNamedDocument();
    const std::string text = exportDiagram(document, DiagramFormat::Mermaid);
    EXPECT_TRUE(mermaidMatchesModel(document, text));
    EXPECT_NE(text.find("subgraph n_end[\""), std::string::npos) << "'end' is a keyword";
    EXPECT_NE(text.find("n_web_1_[\""), std::string::npos);
    EXPECT_NE(text.find("R#amp;D #lt;lab#gt; #quot;west#quot;"), std::string::npos);
    EXPECT_NE(text.find("VPC #35;1; 'main' \\ back"), std::string::npos);
    EXPECT_NE(text.find("Gate#96;way#96; {x}"), std::string::npos);
}

TEST(MermaidExport, SanitizedIdsStayUnique) {
    Document document = awkwardlyNamedDocument();
    Resource twin = *document.find("worker");
    twin.id = "web-1-";
    document.add(twin); // "web<1>" and "web-1-" both become n_web_1_
    const std::string text = exportDiagram(document, DiagramFormat::Mermaid);
    EXPECT_TRUE(mermaidMatchesModel(document, text));
    EXPECT_NE(text.find("n_web_1__2[\""), std::string::npos);
}

TEST(MermaidExport, LinesAreStyledByKind) {
    const Document document =
        loadModelFile(std::string(TOPOGRAPH_EXAMPLES_DIR) + "/three-tier-web.yaml");
    const std::string text = exportDiagram(document, DiagramFormat::Mermaid);
    EXPECT_NE(text.find("n_public_a -.-> n_igw"), std::string::npos) << "routes are dashed";
    EXPECT_NE(text.find("n_alb --> n_app_instance_a"), std::string::npos);
    EXPECT_NE(text.find("linkStyle 0 stroke:"), std::string::npos);
}

} // namespace
} // namespace topograph
