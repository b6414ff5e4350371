// SPDX-License-Identifier: Apache-2.0
// `topograph-cli export` as a user runs it: every format from every bundled example and corpus
// template, the diagram options, and clear refusals that write nothing.
#include "cli_runner.h"
#include "exporters/cloudformation/cfn_import.h"
#include "test_inputs.h"

#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <iterator>
#include <string>
#include <vector>

namespace topograph {
namespace {

using cli_tests::CliResult;
using cli_tests::describe;
using cli_tests::runCli;
using cli_tests::TemporaryFolder;

std::string contentsOf(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// What each text format must start with: enough to tell it is that format and not another.
struct TextFormat {
    std::string name;
    std::string opening;
};

const std::vector<TextFormat> textFormats = {{"svg", "<?xml"},
                                             {"drawio", "<mxfile"},
                                             {"dot", "digraph"},
                                             {"mermaid", "flowchart"},
                                             {"cloudformation", "\nResources:\n"}};

std::vector<std::string> everyInput() {
    std::vector<std::string> inputs = cli_tests::exampleModels();
    const auto templates = cli_tests::corpusTemplates();
    inputs.insert(inputs.end(), templates.begin(), templates.end());
    return inputs;
}

TEST(CliExport, EveryFormatFromEveryExampleAndTemplate) {
    const TemporaryFolder folder;
    const auto inputs = everyInput();
    ASSERT_GE(inputs.size(), 3U);
    for (const std::string& input : inputs) {
        for (const TextFormat& format : textFormats) {
            SCOPED_TRACE(input + " as " + format.name);
            const auto output = folder.path() / ("out." + format.name);
            const CliResult result =
                runCli({"export", input, "--format", format.name, "-o", output.string()});
            ASSERT_EQ(result.exitStatus, 0) << describe(result);
            EXPECT_NE(result.out.find("Wrote " + output.string()), std::string::npos);
            const std::string text = contentsOf(output);
            EXPECT_NE(text.find(format.opening), std::string::npos) << text.substr(0, 200);
        }
    }
}

TEST(CliExport, AnExportedTemplateValidatesLikeTheModel) {
    const TemporaryFolder folder;
    for (const std::string& example : cli_tests::exampleModels()) {
        SCOPED_TRACE(example);
        const auto output = (folder.path() / "stack.yaml").string();
        ASSERT_EQ(
            runCli({"export", example, "--format", "cloudformation", "-o", output}).exitStatus, 0);
        const CliResult fromModel = runCli({"validate", example});
        const CliResult fromTemplate = runCli({"validate", output});
        EXPECT_EQ(fromTemplate.exitStatus, fromModel.exitStatus) << describe(fromTemplate);
        const ImportResult imported = importTemplateFile(output);
        EXPECT_GE(imported.document.size(), 10U);
    }
}

TEST(CliExport, DiagramsCarryFindingsAndAPath) {
    const TemporaryFolder folder;
    const auto output = (folder.path() / "path.svg").string();
    const CliResult result =
        runCli({"export", cli_tests::threeTierExample(), "--format", "svg", "-o", output,
                "--findings", "--from", "app-instance-a", "--to", "db", "--port", "5432"});
    ASSERT_EQ(result.exitStatus, 0) << describe(result);
    const std::string plain = (folder.path() / "plain.svg").string();
    ASSERT_EQ(runCli({"export", cli_tests::threeTierExample(), "--format", "svg", "-o", plain})
                  .exitStatus,
              0);
    // The highlighted path changes the picture; the same request always gives the same bytes.
    EXPECT_NE(contentsOf(output), contentsOf(plain));
    const std::string again = (folder.path() / "again.svg").string();
    ASSERT_EQ(runCli({"export", cli_tests::threeTierExample(), "--format", "svg", "-o", again,
                      "--findings", "--from", "app-instance-a", "--to", "db", "--port", "5432"})
                  .exitStatus,
              0);
    EXPECT_EQ(contentsOf(output), contentsOf(again));
}

TEST(CliExport, PngIsRenderedOrRefusedWithTheReason) {
    const TemporaryFolder folder;
    const auto output = folder.path() / "diagram.png";
    const CliResult result = runCli({"export", cli_tests::threeTierExample(), "--format", "png",
                                     "--scale", "2", "-o", output.string()});
    const bool rendererBuilt = std::filesystem::exists(
        std::filesystem::path(TOPOGRAPH_CLI_PATH).parent_path() / "topograph-render");
    if (!rendererBuilt) {
        // Builds without the desktop app (the sanitizer build) have no renderer.
        EXPECT_EQ(result.exitStatus, 2);
        EXPECT_NE(result.err.find("needs"), std::string::npos) << result.err;
        EXPECT_NE(result.err.find("topograph-render"), std::string::npos) << result.err;
        EXPECT_FALSE(std::filesystem::exists(output));
        return;
    }
    ASSERT_EQ(result.exitStatus, 0) << describe(result);
    const std::string png = contentsOf(output);
    ASSERT_GT(png.size(), 24U);
    EXPECT_EQ(png.substr(1, 3), "PNG");
    // Width and height sit big-endian at bytes 16..23 of the IHDR chunk.
    const auto word = [&](std::size_t at) {
        return (static_cast<unsigned char>(png[at]) << 24) |
               (static_cast<unsigned char>(png[at + 1]) << 16) |
               (static_cast<unsigned char>(png[at + 2]) << 8) |
               static_cast<unsigned char>(png[at + 3]);
    };
    EXPECT_GT(word(16), 400U);
    EXPECT_GT(word(20), 300U);
}

TEST(CliExport, RefusesBadRequestsAndWritesNothing) {
    const TemporaryFolder folder;
    const std::string example = cli_tests::threeTierExample();
    const auto output = (folder.path() / "never.out").string();
    const std::vector<std::pair<std::vector<std::string>, std::string>> refusals = {
        {{"export", example, "-o", output}, "--format"},
        {{"export", example, "--format", "svg"}, "-o OUT"},
        {{"export", example, "--format", "visio", "-o", output}, "'visio' is not an export format"},
        {{"export", "--format", "svg", "-o", output}, "export needs a FILE"},
        {{"export", example, "--format", "svg", "-o", output, "--scale", "2"}, "png only"},
        {{"export", example, "--format", "png", "-o", output, "--scale", "3"}, "1, 2 or 4"},
        {{"export", example, "--format", "png", "-o", output, "--background", "pink"},
         "white or transparent"},
        {{"export", example, "--format", "svg", "-o", output, "--from", "db"}, "both --from"},
        {{"export", example, "--format", "svg", "-o", output, "--from", "nobody", "--to", "db"},
         "nobody"},
        {{"export", example, "--format", "cloudformation", "-o", output, "--findings"},
         "no picture"},
        {{"export", example, "--format", "svg", "-o", output, "--colour", "red"}, "--colour"},
        {{"export", "/no/such/file.yaml", "--format", "svg", "-o", output}, "/no/such/file.yaml"},
    };
    for (const auto& [arguments, expected] : refusals) {
        SCOPED_TRACE(cli_tests::joined(arguments));
        const CliResult result = runCli(arguments);
        EXPECT_EQ(result.exitStatus, 2) << describe(result);
        EXPECT_NE(result.err.find(expected), std::string::npos) << result.err;
        EXPECT_FALSE(std::filesystem::exists(output));
    }
}

TEST(CliExport, AnUnwritableOutputIsBadInput) {
    const CliResult result = runCli({"export", cli_tests::threeTierExample(), "--format", "svg",
                                     "-o", "/no/such/folder/out.svg"});
    EXPECT_EQ(result.exitStatus, 2) << describe(result);
    EXPECT_NE(result.err.find("/no/such/folder/out.svg"), std::string::npos) << result.err;
}

} // namespace
} // namespace topograph
