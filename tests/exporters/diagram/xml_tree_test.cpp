// SPDX-License-Identifier: Apache-2.0
// The XML checker must itself be strict, or the SVG and draw.io tests would prove nothing.
#include "tests/support/xml_tree.h"

#include <gtest/gtest.h>

namespace topograph::testing_support {
namespace {

TEST(XmlTree, ParsesElementsAttributesTextAndReferences) {
    const XmlElement root =
        parseXml("<?xml version=\"1.0\"?>\n<!-- c --><a x=\"1 &amp; 2\" y='&#x41;&#66;'>t&lt;<b/>"
                 "<![CDATA[<raw>]]></a>\n");
    EXPECT_EQ(root.name, "a");
    EXPECT_EQ(*root.attribute("x"), "1 & 2");
    EXPECT_EQ(*root.attribute("y"), "AB");
    EXPECT_EQ(root.text, "t<<raw>");
    ASSERT_EQ(root.children.size(), 1u);
    EXPECT_EQ(root.children[0].name, "b");
}

TEST(XmlTree, RejectsWhatIsNotWellFormed) {
    const char* const broken[] = {
        "",                       // no root
        "<a>",                    // unclosed
        "<a></b>",                // mismatched
        "<a x=\"1\" x=\"2\"/>",   // duplicate attribute
        "<a x=1/>",               // unquoted attribute
        "<a x=\"<\"/>",           // < in an attribute
        "<a>&nbsp;</a>",          // unknown entity
        "<a>& </a>",              // bare ampersand
        "<a/><b/>",               // two roots
        "<a><!-- x -- y --></a>", // -- inside a comment
        "<a>\x01</a>",            // control character
        "<a>\xC3</a>",            // truncated UTF-8
        "<!DOCTYPE a><a/>",       // DTD
        "<a>]]></a>",             // CDATA end in text
        "<a>&#0;</a>",            // reference to a forbidden character
    };
    for (const char* text : broken) {
        EXPECT_THROW(parseXml(text), XmlError) << text;
    }
}

TEST(XmlTree, ErrorsNameLineAndColumn) {
    try {
        parseXml("<a>\n  <b></c>\n</a>");
        FAIL() << "no error";
    } catch (const XmlError& error) {
        // Line 2, column 6: where the wrong end tag starts.
        EXPECT_EQ(std::string(error.what()).substr(0, 4), "2:6:") << error.what();
    }
}

} // namespace
} // namespace topograph::testing_support
