// SPDX-License-Identifier: Apache-2.0
// A new resource as the palette drops it: a fresh id, a readable name, its place in the
// containment (the references that put it inside its parent) and sensible starting values, so
// the drop gives a valid item the student can then edit.
#pragma once

#include "core/model/document.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace topograph {

/// The stem of the ids given to new resources of `kind` ("vpc" -> "vpc-1", "subnet" ->
/// "subnet-3", "sg" -> "sg-2").
std::string_view idStem(ResourceKind kind);

/// A display name not yet used by a resource of `kind`: the kind's label and the next number
/// ("VPC 2", "Subnet 3", "Security group 1").
std::string newDisplayName(const Document& document, ResourceKind kind);

/// The zone for a new availability zone of `vpc`: its region's name (the VPC's region, else the
/// document's only region, else "us-east-1") and the first letter no zone of the VPC uses
/// ("us-east-1a", "us-east-1b", ...); empty when a to z are all used (AWS then picks).
std::string nextZoneName(const Document& document, const ResourceId& vpc);

/// A new resource of `kind` dropped on `parent` (std::nullopt: the bare canvas; see
/// placement.h). Its references place it in the parent: Vpc.region, AvailabilityZone.vpc,
/// Subnet.vpc and .availabilityZone, NatGateway.subnet, a workload's placement.subnets, the VPC
/// of route tables, ACLs, security groups and gateways (the enclosing VPC when dropped on
/// something inside it), the region of regional resources, the transit gateway of its route
/// tables. A VPC gets proposeVpcCidr(), a subnet proposeSubnetCidr(), an availability zone
/// nextZoneName(), a security group AWS's default allow-all egress rule. Connections (peering,
/// VPN, transit gateway attachment) start with their ends empty, for the caller to fill.
/// The resource is not added to the document.
/// Throws std::invalid_argument carrying canPlace()'s hint when the drop is refused.
Resource makeResource(const Document& document, ResourceKind kind,
                      const std::optional<ResourceId>& parent);

/// The Elastic IP a public NAT gateway needs (AWS refuses to create one without): a fresh id,
/// named after the gateway, in its VPC's region (empty: the document's only region). Not added
/// to the document; the caller sets the gateway's elasticIp to its id.
Resource newElasticIpFor(const Document& document, const Resource& natGateway);

/// What a new resource brings along so that it works as dropped: a public NAT gateway its
/// Elastic IP (and `created` then names it). Nothing for other kinds.
std::vector<Resource> companionsOf(const Document& document, Resource& created);

} // namespace topograph
