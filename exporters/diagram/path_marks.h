// SPDX-License-Identifier: Apache-2.0
#pragma once

// Internal to exporters/diagram: which drawn items a reachability answer's path crossed.
// Route tables, network ACLs and security groups are not drawn, so each hop through one is
// shown on the drawn item it guards: the query's workload for a security group; for a network
// ACL or route table, that workload's subnet or else the subnet holding a gateway the path
// crossed; a transit gateway attachment shows on its transit gateway. A hop that none of these
// pins down is not marked (better than lighting up a whole VPC), but the blocking component
// always is: on its nearest drawn container if need be.

#include "core/model/document.h"
#include "exporters/diagram/diagram_export.h"

#include <cstdint>
#include <unordered_map>
#include <unordered_set>

namespace topograph::diagram {

enum class PathMark : std::uint8_t { None, OnPath, Blocked };

struct PathMarks {
    /// Drawn items the path crossed (OnPath) and the one that stopped it (Blocked).
    std::unordered_map<ResourceId, PathMark> items;
    /// Every component the hops name, drawn or not (for edges drawn on behalf of a resource).
    std::unordered_set<ResourceId> components;
};

/// `drawnIds` are the ids that have an item on the canvas.
PathMarks markPath(const Document& document, const HighlightedPath& path,
                   const std::unordered_set<ResourceId>& drawnIds);

} // namespace topograph::diagram
