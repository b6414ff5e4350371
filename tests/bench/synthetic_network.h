// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/model/document.h"

#include <cstdint>
#include <string>

namespace topograph::bench {

/// The shape of a generated network. Sizes follow the validator issue: S, M and L, where L is
/// the largest realistic region at default AWS quotas (about 85,000 objects).
struct NetworkShape {
    std::string name;
    int vpcs = 10;
    int subnetsPerVpc = 6;
    int workloadsPerVpc = 20;
    int securityGroupsPerVpc = 4;
    int rulesPerSecurityGroup = 10;
    int naclsPerVpc = 2;
    int entriesPerNacl = 10;
    std::uint32_t seed = 1;

    static NetworkShape small();  // 10 VPCs, 200 workloads
    static NetworkShape medium(); // 50 VPCs, 1,500 workloads, about 20,000 objects
    static NetworkShape large();  // 200 VPCs on one transit gateway, 5,000 workloads
};

/// A deterministic network of the given shape: every VPC attached to one transit gateway with
/// a 10.0.0.0/8 route to it, the first VPC a shared egress VPC with an internet gateway and a
/// NAT gateway, subnets spread over three AZs, security groups referencing each other and CIDRs,
/// NACLs with allow and deny entries. Counts objects the way the issue does: resources plus
/// routes, rules and entries.
Document generateNetwork(const NetworkShape& shape);

/// Resources plus the routes, security-group rules and NACL entries inside them.
std::size_t objectCount(const Document& document);

} // namespace topograph::bench
