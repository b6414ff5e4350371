// SPDX-License-Identifier: Apache-2.0
// loadSingleYamlDocument: one document loads; a second one, or a token yaml-cpp 0.7 cannot place
// (on which its LoadAll loops forever), is reported where it starts, and every call ends.
#include "every_kind_document.h"
#include "exporters/cloudformation/cfn_import.h"
#include "exporters/model_yaml/file_kind.h"
#include "exporters/model_yaml/model_file.h"
#include "exporters/model_yaml/yaml_document.h"

#include <gtest/gtest.h>

namespace topograph {
namespace {

TEST(SingleYamlDocument, LoadsOneDocument) {
    const SingleYamlDocument parsed = loadSingleYamlDocument("a: [1\n  , 2]\nb: x, y\n");
    ASSERT_FALSE(parsed.hasSecondDocument);
    EXPECT_EQ(parsed.root["a"].size(), 2U);
    EXPECT_EQ(parsed.root["b"].as<std::string>(), "x, y");
}

TEST(SingleYamlDocument, EmptyTextIsANullRoot) {
    EXPECT_TRUE(loadSingleYamlDocument("").root.IsNull());
    EXPECT_TRUE(loadSingleYamlDocument("# only a comment\n").root.IsNull());
}

TEST(SingleYamlDocument, FindsASecondDocumentAfterItsMarker) {
    const std::string text = "a: 1\n---\nb: 2\n";
    const SingleYamlDocument parsed = loadSingleYamlDocument(text);
    ASSERT_TRUE(parsed.hasSecondDocument);
    EXPECT_TRUE(parsed.secondStartsWithMarker);
    EXPECT_EQ(parsed.secondStart.line, 1);
    EXPECT_NE(describeSecondDocument(parsed, text, "a template").find("a template holds one"),
              std::string::npos);
}

struct StrayCase {
    const char* text;
    int line;   // 0-based, as yaml-cpp counts
    int column; // 0-based
};

class StrayTokenTest : public ::testing::TestWithParam<StrayCase> {};

// Each of these text makes yaml-cpp 0.7's LoadAll loop forever (the fuzzer found them).
TEST_P(StrayTokenTest, IsReportedWhereItStands) {
    const std::string text = GetParam().text;
    const SingleYamlDocument parsed = loadSingleYamlDocument(text);
    ASSERT_TRUE(parsed.hasSecondDocument);
    EXPECT_FALSE(parsed.secondStartsWithMarker);
    EXPECT_EQ(parsed.secondStart.line, GetParam().line);
    EXPECT_EQ(parsed.secondStart.column, GetParam().column);
    EXPECT_NE(describeSecondDocument(parsed, text, "a model file").find("cannot place ',"),
              std::string::npos);
    EXPECT_THROW(readModel(text, "m.yaml"), ModelLoadError);
    EXPECT_THROW(importTemplate(text, "t.yaml"), ModelLoadError);
}

INSTANTIATE_TEST_SUITE_P(FuzzerFindings, StrayTokenTest,
                         ::testing::Values(StrayCase{",x\n", 0, 0}, StrayCase{"- 1\n,\n", 1, 0},
                                           StrayCase{"{a: 1}\n  ,\n", 1, 2},
                                           StrayCase{"# a { in a comment\n ,x\n", 1, 1}));

TEST(SingleYamlDocument, CommasInsidePlainScalarsStayText) {
    // A comma may start the continuation line of a plain scalar.
    const SingleYamlDocument parsed = loadSingleYamlDocument("a: x-{\n ,y\n");
    ASSERT_FALSE(parsed.hasSecondDocument);
    EXPECT_EQ(parsed.root["a"].as<std::string>(), "x-{ ,y");
}

TEST(SingleYamlDocument, TemplateWithStrayCommaIsNoTemplateButNeverHangs) {
    EXPECT_FALSE(looksLikeCloudFormation(",Resources: {}\n"));
    // The deciding key comes first: the template reader reports the comma.
    EXPECT_TRUE(looksLikeCloudFormation("Resources: {}\n,\n"));
    try {
        importTemplate("Resources: {}\n,\n", "t.yaml");
        FAIL() << "a stray comma must be refused";
    } catch (const ModelLoadError& error) {
        EXPECT_EQ(error.error().line, 2);
        EXPECT_EQ(error.error().column, 1);
    }
}

TEST(SingleYamlDocument, NotesWithLinesStartingWithACommaRoundTrip) {
    // A literal block may hold such lines; only a comma YAML cannot place is refused.
    Document document = testing_support::everyKindDocument();
    document.description = "first line\n, second line starts with a comma\n,\n";
    Resource first = document.resources().front();
    first.notes = ",leading\n  , indented\n";
    document.replace(first);
    const std::string text = writeModel(document);
    EXPECT_EQ(readModel(text, "notes.yaml"), document) << text;
}

} // namespace
} // namespace topograph
