// SPDX-License-Identifier: Apache-2.0
// `validate FILE [--json]`: every finding about a model; exit 1 when one of them is an error.
#include "app/cli/argument_parser.h"
#include "app/cli/commands.h"
#include "app/cli/findings_output.h"
#include "app/cli/model_input.h"
#include "core/check/structural_checks.h"

#include <algorithm>
#include <ostream>

namespace topograph::cli {

namespace {

const Command& validateCommand() {
    const auto table = commandTable();
    return *std::find_if(table.begin(), table.end(),
                         [](const Command& command) { return command.name == "validate"; });
}

// Every check the validator runs; later checks (routing, reachability) join here.
std::vector<Finding> collectFindings(const Document& document) {
    return runStructuralChecks(document);
}

} // namespace

int runValidate(const Arguments& arguments, std::ostream& out, std::ostream& err) {
    std::string problem;
    const auto parsed =
        parseArguments(arguments.words, {.switches = {"--json"}, .options = {}}, problem);
    if (!parsed) {
        return usageError(validateCommand(), problem, err);
    }
    if (parsed->positional.size() != 1) {
        return usageError(validateCommand(),
                          parsed->positional.empty() ? "validate needs a FILE"
                                                     : "validate takes exactly one FILE",
                          err);
    }
    const std::string& path = parsed->positional.front();
    const auto document = readModelInput(path, err);
    if (!document) {
        return ExitBadInput;
    }
    const auto findings = collectFindings(*document);
    if (parsed->has("--json")) {
        printFindingsJson(findings, out);
    } else {
        printFindings(findings, path, out);
    }
    return hasErrors(findings) ? ExitFindings : ExitOk;
}

} // namespace topograph::cli
