// SPDX-License-Identifier: Apache-2.0
#include "diagram_checks.h"
#include "exporters/diagram/diagram_export.h"
#include "exporters/model_yaml/model_file.h"

#include <gtest/gtest.h>

namespace topograph {
namespace {

using namespace testing_support;

TEST(DotExport, ExamplesRenderWithoutWarnings) {
    for (const auto& [name, document] : bundledExamples()) {
        EXPECT_TRUE(dotRendersCleanly(document, exportDiagram(document, DiagramFormat::Dot)))
            << name;
    }
}

TEST(DotExport, ContainersAreClustersAndLinesReachThem) {
    const Document document =
        loadModelFile(std::string(TOPOGRAPH_EXAMPLES_DIR) + "/two-peered-vpcs.yaml");
    const std::string dot = exportDiagram(document, DiagramFormat::Dot);
    EXPECT_NE(dot.find("subgraph \"cluster_shared-vpc\""), std::string::npos);
    EXPECT_NE(dot.find("subgraph \"cluster_shared-private\""), std::string::npos);
    EXPECT_NE(dot.find("compound=true"), std::string::npos);
    // The requester's line leaves its VPC's border; the accepter's line ends at its border.
    EXPECT_NE(dot.find("\"app-vpc::anchor\" -> \"peering\" [color=\"#8C4FFF\", penwidth=1.2, "
                       "ltail=\"cluster_app-vpc\""),
              std::string::npos);
    EXPECT_NE(dot.find("\"peering\" -> \"shared-vpc::anchor\" [color=\"#8C4FFF\", "
                       "penwidth=1.2, lhead=\"cluster_shared-vpc\""),
              std::string::npos);
}

TEST(DotExport, AwkwardNamesRenderCleanly) {
    const Document document = awkwardlyNamedDocument();
    const std::string dot = exportDiagram(document, DiagramFormat::Dot);
    EXPECT_TRUE(dotRendersCleanly(document, dot));
    EXPECT_NE(dot.find("R&D <lab> \\\"west\\\""), std::string::npos);
}

} // namespace
} // namespace topograph
