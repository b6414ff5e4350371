// SPDX-License-Identifier: Apache-2.0
// topograph-cli: the headless command line (/work/shared/CLI.md). The table below is the only
// place that lists the commands; each lives in its own file.
#include "app/cli/commands.h"

#include <algorithm>
#include <exception>
#include <iostream>

namespace topograph::cli {

namespace {

constexpr Command commands[] = {
    {"validate", "Report every finding about a model (errors, warnings, info).",
     "validate FILE [--json]", runValidate},
    {"help", "Show the commands, or the usage of one command.", "help [COMMAND]", runHelp},
};

} // namespace

std::span<const Command> commandTable() {
    return commands;
}

int usageError(const Command& command, std::string_view reason, std::ostream& err) {
    err << programName << ": " << reason << '\n'
        << "usage: " << programName << ' ' << command.usage << '\n';
    return ExitBadInput;
}

namespace {

int run(const std::vector<std::string>& words) {
    if (words.empty()) {
        std::cerr << programName << ": no command given\n"
                  << "usage: " << programName << " COMMAND [ARGUMENTS]; try " << programName
                  << " --help\n";
        return ExitBadInput;
    }
    const std::string& name = words.front();
    const Arguments rest{std::vector<std::string>(words.begin() + 1, words.end())};
    if (name == "--help" || name == "-h") {
        return runHelp(rest, std::cout, std::cerr);
    }
    if (name == "--version") {
        return runVersion(rest, std::cout, std::cerr);
    }
    const auto it = std::find_if(std::begin(commands), std::end(commands),
                                 [&](const Command& command) { return command.name == name; });
    if (it == std::end(commands)) {
        std::cerr << programName << ": unknown command '" << name << "'\n"
                  << "usage: " << programName << " COMMAND [ARGUMENTS]; commands:";
        for (const Command& command : commands) {
            std::cerr << ' ' << command.name;
        }
        std::cerr << "; see " << programName << " --help\n";
        return ExitBadInput;
    }
    // "validate --help" shows that command's usage rather than refusing an unknown option.
    if (!rest.words.empty() && (rest.words.front() == "--help" || rest.words.front() == "-h")) {
        return runHelp(Arguments{{std::string(it->name)}}, std::cout, std::cerr);
    }
    return it->run(rest, std::cout, std::cerr);
}

} // namespace

} // namespace topograph::cli

int main(int argc, char** argv) {
    try {
        const std::vector<std::string> words(argv + 1, argv + argc);
        const int status = topograph::cli::run(words);
        std::cout.flush();
        return std::cout ? status : topograph::cli::ExitBadInput;
    } catch (const std::exception& error) {
        // Nothing should get here; if it does, say what happened instead of aborting.
        std::cerr << topograph::cli::programName << ": internal error: " << error.what() << '\n';
        return topograph::cli::ExitBadInput;
    }
}
