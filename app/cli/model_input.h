// SPDX-License-Identifier: Apache-2.0
// Reads the FILE argument of a command: a Topograph model or a CloudFormation template, told
// apart by the content (never the file name), or a clear one-line refusal.
#pragma once

#include "core/check/finding.h"
#include "core/model/document.h"

#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace topograph::cli {

enum class InputKind { Model, CloudFormationTemplate };

struct ModelInput {
    Document document;
    InputKind kind = InputKind::Model;
    /// What the CloudFormation importer noted while reading a template (values only known at
    /// deployment, resource types kept verbatim, ...): info or warning findings with the stable
    /// codes of docs/CLOUDFORMATION.md ("Note codes"). Empty for a model file.
    std::vector<Finding> importNotes;
};

/// What a command does with the document. Analyse (validate, reach) reads a template without the
/// copies an export needs to write it back (ImportOptions::keepTemplateDetails); Convert
/// (import, export) keeps everything.
enum class InputUse { Analyse, Convert };

/// The document in `path`, or std::nullopt after writing one line to `err` in the form
/// "file:line:column: message" (line and column left out when unknown). The message says what
/// is wrong and what to do.
std::optional<ModelInput> readModelInput(const std::string& path, std::ostream& err, InputUse use);

} // namespace topograph::cli
