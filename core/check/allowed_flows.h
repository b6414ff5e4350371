// SPDX-License-Identifier: Apache-2.0
// The flows security groups admit inside one VPC that something else blocks: what the
// ALLOWED_FLOW_BLOCKED check reports and what its one-click fix opens, enumerated in one place so
// that the fix opens exactly the flows the finding counts.
#pragma once

#include "core/reach/network_index.h"
#include "core/reach/query.h"

#include <string>
#include <vector>

namespace topograph::checks {

/// One question asked for an ingress rule, and its blocked answer.
struct BlockedFlow {
    reach::Index group = reach::none; // the destination's group whose rule admits the flow
    std::size_t rule = 0;             // that rule's position in the group's ingress list
    reach::ReachQuery query;          // workload to workload, on the rule's first port
    reach::ReachAnswer answer;        // not reachable
};

/// Enough for any design drawn by hand; a generated network with thousands of tiers stops
/// there rather than stalling the findings.
inline constexpr std::size_t maximumFlowQuestionsPerVpc = 2000;

/// For every ingress rule on tcp or udp with one port range whose source is a group of `vpc`
/// or a block inside its blocks, the questions from its sources to the workloads using the
/// group, among `workloads` (ids in document order; those outside the VPC, unaddressed or
/// guarded by another VPC's group are skipped). One question stands for the pairs with the same
/// two subnets and the same source groups, unless a subnet's ACL names blocks narrower than the
/// other subnet. Pairs whose route tables may send the other end through a middlebox are left
/// out. Returns the blocked answers, in the order asked, except those blocked at the
/// destination's own groups (the rule did not admit the source); nothing for `none`.
std::vector<BlockedFlow> blockedAllowedFlows(const reach::NetworkIndex& network, reach::Index vpc,
                                             const std::vector<ResourceId>& workloads);

} // namespace topograph::checks
