// SPDX-License-Identifier: Apache-2.0
// looksLikeCloudFormation tells templates from models by content, never by file name.
#include "exporters/io/atomic_file.h"
#include "exporters/model_yaml/file_kind.h"

#include <filesystem>
#include <gtest/gtest.h>

namespace topograph {
namespace {

struct FileKindCase {
    std::string name;
    std::string text;
    bool cloudFormation;
};

void PrintTo(const FileKindCase& row, std::ostream* out) {
    *out << row.name;
}

class FileKindTest : public ::testing::TestWithParam<FileKindCase> {};

TEST_P(FileKindTest, TellsTemplatesFromModels) {
    EXPECT_EQ(looksLikeCloudFormation(GetParam().text), GetParam().cloudFormation);
}

INSTANTIATE_TEST_SUITE_P(
    Texts, FileKindTest,
    ::testing::Values(
        FileKindCase{"yaml_template", "AWSTemplateFormatVersion: '2010-09-09'\nResources: {}\n",
                     true},
        FileKindCase{"resources_only", "Resources:\n  V:\n    Type: AWS::EC2::VPC\n", true},
        FileKindCase{"json_template", "{\"Resources\": {\"V\": {\"Type\": \"AWS::EC2::VPC\"}}}",
                     true},
        FileKindCase{"json_version_only", "{\"AWSTemplateFormatVersion\": \"2010-09-09\"}", true},
        FileKindCase{"short_intrinsics",
                     "Resources:\n  S:\n    Type: AWS::EC2::Subnet\n    Properties:\n"
                     "      VpcId: !Ref V\n",
                     true},
        FileKindCase{"model", "topograph: 1\nresources: []\n", false},
        FileKindCase{"model_with_template_keys", "topograph: 1\nResources: {}\nresources: []\n",
                     false},
        FileKindCase{"nested_resources_key_decides_nothing",
                     "Metadata:\n  Resources: x\n  list: [Resources]\ntopograph: 1\n", false},
        FileKindCase{"deciding_key_after_nested_values",
                     "Description: [a, {b: c}]\nParameters: {P: {Type: String}}\n"
                     "AWSTemplateFormatVersion: '2010-09-09'\n",
                     true},
        FileKindCase{"malformed_after_the_deciding_key", "Resources:\n  A: [\n", true},
        FileKindCase{"sequence_root", "- Resources\n", false},
        FileKindCase{"key_as_value_only", "Description: Resources\n", false},
        FileKindCase{"empty", "", false}, FileKindCase{"scalar", "hello", false},
        FileKindCase{"broken_model", "topograph: 1\nresources: [\n", false},
        FileKindCase{"binary", std::string("\x89PNG\r\n\x1a\n\0\0\xff", 12), false}),
    [](const auto& testInfo) { return testInfo.param.name; });

TEST(FileKindCorpus, EveryTemplateOfTheCorpusIsRecognised) {
    const std::filesystem::path corpus = std::filesystem::path(TOPOGRAPH_SHARED_DIR) / "corpus/cfn";
    if (!std::filesystem::exists(corpus)) {
        GTEST_SKIP() << "no corpus beside the repository";
    }
    int templates = 0;
    for (const auto& entry : std::filesystem::directory_iterator(corpus)) {
        const auto extension = entry.path().extension();
        if (extension != ".yaml" && extension != ".json") {
            continue;
        }
        ++templates;
        EXPECT_TRUE(looksLikeCloudFormation(readWholeFile(entry.path().string()))) << entry.path();
    }
    EXPECT_GT(templates, 0);
}

} // namespace
} // namespace topograph
