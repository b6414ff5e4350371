// SPDX-License-Identifier: Apache-2.0
#include "cfn_lint_runner.h"

#include <array>
#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <stdexcept>

namespace topograph::testing {

namespace fs = std::filesystem;

std::optional<fs::path> findCfnLint() {
    const char* path = std::getenv("PATH");
    if (path == nullptr) {
        return std::nullopt;
    }
    std::istringstream folders(path);
    std::string folder;
    while (std::getline(folders, folder, ':')) {
        const fs::path candidate = fs::path(folder.empty() ? "." : folder) / "cfn-lint";
        std::error_code error;
        if (fs::is_regular_file(candidate, error)) {
            return candidate;
        }
    }
    return std::nullopt;
}

std::string cfnLintMissingMessage() {
    return "cfn-lint (AWS's CloudFormation linter, Python) is not on PATH; install it with "
           "`pip install cfn-lint==1.51.0` (it is preinstalled on the build machines, see "
           "shared/corpus/TOOLS.md) and run the tests again";
}

namespace {

std::string quoted(const std::string& text) {
    std::string result = "'";
    for (const char c : text) {
        result += c == '\'' ? std::string("'\\''") : std::string(1, c);
    }
    return result + "'";
}

/// "file:line:column:endLine:endColumn:RULE:message"; file names hold no ':' here.
std::optional<LintMessage> parseLine(const std::string& line) {
    std::vector<std::string> fields;
    std::size_t start = 0;
    for (int i = 0; i < 6; ++i) {
        const std::size_t colon = line.find(':', start);
        if (colon == std::string::npos) {
            return std::nullopt;
        }
        fields.push_back(line.substr(start, colon - start));
        start = colon + 1;
    }
    LintMessage message;
    message.file = fields[0];
    message.line = std::atoi(fields[1].c_str());
    message.rule = fields[5];
    message.message = line.substr(start);
    return message;
}

} // namespace

std::vector<LintMessage> runCfnLint(const fs::path& executable,
                                    const std::vector<fs::path>& files) {
    std::string command =
        quoted(executable.string()) + " --format parseable --regions us-east-1 --";
    for (const fs::path& file : files) {
        command += " " + quoted(file.string());
    }
    command += " 2>&1";
    FILE* pipe = popen(command.c_str(), "r");
    if (pipe == nullptr) {
        throw std::runtime_error("cannot run " + command);
    }
    std::string output;
    std::array<char, 4096> buffer{};
    while (fgets(buffer.data(), static_cast<int>(buffer.size()), pipe) != nullptr) {
        output += buffer.data();
    }
    const int status = pclose(pipe);
    std::vector<LintMessage> messages;
    std::istringstream lines(output);
    std::string line;
    while (std::getline(lines, line)) {
        if (auto message = parseLine(line)) {
            messages.push_back(*message);
        } else if (!line.empty()) {
            // Anything else (a crash, a usage error) must not pass silently.
            messages.push_back({"", 0, "E0000", "cfn-lint said: " + line});
        }
    }
    if (status == -1) {
        throw std::runtime_error("cfn-lint did not run: " + command);
    }
    return messages;
}

} // namespace topograph::testing
