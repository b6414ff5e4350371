// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/model/resource.h"

namespace topograph {

/// Whether a workload has a public IPv4 address (NETWORK_SEMANTICS.md, Precise choice 13): an
/// internet-facing load balancer has one; otherwise an Elastic IP naming the workload gives one,
/// then the workload's own choice, and when it leaves it to the subnet, the subnet's
/// MapPublicIpOnLaunch. The validator and the reachability index both ask this one function.
bool hasPublicIpv4(const Resource& workload, bool namedByElasticIp, bool subnetMapsPublicIp);

} // namespace topograph
