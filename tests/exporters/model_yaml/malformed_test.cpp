// SPDX-License-Identifier: Apache-2.0
// Every malformed model in tests/data/malformed is refused with a ModelLoadError that names
// the file, the exact line and column, and says what is wrong. None crashes.
#include "exporters/model_yaml/model_file.h"

#include <filesystem>
#include <gtest/gtest.h>
#include <set>

namespace topograph {
namespace {

struct MalformedCase {
    std::string file;
    int line;
    int column;
    std::string messagePart;
};

void PrintTo(const MalformedCase& row, std::ostream* out) {
    *out << row.file;
}

std::string malformedPath(const std::string& file) {
    return std::string(TOPOGRAPH_TEST_DATA_DIR) + "/malformed/" + file;
}

const std::vector<MalformedCase>& malformedCases() {
    static const std::vector<MalformedCase> cases = {
        // clang-format off
        {"syntax-unclosed-bracket.yaml", 6, 7, "a '[' opened earlier is not closed"},
        {"tab-indentation.yaml", 4, 1, "indented with a tab"},
        {"missing-version.yaml", 1, 1, "`topograph: 1`"},
        {"version-99.yaml", 1, 12, "format version 99"},
        {"version-not-a-number.yaml", 1, 12, "this build reads format version 1"},
        {"unknown-kind.yaml", 6, 11, "unknown kind 'nat-gatway' (did you mean 'nat-gateway'?); the kinds are: region, "},
        {"unknown-key-typo.yaml", 8, 5, "'ipv4Cdir' is not a field of a resource of kind subnet (did you mean 'ipv4Cidr'?)"},
        {"port-http.yaml", 10, 32, "not 'http'"},
        {"duplicate-id.yaml", 8, 9, "already used by the resource on line 3"},
        {"dangling-reference.yaml", 11, 22, "names 'web-sg', but no resource has that id"},
        {"wrong-kind-reference.yaml", 13, 69, "'routes[1].target' of 'rt' must name a nat-gateway, but 'igw' is an internet-gateway"},
        {"resources-not-a-list.yaml", 3, 3, "'resources' must be a list"},
        {"scalar-where-mapping.yaml", 5, 15, "'geometry' must be a mapping"},
        {"resource-not-a-mapping.yaml", 5, 5, "each entry of 'resources' is a mapping"},
        {"list-where-scalar.yaml", 7, 10, "'vpc' expects a single value, but a list is written here"},
        {"bad-enum.yaml", 9, 35, "'action' cannot be 'permit'; use one of: allow, deny"},
        {"bad-protocol.yaml", 9, 52, "'protocol' cannot be 'tpc' (did you mean 'tcp'?)"},
        {"missing-id.yaml", 5, 5, "this resource has no id"},
        {"empty.yaml", 1, 1, "the file is empty"},
        {"binary-garbage.png", 1, 1, "byte 0x89 is not UTF-8 text"},
        {"latin1-title.yaml", 2, 11, "byte 0xE9 is not UTF-8 text; model files are UTF-8"},
        // Found by the fuzzer: yaml-cpp 0.7's LoadAll never returns on this text.
        {"control-characters.yaml", 1, 7, "control character 0x00 cannot appear"},
        {"leading-comma.yaml", 1, 1, "YAML cannot place ',tsdium' here"},
        {"comma-after-comment.yaml", 2, 14, "YAML cannot place 'S::EC2::VP    - prod' here"},
        {"comma-after-plain-brace.yaml", 2, 14, "YAML cannot place 'S::EC2::VP    -{' here"},
        {"not-a-mapping.yaml", 1, 1, "a model file is a YAML mapping"},
        {"cloudformation-template.yaml", 1, 1, "CloudFormation template"},
        {"cloudformation-template.json", 2, 3, "CloudFormation template"},
        {"two-documents.yaml", 3, 1, "a second one starts here; remove the '---' line"},
        {"duplicate-key.yaml", 6, 5, "the key 'name' appears twice here (first on line 5)"},
        {"flag-not-boolean.yaml", 5, 23, "'enableDnsSupport' must be true or false, not 'maybe'"},
        {"unknown-top-level-key.yaml", 2, 1, "'titel' is not a field of a model file (did you mean 'title'?)"},
        // clang-format on
    };
    return cases;
}

class MalformedModelTest : public ::testing::TestWithParam<MalformedCase> {};

TEST_P(MalformedModelTest, IsRefusedWithPositionAndReason) {
    const MalformedCase& row = GetParam();
    const std::string path = malformedPath(row.file);
    try {
        loadModelFile(path);
        FAIL() << row.file << " loaded without an error";
    } catch (const ModelLoadError& error) {
        EXPECT_EQ(error.error().file, path);
        EXPECT_EQ(error.error().line, row.line) << error.what();
        EXPECT_EQ(error.error().column, row.column) << error.what();
        EXPECT_NE(error.error().message.find(row.messagePart), std::string::npos)
            << "expected \"" << row.messagePart << "\" in: " << error.what();
        EXPECT_EQ(std::string(error.what()), error.error().toString());
    }
}

INSTANTIATE_TEST_SUITE_P(Files, MalformedModelTest, ::testing::ValuesIn(malformedCases()),
                         [](const auto& testInfo) {
                             std::string name = testInfo.param.file;
                             for (char& c : name) {
                                 if (!std::isalnum(static_cast<unsigned char>(c))) {
                                     c = '_';
                                 }
                             }
                             return name;
                         });

TEST(MalformedModels, EveryFileInTheFolderHasARow) {
    std::set<std::string> listed;
    for (const MalformedCase& row : malformedCases()) {
        listed.insert(row.file);
    }
    for (const auto& entry :
         std::filesystem::directory_iterator(std::string(TOPOGRAPH_TEST_DATA_DIR) + "/malformed")) {
        EXPECT_TRUE(listed.contains(entry.path().filename().string()))
            << entry.path() << " has no expected error in malformed_test.cpp";
    }
}

TEST(MalformedModels, LoadErrorFormatsLikeACompilerMessage) {
    EXPECT_EQ((LoadError{"m.yaml", 3, 7, "bad"}).toString(), "m.yaml:3:7: bad");
    EXPECT_EQ((LoadError{"m.yaml", 0, 0, "unreadable"}).toString(), "m.yaml: unreadable");
}

} // namespace
} // namespace topograph
