// SPDX-License-Identifier: Apache-2.0
// One click to open a blocked path. A reachability answer names the first blocking hop and, for
// a security group or network ACL, the one rule that lets it pass (ReachAnswer::remedy). Opening
// the path adds that rule, asks again, and goes on while the next block is also a missing rule:
// a NACL denied on the way in usually denies the response on the way out too, and the student
// who clicks "fix" expects the path to work, not the next hop to turn red. It stops at a block
// that needs a choice only the designer can make (a route's target, a gateway, a public address,
// a workload without a security group) and says which.
#pragma once

#include "core/model/document.h"
#include "core/model/document_edit.h"
#include "core/reach/network_index.h"
#include "core/reach/query.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace topograph {

struct PathFix {
    std::string label;              // the undo step: "Open tcp 5432 from EC2 1 to the database"
    std::vector<std::string> steps; // each rule added, in words, in path order
    DocumentEdit edit;              // all of them, as one edit
    reach::ReachAnswer after;       // the answer once the edit is applied (reachable or not)
};

/// The rules that open `query`'s path in `document`, or std::nullopt when the path is already
/// open or its first block is not a missing rule. Throws reach::ReachQueryError for a query that
/// cannot be asked of this document.
std::optional<PathFix> proposePathFix(const Document& document, const reach::ReachQuery& query);

/// What openPathIn() did to the working copy.
struct PathOpening {
    std::vector<std::string> steps; // each rule added, in words, in path order
    std::vector<Resource> replaced; // each filter it changed, as it was before, first change first
    reach::ReachAnswer after;       // the answer once the rules are in
};

/// Opens `query`'s path in a working copy the caller keeps, for fixes that open several paths
/// in one edit: adds the rules to `opened` and keeps `index` (built on `opened`) up to date,
/// building it again when a refresh cannot follow. Throws like proposePathFix().
PathOpening openPathIn(Document& opened, std::unique_ptr<reach::NetworkIndex>& index,
                       const reach::ReachQuery& query);

} // namespace topograph
