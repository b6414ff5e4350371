// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/model/document.h"

#include <cstdint>
#include <string>

namespace topograph::bench {

/// The shape of a generated network. Sizes follow the validator issue: S, M and L, where L is
/// the largest realistic region at default AWS quotas (about 85,000 objects). Totals are spread
/// over the VPCs, the first VPCs taking the remainder.
struct NetworkShape {
    std::string name;
    int vpcs = 10;
    int subnetsPerVpc = 9; // three tiers (public, app, data) in three AZs
    int workloads = 200;
    int securityGroups = 100;
    int rulesPerSecurityGroup = 20;
    int naclEntries = 600; // spread over one NACL per tier and VPC
    std::uint32_t seed = 1;

    static NetworkShape small();  // 10 VPCs, 200 workloads
    static NetworkShape medium(); // 50 VPCs, 1,500 workloads, about 20,000 objects
    static NetworkShape large();  // 200 VPCs on one transit gateway, 5,000 workloads
};

/// A deterministic network of the given shape: every VPC attached to one transit gateway (one
/// attachment subnet per AZ) with a 10.0.0.0/8 route to it, the first VPC a shared egress VPC
/// with an internet gateway and a NAT gateway; per VPC three tiers in three AZs with a route
/// table per subnet, a NACL per tier and security groups per tier referencing each other and
/// other VPCs' blocks. Workloads of one tier share their tier's group, some also a service
/// group, as auto-scaling groups do.
Document generateNetwork(const NetworkShape& shape);

/// Objects the way the issue counts them: resources, the routes, security-group rules and NACL
/// entries inside them, and the subnet associations CloudFormation writes as resources of their
/// own (route table, NACL, transit gateway association and propagation).
std::size_t objectCount(const Document& document);

} // namespace topograph::bench
