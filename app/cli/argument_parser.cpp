// SPDX-License-Identifier: Apache-2.0
#include "app/cli/argument_parser.h"

namespace topograph::cli {

std::optional<ParsedArguments> parseArguments(const std::vector<std::string>& words,
                                              const ArgumentSpec& spec, std::string& error) {
    ParsedArguments parsed;
    bool optionsEnded = false;
    for (std::size_t i = 0; i < words.size(); ++i) {
        const std::string& word = words[i];
        if (optionsEnded || word.size() < 2 || word[0] != '-') {
            parsed.positional.push_back(word);
            continue;
        }
        if (word == "--") {
            optionsEnded = true;
            continue;
        }
        const std::size_t equals = word.find('=');
        const std::string name = word.substr(0, equals);
        if (spec.switches.contains(name)) {
            if (equals != std::string::npos) {
                error = "the option " + name + " takes no value";
                return std::nullopt;
            }
            parsed.switches.insert(name);
            continue;
        }
        if (spec.options.contains(name)) {
            if (equals != std::string::npos) {
                parsed.options[name] = word.substr(equals + 1);
            } else if (i + 1 < words.size()) {
                parsed.options[name] = words[++i];
            } else {
                error = "the option " + name + " needs a value";
                return std::nullopt;
            }
            continue;
        }
        error = "unknown option " + name;
        return std::nullopt;
    }
    return parsed;
}

} // namespace topograph::cli
