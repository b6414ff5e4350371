// SPDX-License-Identifier: Apache-2.0
// Containment on the canvas: which container each kind is dropped into, and whether a drop is
// allowed, with a sentence for the student when it is not.
//
// | kind                                                  | drawn inside    | bare canvas       |
// | ----------------------------------------------------- | --------------- | ----------------- |
// | region                                                | -               | always            |
// | VPC, Elastic IP, transit gateway, customer gateway    | region          | while no region   |
// | availability zone                                     | VPC             | never             |
// | subnet                                                | AZ              | never             |
// | instance, load balancer, RDS, Lambda, ECS service,    | subnet          | never             |
// |   interface endpoint, NAT gateway                     |                 |                   |
// | route table, network ACL, security group, internet    | VPC (*)         | never             |
// |   gateway, egress-only IGW, virtual private gateway,  |                 |                   |
// |   gateway endpoint, transit gateway attachment        |                 |                   |
// | transit gateway route table                           | transit gateway | never             |
// | VPC peering, VPN connection                           | -               | always            |
// | other resource (External)                             | never drawn: only imported templates |
//
// Regional resources may sit on the bare canvas only while the document has no region, since
// an empty region field means "the document's only region" (core/model/resource_kinds.h).
// Peering and VPN connections join two things and are drawn as lines, not inside anything.
// (*) VPC-wide items may be dropped onto anything inside a VPC (an AZ, a subnet, a workload):
// the drop counts as a drop onto that VPC, which is where they are drawn (containerOf()).
// The table agrees with containerOf() in core/model/references.h.
#pragma once

#include "core/model/document.h"

#include <optional>
#include <string>

namespace topograph {

/// The kind of container `child` is drawn in; std::nullopt for kinds that only sit on the bare
/// canvas (region, peering and VPN connections, other resources).
std::optional<ResourceKind> requiredParentKind(ResourceKind child);

/// True when `kind` may be dropped on the bare canvas of this document.
bool allowedAtTopLevel(const Document& document, ResourceKind kind);

/// True for the VPC-wide kinds whose drop on anything inside a VPC counts as a drop on it.
bool acceptsAnyParentInsideVpc(ResourceKind kind);

/// The container a new resource of `kind` dropped on `parent` ends up in: `parent` itself, or
/// the enclosing VPC for the VPC-wide kinds. std::nullopt for a drop on the bare canvas, and
/// for a parent that does not resolve (canPlace() then says why).
std::optional<ResourceId> resolvedParent(const Document& document, ResourceKind kind,
                                         const std::optional<ResourceId>& parent);

/// The sentence that tells a student where `kind` goes ("A subnet goes inside an availability
/// zone: drop it onto an AZ inside a VPC.").
std::string placementHint(ResourceKind kind);

struct PlacementCheck {
    bool allowed = false;
    /// Why the drop is refused and what to do instead; empty when allowed.
    std::string hint;
};

/// Whether a new resource of `kind` may be dropped on `parent` (std::nullopt: the bare canvas).
/// Besides containment it refuses what AWS refuses at creation: a second internet gateway or
/// virtual private gateway in one VPC, a subnet in a VPC with no free address block left, a
/// VPC when every private range is taken.
PlacementCheck canPlace(const Document& document, ResourceKind kind,
                        const std::optional<ResourceId>& parent);

} // namespace topograph
