// SPDX-License-Identifier: Apache-2.0
#pragma once

// Internal to core/reach: the security group rules of one set of groups that can matter for
// one protocol and port, reduced to address intervals and referenced groups, so that the
// matrix checks a class pair with a few comparisons instead of a walk over every rule.

#include "core/reach/network_index.h"

#include <cstdint>
#include <utility>
#include <vector>

namespace topograph::reach {

class GroupRules {
public:
    /// The rules of `groups` (egress or ingress) that cover `protocol` and `port`.
    GroupRules(const NetworkIndex& index, const std::vector<Index>& groups, bool egress,
               IpProtocol protocol, int port);

    /// What findSecurityGroupRule answers for a workload peer: some rule allows the peer's
    /// address, or (when group references count between the two VPCs) names one of
    /// `peerGroups` (sorted).
    bool allows(std::uint32_t peerAddress, const std::vector<Index>& peerGroups,
                bool referencesCount) const;

private:
    std::vector<std::pair<std::uint32_t, std::uint32_t>> blocks_; // inclusive, merged
    std::vector<Index> references_;                               // sorted, unique
};

} // namespace topograph::reach
