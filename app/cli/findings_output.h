// SPDX-License-Identifier: Apache-2.0
// How findings are printed: for people, and as the JSON object of /work/shared/CLI.md.
#pragma once

#include "core/check/finding.h"

#include <iosfwd>
#include <string>
#include <vector>

namespace topograph::cli {

/// One block per finding ("error CODE [id, id]: message" then "  fix: ..."), then a summary
/// line naming `source` and the count per severity.
void printFindings(const std::vector<Finding>& findings, const std::string& source,
                   std::ostream& out);

/// {"findings": [{"severity": ..., "code": ..., "resources": [...], "message": ...,
/// "fix": ...}, ...]} and a newline.
void printFindingsJson(const std::vector<Finding>& findings, std::ostream& out);

bool hasErrors(const std::vector<Finding>& findings);

} // namespace topograph::cli
