// SPDX-License-Identifier: Apache-2.0
#include "core/reach/group_rules.h"

#include "core/reach/rule_evaluation.h"

#include <algorithm>

namespace topograph::reach {

GroupRules::GroupRules(const NetworkIndex& index, const std::vector<Index>& groups, bool egress,
                       IpProtocol protocol, int port) {
    for (Index g : groups) {
        const SecurityGroupView& group = index.securityGroups[g];
        for (const SgRuleView& rule : egress ? group.egress : group.ingress) {
            if (!protocolCovers(rule.rule.protocol, protocol)) {
                continue;
            }
            if (protocol.hasPorts() &&
                !rulePorts(rule.rule.protocol, rule.rule.ports).contains(port)) {
                continue;
            }
            switch (rule.rule.peerKind) {
            case SgPeerKind::Cidr:
                if (rule.cidr) {
                    blocks_.emplace_back(rule.cidr->network().v4Value(),
                                         rule.cidr->lastAddress().v4Value());
                }
                break;
            case SgPeerKind::SecurityGroup:
                if (const Index referenced = index.securityGroupOf(rule.rule.peer);
                    referenced != none) {
                    references_.push_back(referenced);
                }
                break;
            case SgPeerKind::PrefixList:
                break; // only AWS services are in a prefix list, never a workload
            }
        }
    }
    std::sort(blocks_.begin(), blocks_.end());
    std::vector<std::pair<std::uint32_t, std::uint32_t>> merged;
    for (const auto& block : blocks_) {
        if (!merged.empty() && block.first <= merged.back().second) {
            merged.back().second = std::max(merged.back().second, block.second);
        } else {
            merged.push_back(block);
        }
    }
    blocks_ = std::move(merged);
    std::sort(references_.begin(), references_.end());
    references_.erase(std::unique(references_.begin(), references_.end()), references_.end());
}

bool GroupRules::allows(std::uint32_t peerAddress, const std::vector<Index>& peerGroups,
                        bool referencesCount) const {
    const auto after = std::upper_bound(
        blocks_.begin(), blocks_.end(), peerAddress,
        [](std::uint32_t address, const auto& block) { return address < block.first; });
    if (after != blocks_.begin() && std::prev(after)->second >= peerAddress) {
        return true;
    }
    if (!referencesCount || references_.empty()) {
        return false;
    }
    auto a = references_.begin();
    auto b = peerGroups.begin();
    while (a != references_.end() && b != peerGroups.end()) {
        if (*a == *b) {
            return true;
        }
        if (*a < *b) {
            ++a;
        } else {
            ++b;
        }
    }
    return false;
}

} // namespace topograph::reach
