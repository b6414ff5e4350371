// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/model/document.h"

#include <stdexcept>
#include <string>
#include <string_view>

namespace topograph {

/// Where and why a model file could not be read. line and column are 1-based; 0 when unknown.
struct LoadError {
    std::string file;
    int line = 0;
    int column = 0;
    std::string message; // what is wrong and what to do about it

    /// "file:line:column: message", the form compilers and editors understand.
    std::string toString() const;
};

class ModelLoadError : public std::runtime_error {
public:
    explicit ModelLoadError(LoadError error);
    const LoadError& error() const { return error_; }

private:
    LoadError error_;
};

/// Parses a Topograph model (YAML, `topograph: 1`; the format is described in docs/FORMAT.md).
/// Throws ModelLoadError naming `fileName`, line and column for every problem, including
/// references to ids that do not exist or name a resource of the wrong kind.
Document readModel(std::string_view yamlText, const std::string& fileName);
/// Reads and parses a file; a missing or unreadable file is a ModelLoadError too.
Document loadModelFile(const std::string& path);

/// The model as YAML text; readModel(writeModel(d)) == d for every document.
std::string writeModel(const Document& document);
/// Writes atomically: a temporary file beside `path`, flushed, then renamed over it, so a
/// crash or a full disk never leaves a half-written model. Throws std::runtime_error.
void saveModelFile(const Document& document, const std::string& path);

} // namespace topograph
