// SPDX-License-Identifier: Apache-2.0
// `help`, `--help`, `help COMMAND`: the commands with their one-line summary and usage.
#include "app/cli/commands.h"

#include <algorithm>
#include <ostream>

namespace topograph::cli {

namespace {

void printOverview(std::ostream& out) {
    out << programName << ": check AWS network designs without a display\n\n"
        << "usage: " << programName << " COMMAND [ARGUMENTS]\n"
        << "       " << programName << " --help | --version\n\n"
        << "commands:\n";
    std::size_t width = 0;
    for (const Command& command : commandTable()) {
        width = std::max(width, command.name.size());
    }
    for (const Command& command : commandTable()) {
        out << "  " << command.name << std::string(width - command.name.size() + 2, ' ')
            << command.summary << '\n';
        printUsage(command, std::string(width + 4, ' '), out);
    }
    out << "\nFILE is a Topograph model (YAML) or an AWS CloudFormation template (YAML or JSON);\n"
        << "its kind is detected from the content, not the file name. In a template, every\n"
        << "resource keeps its logical id.\n"
        << "Exit status: 0 success (validate: no errors), 1 validate found errors,\n"
        << "2 unreadable input or a usage error. See " << programName
        << " help COMMAND for more.\n";
}

} // namespace

int runHelp(const Arguments& arguments, std::ostream& out, std::ostream& err) {
    if (arguments.words.empty()) {
        printOverview(out);
        return ExitOk;
    }
    const Command* self = findCommand("help");
    if (arguments.words.size() > 1) {
        return usageError(*self, "help takes at most one command name", err);
    }
    const Command* command = findCommand(arguments.words.front());
    if (command == nullptr) {
        return usageError(*self, "unknown command '" + arguments.words.front() + "'", err);
    }
    printUsage(*command, "", out);
    out << '\n' << command->summary << '\n';
    if (!command->details.empty()) {
        out << '\n' << command->details;
    }
    return ExitOk;
}

} // namespace topograph::cli
