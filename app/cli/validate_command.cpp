// SPDX-License-Identifier: Apache-2.0
// `validate FILE [--json]`: every finding about a model; exit 1 when one of them is an error.
// For a CloudFormation template the importer's notes (docs/CLOUDFORMATION.md, "Note codes":
// EXTERNAL_RESOURCE, UNRESOLVED_VALUE, ...) follow the checks' findings: they are info or
// warnings, so they never change the exit status.
#include "app/cli/argument_parser.h"
#include "app/cli/commands.h"
#include "app/cli/findings_output.h"
#include "app/cli/model_input.h"
#include "core/check/validator.h"

#include <ostream>

namespace topograph::cli {

namespace {

const Command& validateCommand() {
    return *findCommand("validate");
}

// Every check the validator runs (core/check/validator.h), then what the importer noted.
std::vector<Finding> collectFindings(const ModelInput& input) {
    std::vector<Finding> findings = validate(input.document);
    findings.insert(findings.end(), input.importNotes.begin(), input.importNotes.end());
    return findings;
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
    const auto input = readModelInput(path, err, InputUse::Analyse);
    if (!input) {
        return ExitBadInput;
    }
    const auto findings = collectFindings(*input);
    if (parsed->has("--json")) {
        printFindingsJson(findings, out);
    } else {
        printFindings(findings, path, out);
    }
    return hasErrors(findings) ? ExitFindings : ExitOk;
}

} // namespace topograph::cli
