// SPDX-License-Identifier: Apache-2.0
#include "core/reach/rule_evaluation.h"

namespace topograph::reach {

bool protocolCovers(IpProtocol rule, IpProtocol packet) {
    return rule.isAll() || rule == packet;
}

PortSet rulePorts(IpProtocol ruleProtocol, const std::optional<PortRange>& ports) {
    if (!ruleProtocol.hasPorts() || !ports || ports->from < 0 || ports->to < 0) {
        return PortSet::all();
    }
    return PortSet::of(*ports);
}

namespace {

bool groupAttached(const NetworkIndex& index, Index workload, const std::string& groupId) {
    if (workload == none) {
        return false;
    }
    for (Index g : index.workloads[workload].securityGroups) {
        if (index.securityGroups[g].id == groupId) {
            return true;
        }
    }
    return false;
}

bool peerMatches(const NetworkIndex& index, const SgRuleView& rule, const SgPeer& peer) {
    switch (rule.rule.peerKind) {
    case SgPeerKind::Cidr:
        return rule.cidr && rule.cidr->contains(peer.address);
    case SgPeerKind::SecurityGroup:
        return peer.referencesCount && groupAttached(index, peer.workload, rule.rule.peer);
    case SgPeerKind::PrefixList:
        return !peer.prefixList.empty() && rule.rule.peer == peer.prefixList;
    }
    return false;
}

std::string portText(IpProtocol protocol, const std::optional<PortRange>& ports) {
    if (!protocol.hasPorts()) {
        return "";
    }
    if (!ports || ports->from < 0 || (ports->from == 0 && ports->to == 65535)) {
        return " all ports";
    }
    if (ports->from == ports->to) {
        return " " + std::to_string(ports->from);
    }
    return " " + std::to_string(ports->from) + "-" + std::to_string(ports->to);
}

std::string protocolText(IpProtocol protocol) {
    return protocol.isAll() ? "all traffic" : toString(protocol);
}

} // namespace

SgMatch findSecurityGroupRule(const NetworkIndex& index, const std::vector<Index>& groups,
                              bool egress, IpProtocol protocol, int port, const SgPeer& peer) {
    for (Index g : groups) {
        const auto& rules =
            egress ? index.securityGroups[g].egress : index.securityGroups[g].ingress;
        for (const SgRuleView& rule : rules) {
            if (!protocolCovers(rule.rule.protocol, protocol)) {
                continue;
            }
            if (protocol.hasPorts() &&
                !rulePorts(rule.rule.protocol, rule.rule.ports).contains(port)) {
                continue;
            }
            if (peerMatches(index, rule, peer)) {
                return {g, &rule};
            }
        }
    }
    return {};
}

NaclVerdict evaluateNacl(const NaclView& nacl, bool outbound, IpProtocol protocol,
                         const IpAddress& remote, const PortSet& ports) {
    NaclVerdict verdict;
    PortSet undecided = ports;
    for (const NaclEntryView& entry : outbound ? nacl.outbound : nacl.inbound) {
        if (undecided.empty()) {
            break;
        }
        if (!protocolCovers(entry.entry.protocol, protocol) || !entry.cidr ||
            !entry.cidr->contains(remote)) {
            continue;
        }
        const PortSet covered = protocol.hasPorts()
                                    ? rulePorts(entry.entry.protocol, entry.entry.ports)
                                    : PortSet::all();
        const PortSet decided = undecided.intersect(covered);
        if (decided.empty()) {
            continue;
        }
        if (entry.entry.action == RuleAction::Allow) {
            verdict.allowed = verdict.allowed.unite(decided);
            verdict.allowingEntries.push_back(&entry);
        } else if (verdict.firstDeny == nullptr) {
            verdict.firstDeny = &entry;
        }
        undecided = undecided.subtract(covered);
    }
    return verdict;
}

std::string describeNaclEntry(const NaclEntryView& entry) {
    const NaclEntry& e = entry.entry;
    return "rule " + std::to_string(e.ruleNumber) + ": " +
           (e.action == RuleAction::Allow ? "allow " : "deny ") + protocolText(e.protocol) +
           portText(e.protocol, e.ports) + (e.egress ? " to " : " from ") + e.cidr;
}

std::string describeSgRule(const NetworkIndex& index, const SgRuleView& rule, bool egress) {
    std::string peer = rule.rule.peer;
    if (rule.rule.peerKind == SgPeerKind::SecurityGroup) {
        const Index group = index.securityGroupOf(rule.rule.peer);
        if (group != none) {
            peer = index.securityGroups[group].label;
        }
    }
    return "rule " + std::to_string(rule.position) + ": " + protocolText(rule.rule.protocol) +
           portText(rule.rule.protocol, rule.rule.ports) + (egress ? " to " : " from ") + peer;
}

std::string describeTraffic(IpProtocol protocol, int port) {
    if (protocol.isAll()) {
        return "all traffic";
    }
    if (protocol.hasPorts()) {
        return toString(protocol) + "/" + std::to_string(port);
    }
    return toString(protocol);
}

} // namespace topograph::reach
