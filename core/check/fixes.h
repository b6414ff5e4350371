// SPDX-License-Identifier: Apache-2.0
// One-click fixes for findings: for the codes whose fix can be computed mechanically and
// without changing what the design means beyond the fix itself, the edit that makes the
// finding go away, as one DocumentEdit (one undo step in the designer).
//
// Supported codes (docs/FINDINGS.md):
//   NACL_EPHEMERAL_BLOCKED      allow the responses (1024-65535) the other way, numbered
//                               before any deny that would shadow them
//   NAT_NO_ELASTIC_IP           a new Elastic IP named by the NAT gateway
//   NAT_IN_PRIVATE_SUBNET       0.0.0.0/0 -> the VPC's internet gateway for the gateway's subnet
//   CIDR_HOST_BITS_SET          the block's network address
//   VPC_CIDR_SIZE               /16 or /28 holding the same first address, when no subnet falls
//   SUBNET_CIDR_SIZE              out and no other block is overlapped
//   SUBNET_OVERLAP              the second subnet gets the next free block (proposeSubnetCidr)
//   SUBNET_OUTSIDE_VPC          the subnet gets the next free block of its VPC
//   PUBLIC_SUBNET_NO_IGW_ROUTE  0.0.0.0/0 -> the VPC's internet gateway (none when it has none)
//   PRIVATE_SUBNET_NO_EGRESS    0.0.0.0/0 -> a NAT gateway, of the subnet's zone when possible
//   IGW_NOT_ATTACHED            attach the gateway to the route table's VPC
//   ROUTE_DUPLICATE_DESTINATION remove the later routes (reachability already ignores them)
//   ROUTE_INSIDE_VPC_CIDR       remove the routes inside the VPC's blocks that AWS refuses
//   VPC_DUPLICATE_DEFAULT       turn the flag off on all candidates but the first
//   PRIVATE_IP_*                clear the explicit address (AWS then picks a free one)
//   ALLOWED_FLOW_BLOCKED        the rules the flow's path lacks, hop by hop (path_fix.h)
// Routes are added to a table only when the subnet alone uses it: otherwise the subnet gets its
// own copy of its table with the route (and the gateway endpoints of the old one), since adding
// the route to a shared or main table would change the other subnets too. Every other code, and
// every case where the fix would need a choice only the designer can make, gets std::nullopt.
// DEFAULT_SG_IN_USE is one: a dedicated group needs rules the designer chooses (copying the default
// group's self- referencing rule would cut the workload off from the group's other members).
#pragma once

#include "core/check/finding.h"
#include "core/model/document_edit.h"

#include <optional>
#include <string>

namespace topograph {

struct ProposedFix {
    std::string label; // what the button says: "Add outbound NACL rule 110: allow tcp ..."
    DocumentEdit edit;
};

/// The fix for `finding` of `document` as one edit, or std::nullopt when none can be computed.
/// The finding must come from validate(document) on this very document.
std::optional<ProposedFix> proposeFix(const Document& document, const Finding& finding);

} // namespace topograph
