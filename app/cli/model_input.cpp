// SPDX-License-Identifier: Apache-2.0
#include "app/cli/model_input.h"

#include "exporters/cloudformation/cfn_import.h"
#include "exporters/io/atomic_file.h"
#include "exporters/model_yaml/file_kind.h"
#include "exporters/model_yaml/model_file.h"

#include <filesystem>
#include <system_error>

namespace topograph::cli {

std::optional<ModelInput> readModelInput(const std::string& path, std::ostream& err, InputUse use) {
    const auto fail = [&](LoadError error) -> std::optional<ModelInput> {
        err << error.toString() << '\n';
        return std::nullopt;
    };
    std::error_code ignored;
    if (std::filesystem::is_directory(path, ignored)) {
        return fail({path, 0, 0, "this is a folder, not a file; give the path of a model file"});
    }
    std::string text;
    try {
        text = readWholeFile(path);
    } catch (const std::runtime_error& error) {
        return fail({path, 0, 0,
                     std::string(error.what()) + "; check that the file exists and can be read"});
    }
    try {
        ModelInput input;
        if (looksLikeCloudFormation(text)) {
            ImportOptions options;
            options.keepTemplateDetails = use == InputUse::Convert;
            ImportResult imported = importTemplate(text, path, options);
            input.document = std::move(imported.document);
            input.kind = InputKind::CloudFormationTemplate;
            input.importNotes = std::move(imported.notes);
        } else {
            input.document = readModel(text, path);
        }
        return input;
    } catch (const ModelLoadError& error) {
        return fail(error.error());
    } catch (const std::exception& error) {
        // The readers promise ModelLoadError; anything else still gets the file's name.
        return fail({path, 0, 0,
                     std::string("cannot be read: ") + error.what() +
                         "; check that it is a Topograph model or a CloudFormation template"});
    }
}

} // namespace topograph::cli
