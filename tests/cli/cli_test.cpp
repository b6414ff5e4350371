// SPDX-License-Identifier: Apache-2.0
// topograph-cli as a user runs it: --help, --version, validate with its exit statuses, human
// and JSON output, and one-line errors naming file, line and column. reach and import have
// their own files.
#include "cli_runner.h"
#include "core/check/validator.h"
#include "exporters/cloudformation/cfn_import.h"
#include "exporters/model_yaml/model_file.h"
#include "test_inputs.h"
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
using cli_tests::describe;
using cli_tests::isOneLine;
using cli_tests::parseJson;
using cli_tests::runCli;
using cli_tests::TemporaryFolder;

const std::string validateUsage = "usage: topograph-cli validate FILE [--json]";

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
        EXPECT_NE(result.out.find("usage: topograph-cli reach FILE --from SRC --to DST "
                                  "[--protocol tcp|udp|icmp|all] [--port N] [--ephemeral LO-HI] "
                                  "[--json]\n"),
                  std::string::npos)
            << result.out;
        EXPECT_NE(result.out.find("       topograph-cli reach FILE --matrix "), std::string::npos)
            << result.out;
        EXPECT_NE(result.out.find("usage: topograph-cli import FILE -o OUT\n"), std::string::npos)
            << result.out;
        EXPECT_NE(result.out.find("CloudFormation template"), std::string::npos);
    }
}

