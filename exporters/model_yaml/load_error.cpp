// SPDX-License-Identifier: Apache-2.0
#include "exporters/model_yaml/model_file.h"

namespace topograph {

std::string LoadError::toString() const {
    std::string result = file;
    if (line > 0) {
        result += ':' + std::to_string(line);
        if (column > 0) {
            result += ':' + std::to_string(column);
        }
    }
    return result + ": " + message;
}

ModelLoadError::ModelLoadError(LoadError error)
    : std::runtime_error(error.toString()), error_(std::move(error)) {}

} // namespace topograph
