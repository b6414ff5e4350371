// SPDX-License-Identifier: Apache-2.0
// topograph-cli as a user runs it: --help, --version, validate with its exit statuses, human
// and JSON output, and one-line errors naming file, line and column.
#include "cli_runner.h"
#include "core/check/structural_checks.h"
#include "exporters/model_yaml/model_file.h"
#include "tests/core/check/sample_network.h"
#include "tiny_json.h"

#include <algorithm>
#include <filesystem>
#include <gtest/gtest.h>
#include <regex>
#include <string>
#include <vector>

namespace topograph {
namespace {

using cli_tests::CliResult;
using cli_tests::parseJson;
using cli_tests::runCli;
using cli_tests::TemporaryFolder;

const std::string validateUsage = "usage: topograph-cli validate FILE [--json]";

std::string describe(const CliResult& result) {
    return "exit " + std::to_string(result.exitStatus) + "\n--- stdout\n" + result.out +
           "--- stderr\n" + result.err;
}

bool isOneLine(const std::string& text) {
    return !text.empty() && text.back() == '\n' && std::count(text.begin(), text.end(), '\n') == 1;
}

TEST(CliHelp, ListsEveryCommandWithSummaryAndUsage) {
    for (const char* flag : {"--help", "help", "-h"}) {
        SCOPED_TRACE(flag);
        const CliResult result = runCli({flag});
        EXPECT_EQ(result.exitStatus, 0) << describe(result);
        EXPECT_TRUE(result.err.empty());
        EXPECT_NE(result.out.find("validate  "), std::string::npos) << result.out;
        EXPECT_NE(result.out.find(validateUsage), std::string::npos) << result.out;
        EXPECT_NE(result.out.find("Report every finding"), std::string::npos);
        EXPECT_NE(result.out.find("usage: topograph-cli help [COMMAND]"), std::string::npos);
        // Commands another part of the project will add are not pretended here.
        EXPECT_EQ(result.out.find("usage: topograph-cli reach"), std::string::npos);
    }
}

TEST(CliHelp, ShowsTheUsageOfOneCommand) {
    const CliResult result = runCli({"help", "validate"});
    EXPECT_EQ(result.exitStatus, 0) << describe(result);
    EXPECT_EQ(result.out.rfind(validateUsage + "\n", 0), 0U) << result.out;

    const CliResult asked = runCli({"validate", "--help"});
    EXPECT_EQ(asked.exitStatus, 0) << describe(asked);
    EXPECT_EQ(asked.out, result.out);

    const CliResult unknown = runCli({"help", "teleport"});
    EXPECT_EQ(unknown.exitStatus, 2) << describe(unknown);
    EXPECT_NE(unknown.err.find("unknown command 'teleport'"), std::string::npos);
}

TEST(CliVersion, PrintsTheProjectVersion) {
    const CliResult result = runCli({"--version"});
    EXPECT_EQ(result.exitStatus, 0) << describe(result);
    EXPECT_EQ(result.out, std::string("topograph-cli ") + TOPOGRAPH_VERSION + "\n");
    EXPECT_TRUE(
        std::regex_match(result.out, std::regex("topograph-cli [0-9]+\\.[0-9]+\\.[0-9]+\n")));
    EXPECT_TRUE(result.err.empty());
}

struct UsageErrorRow {
    std::vector<std::string> arguments;
    std::string errContains;
};

TEST(CliUsage, MistakesExitTwoWithUsageOnStderr) {
    const UsageErrorRow rows[] = {
        {{}, "usage: topograph-cli COMMAND"},
        {{"frobnicate"}, "unknown command 'frobnicate'"},
        {{"reach", "model.yaml", "--from", "a", "--to", "b"}, "unknown command 'reach'"},
        {{"export", "model.yaml"}, "unknown command 'export'"},
        {{"import", "template.yaml"}, "unknown command 'import'"},
        {{"--versions"}, "unknown command '--versions'"},
        {{"--version", "extra"}, "takes no arguments"},
        {{"validate"}, validateUsage},
        {{"validate"}, "needs a FILE"},
        {{"validate", "a.yaml", "b.yaml"}, "exactly one FILE"},
        {{"validate", "--bogus", "a.yaml"}, "unknown option --bogus"},
        {{"validate", "--json=yes", "a.yaml"}, "--json takes no value"},
        {{"validate", "--bogus", "a.yaml"}, validateUsage},
    };
    for (const UsageErrorRow& row : rows) {
        std::string joined;
        for (const auto& word : row.arguments) {
            joined += word + " ";
        }
        SCOPED_TRACE(joined);
        const CliResult result = runCli(row.arguments);
        EXPECT_EQ(result.exitStatus, 2) << describe(result);
        EXPECT_TRUE(result.out.empty()) << result.out;
        EXPECT_NE(result.err.find(row.errContains), std::string::npos) << result.err;
    }
}

// A model file written by the model writer, so the tests follow the file format as it is.
std::string writeModelFile(const TemporaryFolder& folder, const std::string& name,
                           const Document& document) {
    return folder.write(name, writeModel(document));
}

Document networkWithErrors() {
    Document document = check_tests::validNetwork();
    document.findMutable("vpc")->as<Vpc>()->ipv4Cidrs[0] = "10.0.1.0/16";
    document.findMutable("data-a")->as<Subnet>()->ipv4Cidr = "10.0.1.0/24";
    return document;
}

TEST(CliValidate, AValidModelExitsZero) {
    const TemporaryFolder folder;
    const std::string path = writeModelFile(folder, "valid.yaml", check_tests::validNetwork());
    const CliResult human = runCli({"validate", path});
    EXPECT_EQ(human.exitStatus, 0) << describe(human);
    EXPECT_EQ(human.out, path + ": no findings\n");
    EXPECT_TRUE(human.err.empty());

    const CliResult json = runCli({"validate", path, "--json"});
    EXPECT_EQ(json.exitStatus, 0) << describe(json);
    EXPECT_EQ(json.out, "{\"findings\": []}\n");
}

TEST(CliValidate, ErrorsExitOneInHumanForm) {
    const TemporaryFolder folder;
    const std::string path = writeModelFile(folder, "broken.yaml", networkWithErrors());
    const CliResult result = runCli({"validate", path});
    EXPECT_EQ(result.exitStatus, 1) << describe(result);
    EXPECT_TRUE(result.err.empty()) << result.err;
    EXPECT_NE(result.out.find("error CIDR_HOST_BITS_SET [vpc]: VPC 'vpc': ipv4Cidrs[0] "
                              "\"10.0.1.0/16\" has bits set"),
              std::string::npos)
        << result.out;
    EXPECT_NE(result.out.find("\n  fix: did you mean 10.0.0.0/16?"), std::string::npos)
        << result.out;
    EXPECT_NE(result.out.find("error SUBNET_OVERLAP [app-a, data-a]: "), std::string::npos)
        << result.out;
    EXPECT_NE(result.out.find(path + ": 2 errors, 0 warnings, 0 info\n"), std::string::npos)
        << result.out;
}

TEST(CliValidate, JsonHasTheShapeOfTheContractAndTheSameFindings) {
    const TemporaryFolder folder;
    Document document = networkWithErrors();
    // Quotes, a backslash and a tab in a CIDR text end up quoted in a message: JSON must
    // escape them.
    document.findMutable("vpn")->as<VpnConnection>()->staticRoutes[0] = "192.168.0.0/\"1\\6\t";
    const std::string path = writeModelFile(folder, "broken.yaml", document);
    const CliResult result = runCli({"validate", "--json", path});
    ASSERT_EQ(result.exitStatus, 1) << describe(result);

    const auto expected = runStructuralChecks(loadModelFile(path));
    ASSERT_EQ(expected.size(), 3U);
    cli_tests::JsonValue root;
    ASSERT_NO_THROW(root = parseJson(result.out)) << result.out;
    ASSERT_EQ(root.type, cli_tests::JsonValue::Type::Object);
    ASSERT_EQ(root.members.size(), 1U);
    const auto& findings = root["findings"];
    ASSERT_EQ(findings.type, cli_tests::JsonValue::Type::Array);
    ASSERT_EQ(findings.items.size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        const auto& item = findings.items[i];
        std::vector<std::string> keys;
        for (const auto& member : item.members) {
            keys.push_back(member.first);
        }
        EXPECT_EQ(keys,
                  (std::vector<std::string>{"severity", "code", "resources", "message", "fix"}));
        EXPECT_EQ(item["severity"].text, "error");
        EXPECT_EQ(item["code"].text, expected[i].code);
        EXPECT_EQ(item["message"].text, expected[i].message);
        EXPECT_EQ(item["fix"].text, expected[i].fix);
        std::vector<std::string> resources;
        for (const auto& id : item["resources"].items) {
            EXPECT_EQ(id.type, cli_tests::JsonValue::Type::String);
            resources.push_back(id.text);
        }
        EXPECT_EQ(resources, expected[i].resources);
    }
    EXPECT_NE(findings.items[2]["message"].text.find("\"192.168.0.0/\"1\\6\t\""),
              std::string::npos);
}

// The one line on stderr for unreadable input: "file:line:column: message".
void expectLocatedError(const CliResult& result, const std::string& path) {
    EXPECT_EQ(result.exitStatus, 2) << describe(result);
    EXPECT_TRUE(result.out.empty()) << result.out;
    EXPECT_TRUE(isOneLine(result.err)) << result.err;
    std::smatch match;
    const std::regex located("(.*):([0-9]+):([0-9]+): (.+)\n");
    ASSERT_TRUE(std::regex_match(result.err, match, located)) << result.err;
    EXPECT_EQ(match[1].str(), path);
    EXPECT_GT(std::stoi(match[2].str()), 0);
    EXPECT_GT(std::stoi(match[3].str()), 0);
}

TEST(CliValidate, BadYamlNamesFileLineAndColumn) {
    const TemporaryFolder folder;
    const std::string path =
        folder.write("bad.yaml", "topograph: 1\nresources:\n  - id: vpc\n    kind: [vpc\n");
    const CliResult result = runCli({"validate", path});
    expectLocatedError(result, path);
    const CliResult json = runCli({"validate", path, "--json"});
    expectLocatedError(json, path);
}

TEST(CliValidate, ADanglingReferenceInAFileIsBadInput) {
    const TemporaryFolder folder;
    Document document = check_tests::validNetwork();
    document.findMutable("app-a")->as<Subnet>()->vpc = "vpc-gone";
    const std::string path = writeModelFile(folder, "dangling.yaml", document);
    const CliResult result = runCli({"validate", path});
    expectLocatedError(result, path);
    EXPECT_NE(result.err.find("vpc-gone"), std::string::npos) << result.err;
}

TEST(CliValidate, AMissingFileOrAFolderIsBadInput) {
    const TemporaryFolder folder;
    const std::string missing = (folder.path() / "nowhere.yaml").string();
    for (const std::string& path : {missing, folder.path().string()}) {
        SCOPED_TRACE(path);
        const CliResult result = runCli({"validate", path});
        EXPECT_EQ(result.exitStatus, 2) << describe(result);
        EXPECT_TRUE(isOneLine(result.err)) << result.err;
        EXPECT_EQ(result.err.rfind(path + ": ", 0), 0U) << result.err;
    }
}

TEST(CliValidate, CloudFormationTemplatesAreRecognisedAndRefusedClearly) {
    const TemporaryFolder folder;
    const std::string yaml =
        folder.write("template.yaml",
                     "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Vpc:\n"
                     "    Type: AWS::EC2::VPC\n    Properties:\n      CidrBlock: 10.0.0.0/16\n");
    const std::string json =
        std::string(TOPOGRAPH_SHARED_DIR) + "/corpus/cfn/simple-public-vpc-nacl-instance.json";
    for (const std::string& path : {yaml, json}) {
        SCOPED_TRACE(path);
        if (!std::filesystem::exists(path)) {
            ADD_FAILURE() << "missing test input " << path;
            continue;
        }
        const CliResult result = runCli({"validate", path});
        expectLocatedError(result, path);
        EXPECT_NE(result.err.find("CloudFormation"), std::string::npos) << result.err;
    }
}

TEST(CliValidate, EveryShippedExampleIsValid) {
    const std::filesystem::path folder = TOPOGRAPH_EXAMPLES_DIR;
    std::vector<std::string> examples;
    if (std::filesystem::is_directory(folder)) {
        for (const auto& entry : std::filesystem::directory_iterator(folder)) {
            const auto extension = entry.path().extension();
            if (entry.is_regular_file() && (extension == ".yaml" || extension == ".yml")) {
                examples.push_back(entry.path().string());
            }
        }
    }
    if (examples.empty()) {
        GTEST_SKIP() << "no examples in " << folder << " yet";
    }
    std::sort(examples.begin(), examples.end());
    for (const std::string& path : examples) {
        SCOPED_TRACE(path);
        const CliResult result = runCli({"validate", path});
        EXPECT_EQ(result.exitStatus, 0) << describe(result);
    }
}

} // namespace
} // namespace topograph
