// SPDX-License-Identifier: Apache-2.0
// The semantic check families of one VPC scope (NETWORK_SEMANTICS.md, "Findings the validator
// reports without a query"), and the global one across VPCs. docs/FINDINGS.md lists the codes.
#pragma once

#include "core/check/scope_view.h"
#include "core/reach/network_index.h"

namespace topograph::checks {

/// PRIVATE_IP_INVALID, PRIVATE_IP_OUTSIDE_SUBNET, PRIVATE_IP_RESERVED, PRIVATE_IP_DUPLICATE,
/// SUBNET_ADDRESSES_EXHAUSTED.
void checkWorkloadAddresses(ScopeView& view);
/// ROUTE_DUPLICATE_DESTINATION, ROUTE_TARGET_OTHER_VPC, IGW_NOT_ATTACHED,
/// ROUTE_INSIDE_VPC_CIDR, PEERING_NO_RETURN_ROUTE.
void checkRoutes(ScopeView& view);
/// VPC_MULTIPLE_IGWS, NAT_NO_ELASTIC_IP, NAT_IN_PRIVATE_SUBNET, NAT_SERVES_MULTIPLE_AZS.
void checkGateways(ScopeView& view);
/// PUBLIC_SUBNET_NO_IGW_ROUTE, PRIVATE_SUBNET_NO_EGRESS, DATABASE_IN_PUBLIC_SUBNET.
void checkSubnetExposure(ScopeView& view);
/// NACL_RULE_NUMBER_INVALID, NACL_EPHEMERAL_BLOCKED, NACL_OPEN_TO_WORLD.
void checkNacls(ScopeView& view);
/// SG_OPEN_TO_WORLD, DEFAULT_SG_IN_USE.
void checkSecurityGroups(ScopeView& view);
/// CROSS_VPC_ASSOCIATION, VPC_DUPLICATE_DEFAULT, UNUSED_SECURITY_GROUP, UNUSED_NACL,
/// UNUSED_ROUTE_TABLE.
void checkAssociations(ScopeView& view);
/// TIER_SINGLE_AZ.
void checkTierZones(ScopeView& view);
/// ALLOWED_FLOW_BLOCKED: asks `network` whether the traffic each security group rule admits
/// from inside the VPC gets through. Must run after checkNacls (it defers to
/// NACL_EPHEMERAL_BLOCKED).
void checkAllowedFlows(ScopeView& view, const reach::NetworkIndex& network);
/// CIDR_OVERLAP between peered or transit-gateway-connected VPCs, VPC_OVERLAP_UNCONNECTED
/// otherwise. Global scope: reads every VPC, peering connection and transit gateway.
void checkVpcOverlaps(const Document& document, std::vector<Finding>& out);

/// The ports people must not open to the whole internet, with their service names.
struct SensitivePort {
    int port;
    const char* service;
    bool database;
};
const std::vector<SensitivePort>& sensitivePorts();

} // namespace topograph::checks
