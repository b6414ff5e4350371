// SPDX-License-Identifier: Apache-2.0
// Reads the FILE argument of a command: a Topograph model, or a clear refusal.
#pragma once

#include "core/model/document.h"

#include <optional>
#include <ostream>
#include <string>

namespace topograph::cli {

/// The document in `path`, or std::nullopt after writing one line to `err` in the form
/// "file:line:column: message" (line and column left out when unknown). A CloudFormation
/// template is recognised from its content and refused: this build cannot import templates.
std::optional<Document> readModelInput(const std::string& path, std::ostream& err);

} // namespace topograph::cli
