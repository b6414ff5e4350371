// SPDX-License-Identifier: Apache-2.0
// `export FILE --format cloudformation|svg|png|drawio|dot|mermaid -o OUT`: one export of a
// model or template. Diagrams may carry the validator's findings (--findings) and one
// reachability path (--from SRC --to DST, with reach's traffic options). Every file is written
// atomically; exit 0, or 2 with a sentence saying what to do.
#include "app/cli/argument_parser.h"
#include "app/cli/commands.h"
#include "app/cli/model_input.h"
#include "app/cli/png_renderer.h"
#include "app/cli/traffic_options.h"
#include "core/check/validator.h"
#include "core/reach/reach.h"
#include "exporters/cloudformation/cfn_export.h"
#include "exporters/diagram/diagram_export.h"
#include "exporters/io/atomic_file.h"

#include <ostream>
#include <string>

namespace topograph::cli {

namespace {

const Command& exportCommand() {
    return *findCommand("export");
}

constexpr const char* formatList = "cloudformation, svg, png, drawio, dot or mermaid";

// The diagram options asked for on the command line; std::nullopt after an error on `err`.
std::optional<DiagramOptions> diagramOptions(const ParsedArguments& parsed,
                                             const Document& document, const std::string& path,
                                             std::ostream& err) {
    DiagramOptions options;
    if (parsed.has("--findings")) {
        options.findings = validate(document);
    }
    const bool hasFrom = parsed.options.contains("--from");
    const bool hasTo = parsed.options.contains("--to");
    if (hasFrom != hasTo) {
        usageError(exportCommand(), "a path to highlight needs both --from and --to", err);
        return std::nullopt;
    }
    if (!hasFrom) {
        return options;
    }
    auto query = readTrafficOptions(parsed, exportCommand(), err);
    if (!query) {
        return std::nullopt;
    }
    query->source = parsed.options.at("--from");
    query->destination = parsed.options.at("--to");
    try {
        options.path = HighlightedPath{*query, reach::reach(document, *query)};
    } catch (const reach::ReachQueryError& error) {
        err << path << ": " << error.what() << '\n';
        return std::nullopt;
    }
    return options;
}

int writeText(const std::string& output, const std::string& text, std::ostream& err) {
    try {
        writeFileAtomically(output, text);
    } catch (const std::exception& error) {
        err << output << ": " << error.what()
            << "; check that the folder exists and that you may write there\n";
        return ExitBadInput;
    }
    return ExitOk;
}

} // namespace

int runExport(const Arguments& arguments, std::ostream& out, std::ostream& err) {
    std::string problem;
    const ArgumentSpec spec{.switches = {"--findings"},
                            .options = {"--format", "-o", "--scale", "--background", "--from",
                                        "--to", "--protocol", "--port", "--ephemeral"}};
    const auto parsed = parseArguments(arguments.words, spec, problem);
    if (!parsed) {
        return usageError(exportCommand(), problem, err);
    }
    if (parsed->positional.size() != 1) {
        return usageError(exportCommand(),
                          parsed->positional.empty() ? "export needs a FILE"
                                                     : "export takes exactly one FILE",
                          err);
    }
    if (!parsed->options.contains("--format")) {
        return usageError(exportCommand(), std::string("export needs --format: ") + formatList,
                          err);
    }
    if (!parsed->options.contains("-o") || parsed->options.at("-o").empty()) {
        return usageError(exportCommand(), "export needs -o OUT, the file to write", err);
    }
    const std::string& format = parsed->options.at("--format");
    const std::string& output = parsed->options.at("-o");
    const bool png = format == "png";
    const auto diagramFormat =
        png ? std::optional(DiagramFormat::Svg) : diagramFormatFromName(format);
    if (format != "cloudformation" && !diagramFormat) {
        return usageError(exportCommand(),
                          "'" + format + "' is not an export format; use " + formatList, err);
    }
    const std::string scale =
        parsed->options.contains("--scale") ? parsed->options.at("--scale") : "1";
    const std::string background =
        parsed->options.contains("--background") ? parsed->options.at("--background") : "white";
    if (!png && (parsed->options.contains("--scale") || parsed->options.contains("--background"))) {
        return usageError(exportCommand(), "--scale and --background apply to --format png only",
                          err);
    }
    if (scale != "1" && scale != "2" && scale != "4") {
        return usageError(exportCommand(), "--scale is 1, 2 or 4", err);
    }
    if (background != "white" && background != "transparent") {
        return usageError(exportCommand(), "--background is white or transparent", err);
    }
    const std::string& path = parsed->positional.front();
    const auto input = readModelInput(path, err, InputUse::Convert);
    if (!input) {
        return ExitBadInput;
    }
    if (format == "cloudformation") {
        if (parsed->has("--findings") || parsed->options.contains("--from")) {
            return usageError(exportCommand(),
                              "--findings and --from/--to draw on diagrams; a CloudFormation "
                              "template has no picture to draw them on",
                              err);
        }
        try {
            exportTemplateFile(input->document, output);
        } catch (const NothingToExportError& error) {
            err << path << ": " << error.what() << '\n';
            return ExitBadInput;
        } catch (const TemplateTooLargeError& error) {
            err << path << ": " << error.what() << '\n';
            return ExitBadInput;
        } catch (const std::exception& error) {
            err << output << ": " << error.what()
                << "; check that the folder exists and that you may write there\n";
            return ExitBadInput;
        }
        out << "Wrote " << output << " (CloudFormation, " << input->document.size()
            << " resources from " << path << ").\n";
        return ExitOk;
    }
    auto options = diagramOptions(*parsed, input->document, path, err);
    if (!options) {
        return ExitBadInput;
    }
    options->background = !(png && background == "transparent");
    const std::string text = exportDiagram(input->document, *diagramFormat, *options);
    if (png) {
        if (const auto failure = renderPng({text, output, scale, background})) {
            err << output << ": " << *failure << '\n';
            return ExitBadInput;
        }
    } else if (const int status = writeText(output, text, err); status != ExitOk) {
        return status;
    }
    out << "Wrote " << output << " (" << format << " diagram of " << path << ").\n";
    return ExitOk;
}

} // namespace topograph::cli
