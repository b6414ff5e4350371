// SPDX-License-Identifier: Apache-2.0
#include "exporters/diagram/diagram_export.h"
#include "exporters/diagram/icon_library.h"
#include "exporters/diagram/xml_text.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <sstream>

namespace topograph::diagram {
namespace {

TEST(DiagramText, XmlEscapeHandlesMarkupQuotesAndControlCharacters) {
    EXPECT_EQ(xmlEscape("a<b>&\"c'"), "a&lt;b&gt;&amp;&quot;c&apos;");
    EXPECT_EQ(xmlEscape(std::string("x\x01y\x1F") + "z\tw"), "xyz\tw");
    EXPECT_EQ(xmlEscape("caf\xC3\xA9"), "caf\xC3\xA9") << "valid UTF-8 is kept";
    EXPECT_EQ(xmlEscape("bad\xC3(\xFF"), "bad(") << "invalid UTF-8 is dropped";
}

TEST(DiagramText, EllipsizeCountsCharactersNotBytes) {
    EXPECT_EQ(ellipsize("short", 10), "short");
    EXPECT_EQ(ellipsize("abcdefghij", 5), "abcd\u2026");
    EXPECT_EQ(ellipsize("\xC3\xA9\xC3\xA9\xC3\xA9", 2), "\xC3\xA9\u2026");
}

TEST(DiagramText, NumbersHaveNoExponentAndNoTrailingZeros) {
    EXPECT_EQ(formatNumber(40), "40");
    EXPECT_EQ(formatNumber(12.5), "12.5");
    EXPECT_EQ(formatNumber(1.0 / 3), "0.33");
    EXPECT_EQ(formatNumber(-0.001), "0");
    EXPECT_EQ(formatNumber(1e7), "10000000");
}

TEST(DiagramIcons, EveryDrawnKindHasAnEmbeddedIcon) {
    for (int k = 0; k < resourceKindCount; ++k) {
        const auto kind = static_cast<ResourceKind>(k);
        for (const bool isPublic : {false, true}) {
            const std::string name = iconNameFor(kind, isPublic);
            const IconDrawing drawing = iconDrawing(name);
            const bool drawnKind =
                kind != ResourceKind::RouteTable && kind != ResourceKind::NetworkAcl &&
                kind != ResourceKind::SecurityGroup && kind != ResourceKind::ElasticIp &&
                kind != ResourceKind::TransitGatewayAttachment;
            if (drawnKind) {
                EXPECT_EQ(drawing.viewBox, "0 0 64 64") << name;
                EXPECT_FALSE(drawing.content.empty()) << name;
                EXPECT_EQ(drawing.content.find("<!--"), std::string::npos) << name;
            }
        }
    }
    EXPECT_TRUE(iconDrawing("no-such-icon").content.empty());
}

TEST(DiagramIcons, TheEmbeddedIconsAreTheFilesOfResourcesIcons) {
    namespace fs = std::filesystem;
    const fs::path directory = fs::path(TOPOGRAPH_EXAMPLES_DIR).parent_path() / "icons";
    std::size_t files = 0;
    for (const auto& entry : fs::directory_iterator(directory)) {
        if (entry.path().extension() != ".svg") {
            continue;
        }
        ++files;
        std::ifstream in(entry.path(), std::ios::binary);
        std::ostringstream text;
        text << in.rdbuf();
        const std::string name = entry.path().stem().string();
        const auto& icons = embeddedIcons();
        const auto found = std::find_if(icons.begin(), icons.end(), [&](const EmbeddedIcon& icon) {
            return icon.name == name;
        });
        ASSERT_NE(found, icons.end()) << name << " is not embedded";
        EXPECT_EQ(found->svg, text.str()) << name << " differs from its file";
    }
    EXPECT_EQ(files, embeddedIcons().size());
}

TEST(DiagramFormats, NamesRoundTrip) {
    for (const auto format :
         {DiagramFormat::Svg, DiagramFormat::DrawIo, DiagramFormat::Dot, DiagramFormat::Mermaid}) {
        EXPECT_EQ(diagramFormatFromName(diagramFormatName(format)), format);
        EXPECT_EQ(diagramFileExtension(format).front(), '.');
    }
    EXPECT_FALSE(diagramFormatFromName("png"));
    EXPECT_FALSE(diagramFormatFromName("SVG"));
}

} // namespace
} // namespace topograph::diagram
