// SPDX-License-Identifier: Apache-2.0
#pragma once

// Internal to core/reach: one walk of the request and the response for one remote address.

#include "core/reach/network_index.h"
#include "core/reach/query.h"
#include "core/reach/route_lookup.h"
#include "core/reach/rule_evaluation.h"

#include <optional>
#include <string>
#include <string_view>

namespace topograph::reach {

enum class EndpointKind { Workload, Address, Internet, Service };

/// A resolved end of a query.
struct Endpoint {
    EndpointKind kind = EndpointKind::Internet;
    Index workload = none;
    std::optional<IpAddress> address; // a workload's private IP or the address named
    std::string service;              // "s3" or "dynamodb"
    std::string name;                 // for sentences: label, address, "the internet"
};

struct Failure {
    std::string_view code;
    std::string_view raCode;
    std::string blockedAt;
    std::string explanation;
    std::string fix;
    std::optional<RuleRemedy> remedy;
};

/// The outcome for one remote address. `depth` counts the checks passed: among addresses that
/// all fail, the one that got furthest names the blocker (see docs/REACHABILITY.md).
struct WalkResult {
    bool reachable = false;
    int depth = 0;
    std::optional<Failure> failure;
    std::vector<Hop> hops;
    PortSet ports;
    std::vector<std::string> narrowedBy; // NACLs that passed only part of the client ports
};

/// True for addresses that never appear on the internet: RFC 1918, RFC 6598, loopback,
/// link-local, "this network", multicast and reserved space.
bool isNonPublicAddress(const IpAddress& address);

class PathWalk {
public:
    /// `remote` is the destination address for a workload source, or the client address for a
    /// query from the internet.
    PathWalk(const NetworkIndex& index, const ReachQuery& query, const Endpoint& source,
             const Endpoint& destination, const IpAddress& remote);

    WalkResult run();

private:
    // Where the packet is while it is being routed.
    enum class Arrival { Origin, Peering, TransitGateway };
    struct Position {
        Index vpc = none;
        Index table = none;
        Index sendingSubnet = none; // the subnet of the ENI that put the packet on this hop
        Arrival arrival = Arrival::Origin;
        Index appliance = none; // a middlebox that forwarded the packet, if any
    };

    bool outboundFromWorkload();
    bool inboundFromInternet();
    bool forward(Position position);
    bool deliverLocal(const Position& position);
    bool internetGatewayLeg(const Position& position, const RouteView& route);
    bool natGatewayLeg(const Position& position, const RouteView& route);
    bool peeringLeg(const Position& position, const RouteView& route);
    /// Returns false on failure; sets `next` when routing goes on in another VPC.
    bool transitGatewayLeg(const Position& position, const RouteView& route,
                           std::optional<Position>& next, bool& delivered);
    bool serviceLeg(const Position& position, const RouteView& route);
    bool respondFromVpc(Index vpc, Index subnet);
    bool returnRoute(Index vpc, Index subnet);

    bool securityGroupEgress();
    bool securityGroupIngress(Index workload, const IpAddress& from, Index fromWorkload);
    bool naclRequest(Index subnet, bool outbound, const IpAddress& remote);
    bool naclResponse(Index subnet, bool outbound, const IpAddress& remote);
    bool naclResponseAnyPort(Index subnet, const IpAddress& remote);

    bool fail(std::string_view code, std::string_view raCode, std::string blockedAt,
              std::string explanation, std::string fix,
              std::optional<RuleRemedy> remedy = std::nullopt);
    void pass(const char* direction, std::string component, std::string kind, std::string detail);

    bool referencesCount(Index vpcA, Index vpcB) const;
    bool privateDestination() const;
    bool blackhole(const Position& position, const RouteView& route, const std::string& why);
    Index attachmentSubnet(Index attachment, Index nearSubnet) const;
    std::string routeText(const RouteView& route) const;
    std::string tableId(Index table) const;
    std::string subnetLabel(Index subnet) const;
    std::string traffic() const;
    /// The block a fix should name for a remote address: its subnet, 0.0.0.0/0, or /32.
    std::string remoteBlock(const IpAddress& remote) const;
    /// remoteBlock() without the subnet's name: what a rule's CIDR field takes.
    std::string remoteCidr(const IpAddress& remote) const;
    /// The remedy for a NACL of the walk: `ports` of the query's protocol to or from `remote`.
    RuleRemedy naclRemedy(const std::string& nacl, bool egress, std::optional<PortRange> ports,
                          const std::string& cidr, const NaclEntryView* firstDeny) const;
    /// The first security group of `workload` that a rule may name as its peer: none when the
    /// groups cannot be referenced across this path or it is AWS's implicit default group.
    const SecurityGroupView* referableGroup(Index workload, const SgPeer& peer) const;
    /// The remedy for a security group of the walk, without its peer.
    RuleRemedy groupRemedy(const std::string& group, bool egress) const;
    /// The query's port as a rule's port range; none for icmp and all traffic.
    std::optional<PortRange> requestPorts() const;
    std::string sourceText() const;
    std::string destinationText() const;
    std::string ruleSpec() const; // "tcp 443", "all traffic", "icmp"

    const NetworkIndex& net_;
    const ReachQuery& query_;
    const Endpoint& source_;
    const Endpoint& destination_;
    IpAddress sourceAddress_;
    IpAddress destinationAddress_;
    Index sourceWorkload_ = none;
    Index sourceSubnet_ = none;
    Index sourceVpc_ = none;
    Index destinationWorkload_ = none;
    bool skipSourceInbound_ = false;
    WalkResult result_;
};

} // namespace topograph::reach
