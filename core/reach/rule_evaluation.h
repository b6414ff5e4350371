// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/reach/network_index.h"
#include "core/reach/port_set.h"

#include <string>
#include <vector>

namespace topograph::reach {

/// Whether a rule written for `rule` covers a packet of protocol `packet`: a rule for all
/// protocols covers every packet; otherwise the numbers must agree. A query for protocol "all"
/// is a packet that only all-protocol rules cover.
bool protocolCovers(IpProtocol rule, IpProtocol packet);

/// The ports a rule covers: absent, negative (-1 in AWS terms) or a rule without ports means all.
PortSet rulePorts(IpProtocol ruleProtocol, const std::optional<PortRange>& ports);

/// The other end of a security group rule: its address, the workload there (for group
/// references), and the prefix list it belongs to (for AWS services).
struct SgPeer {
    IpAddress address;
    Index workload = none;
    bool referencesCount = false; // group references apply (same VPC, peering, TGW opt-in)
    std::string prefixList;       // "pl-s3" when the peer is that service
};

struct SgMatch {
    Index group = none;
    const SgRuleView* rule = nullptr;
};

/// The first rule (groups in attachment order, rules in order) of `groups` that allows the
/// packet to or from `peer`; rule == nullptr when none does. Security groups only allow.
SgMatch findSecurityGroupRule(const NetworkIndex& index, const std::vector<Index>& groups,
                              bool egress, IpProtocol protocol, int port, const SgPeer& peer);

/// A NACL's first-match verdict over a set of destination ports at once.
struct NaclVerdict {
    PortSet allowed;
    std::vector<const NaclEntryView*> allowingEntries; // in rule order
    const NaclEntryView* firstDeny = nullptr;          // nullptr: the implicit final deny
};

/// Evaluates `nacl` for traffic to (outbound) or from (inbound) `remote` on every port of
/// `ports` (use any one-port set for protocols without ports). First matching entry decides.
NaclVerdict evaluateNacl(const NaclView& nacl, bool outbound, IpProtocol protocol,
                         const IpAddress& remote, const PortSet& ports);

/// "rule 100: allow tcp 443 from 0.0.0.0/0"
std::string describeNaclEntry(const NaclEntryView& entry);
/// "rule 0: tcp 443 to 0.0.0.0/0" / "rule 1: all traffic from WebSG"
std::string describeSgRule(const NetworkIndex& index, const SgRuleView& rule, bool egress);
/// "tcp/443", "udp/53", "icmp", "all traffic"
std::string describeTraffic(IpProtocol protocol, int port);

} // namespace topograph::reach
