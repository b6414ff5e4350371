// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/model/document.h"

#include <optional>
#include <string>

namespace topograph {

/// What a route table, network ACL or security group dropped from the palette attaches to.
struct DroppedAttachment {
    Resource target; // the subnet or workload as it becomes
    /// The name the dropped item takes after what it serves ("App server A security group",
    /// "Database subnet A routes", "Database subnet A ACL"), so that it can be told apart
    /// wherever it is listed later; the caller renames it.
    std::string name;
    std::string sentence; // "Database subnet A now uses Database subnet A ACL", for the undo step
};

/// A route table or network ACL dropped on a subnet of its VPC becomes the subnet's own (in
/// place of the one it had, or of the VPC's main table / default ACL); a security group dropped
/// on a workload of its VPC is added to the workload's groups (in place of the VPC's default
/// group it used when it named none). Nothing for other drops: the new resource then stands
/// alone in its VPC, for the inspector to fill and associate.
std::optional<DroppedAttachment> attachDropped(const Document& document, const Resource& created,
                                               const ResourceId& target);

} // namespace topograph
