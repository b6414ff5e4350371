// SPDX-License-Identifier: Apache-2.0
// Malformed templates give one error naming the file, the line, the column and what to do.
#include "exporters/cloudformation/cfn_import.h"
#include "exporters/model_yaml/file_kind.h"
#include "exporters/model_yaml/model_file.h"

#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <iterator>

namespace topograph {
namespace {

struct MalformedCase {
    const char* name;
    const char* text;
    int line;
    int column;
    const char* messagePart;
};

const MalformedCase malformedCases[] = {
    {"bad YAML", "Resources:\n  VPC:\n    Type: AWS::EC2::VPC\n   Properties: [\n", 4, 4,
     "not valid YAML"},
    {"unclosed JSON", "{\n  \"Resources\": {\n    \"VPC\": {\"Type\": \"AWS::EC2::VPC\"}\n", 4, 1,
     "not valid YAML or JSON"},
    {"not a mapping", "- just\n- a list\n", 1, 1, "must be a mapping"},
    {"no Resources", "AWSTemplateFormatVersion: '2010-09-09'\nDescription: x\n", 1, 1,
     "no Resources section"},
    {"Resources not a mapping", "Resources:\n  - VPC\n  - Subnet\n", 2, 3,
     "Resources must be a mapping"},
    {"resource not a mapping", "Resources:\n  VPC: AWS::EC2::VPC\n", 2, 8,
     "must be a mapping with Type"},
    {"resource without Type", "Resources:\n  VPC:\n    Properties:\n      CidrBlock: 10.0.0.0/16\n",
     2, 3, "has no Type"},
    {"Type not a name", "Resources:\n  VPC:\n    Type: [AWS::EC2::VPC]\n", 3, 11,
     "Type must be a resource type name"},
    {"Properties not a mapping", "Resources:\n  VPC:\n    Type: AWS::EC2::VPC\n    Properties: x\n",
     4, 17, "Properties must be a mapping"},
    {"duplicate logical id",
     "Resources:\n  VPC:\n    Type: AWS::EC2::VPC\n  VPC:\n    Type: AWS::EC2::Subnet\n", 4, 3,
     "declared twice"},
    {"unknown short intrinsic",
     "Resources:\n  VPC:\n    Type: AWS::EC2::VPC\n    Properties:\n      CidrBlock: !Concat [a, "
     "b]\n",
     5, 18, "unknown intrinsic function !Concat"},
    {"unknown long intrinsic",
     "{\"Resources\": {\"VPC\": {\"Type\": \"AWS::EC2::VPC\",\n  \"Properties\": {\"CidrBlock\": "
     "{\"Fn::Concat\": [\"a\"]}}}}}\n",
     2, 31, "unknown intrinsic function Fn::Concat"},
    {"unknown intrinsic in Outputs",
     "Resources:\n  VPC:\n    Type: AWS::EC2::VPC\nOutputs:\n  Id:\n    Value: !Reff VPC\n", 6, 12,
     "unknown intrinsic function !Reff"},
};

TEST(MalformedTemplate, ErrorNamesFileLineAndColumn) {
    for (const MalformedCase& c : malformedCases) {
        try {
            importTemplate(c.text, "broken.yaml");
            ADD_FAILURE() << c.name << ": no error";
        } catch (const ModelLoadError& error) {
            EXPECT_EQ(error.error().file, "broken.yaml") << c.name;
            EXPECT_EQ(error.error().line, c.line) << c.name << ": " << error.what();
            EXPECT_EQ(error.error().column, c.column) << c.name << ": " << error.what();
            EXPECT_NE(error.error().message.find(c.messagePart), std::string::npos)
                << c.name << ": " << error.what();
            EXPECT_EQ(std::string(error.what()).rfind("broken.yaml:", 0), 0U) << error.what();
        }
    }
}

TEST(MalformedTemplate, EmptyTextIsALoadErrorAtTheStart) {
    try {
        importTemplate("", "empty.yaml");
        ADD_FAILURE() << "no error";
    } catch (const ModelLoadError& error) {
        EXPECT_EQ(error.error().line, 1);
        EXPECT_EQ(error.error().column, 1);
    }
}

// Every prefix of a real template either imports or fails with a load error: never another
// exception, never a crash.
TEST(MalformedTemplate, TruncatedCorpusTemplatesFailCleanly) {
    const std::filesystem::path corpus =
        std::filesystem::path(TOPOGRAPH_SHARED_DIR) / "corpus" / "cfn";
    int imported = 0;
    int rejected = 0;
    for (const char* name :
         {"vpc-2az-public-private-nat.yaml", "vpc-2az-public-private-nat.json",
          "widdix-vpc-2az-ipv6-eigw-nacl.yaml", "tgw-3vpc-route-tables-endpoints.yaml"}) {
        std::ifstream file(corpus / name);
        const std::string text((std::istreambuf_iterator<char>(file)),
                               std::istreambuf_iterator<char>());
        ASSERT_FALSE(text.empty()) << name;
        for (std::size_t cut = 0; cut < text.size(); cut += text.size() / 41 + 1) {
            try {
                importTemplate(std::string_view(text).substr(0, cut), name);
                ++imported;
            } catch (const ModelLoadError&) {
                ++rejected;
            } catch (const std::exception& other) {
                ADD_FAILURE() << name << " cut at " << cut << ": " << other.what();
            }
        }
    }
    EXPECT_GT(imported, 0);
    EXPECT_GT(rejected, 0);
}

TEST(MalformedTemplate, MissingFileIsALoadError) {
    EXPECT_THROW(importTemplateFile("/nonexistent/template.yaml"), ModelLoadError);
}

TEST(TemplateFormats, JsonWithTabsAndYamlReadAlike) {
    const std::string json = "{\n\t\"Resources\": {\n\t\t\"VPC\": {\n\t\t\t\"Type\": "
                             "\"AWS::EC2::VPC\",\n\t\t\t\"Properties\": {\"CidrBlock\": "
                             "{\"Fn::Join\": [\"\", [\"10.0.\", \"0.0/16\"]]}}\n\t\t}\n\t}\n}\n";
    const std::string yaml = "Resources:\n  VPC:\n    Type: AWS::EC2::VPC\n    Properties:\n"
                             "      CidrBlock: !Join ['', ['10.0.', 0.0/16]]\n";
    const ImportResult fromJson = importTemplate(json, "t.json");
    const ImportResult fromYaml = importTemplate(yaml, "t.yaml");
    ASSERT_EQ(fromJson.document.size(), 1U);
    ASSERT_EQ(fromYaml.document.size(), 1U);
    EXPECT_EQ(fromJson.document.findAs<Vpc>("VPC")->ipv4Cidrs,
              std::vector<std::string>{"10.0.0.0/16"});
    EXPECT_EQ(fromJson.document.findAs<Vpc>("VPC")->ipv4Cidrs,
              fromYaml.document.findAs<Vpc>("VPC")->ipv4Cidrs);
}

TEST(TemplateFormats, DetectsCloudFormationByContent) {
    EXPECT_TRUE(looksLikeCloudFormation("Resources: {}\n"));
    EXPECT_TRUE(looksLikeCloudFormation("{\"AWSTemplateFormatVersion\": \"2010-09-09\"}"));
    EXPECT_FALSE(looksLikeCloudFormation("topograph: 1\nresources: []\n"));
    EXPECT_FALSE(looksLikeCloudFormation("key: [unclosed\n"));
}

} // namespace
} // namespace topograph
