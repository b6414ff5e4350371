// SPDX-License-Identifier: Apache-2.0
// `topograph-cli import FILE -o OUT` as a user runs it: every corpus template becomes a model
// with a laid-out diagram that keeps every resource and answers like the template; refusals
// (the template itself as OUT, a model as FILE, unreadable input) exit 2 and write nothing.
#include "cli_runner.h"
#include "core/layout/layout.h"
#include "exporters/cloudformation/cfn_import.h"
#include "exporters/model_yaml/model_file.h"
#include "test_inputs.h"
#include "tiny_json.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <iterator>
#include <regex>
#include <string>
#include <vector>

namespace topograph {
namespace {

using cli_tests::CliResult;
using cli_tests::describe;
using cli_tests::runCli;
using cli_tests::TemporaryFolder;

std::vector<ResourceId> idsOf(const Document& document) {
    std::vector<ResourceId> ids;
    for (const Resource& resource : document.resources()) {
        ids.push_back(resource.id);
    }
    return ids;
}

// True when loading the model file works; otherwise the load error in `error`.
bool opens(const std::string& path, std::string& error) {
    try {
        static_cast<void>(loadModelFile(path));
        return true;
    } catch (const ModelLoadError& failure) {
        error = failure.error().toString();
        return false;
    }
}

TEST(CliImport, EveryCorpusTemplateBecomesALaidOutModel) {
    const auto templates = cli_tests::corpusTemplates();
    ASSERT_FALSE(templates.empty()) << "no templates in " << TOPOGRAPH_SHARED_DIR;
    const TemporaryFolder folder;
    for (const std::string& path : templates) {
        SCOPED_TRACE(path);
        const std::string output =
            (folder.path() / (std::filesystem::path(path).stem().string() + ".model.yaml"))
                .string();
        const CliResult result = runCli({"import", path, "-o", output});
        ASSERT_EQ(result.exitStatus, 0) << describe(result);
        ASSERT_TRUE(std::filesystem::exists(output));

        const ImportResult expected = importTemplateFile(path);
        const auto& resources = expected.document.resources();
        const auto verbatim =
            std::count_if(resources.begin(), resources.end(), [](const Resource& resource) {
                return resource.kind() == ResourceKind::External;
            });
        EXPECT_EQ(result.out.rfind("Imported " + path + " into " + output + ": " +
                                       std::to_string(resources.size()) + " resource",
                                   0),
                  0U)
            << result.out;
        EXPECT_NE(result.out.find("(" + std::to_string(resources.size() - verbatim) +
                                  " modelled, " + std::to_string(verbatim) + " kept verbatim"),
                  std::string::npos)
            << result.out;
        for (const Finding& note : expected.notes) {
            EXPECT_NE(result.out.find(note.message), std::string::npos) << note.message;
        }

        // The warning about a model that cannot be opened again is printed exactly when it is
        // true; the file is written either way.
        std::string loadError;
        const bool readable = opens(output, loadError);
        EXPECT_EQ(result.err.find("warning: the model cannot be opened again") != std::string::npos,
                  !readable)
            << result.err;
        if (!readable) {
            EXPECT_NE(result.err.find(loadError), std::string::npos) << result.err;
            continue;
        }
        const Document imported = loadModelFile(output);
        EXPECT_EQ(idsOf(imported), idsOf(expected.document)) << "no resource dropped or added";
        for (const Resource& resource : imported.resources()) {
            if (isDrawn(resource.kind())) {
                EXPECT_TRUE(resource.geometry.has_value()) << resource.id << " was not laid out";
            }
        }

        // The model answers like the template it came from.
        const CliResult validate = runCli({"validate", output, "--json"});
        EXPECT_TRUE(validate.exitStatus == 0 || validate.exitStatus == 1) << describe(validate);
        EXPECT_NO_THROW(cli_tests::parseJson(validate.out)) << validate.out;
        const CliResult fromModel = runCli({"reach", output, "--matrix", "--json"});
        const CliResult fromTemplate = runCli({"reach", path, "--matrix", "--json"});
        EXPECT_EQ(fromModel.exitStatus, 0) << describe(fromModel);
        EXPECT_EQ(fromModel.out, fromTemplate.out);
    }
}

// Templates whose id fields stay symbolic (an Fn::ImportValue, a Network Firewall's
// EndpointIds) import into models that keep those values; the model reader accepts them as
// outside references (core/model/references.h, isOutsideReference).
TEST(CliImport, EveryImportedCorpusModelOpensAgain) {
    const TemporaryFolder folder;
    for (const std::string& path : cli_tests::corpusTemplates()) {
        SCOPED_TRACE(path);
        const std::string output = (folder.path() / "model.yaml").string();
        ASSERT_EQ(runCli({"import", path, "-o", output}).exitStatus, 0);
        std::string error;
        EXPECT_TRUE(opens(output, error)) << error;
    }
}

TEST(CliImport, KeepsVerbatimResourcesAndReplacesAnExistingOutput) {
    const TemporaryFolder folder;
    const std::string path = folder.write(
        "stack.json",
        "{\"Resources\": {\"Vpc\": {\"Type\": \"AWS::EC2::VPC\", \"Properties\": {\"CidrBlock\": "
        "\"10.0.0.0/16\"}}, \"Subnet\": {\"Type\": \"AWS::EC2::Subnet\", \"Properties\": "
        "{\"VpcId\": {\"Ref\": \"Vpc\"}, \"CidrBlock\": \"10.0.1.0/24\"}}, \"Fn\": {\"Type\": "
        "\"AWS::Lambda::Function\", \"Properties\": {\"Runtime\": \"python3.12\"}}}}");
    const std::string output = folder.write("model.yaml", "an older file, to be replaced\n");
    const CliResult result = runCli({"import", path, "-o", output});
    ASSERT_EQ(result.exitStatus, 0) << describe(result);
    EXPECT_TRUE(result.err.empty()) << result.err;
    EXPECT_NE(result.out.find("info EXTERNAL_RESOURCE [Fn]"), std::string::npos) << result.out;
    const Document model = loadModelFile(output);
    ASSERT_NE(model.find("Fn"), nullptr);
    EXPECT_EQ(model.find("Fn")->kind(), ResourceKind::External);
    EXPECT_TRUE(model.find("Vpc")->geometry.has_value());
    EXPECT_TRUE(model.find("Subnet")->geometry.has_value());
    // No temporary file left beside the output.
    std::size_t files = 0;
    for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(folder.path())) {
        ++files;
    }
    EXPECT_EQ(files, 2U);
}

// Refusals exit 2, print nothing on stdout, and leave the files as they were.
TEST(CliImport, RefusesBadInputAndWritesNothing) {
    const TemporaryFolder folder;
    const std::string templateText =
        "Resources:\n  Vpc:\n    Type: AWS::EC2::VPC\n    Properties:\n      CidrBlock: "
        "10.0.0.0/16\n";
    const std::string path = folder.write("stack.yaml", templateText);
    std::filesystem::create_directory(folder.path() / "sub");
    std::filesystem::create_symlink(path, folder.path() / "link.yaml");
    const std::string output = (folder.path() / "out.yaml").string();
    const std::string broken = folder.write("broken.yaml", "Resources:\n  Vpc: [x\n");
    const std::string model = cli_tests::threeTierExample();
    struct Row {
        std::vector<std::string> arguments;
        std::string errContains;
    };
    const Row rows[] = {
        {{"import", path, "-o", path}, "this is the template being imported"},
        {{"import", path, "-o", (folder.path() / "sub" / ".." / "stack.yaml").string()},
         "this is the template being imported"},
        {{"import", path, "-o", (folder.path() / "link.yaml").string()},
         "this is the template being imported"},
        {{"import", model, "-o", output}, "is a Topograph model, not a CloudFormation template"},
        {{"import", broken, "-o", output}, broken + ":"},
        {{"import", (folder.path() / "missing.yaml").string(), "-o", output}, "missing.yaml"},
        {{"import", path, "-o", (folder.path() / "sub").string()}, "this is a folder"},
        {{"import", path, "-o", (folder.path() / "no" / "such" / "out.yaml").string()}, "out.yaml"},
        {{"import", path}, "import needs -o OUT"},
        {{"import", "-o", output}, "import needs a FILE"},
        {{"import", path, path, "-o", output}, "exactly one FILE"},
        {{"import", path, "-o"}, "-o needs a value"},
        {{"import", path, "-o", ""}, "-o needs a file name"},
        {{"import", path, "-o", output, "--json"}, "unknown option --json"},
    };
    for (const Row& row : rows) {
        SCOPED_TRACE(cli_tests::joined(row.arguments));
        const CliResult result = runCli(row.arguments);
        EXPECT_EQ(result.exitStatus, 2) << describe(result);
        EXPECT_TRUE(result.out.empty()) << result.out;
        EXPECT_TRUE(cli_tests::isOneLine(result.err) ||
                    result.err.find("usage: topograph-cli import FILE -o OUT") != std::string::npos)
            << result.err;
        EXPECT_NE(result.err.find(row.errContains), std::string::npos) << result.err;
        EXPECT_FALSE(std::filesystem::exists(output));
    }
    EXPECT_EQ(cli_tests::filesIn(folder.path().string(), {".yaml"}).size(), 3U);
    std::ifstream kept(path);
    const std::string text((std::istreambuf_iterator<char>(kept)),
                           std::istreambuf_iterator<char>());
    EXPECT_EQ(text, templateText);
}

TEST(CliImport, ABrokenTemplateNamesFileLineAndColumn) {
    const TemporaryFolder folder;
    const std::string path = folder.write("broken.yaml", "Resources:\n  Vpc:\n    Type: [x\n");
    const CliResult result = runCli({"import", path, "-o", (folder.path() / "o.yaml").string()});
    EXPECT_EQ(result.exitStatus, 2) << describe(result);
    EXPECT_TRUE(cli_tests::isOneLine(result.err)) << result.err;
    EXPECT_TRUE(std::regex_match(
        result.err,
        std::regex(std::regex_replace(path, std::regex("[.^$|()\\[\\]{}*+?\\\\]"), "\\$&") +
                   ":[1-9][0-9]*:[1-9][0-9]*: .+\n")))
        << result.err;
}

} // namespace
} // namespace topograph
