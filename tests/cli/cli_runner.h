// SPDX-License-Identifier: Apache-2.0
// Runs topograph-cli in a child process and captures what it prints.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace topograph::cli_tests {

struct CliResult {
    int exitStatus = -1; // -1 when the process did not exit normally
    std::string out;
    std::string err;
};

/// Runs the topograph-cli built with the tests, with `arguments` passed as they are (no shell).
CliResult runCli(const std::vector<std::string>& arguments);

/// A fresh folder under the system temporary folder, removed when the object goes away.
class TemporaryFolder {
public:
    TemporaryFolder();
    ~TemporaryFolder();
    TemporaryFolder(const TemporaryFolder&) = delete;
    TemporaryFolder& operator=(const TemporaryFolder&) = delete;

    /// Writes `contents` to `name` in the folder and returns the file's path.
    std::string write(const std::string& name, const std::string& contents) const;
    const std::filesystem::path& path() const { return path_; }

private:
    std::filesystem::path path_;
};

} // namespace topograph::cli_tests
