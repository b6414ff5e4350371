// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/model/values.h"

#include <string>
#include <string_view>
#include <vector>

namespace topograph {

enum class Severity : std::uint8_t { Error, Warning, Info };

std::string_view severityName(Severity severity); // "error", "warning", "info"

/// One thing the validator says about a document. Codes are stable and never renamed.
struct Finding {
    Severity severity = Severity::Error;
    std::string code;                  // "CIDR_HOST_BITS_SET"
    std::vector<ResourceId> resources; // the resources involved, most relevant first
    std::string message;               // what is wrong, in words a student understands
    std::string fix;                   // what to change to make it right

    bool operator==(const Finding&) const = default;
};

} // namespace topograph
