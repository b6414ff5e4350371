// SPDX-License-Identifier: Apache-2.0
// `reach FILE --from SRC --to DST [...]` (one question) and `reach FILE --matrix [...]` (every
// workload to every workload and the internet both ways). Exit 0 whatever the verdict: the
// analysis was done; 2 for bad input, with a sentence saying what to do.
#include "app/cli/argument_parser.h"
#include "app/cli/commands.h"
#include "app/cli/matrix_output.h"
#include "app/cli/model_input.h"
#include "app/cli/reach_output.h"
#include "app/cli/traffic_options.h"
#include "core/cidr/ip_address.h"
#include "core/reach/reach.h"
#include "core/reach/reach_matrix.h"

#include <algorithm>
#include <optional>
#include <ostream>
#include <string>

namespace topograph::cli {

namespace {

const Command& reachCommand() {
    return *findCommand("reach");
}

// How many valid ids an "unknown id" message lists before "and N more".
constexpr std::size_t idsToList = 8;

bool isNamedEndpoint(const std::string& text) {
    AddressError ignored = AddressError::None;
    return text == "internet" || text == "s3" || text == "dynamodb" ||
           IpAddress::tryParse(text, ignored).has_value();
}

// "app-a, app-b, db (and 12 more)"; "none" when the model has no workload.
std::string someWorkloadIds(const reach::NetworkIndex& index) {
    std::string list;
    const std::size_t shown = std::min(index.workloads.size(), idsToList);
    for (std::size_t i = 0; i < shown; ++i) {
        list += (i == 0 ? "" : ", ") + index.workloads[i].id;
    }
    if (index.workloads.size() > shown) {
        list += " (and " + std::to_string(index.workloads.size() - shown) + " more)";
    }
    return list.empty() ? std::string("none") : list;
}

// An id the model does not hold is named with a few that it does: the typo is usually obvious
// next to the real names.
bool checkEndpoint(const reach::NetworkIndex& index, const std::string& path,
                   const std::string& flag, const std::string& text, std::ostream& err) {
    if (isNamedEndpoint(text) || index.document().contains(text)) {
        return true;
    }
    err << path << ": " << flag << " '" << text
        << "' is not a resource of this model, internet, an IP address, s3 or dynamodb; "
           "workloads in this model: "
        << someWorkloadIds(index) << '\n';
    return false;
}

int answerOne(const reach::NetworkIndex& index, reach::ReachQuery query, const std::string& path,
              bool json, std::ostream& out, std::ostream& err) {
    if (!checkEndpoint(index, path, "--from", query.source, err) ||
        !checkEndpoint(index, path, "--to", query.destination, err)) {
        return ExitBadInput;
    }
    reach::ReachAnswer answer;
    try {
        answer = reach::reach(index, query);
    } catch (const reach::ReachQueryError& error) {
        err << path << ": " << error.what();
        const auto notAWorkload = [&](const std::string& id) {
            return index.document().contains(id) && index.workloadOf(id) == reach::none;
        };
        if (notAWorkload(query.source) || notAWorkload(query.destination)) {
            err << " Workloads in this model: " << someWorkloadIds(index);
        }
        err << '\n';
        return ExitBadInput;
    }
    if (json) {
        printReachAnswerJson(query, answer, out);
    } else {
        printReachAnswer(query, answer, out);
    }
    return ExitOk;
}

} // namespace

int runReach(const Arguments& arguments, std::ostream& out, std::ostream& err) {
    std::string problem;
    const ArgumentSpec spec{.switches = {"--json", "--matrix"},
                            .options = {"--from", "--to", "--protocol", "--port", "--ephemeral"}};
    const auto parsed = parseArguments(arguments.words, spec, problem);
    if (!parsed) {
        return usageError(reachCommand(), problem, err);
    }
    if (parsed->positional.size() != 1) {
        return usageError(reachCommand(),
                          parsed->positional.empty() ? "reach needs a FILE"
                                                     : "reach takes exactly one FILE",
                          err);
    }
    const bool matrix = parsed->has("--matrix");
    const bool hasFrom = parsed->options.contains("--from");
    const bool hasTo = parsed->options.contains("--to");
    if (matrix && (hasFrom || hasTo)) {
        return usageError(reachCommand(),
                          "--matrix answers every pair; leave out --from and --to, or --matrix",
                          err);
    }
    if (!matrix && !(hasFrom && hasTo)) {
        return usageError(reachCommand(),
                          !hasFrom && !hasTo ? "reach needs --from SRC and --to DST, or --matrix"
                          : !hasFrom         ? "reach needs --from SRC"
                                             : "reach needs --to DST",
                          err);
    }
    auto query = readTrafficOptions(*parsed, reachCommand(), err);
    if (!query) {
        return ExitBadInput;
    }
    const std::string& path = parsed->positional.front();
    const auto input = readModelInput(path, err, InputUse::Analyse);
    if (!input) {
        return ExitBadInput;
    }
    const reach::NetworkIndex index(input->document);
    const bool json = parsed->has("--json");
    if (!matrix) {
        query->source = parsed->options.at("--from");
        query->destination = parsed->options.at("--to");
        return answerOne(index, *query, path, json, out, err);
    }
    const reach::MatrixQuery matrixQuery{query->protocol, query->port, query->ephemeral};
    if (json) {
        printMatrixJson(index, matrixQuery, out);
    } else {
        printMatrix(index, matrixQuery, path, out);
    }
    return ExitOk;
}

} // namespace topograph::cli
