// SPDX-License-Identifier: Apache-2.0
// The JSON reader gives the importer the tree yaml-cpp gives (scalars, tags, positions), and
// leaves everything that is not strict JSON to yaml-cpp; templates exported as JSON import as
// the YAML ones do.
#include "exporters/cloudformation/cfn_export.h"
#include "exporters/cloudformation/cfn_import.h"
#include "exporters/cloudformation/json_source.h"
#include "exporters/io/atomic_file.h"
#include "exporters/model_yaml/model_file.h"

#include <filesystem>
#include <gtest/gtest.h>
#include <yaml-cpp/yaml.h>

namespace topograph::cfn {
namespace {

namespace fs = std::filesystem;

struct Trees {
    const SourceTree& json;
    const SourceTree& yaml;
};

/// Compares two trees node by node; the first difference is reported with its path.
void expectSameTree(const Trees& trees, const NodeData& json, const NodeData& yaml,
                    const std::string& path) {
    ASSERT_EQ(json.type, yaml.type) << path;
    EXPECT_EQ(trees.json.tags[json.tag], trees.yaml.tags[yaml.tag]) << path;
    EXPECT_EQ(json.scalar, yaml.scalar) << path;
    EXPECT_EQ(json.mark.line, yaml.mark.line) << path;
    EXPECT_EQ(json.mark.column, yaml.mark.column) << path;
    EXPECT_EQ(json.mark.pos, yaml.mark.pos) << path;
    ASSERT_EQ(json.children.size(), yaml.children.size()) << path;
    for (std::size_t i = 0; i < json.children.size(); ++i) {
        expectSameTree(trees, json.children[i], yaml.children[i],
                       path + "/" +
                           (json.type == NodeType::Map && i % 2 == 1 ? json.children[i - 1].scalar
                                                                     : std::to_string(i)));
        if (testing::Test::HasFatalFailure()) {
            return;
        }
    }
}

void expectReadAsYamlCppDoes(const std::string& text, const std::string& what) {
    SCOPED_TRACE(what);
    const auto json = readJsonTemplate(text);
    ASSERT_NE(json, nullptr) << "not read as JSON";
    const auto yaml = copyYamlTree(YAML::Load(text), static_cast<std::size_t>(-1));
    expectSameTree({*json, *yaml}, json->root, yaml->root, "");
}

TEST(JsonSource, ReadsTheCorpusTemplatesAsYamlCppDoes) {
    int files = 0;
    for (const auto& entry :
         fs::directory_iterator(fs::path(TOPOGRAPH_SHARED_DIR) / "corpus" / "cfn")) {
        if (entry.path().extension() == ".json") {
            expectReadAsYamlCppDoes(readWholeFile(entry.path().string()),
                                    entry.path().filename().string());
            ++files;
        }
    }
    EXPECT_GT(files, 0) << "the corpus holds JSON templates";
}

TEST(JsonSource, ReadsEscapesNumbersNullsAndEmptyCollectionsAsYamlCppDoes) {
    expectReadAsYamlCppDoes(R"({"a": "tab\there \"quoted\" back\\slash \/ \u00e9\u4e2d\u0041",
  "numbers": [0, -1, 2.5, 1e3, -0.5E-2, 10],
  "literals": [true, false, null],
  "empty": {}, "none": [],
  "nested": {"deep": [{"x": [[], {}]}], "text": "caf\u00e9 ünïcode", "": ""},
	"after tab": "x"
})",
                            "mixed values");
    expectReadAsYamlCppDoes("{\r\n  \"windows\": \"line ends\",\r\n  \"n\": 1\r\n}\r\n", "CRLF");
}

TEST(JsonSource, LeavesAnythingButStrictJsonToYamlCpp) {
    for (const char* text : {
             "Resources: {}",               // block YAML
             "{Resources: {}}",             // a flow mapping with plain keys
             "{\"a\": 1,}",                 // trailing comma
             "{\"a\": 01}",                 // leading zero
             "{\"a\": True}",               // not a JSON literal
             "{\"a\": \"\\ud83d\\ude00\"}", // surrogates: yaml-cpp refuses them itself
             "{\"a\": \"\\x41\"}",          // a YAML-only escape
             "{\"a\": \"line\nbreak\"}",    // a raw line break in a string
             "{\"a\": 1} {\"b\": 2}",       // text after the value
             "[1, 2]",                      // not an object
             "\xEF\xBB\xBF{\"a\": 1}",      // a byte order mark
             "{\"a\": !Ref b}",             // a tag
             "{\"a\": \"unterminated}",     //
         }) {
        EXPECT_EQ(readJsonTemplate(text), nullptr) << text;
    }
    std::string deep(300, '[');
    deep = "{\"a\": " + deep + std::string(300, ']') + "}";
    EXPECT_EQ(readJsonTemplate(deep), nullptr) << "nesting beyond the reader's depth";
}

