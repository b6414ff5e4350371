// SPDX-License-Identifier: Apache-2.0
// The UTF-8 check that guards the model reader: every ill-formed kind of sequence is found at
// the right byte, and every well-formed one passes.
#include "exporters/cloudformation/cfn_import.h"
#include "exporters/io/utf8.h"
#include "exporters/model_yaml/file_kind.h"
#include "exporters/model_yaml/model_file.h"

#include <gtest/gtest.h>
#include <string>

namespace topograph {
namespace {

TEST(Utf8, AcceptsAsciiAndEveryWellFormedLength) {
    EXPECT_EQ(firstInvalidUtf8(""), std::nullopt);
    EXPECT_EQ(firstInvalidUtf8("plain text\n"), std::nullopt);
    EXPECT_EQ(firstInvalidUtf8("caf\xC3\xA9"), std::nullopt);          // é, 2 bytes
    EXPECT_EQ(firstInvalidUtf8("\xE2\x82\xAC 5"), std::nullopt);       // €, 3 bytes
    EXPECT_EQ(firstInvalidUtf8("\xF0\x9F\x8C\x90"), std::nullopt);     // 🌐, 4 bytes
    EXPECT_EQ(firstInvalidUtf8("\xF4\x8F\xBF\xBF"), std::nullopt);     // U+10FFFF
    EXPECT_EQ(firstInvalidUtf8("\xED\x9F\xBF"), std::nullopt);         // U+D7FF
    EXPECT_EQ(firstInvalidUtf8(std::string("a\0b", 3)), std::nullopt); // NUL is UTF-8
}

TEST(Utf8, FindsTheFirstIllFormedByte) {
    EXPECT_EQ(firstInvalidUtf8("Caf\xE9 au lait"), 3U);      // Latin-1
    EXPECT_EQ(firstInvalidUtf8("ab\x80"), 2U);               // lone continuation byte
    EXPECT_EQ(firstInvalidUtf8("\xC0\xAF"), 0U);             // overlong '/'
    EXPECT_EQ(firstInvalidUtf8("\xE0\x80\xAF"), 0U);         // overlong, 3 bytes
    EXPECT_EQ(firstInvalidUtf8("\xF0\x80\x80\xAF"), 0U);     // overlong, 4 bytes
    EXPECT_EQ(firstInvalidUtf8("x\xED\xA0\x80"), 1U);        // surrogate U+D800
    EXPECT_EQ(firstInvalidUtf8("\xF4\x90\x80\x80"), 0U);     // above U+10FFFF
    EXPECT_EQ(firstInvalidUtf8("\xF5\x80\x80\x80"), 0U);     // lead byte never used
    EXPECT_EQ(firstInvalidUtf8("ok \xE2\x82"), 3U);          // cut short at the end
    EXPECT_EQ(firstInvalidUtf8("\xE2\x28\xA1"), 0U);         // bad second byte
    EXPECT_EQ(firstInvalidUtf8("\xF0\x9F\x8C\x28"), 0U);     // bad fourth byte
    EXPECT_EQ(firstInvalidUtf8("\xC3\xA9\xC3\xA9\xFF"), 4U); // after valid sequences
}

TEST(ControlCharacters, OnlyTabAndLineEndsAreAllowed) {
    EXPECT_EQ(firstControlCharacter("a:\tb\r\nc: d\n"), std::nullopt);
    EXPECT_EQ(firstControlCharacter("caf\xC3\xA9"), std::nullopt);
    EXPECT_EQ(firstControlCharacter(std::string("ab\0", 3)), 2U);
    EXPECT_EQ(firstControlCharacter("x\x01"), 1U);
    EXPECT_EQ(firstControlCharacter("\x1B[0m"), 0U);
    EXPECT_EQ(firstControlCharacter("del\x7F"), 3U);
}

TEST(ControlCharacters, TemplatesWithThemAreRefusedNotParsed) {
    // yaml-cpp 0.7 loops forever on this text; the check must stop it first.
    const std::string hang(",ts: [\x01\x01\x01"
                           "edium\n");
    EXPECT_FALSE(looksLikeCloudFormation(hang));
    EXPECT_THROW(importTemplate("Resources:\n  A: [\x01\x01\x01"
                                "edium\n",
                                "t.yaml"),
                 ModelLoadError);
}

TEST(Utf8, PositionsCountLinesAndBytes) {
    const std::string text = "one\ntwo\n\nfour";
    EXPECT_EQ(positionOf(text, 0).line, 1);
    EXPECT_EQ(positionOf(text, 0).column, 1);
    EXPECT_EQ(positionOf(text, 5).line, 2);
    EXPECT_EQ(positionOf(text, 5).column, 2);
    EXPECT_EQ(positionOf(text, 9).line, 4);
    EXPECT_EQ(positionOf(text, 9).column, 1);
}

} // namespace
} // namespace topograph
