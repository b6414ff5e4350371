// SPDX-License-Identifier: Apache-2.0
#include "diagram_checks.h"
#include "exporters/diagram/diagram_export.h"
#include "exporters/model_yaml/model_file.h"
#include "tests/support/xml_tree.h"

#include <gtest/gtest.h>

namespace topograph {
namespace {

using namespace testing_support;

std::string svgOf(const Document& document, const DiagramOptions& options = {}) {
    return exportDiagram(document, DiagramFormat::Svg, options);
}

std::size_t occurrences(const std::string& text, const std::string& needle) {
    std::size_t count = 0;
    for (auto at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) {
        ++count;
    }
    return count;
}

TEST(SvgExport, ExamplesNestAsTheModel) {
    for (const auto& [name, document] : bundledExamples()) {
        EXPECT_TRUE(svgMatchesModel(document, svgOf(document))) << name;
    }
}

TEST(SvgExport, IsDeterministic) {
    const Document document =
        loadModelFile(std::string(TOPOGRAPH_EXAMPLES_DIR) + "/three-tier-web.yaml");
    EXPECT_EQ(svgOf(document), svgOf(document));
    EXPECT_EQ(svgOf(document), svgOf(Document(document)));
}

TEST(SvgExport, TheWhitePageCanBeLeftOutForTransparentImages) {
    const Document document =
        loadModelFile(std::string(TOPOGRAPH_EXAMPLES_DIR) + "/three-tier-web.yaml");
    EXPECT_EQ(occurrences(svgOf(document), "id=\"topograph-background\""), 1u);
    DiagramOptions options;
    options.background = false;
    const std::string transparent = exportDiagram(document, DiagramFormat::Svg, options);
    EXPECT_EQ(transparent.find("topograph-background"), std::string::npos);
    EXPECT_TRUE(svgMatchesModel(document, transparent));
}

TEST(SvgExport, EachUsedIconIsEmbeddedOnceAndReused) {
    const Document document =
        loadModelFile(std::string(TOPOGRAPH_EXAMPLES_DIR) + "/three-tier-web.yaml");
    const std::string svg = svgOf(document);
    EXPECT_EQ(occurrences(svg, "<g id=\"topograph-icon-subnet-private\""), 1u);
    EXPECT_EQ(svg.find("<symbol"), std::string::npos); // Qt's SVG renderer has no <symbol>
    // Six subnets, four private: the private icon is used four times.
    EXPECT_EQ(occurrences(svg, "xlink:href=\"#topograph-icon-subnet-private\""), 4u);
    EXPECT_EQ(occurrences(svg, "xlink:href=\"#topograph-icon-subnet-public\""), 2u);
    EXPECT_EQ(svg.find("<image"), std::string::npos);
    EXPECT_EQ(svg.find("data:"), std::string::npos);
}

TEST(SvgExport, CidrsAreWrittenUnderTheNames) {
    const Document document =
        loadModelFile(std::string(TOPOGRAPH_EXAMPLES_DIR) + "/three-tier-web.yaml");
    const XmlElement root = parseXml(svgOf(document));
    const XmlElement* vpc = nullptr;
    std::vector<const XmlElement*> stack{&root};
    while (!stack.empty() && vpc == nullptr) {
        const XmlElement* element = stack.back();
        stack.pop_back();
        if (const std::string* id = element->attribute("id"); id != nullptr && *id == "vpc") {
            vpc = element;
        }
        for (const XmlElement& child : element->children) {
            stack.push_back(&child);
        }
    }
    ASSERT_NE(vpc, nullptr);
    std::vector<const XmlElement*> texts;
    for (const XmlElement& child : vpc->children) {
        if (child.name == "text") {
            texts.push_back(&child);
        }
    }
    ASSERT_EQ(texts.size(), 2u);
    EXPECT_EQ(texts[0]->text, "Web application VPC");
    EXPECT_EQ(texts[1]->text, "10.0.0.0/16");
    EXPECT_GT(std::stod(*texts[1]->attribute("y")), std::stod(*texts[0]->attribute("y")));
    EXPECT_EQ(*texts[0]->attribute("x"), *texts[1]->attribute("x"));
}

TEST(SvgExport, PublicAndPrivateSubnetsHaveTheirColours) {
    const Document document =
        loadModelFile(std::string(TOPOGRAPH_EXAMPLES_DIR) + "/three-tier-web.yaml");
    const std::string svg = svgOf(document);
    const auto frameOf = [&](const std::string& id) {
        const auto group = svg.find("<g id=\"" + id + "\"");
        return svg.substr(group, svg.find("/>", svg.find("<rect", group)) - group);
    };
    EXPECT_NE(frameOf("public-a").find("fill=\"#F2F6E8\" stroke=\"#7AA116\""), std::string::npos);
    EXPECT_NE(frameOf("db-a").find("fill=\"#E6F6F7\" stroke=\"#00A4A6\""), std::string::npos);
    EXPECT_NE(svg.find("id=\"topograph-legend\""), std::string::npos);
    DiagramOptions withoutLegend;
    withoutLegend.legend = false;
    EXPECT_EQ(svgOf(document, withoutLegend).find("topograph-legend"), std::string::npos);
}

TEST(SvgExport, AwkwardNamesAreEscaped) {
    const Document document = awkwardlyNamedDocument();
    const std::string svg = svgOf(document);
    EXPECT_TRUE(svgMatchesModel(document, svg));
    EXPECT_NE(svg.find("R&amp;D &lt;lab&gt; &quot;west&quot;"), std::string::npos);
    EXPECT_NE(svg.find("id=\"web&lt;1&gt;\""), std::string::npos);
    EXPECT_EQ(svg.find('\x01'), std::string::npos);
}

} // namespace
} // namespace topograph
