// SPDX-License-Identifier: Apache-2.0
#include "app/cli/model_input.h"

#include "exporters/io/atomic_file.h"
#include "exporters/model_yaml/file_kind.h"
#include "exporters/model_yaml/model_file.h"

#include <filesystem>
#include <system_error>

namespace topograph::cli {

std::optional<Document> readModelInput(const std::string& path, std::ostream& err) {
    const auto fail = [&](int line, int column, std::string message) -> std::optional<Document> {
        err << LoadError{path, line, column, std::move(message)}.toString() << '\n';
        return std::nullopt;
    };
    std::error_code ignored;
    if (std::filesystem::is_directory(path, ignored)) {
        return fail(0, 0, "this is a folder, not a file; give the path of a model file");
    }
    std::string text;
    try {
        text = readWholeFile(path);
    } catch (const std::runtime_error& error) {
        return fail(0, 0,
                    std::string(error.what()) + "; check that the file exists and can be read");
    }
    if (looksLikeCloudFormation(text)) {
        return fail(1, 1,
                    "this is a CloudFormation template; this build of topograph-cli reads "
                    "Topograph models only and cannot import CloudFormation templates yet");
    }
    try {
        return readModel(text, path);
    } catch (const ModelLoadError& error) {
        err << error.error().toString() << '\n';
        return std::nullopt;
    }
}

} // namespace topograph::cli
