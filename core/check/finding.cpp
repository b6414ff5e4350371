// SPDX-License-Identifier: Apache-2.0
#include "core/check/finding.h"

namespace topograph {

std::string_view severityName(Severity severity) {
    switch (severity) {
    case Severity::Error:
        return "error";
    case Severity::Warning:
        return "warning";
    case Severity::Info:
        return "info";
    }
    return "error";
}

} // namespace topograph