TEST(JsonSource, TellsAJsonTemplateByItsFirstDecidingKey) {
    EXPECT_EQ(jsonLooksLikeCloudFormation(R"({"AWSTemplateFormatVersion": "2010-09-09"})"), true);
    EXPECT_EQ(jsonLooksLikeCloudFormation(
                  R"( {"Description": "x", "Metadata": {"a": [1, {"b": "}"}]}, "Resources": {)"),
              true)
        << "decided before the end of the text, skipping the values before the key";
    EXPECT_EQ(jsonLooksLikeCloudFormation(R"({"topograph": 1, "Resources": {}})"), false);
    EXPECT_EQ(jsonLooksLikeCloudFormation(R"({"Description": "x"})"), std::nullopt);
    EXPECT_EQ(jsonLooksLikeCloudFormation("Resources: {}"), std::nullopt);
    EXPECT_EQ(jsonLooksLikeCloudFormation("{\"Resources\"\x01: {}}"), std::nullopt)
        << "a control character: the YAML probe and the model reader decide";
}

TEST(JsonSource, ReportsTheLineAndColumnOfAnImportErrorInJson) {
    const std::string text = "{\n  \"Resources\": {\n    \"Vpc\": {\n      \"Properties\": {}\n"
                             "    }\n  }\n}\n";
    try {
        (void)importTemplate(text, "broken.json");
        FAIL() << "a resource without Type is refused";
    } catch (const ModelLoadError& error) {
        EXPECT_EQ(error.error().file, "broken.json");
        EXPECT_EQ(error.error().line, 3);
        EXPECT_EQ(error.error().column, 5);
        EXPECT_NE(error.error().message.find("Vpc has no Type"), std::string::npos)
            << error.error().message;
    }
}

TEST(YamlSource, RefusesAliasesThatExpandFarBeyondTheText) {
    std::string text = "Metadata:\n  a: &a [x, x, x, x, x, x, x, x, x, x]\n";
    for (const char* name : {"b", "c", "d", "e"}) {
        const std::string previous(1, static_cast<char>(name[0] - 1));
        text += std::string("  ") + name + ": &" + name + " [";
        for (int i = 0; i < 10; ++i) {
            text += (i == 0 ? "*" : ", *") + previous;
        }
        text += "]\n";
    }
    text += "Resources:\n  Vpc: {Type: AWS::EC2::VPC, Properties: {CidrBlock: 10.0.0.0/16}}\n";
    try {
        (void)importTemplate(text, "bomb.yaml");
        FAIL() << "100,000 values from " << text.size() << " bytes are refused";
    } catch (const ModelLoadError& error) {
        EXPECT_NE(error.error().message.find("aliases here expand to more than"), std::string::npos)
            << error.error().message;
        EXPECT_GE(error.error().line, 2);
    }
}

/// The model part of every resource: what a JSON and a YAML export must both bring back.
void expectSameModel(const Document& fromJson, const Document& fromYaml) {
    ASSERT_EQ(fromJson.size(), fromYaml.size());
    for (const Resource& resource : fromYaml.resources()) {
        const Resource* other = fromJson.find(resource.id);
        ASSERT_NE(other, nullptr) << resource.id;
        EXPECT_EQ(other->properties, resource.properties) << resource.id;
        EXPECT_EQ(other->name, resource.name) << resource.id;
        EXPECT_EQ(other->tags, resource.tags) << resource.id;
    }
}

TEST(TemplateJson, EveryExampleExportedAsJsonImportsAsItsYamlExportDoes) {
    int examples = 0;
    for (const auto& entry : fs::directory_iterator(TOPOGRAPH_EXAMPLES_DIR)) {
        if (entry.path().extension() != ".yaml") {
            continue;
        }
        SCOPED_TRACE(entry.path().filename().string());
        const Document document = loadModelFile(entry.path().string());
        ExportOptions json;
        json.format = TemplateFormat::Json;
        const std::string jsonText = exportTemplate(document, json);
        ASSERT_EQ(jsonText.front(), '{');
        ASSERT_NE(readJsonTemplate(jsonText), nullptr) << "the export is strict JSON";
        const Document fromJson = importTemplate(jsonText, "example.json").document;
        const Document fromYaml = importTemplate(exportTemplate(document), "example.yaml").document;
        expectSameModel(fromJson, fromYaml);
        ++examples;
    }
    EXPECT_GT(examples, 0);
}

TEST(TemplateJson, TheTemplateLimitsAreLiftedOnlyOnRequest) {
    Document document;
    for (int i = 0; i < 501; ++i) {
        Resource vpc;
        vpc.id = "vpc" + std::to_string(i);
        vpc.properties = Vpc{{}, {"10.0.0.0/16"}, {}, true, true};
        document.add(std::move(vpc));
    }
    EXPECT_THROW((void)exportTemplate(document), TemplateTooLargeError);
    ExportOptions options;
    options.ignoreTemplateLimits = true;
    options.format = TemplateFormat::Json;
    const std::string text = exportTemplate(document, options);
    EXPECT_EQ(importTemplate(text, "large.json").document.size(), 501U);
}

} // namespace
} // namespace topograph::cfn
