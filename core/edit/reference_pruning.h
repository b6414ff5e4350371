// SPDX-License-Identifier: Apache-2.0
// What happens to one resource when others are deleted: either it goes too (it is drawn inside
// one of them, or it is a connection that lost an end), or it stays with its references to them
// dropped. The two functions split referencesOf() (core/model/references.h) between them: every
// reference is either owning (mustGoWith) or prunable (withoutReferencesTo).
#pragma once

#include "core/model/resource.h"

#include <functional>

namespace topograph {

/// Answers whether a resource id is being removed; never true for an empty id.
using RemovedPredicate = std::function<bool(const ResourceId&)>;

/// True when `resource` cannot stay once the removed resources are gone. Owning references:
/// the VPC of an AZ, subnet, route table, ACL, security group, gateway endpoint, egress-only
/// gateway or transit gateway attachment; the attached VPC of an internet or virtual private
/// gateway; the subnet's AZ; the NAT gateway's subnet; a workload's subnets when every one of
/// them is removed; the region of a regional resource; the transit gateway of its attachments
/// and route tables; either VPC of a peering connection; any end of a VPN connection.
bool mustGoWith(const Resource& resource, const RemovedPredicate& removed);

/// A copy of `resource` with every prunable reference to a removed resource dropped: a
/// subnet's route table or ACL association (back to the VPC's main table or default ACL), a
/// route or transit gateway route to it, a propagation, edge association, association or
/// propagation entry, a security group rule naming it as peer, a workload's subnet or security
/// group, a load balancer target, a gateway endpoint's route table, an attachment's subnet,
/// a NAT gateway's Elastic IP, an Elastic IP's association.
Resource withoutReferencesTo(const Resource& resource, const RemovedPredicate& removed);

} // namespace topograph
