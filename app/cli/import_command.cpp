// SPDX-License-Identifier: Apache-2.0
// `import FILE -o OUT`: a CloudFormation template becomes a Topograph model with a laid-out
// diagram, written atomically. The importer keeps what it does not model verbatim and says so in
// its notes, which the summary prints.
#include "app/cli/argument_parser.h"
#include "app/cli/commands.h"
#include "app/cli/findings_output.h"
#include "app/cli/model_input.h"
#include "core/layout/layout.h"
#include "exporters/model_yaml/model_file.h"

#include <algorithm>
#include <filesystem>
#include <ostream>
#include <system_error>

namespace topograph::cli {

namespace {

const Command& importCommand() {
    return *findCommand("import");
}

// Both names lead to the same file: an existing file compared by identity (links, "./a" and
// "a"), otherwise by the normalised absolute path.
bool sameFile(const std::string& first, const std::string& second) {
    std::error_code error;
    if (std::filesystem::equivalent(first, second, error)) {
        return true;
    }
    const auto normal = [](const std::string& path) {
        std::error_code ignored;
        return std::filesystem::weakly_canonical(std::filesystem::absolute(path, ignored), ignored);
    };
    return normal(first) == normal(second);
}

std::string counted(std::size_t count, const std::string& singular, const std::string& plural) {
    return std::to_string(count) + " " + (count == 1 ? singular : plural);
}

void printSummary(const ModelInput& input, std::size_t laidOut, const std::string& path,
                  const std::string& output, std::ostream& out) {
    const auto& resources = input.document.resources();
    const auto verbatim = static_cast<std::size_t>(
        std::count_if(resources.begin(), resources.end(), [](const Resource& resource) {
            return resource.kind() == ResourceKind::External;
        }));
    out << "Imported " << path << " into " << output << ": "
        << counted(resources.size(), "resource", "resources") << " (" << resources.size() - verbatim
        << " modelled, " << verbatim
        << " kept verbatim: types Topograph does not model, resources whose condition is false, "
           "or parts of resources the template does not hold; see the notes), "
        << laidOut << " laid out on the diagram.\n";
    if (input.importNotes.empty()) {
        out << "The importer has no notes.\n";
        return;
    }
    out << '\n' << counted(input.importNotes.size(), "note", "notes") << " from the importer:\n";
    printFindings(input.importNotes, path, out);
}

// The model file must be one that topograph-cli and the app can open again. A template whose id
// fields stay symbolic (an Fn::ImportValue, an attribute of a resource Topograph does not model)
// gives a model the model reader refuses as a dangling reference; the file is still written,
// since it keeps everything, but the user hears about it now rather than when opening it.
void warnIfUnreadable(const Document& document, const std::string& output, std::ostream& err) {
    try {
        static_cast<void>(readModel(writeModel(document), output));
    } catch (const ModelLoadError& error) {
        err << programName << ": warning: the model cannot be opened again as written: "
            << error.error().toString()
            << " (a value the template leaves to deployment; replace it with the id of a "
               "resource of the model)\n";
    }
}

} // namespace

int runImport(const Arguments& arguments, std::ostream& out, std::ostream& err) {
    std::string problem;
    const auto parsed =
        parseArguments(arguments.words, {.switches = {}, .options = {"-o"}}, problem);
    if (!parsed) {
        return usageError(importCommand(), problem, err);
    }
    if (parsed->positional.size() != 1) {
        return usageError(importCommand(),
                          parsed->positional.empty() ? "import needs a FILE"
                                                     : "import takes exactly one FILE",
                          err);
    }
    if (!parsed->options.contains("-o")) {
        return usageError(importCommand(), "import needs -o OUT, the model file to write", err);
    }
    const std::string& path = parsed->positional.front();
    const std::string& output = parsed->options.at("-o");
    if (output.empty()) {
        return usageError(importCommand(), "-o needs a file name", err);
    }
    if (sameFile(path, output)) {
        err << output
            << ": this is the template being imported; give -o another file name so the "
               "template is kept\n";
        return ExitBadInput;
    }
    std::error_code ignored;
    if (std::filesystem::is_directory(output, ignored)) {
        err << output << ": this is a folder; give -o the name of the model file to write\n";
        return ExitBadInput;
    }
    auto input = readModelInput(path, err, InputUse::Convert);
    if (!input) {
        return ExitBadInput;
    }
    if (input->kind != InputKind::CloudFormationTemplate) {
        err << LoadError{path, 1, 1,
                         "this is a Topograph model, not a CloudFormation template; there is "
                         "nothing to import, open or validate it directly"}
                   .toString()
            << '\n';
        return ExitBadInput;
    }
    const ChangeSet laidOut = layOut(input->document);
    try {
        saveModelFile(input->document, output);
    } catch (const std::exception& error) {
        err << output << ": " << error.what()
            << "; check that the folder exists and that you may write there\n";
        return ExitBadInput;
    }
    warnIfUnreadable(input->document, output, err);
    printSummary(*input, laidOut.changed.size(), path, output, out);
    return ExitOk;
}

} // namespace topograph::cli
