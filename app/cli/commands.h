// SPDX-License-Identifier: Apache-2.0
// The command table of topograph-cli. A command is one file with one run function; adding a
// command means adding that file and one row to the table in main.cpp.
#pragma once

#include <iosfwd>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace topograph::cli {

/// Exit statuses, the contract of /work/shared/CLI.md.
enum ExitStatus : int {
    ExitOk = 0,       // done; for validate: no errors found
    ExitFindings = 1, // validate found at least one error
    ExitBadInput = 2, // unreadable input, unknown command, bad flags
};

/// What a command gets: the words after its name, exactly as typed.
struct Arguments {
    std::vector<std::string> words;
};

struct Command {
    std::string_view name;    // "validate"
    std::string_view summary; // one line for --help
    std::string_view usage;   // "validate FILE [--json]", without the program name; one
                              // line per form of the command
    std::string_view details; // what `help COMMAND` adds: arguments, output, exit statuses
    int (*run)(const Arguments& arguments, std::ostream& out, std::ostream& err);
};

inline constexpr std::string_view programName = "topograph-cli";

/// Every command, in the order --help lists them (defined in main.cpp).
std::span<const Command> commandTable();

/// The row of the table named `name`, or nullptr.
const Command* findCommand(std::string_view name);

/// "usage: topograph-cli validate FILE [--json]", one line per form, each line starting with
/// `indent`.
void printUsage(const Command& command, std::string_view indent, std::ostream& out);

/// The usage of `command` on `err` after a one-line reason; returns ExitBadInput so a command
/// can `return usageError(...)`.
int usageError(const Command& command, std::string_view reason, std::ostream& err);

// The commands.
int runHelp(const Arguments& arguments, std::ostream& out, std::ostream& err);
int runVersion(const Arguments& arguments, std::ostream& out, std::ostream& err);
int runValidate(const Arguments& arguments, std::ostream& out, std::ostream& err);
int runReach(const Arguments& arguments, std::ostream& out, std::ostream& err);
int runImport(const Arguments& arguments, std::ostream& out, std::ostream& err);
int runExport(const Arguments& arguments, std::ostream& out, std::ostream& err);

} // namespace topograph::cli
