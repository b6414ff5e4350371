// SPDX-License-Identifier: Apache-2.0
#include "diagram_checks.h"
#include "exporters/diagram/diagram_export.h"
#include "exporters/model_yaml/model_file.h"
#include "tests/support/xml_tree.h"

#include <gtest/gtest.h>

namespace topograph {
namespace {

using namespace testing_support;

std::string drawIoOf(const Document& document) {
    return exportDiagram(document, DiagramFormat::DrawIo);
}

const XmlElement* cellWithId(const XmlElement& root, const std::string& id) {
    for (const XmlElement& cell : root.children[0].children[0].children[0].children) {
        if (*cell.attribute("id") == id) {
            return &cell;
        }
    }
    return nullptr;
}

TEST(DrawIoExport, ExamplesNestAsTheModelWithRelativeGeometry) {
    for (const auto& [name, document] : bundledExamples()) {
        EXPECT_TRUE(drawIoMatchesModel(document, drawIoOf(document))) << name;
    }
}

TEST(DrawIoExport, UsesTheAws4ShapesOfDiagramsNet) {
    const Document document =
        loadModelFile(std::string(TOPOGRAPH_EXAMPLES_DIR) + "/three-tier-web.yaml");
    const XmlElement root = parseXml(drawIoOf(document));
    const auto styleOf = [&](const std::string& id) {
        const XmlElement* cell = cellWithId(root, id);
        return cell == nullptr ? std::string() : *cell->attribute("style");
    };
    EXPECT_NE(styleOf("region").find("shape=mxgraph.aws4.group;grIcon=mxgraph.aws4.group_region;"),
              std::string::npos);
    EXPECT_NE(
        styleOf("app-instance-a").find("shape=mxgraph.aws4.resourceIcon;resIcon=mxgraph.aws4.ec2;"),
        std::string::npos);
    EXPECT_NE(styleOf("db").find("resIcon=mxgraph.aws4.rds;"), std::string::npos);
    EXPECT_NE(styleOf("alb").find("resIcon=mxgraph.aws4.elastic_load_balancing;"),
              std::string::npos);
    EXPECT_NE(styleOf("igw").find("shape=mxgraph.aws4.internet_gateway;"), std::string::npos);
    EXPECT_NE(styleOf("nat-a").find("shape=mxgraph.aws4.nat_gateway;"), std::string::npos);
    // The instance sits in its subnet, with geometry relative to it.
    const XmlElement* instance = cellWithId(root, "app-instance-a");
    ASSERT_NE(instance, nullptr);
    EXPECT_EQ(*instance->attribute("parent"), "app-a");
    EXPECT_LT(std::stod(*instance->children[0].attribute("x")), 200.0);
}

TEST(DrawIoExport, LinesJoinTheirEnds) {
    const Document document =
        loadModelFile(std::string(TOPOGRAPH_EXAMPLES_DIR) + "/two-peered-vpcs.yaml");
    const XmlElement root = parseXml(drawIoOf(document));
    int peeringLines = 0;
    for (const XmlElement& cell : root.children[0].children[0].children[0].children) {
        if (cell.attribute("edge") != nullptr && *cell.attribute("tooltip") == "VPC peering") {
            ++peeringLines;
        }
    }
    EXPECT_EQ(peeringLines, 2) << "both VPCs are joined to their peering connection";
    const std::string xml = drawIoOf(document);
    EXPECT_NE(xml.find("source=\"app-vpc\" target=\"peering\""), std::string::npos);
    EXPECT_NE(xml.find("source=\"peering\" target=\"shared-vpc\""), std::string::npos);
}

TEST(DrawIoExport, AwkwardNamesAreEscaped) {
    const Document document = awkwardlyNamedDocument();
    const std::string xml = drawIoOf(document);
    EXPECT_TRUE(drawIoMatchesModel(document, xml));
    const XmlElement root = parseXml(xml);
    const XmlElement* region = cellWithId(root, "region");
    ASSERT_NE(region, nullptr);
    // The value is an html=1 label: markup in names is HTML-escaped inside the attribute.
    EXPECT_EQ(*region->attribute("value"),
              "<b>R&amp;D &lt;lab&gt; \"west\"</b><br><font color=\"#545B64\">eu-west-1</font>");
}

TEST(DrawIoExport, IsDeterministic) {
    const Document document =
        loadModelFile(std::string(TOPOGRAPH_EXAMPLES_DIR) + "/transit-hub.yaml");
    EXPECT_EQ(drawIoOf(document), drawIoOf(document));
}

} // namespace
} // namespace topograph
