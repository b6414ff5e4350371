// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

// Runs AWS's CloudFormation linter (the Python cfn-lint, found on PATH) over template files.

namespace topograph::testing {

struct LintMessage {
    std::string file;
    int line = 0;
    std::string rule; // "E3012", "W3010"
    std::string message;

    bool isError() const { return !rule.empty() && rule.front() == 'E'; }
};

/// The cfn-lint executable on PATH, or std::nullopt.
std::optional<std::filesystem::path> findCfnLint();

/// What to tell a developer whose machine lacks cfn-lint.
std::string cfnLintMissingMessage();

/// Lints the files in one run (cfn-lint starts slowly) for us-east-1; every message it prints.
std::vector<LintMessage> runCfnLint(const std::filesystem::path& executable,
                                    const std::vector<std::filesystem::path>& files);

} // namespace topograph::testing
