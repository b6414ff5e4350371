// SPDX-License-Identifier: Apache-2.0
// Splits a command's words into positional arguments, switches (--json) and options with a
// value (--port 443 or --port=443), refusing anything the command does not know.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace topograph::cli {

struct ParsedArguments {
    std::vector<std::string> positional;
    std::set<std::string> switches;             // "--json"
    std::map<std::string, std::string> options; // "--port" -> "443"

    bool has(const std::string& name) const { return switches.contains(name); }
};

struct ArgumentSpec {
    std::set<std::string> switches;
    std::set<std::string> options;
};

/// The parsed words, or a sentence saying what is wrong in `error`. A lone "--" ends the
/// options, so a file named "--json" can still be given.
std::optional<ParsedArguments> parseArguments(const std::vector<std::string>& words,
                                              const ArgumentSpec& spec, std::string& error);

} // namespace topograph::cli
