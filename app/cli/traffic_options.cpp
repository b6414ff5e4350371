// SPDX-License-Identifier: Apache-2.0
#include "app/cli/traffic_options.h"

#include "app/cli/reach_options.h"

#include <string>

namespace topograph::cli {

std::optional<reach::ReachQuery> readTrafficOptions(const ParsedArguments& parsed,
                                                    const Command& command, std::ostream& err) {
    reach::ReachQuery query;
    std::string problem;
    const auto option = [&](const char* name) -> const std::string* {
        const auto it = parsed.options.find(name);
        return it == parsed.options.end() ? nullptr : &it->second;
    };
    if (const std::string* text = option("--protocol")) {
        const auto protocol = parseProtocolOption(*text, problem);
        if (!protocol) {
            usageError(command, problem, err);
            return std::nullopt;
        }
        query.protocol = *protocol;
    }
    if (const std::string* text = option("--port")) {
        const auto port = parsePortOption(*text, problem);
        if (!port) {
            usageError(command, problem, err);
            return std::nullopt;
        }
        query.port = *port;
    }
    if (const std::string* text = option("--ephemeral")) {
        const auto range = parseEphemeralOption(*text, problem);
        if (!range) {
            usageError(command, problem, err);
            return std::nullopt;
        }
        query.ephemeral = *range;
    }
    return query;
}

} // namespace topograph::cli
