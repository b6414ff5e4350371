// SPDX-License-Identifier: Apache-2.0
#include "test_inputs.h"

#include <algorithm>
#include <filesystem>

namespace topograph::cli_tests {

std::vector<std::string> filesIn(const std::string& folder,
                                 const std::vector<std::string>& extensions) {
    std::vector<std::string> files;
    std::error_code error;
    if (!std::filesystem::is_directory(folder, error)) {
        return files;
    }
    for (const auto& entry : std::filesystem::directory_iterator(folder)) {
        const std::string extension = entry.path().extension().string();
        if (entry.is_regular_file() &&
            std::find(extensions.begin(), extensions.end(), extension) != extensions.end()) {
            files.push_back(entry.path().string());
        }
    }
    std::sort(files.begin(), files.end());
    return files;
}

std::vector<std::string> exampleModels() {
    return filesIn(TOPOGRAPH_EXAMPLES_DIR, {".yaml", ".yml"});
}

std::vector<std::string> corpusTemplates() {
    return filesIn(std::string(TOPOGRAPH_SHARED_DIR) + "/corpus/cfn", {".yaml", ".yml", ".json"});
}

std::string threeTierExample() {
    return std::string(TOPOGRAPH_EXAMPLES_DIR) + "/three-tier-web.yaml";
}

std::string describe(const CliResult& result) {
    return "exit " + std::to_string(result.exitStatus) + "\n--- stdout\n" + result.out +
           "--- stderr\n" + result.err;
}

bool isOneLine(const std::string& text) {
    return !text.empty() && text.back() == '\n' && std::count(text.begin(), text.end(), '\n') == 1;
}

std::string joined(const std::vector<std::string>& arguments) {
    std::string text;
    for (const std::string& word : arguments) {
        text += (text.empty() ? "" : " ") + word;
    }
    return text;
}

} // namespace topograph::cli_tests
