// SPDX-License-Identifier: Apache-2.0
#include "exporters/cloudformation/import_notes.h"

namespace topograph::cfn {

void NoteSink::add(Severity severity, std::string code, std::vector<std::string> resources,
                   std::string message, std::string fix) {
    if (!seen_.emplace(code, resources, message).second) {
        return;
    }
    notes_.push_back(Finding{severity, std::move(code), std::move(resources), std::move(message),
                             std::move(fix)});
}

} // namespace topograph::cfn
