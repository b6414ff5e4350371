// SPDX-License-Identifier: Apache-2.0
#pragma once

// Internal to core/reach: the verdict-only walk of the all-pairs matrix. It follows PathWalk
// step by step for a workload talking to another workload, but builds no hop or sentence and
// reads every route, transit gateway route and NACL verdict from tables filled once per address
// slot. The security groups are left out: the matrix checks them per class pair and places
// them where PathWalk does (egress first, ingress where `ingressReached` says).

#include "core/reach/address_cuts.h"
#include "core/reach/network_index.h"
#include "core/reach/port_set_pool.h"
#include "core/reach/query.h"

#include <cstdint>
#include <string_view>
#include <vector>

namespace topograph::reach {

/// One end of a workload pair as the walk needs it.
struct WalkEnd {
    Index subnet = none;
    Index vpc = none;
    std::uint32_t address = 0;
    std::uint32_t routeSlot = 0; // dense slot among the route cuts
    std::uint32_t naclSlot = 0;  // dense slot among the NACL cuts
};

enum class WalkStatus : std::uint8_t {
    RequestBlocked,  // before the destination's security groups
    ResponseBlocked, // after them
    Passed,
    Unsupported, // a leg this walk does not model (internet, NAT, middlebox, VPN): ask reach()
};

struct WalkOutcome {
    WalkStatus status = WalkStatus::Passed;
    std::string_view code;
};

/// Facts shared by every walk of one matrix: address slots and what each route leads to. Read
/// only once built, so several threads can walk with it at once.
class WalkContext {
public:
    WalkContext(const NetworkIndex& index, IpProtocol protocol, int port, PortRange ephemeral);

    /// Slots of one workload address (call for every address a walk will see).
    WalkEnd end(Index workload) const;

    const NetworkIndex& index;
    IpProtocol protocol;
    int requestPort; // the port a request NACL check looks at (0 for port-less protocols)
    PortSet clientPorts;

    struct RouteFacts {
        bool targetExists = false;
        Index attachment = none; // transit gateway targets: the table VPC's attachment
        Index peerA = none;      // peering targets: requester and accepter VPCs
        Index peerB = none;
    };
    std::vector<std::vector<RouteFacts>> routeFacts; // per route table, per route
    std::vector<int> subnetZone;                     // interned zone names, 0 for none
    std::size_t routeSlots = 0;
    std::size_t naclSlots = 0;

private:
    AddressCuts routeCuts_;
    AddressCuts naclCuts_;
    std::vector<std::int32_t> routeDense_; // cut slot -> dense slot, -1 when no workload sits there
    std::vector<std::int32_t> naclDense_;
};

/// One thread's walker: its own lazily filled tables over the shared context.
class VerdictWalk {
public:
    explicit VerdictWalk(const WalkContext& context);

    WalkOutcome run(const WalkEnd& source, const WalkEnd& destination);

private:
    enum class Arrival : std::uint8_t { Origin, Peering, TransitGateway };
    struct Position {
        Index vpc = none;
        Index table = none;
        Index sendingSubnet = none;
        Arrival arrival = Arrival::Origin;
    };
    static constexpr std::int32_t unknown = -2;
    static constexpr std::int32_t noRoute = -1;
    static constexpr std::int32_t localRoute = -3;
    static constexpr std::int32_t blackholeRoute = -4;

    bool forward(Position position);
    bool deliverLocal(const Position& position);
    bool transitLeg(Position& position, const RouteView& route,
                    const WalkContext::RouteFacts& facts, bool& delivered);
    bool peeringLeg(const Position& position, const WalkContext::RouteFacts& facts);
    bool respondFromVpc(Index vpc, Index subnet);
    bool returnRoute(Index vpc, Index subnet);

    bool naclRequest(Index subnet, bool outbound, const WalkEnd& remote);
    bool naclResponse(Index subnet, bool outbound, const WalkEnd& remote);
    PortSetPool::Id naclAllowed(Index nacl, bool outbound, const WalkEnd& remote);
    /// Position of the chosen route in the table, or noRoute / localRoute.
    std::int32_t route(Index vpc, Index table, const WalkEnd& remote, bool& supported);
    /// Attachment the transit gateway table sends `remote` to, or noRoute / blackholeRoute.
    std::int32_t transitRoute(Index table, const WalkEnd& remote);
    Index attachmentSubnet(Index attachment, Index nearSubnet) const;

    bool fail(std::string_view code);
    bool unsupported();

    const WalkContext& context_;
    const NetworkIndex& net_;
    PortSetPool pool_;
    PortSetPool::Id clientPorts_;
    std::vector<std::int32_t> routes_;        // table x route slot
    std::vector<std::int32_t> transitRoutes_; // transit gateway table x route slot
    std::vector<PortSetPool::Id> nacls_;      // (nacl, direction) x NACL slot
    /// Per (nacl, direction): the verdicts already computed, by which of its entries hold the
    /// address. A NACL has few distinct blocks, so most slots share a verdict.
    std::vector<std::vector<std::pair<std::uint64_t, PortSetPool::Id>>> naclSignatures_;

    // The walk under way.
    WalkEnd source_;
    WalkEnd destination_;
    PortSetPool::Id ports_ = 0;
    bool skipSourceInbound_ = false;
    bool ingressReached_ = false;
    bool unsupported_ = false;
    std::string_view code_;
};

} // namespace topograph::reach
