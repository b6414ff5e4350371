// SPDX-License-Identifier: Apache-2.0
// topograph-cli: the headless command line (/work/shared/CLI.md). The table below is the only
// place that lists the commands; each lives in its own file.
#include "app/cli/commands.h"

#include <algorithm>
#include <exception>
#include <iostream>

namespace topograph::cli {

namespace {

constexpr std::string_view validateDetails =
    "FILE is a Topograph model or a CloudFormation template (YAML or JSON). For a template,\n"
    "the importer's notes follow the findings, as info (or warnings for template mistakes),\n"
    "with the codes of docs/CLOUDFORMATION.md: EXTERNAL_RESOURCE (a resource type Topograph\n"
    "does not model, kept verbatim), KEPT_EXTERNAL, UNRESOLVED_VALUE (known only at\n"
    "deployment), UNRESOLVED_REFERENCE, EXTERNAL_REFERENCE, CONDITION_FALSE,\n"
    "CONDITION_ASSUMED, PARAMETER_ASSUMED, UNSUPPORTED_INTRINSIC, MALFORMED_PROPERTY,\n"
    "MALFORMED_RULE, ROUTE_WITHOUT_TARGET, DUPLICATE_ASSOCIATION. Notes never change the exit\n"
    "status.\n"
    "--json prints {\"findings\": [{\"severity\", \"code\", \"resources\", \"message\", "
    "\"fix\"}]}.\n"
    "Exit status: 0 no errors, 1 errors found, 2 unreadable input or a usage error.\n";

constexpr std::string_view reachDetails =
    "SRC and DST: a resource id (a workload: instance, load balancer, database, function,\n"
    "service, interface endpoint), internet, an IPv4 address, or s3 / dynamodb (destination\n"
    "only). Defaults: --protocol tcp, --port 443, --ephemeral 1024-65535 (the client ports the\n"
    "response goes back to). --port is ignored for icmp and all.\n"
    "--json prints {\"reachable\", \"code\", \"ra_code\", \"blocked_at\", \"explanation\", "
    "\"fix\",\n"
    "\"ephemeral_ports\", \"hops\": [{\"direction\", \"component\", \"kind\", \"detail\"}]}; "
    "code,\n"
    "ra_code and blocked_at are null when reachable; ephemeral_ports is the client ports that\n"
    "work when reachable, the range tried when not, null for icmp and all.\n"
    "--matrix answers every workload to every other workload, then each workload to the\n"
    "internet and the internet to it; --json prints\n"
    "{\"pairs\": [{\"from\", \"to\", \"reachable\", \"code\"}]} (code null when reachable).\n"
    "Exit status: 0 the analysis was done (either verdict), 2 bad input.\n";

constexpr std::string_view importDetails =
    "FILE is a CloudFormation template (YAML or JSON). OUT gets the Topograph model, written\n"
    "atomically, with every diagram item laid out (region > VPC > zone > subnet). Resource\n"
    "types Topograph does not model are kept verbatim and come back out on export. OUT may not\n"
    "be FILE itself. The summary names the resources imported and the importer's notes\n"
    "(codes as for validate).\n"
    "Exit status: 0 written, 2 unreadable input, not a template, or OUT cannot be written.\n";

constexpr std::string_view exportDetails =
    "FILE is a Topograph model or a CloudFormation template. OUT is written atomically.\n"
    "  cloudformation  a deployable YAML template; the diagram is kept under the Metadata key\n"
    "                  Topograph::Diagram (docs/CLOUDFORMATION.md)\n"
    "  svg, drawio, dot, mermaid  the diagram (docs/DIAGRAMS.md)\n"
    "  png             the SVG diagram rendered at --scale 1, 2 or 4 (default 1) on a\n"
    "                  --background white (default) or transparent; needs topograph-render,\n"
    "                  which comes with the desktop app\n"
    "Diagram options: --findings badges the items with errors (red) and warnings (amber);\n"
    "--from SRC --to DST [--protocol P] [--port N] [--ephemeral LO-HI] draws that query's path,\n"
    "green where allowed and the blocking hop in red with its code.\n"
    "Exit status: 0 written, 2 unreadable input, bad options, a template over CloudFormation's\n"
    "limits (500 resources, 1 MB), or OUT cannot be written.\n";

constexpr Command commands[] = {
    {"validate", "Report every finding about a model (errors, warnings, info).",
     "validate FILE [--json]", validateDetails, runValidate},
    {"reach", "Can SRC reach DST? The hops both ways, or what blocks it and the fix.",
     "reach FILE --from SRC --to DST [--protocol tcp|udp|icmp|all] [--port N] "
     "[--ephemeral LO-HI] [--json]\n"
     "reach FILE --matrix [--protocol tcp|udp|icmp|all] [--port N] [--ephemeral LO-HI] [--json]",
     reachDetails, runReach},
    {"import", "Turn a CloudFormation template into a Topograph model with a laid-out diagram.",
     "import FILE -o OUT", importDetails, runImport},
    {"export", "Write the model as a CloudFormation template or a diagram.",
     "export FILE --format cloudformation|svg|png|drawio|dot|mermaid -o OUT [--findings] "
     "[--from SRC --to DST [--protocol P] [--port N]] [--scale 1|2|4] "
     "[--background white|transparent]",
     exportDetails, runExport},
    {"help", "Show the commands, or the usage of one command.", "help [COMMAND]", {}, runHelp},
};

} // namespace

std::span<const Command> commandTable() {
    return commands;
}

const Command* findCommand(std::string_view name) {
    const auto it = std::find_if(std::begin(commands), std::end(commands),
                                 [&](const Command& command) { return command.name == name; });
    return it == std::end(commands) ? nullptr : &*it;
}

void printUsage(const Command& command, std::string_view indent, std::ostream& out) {
    std::string_view rest = command.usage;
    bool first = true;
    while (!rest.empty()) {
        const std::size_t end = std::min(rest.find('\n'), rest.size());
        out << indent << (first ? "usage: " : "       ") << programName << ' '
            << rest.substr(0, end) << '\n';
        rest.remove_prefix(std::min(end + 1, rest.size()));
        first = false;
    }
}

int usageError(const Command& command, std::string_view reason, std::ostream& err) {
    err << programName << ": " << reason << '\n';
    printUsage(command, "", err);
    return ExitBadInput;
}

namespace {

int run(const std::vector<std::string>& words) {
    if (words.empty()) {
        std::cerr << programName << ": no command given\n"
                  << "usage: " << programName << " COMMAND [ARGUMENTS]; try " << programName
                  << " --help\n";
        return ExitBadInput;
    }
    const std::string& name = words.front();
    const Arguments rest{std::vector<std::string>(words.begin() + 1, words.end())};
    if (name == "--help" || name == "-h") {
        return runHelp(rest, std::cout, std::cerr);
    }
    if (name == "--version") {
        return runVersion(rest, std::cout, std::cerr);
    }
    const Command* command = findCommand(name);
    if (command == nullptr) {
        std::cerr << programName << ": unknown command '" << name << "'\n"
                  << "usage: " << programName << " COMMAND [ARGUMENTS]; commands:";
        for (const Command& known : commands) {
            std::cerr << ' ' << known.name;
        }
        std::cerr << "; see " << programName << " --help\n";
        return ExitBadInput;
    }
    // "validate --help" shows that command's usage rather than refusing an unknown option.
    if (!rest.words.empty() && (rest.words.front() == "--help" || rest.words.front() == "-h")) {
        return runHelp(Arguments{{std::string(command->name)}}, std::cout, std::cerr);
    }
    return command->run(rest, std::cout, std::cerr);
}

} // namespace

} // namespace topograph::cli

int main(int argc, char** argv) {
    try {
        const std::vector<std::string> words(argv + 1, argv + argc);
        const int status = topograph::cli::run(words);
        std::cout.flush();
        return std::cout ? status : topograph::cli::ExitBadInput;
    } catch (const std::exception& error) {
        // Nothing should get here; if it does, say what happened instead of aborting.
        std::cerr << topograph::cli::programName << ": internal error: " << error.what() << '\n';
        return topograph::cli::ExitBadInput;
    }
}
