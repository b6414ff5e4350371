// SPDX-License-Identifier: Apache-2.0
// Deleting a resource without leaving dangling references behind.
//
// A resource's dependents are the resources that deleting it touches:
//   - removed with it: everything drawn inside it, recursively (a VPC's zones, subnets, their
//     workloads and NAT gateways, the VPC's route tables, ACLs, security groups and gateways),
//     and connections that lose an end (a peering connection of a deleted VPC, a VPN
//     connection of a deleted gateway); see mustGoWith() in reference_pruning.h;
//   - rewritten: resources that stay but named a removed resource, with that reference dropped
//     (a subnet's route table association falls back to the main table, a route to a deleted
//     NAT gateway and a security group rule naming a deleted group disappear, a load balancer
//     loses a target); see withoutReferencesTo().
// After applyRemoval() no resource names a removed one, so the validator reports no
// DANGLING_REFERENCE that was not there before.
#pragma once

#include "core/model/document.h"

#include <vector>

namespace topograph {

struct RemovalPlan {
    /// The resource itself and everything removed with it, in file order.
    std::vector<ResourceId> removed;
    /// The resources that stay, as they are after their references to removed ones are
    /// dropped, in file order.
    std::vector<Resource> rewritten;

    bool empty() const { return removed.empty() && rewritten.empty(); }
};

/// The plan for deleting `id`; empty when the document has no such resource. Linear in the
/// number of references of the document.
RemovalPlan planRemoval(const Document& document, const ResourceId& id);
/// The plan for deleting all of `ids` at once (ids naming nothing are skipped). It may remove
/// more than the union of the single plans: a load balancer goes once all its subnets go.
RemovalPlan planRemoval(const Document& document, const std::vector<ResourceId>& ids);

/// The ids of every resource deleting `id` removes or rewrites, without `id` itself, in file
/// order: what the confirmation dialog lists.
std::vector<ResourceId> dependentsOf(const Document& document, const ResourceId& id);

/// Applies a plan made for this document: replaces the rewritten resources, then removes the
/// removed ones. Returns what changed.
ChangeSet applyRemoval(Document& document, const RemovalPlan& plan);

} // namespace topograph