TEST(CliHelp, CommandHelpExplainsArgumentsOutputAndCodes) {
    const CliResult reach = runCli({"help", "reach"});
    EXPECT_EQ(reach.exitStatus, 0) << describe(reach);
    for (const char* text : {"internet", "s3", "dynamodb", "--port 443", "1024-65535",
                             "\"ra_code\"", "\"pairs\"", "null"}) {
        EXPECT_NE(reach.out.find(text), std::string::npos) << text << "\n" << reach.out;
    }
    const CliResult validate = runCli({"help", "validate"});
    EXPECT_EQ(validate.exitStatus, 0) << describe(validate);
    // The importer's note codes a template can produce, as docs/CLOUDFORMATION.md lists them.
    for (const char* code : {"EXTERNAL_RESOURCE", "UNRESOLVED_VALUE", "UNRESOLVED_REFERENCE",
                             "KEPT_EXTERNAL", "CONDITION_ASSUMED"}) {
        EXPECT_NE(validate.out.find(code), std::string::npos) << code;
    }
    const CliResult import = runCli({"import", "--help"});
    EXPECT_EQ(import.exitStatus, 0) << describe(import);
    EXPECT_EQ(import.out.rfind("usage: topograph-cli import FILE -o OUT\n", 0), 0U) << import.out;
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
        SCOPED_TRACE(cli_tests::joined(row.arguments));
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

bool hasErrorsIn(const std::vector<Finding>& findings) {
    return std::any_of(findings.begin(), findings.end(),
                       [](const Finding& finding) { return finding.severity == Severity::Error; });
}

Document networkWithErrors() {
    Document document = check_tests::validNetwork();
    document.findMutable("vpc")->as<Vpc>()->ipv4Cidrs[0] = "10.0.1.0/16";
    document.findMutable("data-a")->as<Subnet>()->ipv4Cidr = "10.0.1.0/24";
    return document;
}

// "X errors, Y warnings, Z info" for the findings validate() gives.
std::string countsOf(const std::vector<Finding>& findings) {
    std::size_t counts[3] = {0, 0, 0};
    for (const Finding& finding : findings) {
        ++counts[static_cast<int>(finding.severity)];
    }
    const auto counted = [](std::size_t count, const char* singular, const char* plural) {
        return std::to_string(count) + " " + (count == 1 ? singular : plural);
    };
    return counted(counts[0], "error", "errors") + ", " +
           counted(counts[1], "warning", "warnings") + ", " + std::to_string(counts[2]) + " info";
}

TEST(CliValidate, AModelWithoutFindingsSaysSo) {
    const std::string path = cli_tests::threeTierExample();
    ASSERT_TRUE(validate(loadModelFile(path)).empty()) << "the example has no findings";
    const CliResult human = runCli({"validate", path});
    EXPECT_EQ(human.exitStatus, 0) << describe(human);
    EXPECT_EQ(human.out, path + ": no findings\n");
    EXPECT_TRUE(human.err.empty());

    const CliResult json = runCli({"validate", path, "--json"});
    EXPECT_EQ(json.exitStatus, 0) << describe(json);
    EXPECT_EQ(json.out, "{\"findings\": []}\n");
}

TEST(CliValidate, WarningsAndInfoAloneExitZero) {
    const TemporaryFolder folder;
    const std::string path = writeModelFile(folder, "valid.yaml", check_tests::validNetwork());
    const auto expected = validate(loadModelFile(path));
    ASSERT_FALSE(hasErrorsIn(expected));
    const CliResult human = runCli({"validate", path});
    EXPECT_EQ(human.exitStatus, 0) << describe(human);
    EXPECT_TRUE(human.err.empty());
    EXPECT_NE(human.out.find(path + ": " + countsOf(expected) + "\n"), std::string::npos)
        << human.out;
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
    const auto expected = validate(loadModelFile(path));
    EXPECT_NE(result.out.find(path + ": " + countsOf(expected) + "\n"), std::string::npos)
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

    const auto expected = validate(loadModelFile(path));
    ASSERT_GE(expected.size(), 3U);
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
        EXPECT_EQ(item["severity"].text, severityName(expected[i].severity));
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
    EXPECT_TRUE(std::any_of(findings.items.begin(), findings.items.end(),
                            [](const cli_tests::JsonValue& item) {
                                return item["message"].text.find("\"192.168.0.0/\"1\\6\t\"") !=
                                       std::string::npos;
                            }))
        << result.out;
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

TEST(CliValidate, ACloudFormationTemplateIsImportedAndItsNotesAreInfo) {
    const TemporaryFolder folder;
    // No extension that says what it is: the content decides.
    const std::string path = folder.write(
        "template.txt", "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Vpc:\n"
                        "    Type: AWS::EC2::VPC\n    Properties:\n      CidrBlock: 10.0.0.0/16\n"
                        "  Logs:\n    Type: AWS::S3::Bucket\n");
    const CliResult human = runCli({"validate", path});
    EXPECT_EQ(human.exitStatus, 0) << describe(human);
    EXPECT_TRUE(human.err.empty()) << human.err;
    EXPECT_NE(human.out.find("info EXTERNAL_RESOURCE [Logs]: "), std::string::npos) << human.out;

    const CliResult json = runCli({"validate", path, "--json"});
    ASSERT_EQ(json.exitStatus, 0) << describe(json);
    const auto findings = parseJson(json.out)["findings"];
    ASSERT_EQ(findings.items.size(), 1U) << json.out;
    EXPECT_EQ(findings.items[0]["severity"].text, "info");
    EXPECT_EQ(findings.items[0]["code"].text, "EXTERNAL_RESOURCE");
    ASSERT_EQ(findings.items[0]["resources"].items.size(), 1U);
    EXPECT_EQ(findings.items[0]["resources"].items[0].text, "Logs");
}

TEST(CliValidate, AJsonTemplateWithAnUnknownTypeKeepsItAsInfo) {
    const TemporaryFolder folder;
    const std::string path = folder.write(
        "template.json",
        "{\"Resources\": {\"Vpc\": {\"Type\": \"AWS::EC2::VPC\", \"Properties\": "
        "{\"CidrBlock\": \"10.1.0.0/16\"}}, \"Thing\": {\"Type\": \"Custom::Unheard::Of\"}}}");
    const CliResult result = runCli({"validate", path});
    EXPECT_EQ(result.exitStatus, 0) << describe(result);
    EXPECT_NE(result.out.find("info EXTERNAL_RESOURCE [Thing]: "), std::string::npos) << result.out;
}

TEST(CliValidate, ABrokenTemplateNamesFileLineAndColumn) {
    const TemporaryFolder folder;
    const std::string badYaml = folder.write(
        "bad.yaml", "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Vpc: [AWS::EC2::VPC\n");
    const std::string badJson =
        folder.write("bad.json", "{\"Resources\": {\"Vpc\": {\"Type\": \"AWS::EC2::VPC\",}}");
    const std::string unknownFunction =
        folder.write("function.yaml", "Resources:\n  Vpc:\n    Type: AWS::EC2::VPC\n"
                                      "    Properties:\n      CidrBlock: !Frobnicate x\n");
    for (const std::string& path : {badYaml, badJson, unknownFunction}) {
        SCOPED_TRACE(path);
        for (const char* json : {"", "--json"}) {
            std::vector<std::string> arguments = {"validate", path};
            if (*json != '\0') {
                arguments.push_back(json);
            }
            expectLocatedError(runCli(arguments), path);
        }
    }
}

// Every corpus template validates (exit 0 or 1, never a crash or a refusal), and its JSON
// findings end with exactly the importer's notes.
TEST(CliValidate, EveryCorpusTemplateValidatesWithTheImportersNotes) {
    const auto templates = cli_tests::corpusTemplates();
    ASSERT_FALSE(templates.empty()) << "no templates in " << TOPOGRAPH_SHARED_DIR;
    for (const std::string& path : templates) {
        SCOPED_TRACE(path);
        const CliResult result = runCli({"validate", path, "--json"});
        EXPECT_TRUE(result.exitStatus == 0 || result.exitStatus == 1) << describe(result);
        EXPECT_TRUE(result.err.empty()) << result.err;
        cli_tests::JsonValue root;
        ASSERT_NO_THROW(root = parseJson(result.out)) << result.out;
        const auto& findings = root["findings"].items;
        const auto notes = importTemplateFile(path).notes;
        ASSERT_GE(findings.size(), notes.size());
        const std::size_t first = findings.size() - notes.size();
        for (std::size_t i = 0; i < notes.size(); ++i) {
            const auto& item = findings[first + i];
            EXPECT_EQ(item["severity"].text, severityName(notes[i].severity));
            EXPECT_NE(item["severity"].text, "error");
            EXPECT_EQ(item["code"].text, notes[i].code);
            EXPECT_EQ(item["message"].text, notes[i].message);
        }
        const bool anyError =
            std::any_of(findings.begin(), findings.end(), [](const cli_tests::JsonValue& item) {
                return item["severity"].text == "error";
            });
        EXPECT_EQ(result.exitStatus, anyError ? 1 : 0);
    }
}

TEST(CliValidate, EveryShippedExampleIsValid) {
    const auto examples = cli_tests::exampleModels();
    ASSERT_FALSE(examples.empty()) << "no examples in " << TOPOGRAPH_EXAMPLES_DIR;
    for (const std::string& path : examples) {
        SCOPED_TRACE(path);
        const CliResult result = runCli({"validate", path});
        EXPECT_EQ(result.exitStatus, 0) << describe(result);
    }
}

} // namespace
} // namespace topograph
