// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/model/document.h"
#include "core/reach/query.h"

#include <cstdint>
#include <vector>

namespace topograph::reach::testing {

/// A small random network (seeded, deterministic): 1-3 VPCs from a pool of blocks that may
/// overlap, internet gateways (attached, detached or elsewhere), subnets, route tables with
/// internet gateway, NAT gateway, peering and blackhole routes, NAT gateways with or without
/// Elastic IPs, NACLs and security groups with random rules, instances and peering connections.
Document randomNetwork(std::uint32_t seed);

/// A handful of queries on that network: workload to workload, to the internet, to one address,
/// and from the internet, with random protocols, ports and ephemeral ranges.
std::vector<ReachQuery> randomQueries(const Document& document, std::uint32_t seed);

} // namespace topograph::reach::testing
