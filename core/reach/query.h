// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/model/resource_kinds.h"
#include "core/model/values.h"
#include "core/reach/port_set.h"

#include <stdexcept>
#include <string>
#include <vector>

namespace topograph::reach {

/// One reachability question: can `source` open a connection to `destination`?
/// Endpoints are a resource id (a workload), "internet", an IPv4 address, "s3" or "dynamodb".
struct ReachQuery {
    std::string source;
    std::string destination;
    IpProtocol protocol{IpProtocol::Tcp};
    int port = 443;                   // ignored for icmp and all
    PortRange ephemeral{1024, 65535}; // the client ports the source may use
};

/// One component a packet crossed, in order; the JSON shape of `reach --json` hops.
struct Hop {
    std::string direction; // "request" or "response"
    std::string component; // resource id (or the implicit default's id)
    std::string kind;      // "security-group-egress", "network-acl-outbound", "route-table", ...
    std::string detail;    // "rule 100: allow tcp 443 from 0.0.0.0/0"
    bool operator==(const Hop&) const = default;
};

/// The one rule that lets the blocking hop pass: the answer's fix as data, so that the designer
/// can add it in one click. Only for a security group or network ACL; routes and gateways need a
/// choice of target that only the designer can make.
struct RuleRemedy {
    enum class Filter : std::uint8_t { NetworkAcl, SecurityGroup };
    Filter filter = Filter::NetworkAcl;
    std::string resource; // the NACL's or security group's id
    bool egress = false;  // an outbound rule
    IpProtocol protocol;
    std::optional<PortRange> ports; // absent: every port
    SgPeerKind peerKind = SgPeerKind::Cidr;
    std::string peer; // a CIDR, or a security group id (security groups only)
    /// NACLs: the first deny entry that matches the traffic, which the new entry must precede;
    /// 0 when only the final deny (*) matched.
    int firstDenyNumber = 0;
    bool operator==(const RuleRemedy&) const = default;
};

struct ReachAnswer {
    bool reachable = false;
    std::string code;      // empty when reachable; see reach_codes.h
    std::string raCode;    // nearest AWS Reachability Analyzer explanation code
    std::string blockedAt; // id of the first blocking component
    std::string explanation;
    std::string fix;
    std::optional<RuleRemedy> remedy; // the fix, when it is one rule in a filter
    /// The client ports that work ("1024-65535"); empty for icmp/all or when unreachable.
    std::string ephemeralPorts;
    PortSet workingPorts;
    std::vector<Hop> hops;
    /// Things that work but deserve attention (a NACL passing only part of the ephemeral range).
    std::vector<std::string> warnings;
};

/// A query that cannot be asked of this network: an unknown id, a resource that is not a
/// workload, a bad address, a workload without an address. The message says what to do.
class ReachQueryError : public std::invalid_argument {
public:
    using std::invalid_argument::invalid_argument;
};

} // namespace topograph::reach
