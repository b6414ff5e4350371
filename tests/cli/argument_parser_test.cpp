// SPDX-License-Identifier: Apache-2.0
// The CLI's argument splitting, shared by every command.
#include "app/cli/argument_parser.h"

#include <gtest/gtest.h>

namespace topograph::cli {
namespace {

const ArgumentSpec spec{.switches = {"--json"}, .options = {"--port", "--from"}};

TEST(ArgumentParser, SplitsPositionalSwitchesAndOptions) {
    std::string error;
    const auto parsed = parseArguments(
        {"model.yaml", "--json", "--port", "22", "--from=web", "-", "--", "--json"}, spec, error);
    ASSERT_TRUE(parsed.has_value()) << error;
    EXPECT_EQ(parsed->positional, (std::vector<std::string>{"model.yaml", "-", "--json"}));
    EXPECT_TRUE(parsed->has("--json"));
    EXPECT_EQ(parsed->options.at("--port"), "22");
    EXPECT_EQ(parsed->options.at("--from"), "web");
}

TEST(ArgumentParser, RefusesWhatTheCommandDoesNotKnow) {
    struct Row {
        std::vector<std::string> words;
        std::string error;
    };
    const Row rows[] = {
        {{"--jsn"}, "unknown option --jsn"},
        {{"-j"}, "unknown option -j"},
        {{"--json=1"}, "the option --json takes no value"},
        {{"--port"}, "the option --port needs a value"},
    };
    for (const Row& row : rows) {
        std::string error;
        EXPECT_FALSE(parseArguments(row.words, spec, error).has_value());
        EXPECT_EQ(error, row.error);
    }
}

} // namespace
} // namespace topograph::cli
