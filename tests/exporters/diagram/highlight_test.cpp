// SPDX-License-Identifier: Apache-2.0
// Findings badges and a highlighted reachability path, in every format.
#include "core/reach/reach.h"
#include "diagram_checks.h"
#include "exporters/diagram/diagram_export.h"
#include "exporters/model_yaml/model_file.h"
#include "tests/support/xml_tree.h"

#include <gtest/gtest.h>

namespace topograph {
namespace {

using namespace testing_support;

Document threeTier() {
    return loadModelFile(std::string(TOPOGRAPH_EXAMPLES_DIR) + "/three-tier-web.yaml");
}

const XmlElement* findId(const XmlElement& element, const std::string& id) {
    if (const std::string* own = element.attribute("id"); own != nullptr && *own == id) {
        return &element;
    }
    for (const XmlElement& child : element.children) {
        if (const XmlElement* found = findId(child, id)) {
            return found;
        }
    }
    return nullptr;
}

/// The direct children of a group that have `class` starting with `prefix`.
std::vector<const XmlElement*> marksOf(const XmlElement& group, const std::string& prefix) {
    std::vector<const XmlElement*> found;
    for (const XmlElement& child : group.children) {
        if (const std::string* cls = child.attribute("class");
            cls != nullptr && cls->rfind(prefix, 0) == 0) {
            found.push_back(&child);
        }
    }
    return found;
}

DiagramOptions withFindings() {
    DiagramOptions options;
    options.findings = {
        Finding{Severity::Error, "TEST_ERROR", {"db"}, "one", "fix"},
        Finding{Severity::Error, "TEST_ERROR", {"db", "app-a"}, "two", "fix"},
        Finding{Severity::Warning, "TEST_WARNING", {"app-a"}, "three", "fix"},
        // A security group is not drawn: its finding goes on the VPC it belongs to.
        Finding{Severity::Warning, "TEST_WARNING", {"db-sg"}, "four", "fix"},
        Finding{Severity::Error, "TEST_ERROR", {"no-such-id"}, "five", "fix"},
        Finding{Severity::Info, "TEST_INFO", {"db"}, "not badged", "fix"},
    };
    return options;
}

TEST(DiagramFindings, BadgesCountErrorsAndWarningsPerItem) {
    const Document document = threeTier();
    const std::string svg = exportDiagram(document, DiagramFormat::Svg, withFindings());
    ASSERT_TRUE(svgMatchesModel(document, svg));
    const XmlElement root = parseXml(svg);

    const auto badgeText = [&](const std::string& id, const std::string& severity) {
        const XmlElement* group = findId(root, id);
        for (const XmlElement* badge : marksOf(*group, "badge " + severity)) {
            for (const XmlElement& child : badge->children) {
                if (child.name == "text") {
                    return child.text;
                }
            }
        }
        return std::string("none");
    };
    EXPECT_EQ(badgeText("db", "error"), "2");
    EXPECT_EQ(badgeText("db", "warning"), "none") << "info findings are not badged";
    EXPECT_EQ(badgeText("app-a", "warning"), "1");
    EXPECT_EQ(badgeText("app-a", "error"), "none") << "a finding counts on its first resource";
    EXPECT_EQ(badgeText("vpc", "warning"), "1");
    EXPECT_NE(svg.find("1 error and 0 warnings on nothing drawn"), std::string::npos);
}

TEST(DiagramFindings, EveryFormatShowsTheCounts) {
    const Document document = threeTier();
    const DiagramOptions options = withFindings();
    EXPECT_TRUE(
        drawIoMatchesModel(document, exportDiagram(document, DiagramFormat::DrawIo, options)));
    const std::string dot = exportDiagram(document, DiagramFormat::Dot, options);
    EXPECT_TRUE(dotRendersCleanly(document, dot));
    EXPECT_NE(dot.find("2 errors"), std::string::npos);
    const std::string mermaid = exportDiagram(document, DiagramFormat::Mermaid, options);
    EXPECT_TRUE(mermaidMatchesModel(document, mermaid));
    EXPECT_NE(mermaid.find("2 errors"), std::string::npos);
}

HighlightedPath pathOf(const Document& document, const std::string& from, const std::string& to,
                       int port) {
    reach::ReachQuery query;
    query.source = from;
    query.destination = to;
    query.port = port;
    return {query, reach::reach(document, query)};
}

TEST(DiagramPath, AReachablePathIsGreenEndToEnd) {
    const Document document = threeTier();
    DiagramOptions options;
    options.path = pathOf(document, "app-instance-a", "db", 5432);
    ASSERT_TRUE(options.path->answer.reachable) << options.path->answer.explanation;
    const std::string svg = exportDiagram(document, DiagramFormat::Svg, options);
    ASSERT_TRUE(svgMatchesModel(document, svg));
    const XmlElement root = parseXml(svg);
    EXPECT_EQ(marksOf(*findId(root, "app-instance-a"), "path-hop").size(), 1u);
    EXPECT_EQ(marksOf(*findId(root, "db"), "path-hop").size(), 1u);
    EXPECT_EQ(svg.find("path-blocked"), std::string::npos);
    EXPECT_NE(svg.find("app-instance-a \u2192 db tcp/5432: reachable"), std::string::npos);
}

TEST(DiagramPath, OnlyTheRoutesTakenAreOnThePath) {
    const Document document = threeTier();
    DiagramOptions options;
    // Inside the VPC: the local route; the app subnet's route to its NAT gateway is not taken.
    options.path = pathOf(document, "app-instance-a", "db", 5432);
    EXPECT_EQ(exportDiagram(document, DiagramFormat::Svg, options).find("on-path"),
              std::string::npos);
    // To the internet: app subnet -> NAT gateway, public subnet -> internet gateway.
    options.path = pathOf(document, "app-instance-a", "internet", 443);
    ASSERT_TRUE(options.path->answer.reachable) << options.path->answer.explanation;
    const std::string svg = exportDiagram(document, DiagramFormat::Svg, options);
    std::size_t edges = 0;
    for (auto at = svg.find("on-path"); at != std::string::npos; at = svg.find("on-path", at + 1)) {
        ++edges;
    }
    EXPECT_EQ(edges, 2U);
}

TEST(DiagramPath, TheBlockingHopIsRedWithItsCode) {
    const Document document = threeTier();
    DiagramOptions options;
    // The database's security group admits the application tier on 5432 only.
    options.path = pathOf(document, "app-instance-a", "db", 22);
    const reach::ReachAnswer& answer = options.path->answer;
    ASSERT_FALSE(answer.reachable);
    ASSERT_FALSE(answer.code.empty());
    const std::string svg = exportDiagram(document, DiagramFormat::Svg, options);
    ASSERT_TRUE(svgMatchesModel(document, svg));
    std::size_t blocked = 0;
    for (auto at = svg.find("class=\"path-blocked\""); at != std::string::npos;
         at = svg.find("class=\"path-blocked\"", at + 1)) {
        ++blocked;
    }
    EXPECT_EQ(blocked, 1u);
    EXPECT_NE(svg.find(">" + answer.code + "</text>"), std::string::npos);

    const std::string drawIo = exportDiagram(document, DiagramFormat::DrawIo, options);
    EXPECT_TRUE(drawIoMatchesModel(document, drawIo));
    EXPECT_NE(drawIo.find("id=\"topograph-code-"), std::string::npos);
    const std::string dot = exportDiagram(document, DiagramFormat::Dot, options);
    EXPECT_TRUE(dotRendersCleanly(document, dot));
    EXPECT_NE(dot.find("blocked: " + answer.code), std::string::npos);
    const std::string mermaid = exportDiagram(document, DiagramFormat::Mermaid, options);
    EXPECT_TRUE(mermaidMatchesModel(document, mermaid));
    EXPECT_NE(mermaid.find("blocked: " + answer.code), std::string::npos);
}

TEST(DiagramPath, HopsThroughUndrawnComponentsMarkWhatTheyGuard) {
    const Document document = threeTier();
    DiagramOptions options;
    options.path = pathOf(document, "app-instance-a", "internet", 443);
    ASSERT_TRUE(options.path->answer.reachable) << options.path->answer.explanation;
    const XmlElement root = parseXml(exportDiagram(document, DiagramFormat::Svg, options));
    // Out through the app subnet's route table and ACL, the NAT gateway, the public subnet
    // whose route table sends it on (found through the NAT gateway) and the internet gateway.
    for (const char* id : {"app-instance-a", "app-a", "nat-a", "public-a", "igw"}) {
        EXPECT_EQ(marksOf(*findId(root, id), "path-hop").size(), 1u) << id;
    }
    EXPECT_TRUE(marksOf(*findId(root, "db"), "path-").empty());
}

} // namespace
} // namespace topograph
