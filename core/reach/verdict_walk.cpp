// SPDX-License-Identifier: Apache-2.0
// Mirrors PathWalk (path_walk.cpp, path_legs.cpp) for workload-to-workload queries: every check
// in the same order with the same code. Legs it does not model report Unsupported, and the
// matrix asks reach() instead, so a verdict never depends on this file being complete.
#include "core/reach/verdict_walk.h"

#include "core/reach/reach_codes.h"
#include "core/reach/route_lookup.h"
#include "core/reach/rule_evaluation.h"

#include <algorithm>
#include <map>

namespace topograph::reach {

namespace {

constexpr int maxRouteTables = 8; // as PathWalk: a forwarding loop ends after this many tables

bool overlap(const VpcView& a, const VpcView& b) {
    for (const Cidr& x : a.blocks) {
        for (const Cidr& y : b.blocks) {
            if (x.overlaps(y)) {
                return true;
            }
        }
    }
    return false;
}

std::vector<std::int32_t> denseSlots(const AddressCuts& cuts,
                                     const std::vector<std::uint32_t>& addresses,
                                     std::size_t& count) {
    std::vector<std::int32_t> dense(cuts.slotCount(), -1);
    count = 0;
    for (std::uint32_t address : addresses) {
        std::int32_t& slot = dense[cuts.slotOf(address)];
        if (slot < 0) {
            slot = static_cast<std::int32_t>(count++);
        }
    }
    return dense;
}

} // namespace

WalkContext::WalkContext(const NetworkIndex& network, IpProtocol walkProtocol, int port,
                         PortRange ephemeral)
    : index(network), protocol(walkProtocol), requestPort(walkProtocol.hasPorts() ? port : 0),
      clientPorts(walkProtocol.hasPorts() ? PortSet::range(ephemeral.from, ephemeral.to)
                                          : PortSet::range(0, 0)) {
    // Route cuts: everything a route or transit gateway lookup compares an address with.
    for (const VpcView& vpc : index.vpcs) {
        for (const Cidr& block : vpc.blocks) {
            routeCuts_.add(block);
        }
    }
    for (const RouteTableView& table : index.routeTables) {
        for (const RouteView& route : table.routes) {
            if (route.cidr) {
                routeCuts_.add(*route.cidr);
            }
        }
    }
    for (const TgwRouteTableView& table : index.tgwRouteTables) {
        for (const TgwRouteView& route : table.staticRoutes) {
            if (route.cidr) {
                routeCuts_.add(*route.cidr);
            }
        }
    }
    routeCuts_.seal();
    for (const NaclView& nacl : index.nacls) {
        for (const auto* entries : {&nacl.inbound, &nacl.outbound}) {
            for (const NaclEntryView& entry : *entries) {
                if (entry.cidr) {
                    naclCuts_.add(*entry.cidr);
                }
            }
        }
    }
    naclCuts_.seal();
    std::vector<std::uint32_t> addresses;
    for (const WorkloadView& workload : index.workloads) {
        if (workload.address && workload.address->family() == IpFamily::V4) {
            addresses.push_back(workload.address->v4Value());
        }
    }
    routeDense_ = denseSlots(routeCuts_, addresses, routeSlots);
    naclDense_ = denseSlots(naclCuts_, addresses, naclSlots);

    routeFacts.resize(index.routeTables.size());
    for (Index t = 0; t < index.routeTables.size(); ++t) {
        const RouteTableView& table = index.routeTables[t];
        for (const RouteView& route : table.routes) {
            RouteFacts facts;
            const ResourceId& target = route.route.target;
            if (route.route.targetKind == RouteTargetKind::TransitGateway) {
                facts.targetExists = index.document().findAs<TransitGateway>(target) != nullptr;
                facts.attachment = table.vpc == none ? none : index.attachmentOf(table.vpc, target);
            } else if (route.route.targetKind == RouteTargetKind::VpcPeering) {
                if (const auto* peering = index.document().findAs<VpcPeering>(target)) {
                    facts.targetExists = true;
                    facts.peerA = index.vpcOf(peering->requesterVpc);
                    facts.peerB = index.vpcOf(peering->accepterVpc);
                }
            }
            routeFacts[t].push_back(facts);
        }
    }
    std::map<std::string, int> zones;
    for (const SubnetView& subnet : index.subnets) {
        int zone = 0;
        if (!subnet.zone.empty()) {
            zone = zones.emplace(subnet.zone, static_cast<int>(zones.size()) + 1).first->second;
        }
        subnetZone.push_back(zone);
    }
}

WalkEnd WalkContext::end(Index workload) const {
    const WorkloadView& view = index.workloads[workload];
    WalkEnd end;
    end.subnet = view.subnet;
    end.vpc = index.subnets[view.subnet].vpc;
    end.address = view.address->v4Value();
    end.routeSlot = static_cast<std::uint32_t>(routeDense_[routeCuts_.slotOf(end.address)]);
    end.naclSlot = static_cast<std::uint32_t>(naclDense_[naclCuts_.slotOf(end.address)]);
    return end;
}

VerdictWalk::VerdictWalk(const WalkContext& context)
    : context_(context), net_(context.index),
      routes_(context.index.routeTables.size() * context.routeSlots, unknown),
      transitRoutes_(context.index.tgwRouteTables.size() * context.routeSlots, unknown),
      nacls_(context.index.nacls.size() * 2 * context.naclSlots,
             static_cast<PortSetPool::Id>(0xFFFF)),
      naclSignatures_(context.index.nacls.size() * 2) {
    clientPorts_ = pool_.intern(context.clientPorts);
}

WalkOutcome VerdictWalk::run(const WalkEnd& source, const WalkEnd& destination) {
    source_ = source;
    destination_ = destination;
    ports_ = clientPorts_;
    skipSourceInbound_ = false;
    ingressReached_ = false;
    unsupported_ = false;
    code_ = {};
    bool passed = false;
    if (source.subnet == destination.subnet) {
        // Two ENIs of one subnet: neither NACLs nor route tables.
        ingressReached_ = true;
        passed = true;
    } else if (naclRequest(source.subnet, true, destination)) {
        Position start;
        start.vpc = source.vpc;
        start.table = net_.subnets[source.subnet].routeTable;
        start.sendingSubnet = source.subnet;
        passed = forward(start);
    }
    if (unsupported_) {
        return {WalkStatus::Unsupported, {}};
    }
    if (passed) {
        return {WalkStatus::Passed, {}};
    }
    return {ingressReached_ ? WalkStatus::ResponseBlocked : WalkStatus::RequestBlocked, code_};
}

bool VerdictWalk::forward(Position position) {
    for (int step = 0; step < maxRouteTables; ++step) {
        bool supported = true;
        const std::int32_t choice = route(position.vpc, position.table, destination_, supported);
        if (!supported) {
            return unsupported();
        }
        if (choice == noRoute) {
            return fail(code::NoRoute);
        }
        if (choice == localRoute) {
            return deliverLocal(position);
        }
        const RouteView& view = net_.routeTables[position.table].routes[choice];
        const WalkContext::RouteFacts& facts =
            context_.routeFacts[position.table][static_cast<std::size_t>(choice)];
        switch (view.route.targetKind) {
        case RouteTargetKind::TransitGateway: {
            bool delivered = false;
            if (!transitLeg(position, view, facts, delivered)) {
                return false;
            }
            if (delivered) {
                return true;
            }
            continue;
        }
        case RouteTargetKind::VpcPeering:
            return peeringLeg(position, facts);
        default:
            return unsupported();
        }
    }
    return fail(code::NoRoute);
}

bool VerdictWalk::transitLeg(Position& position, const RouteView& /*route*/,
                             const WalkContext::RouteFacts& facts, bool& delivered) {
    if (!facts.targetExists || facts.attachment == none) {
        return fail(code::BlackholeRoute);
    }
    const TgwAttachmentView& from = net_.tgwAttachments[facts.attachment];
    const Index entry = attachmentSubnet(facts.attachment, position.sendingSubnet);
    if (entry != none && !naclRequest(entry, false, source_)) {
        return false;
    }
    if (from.associatedRouteTable == none) {
        return fail(code::TgwNoRoute);
    }
    const std::int32_t choice = transitRoute(from.associatedRouteTable, destination_);
    if (choice == noRoute) {
        return fail(code::TgwNoRoute);
    }
    if (choice == blackholeRoute) {
        return fail(code::TgwBlackhole);
    }
    const auto attachment = static_cast<Index>(choice);
    const TgwAttachmentView& to = net_.tgwAttachments[attachment];
    if (to.vpc == none) {
        return fail(code::TgwBlackhole);
    }
    Position inside;
    inside.vpc = to.vpc;
    inside.arrival = Arrival::TransitGateway;
    inside.sendingSubnet = attachmentSubnet(attachment, destination_.subnet);
    if (net_.vpcHolds(to.vpc, IpAddress::v4(destination_.address))) {
        delivered = true;
        return deliverLocal(inside);
    }
    if (inside.sendingSubnet == none) {
        return fail(code::TgwNoRoute);
    }
    inside.table = net_.subnets[inside.sendingSubnet].routeTable;
    position = inside;
    return true;
}

bool VerdictWalk::peeringLeg(const Position& position, const WalkContext::RouteFacts& facts) {
    if (!facts.targetExists) {
        return fail(code::BlackholeRoute);
    }
    Index peer = none;
    if (facts.peerA == position.vpc) {
        peer = facts.peerB;
    } else if (facts.peerB == position.vpc) {
        peer = facts.peerA;
    }
    if (peer == none) {
        return fail(code::BlackholeRoute);
    }
    if (overlap(net_.vpcs[position.vpc], net_.vpcs[peer])) {
        return fail(code::CidrOverlap);
    }
    if (position.arrival != Arrival::Origin ||
        !net_.vpcHolds(peer, IpAddress::v4(destination_.address))) {
        return fail(code::NonTransitivePeering);
    }
    Position inside;
    inside.vpc = peer;
    inside.arrival = Arrival::Peering;
    return deliverLocal(inside);
}

bool VerdictWalk::deliverLocal(const Position& position) {
    const Index subnet = destination_.subnet;
    if (net_.subnets[subnet].vpc != position.vpc) {
        return fail(code::CidrOverlap);
    }
    if (position.arrival == Arrival::TransitGateway) {
        if (position.sendingSubnet != none && position.sendingSubnet != subnet) {
            if (!naclRequest(position.sendingSubnet, true, destination_) ||
                !naclRequest(subnet, false, source_)) {
                return false;
            }
        }
    } else if (position.sendingSubnet != subnet) {
        if (!naclRequest(subnet, false, source_)) {
            return false;
        }
    }
    ingressReached_ = true; // PathWalk checks the destination's security groups here
    return respondFromVpc(position.vpc, subnet);
}

bool VerdictWalk::respondFromVpc(Index vpc, Index subnet) {
    const bool sameSubnet = subnet == source_.subnet;
    if (!sameSubnet && !naclResponse(subnet, true, source_)) {
        return false;
    }
    if (vpc != source_.vpc && !returnRoute(vpc, subnet)) {
        return false;
    }
    if (sameSubnet || skipSourceInbound_) {
        return true;
    }
    return naclResponse(source_.subnet, false, destination_);
}

bool VerdictWalk::returnRoute(Index vpc, Index subnet) {
    const Index table = net_.subnets[subnet].routeTable;
    bool supported = true;
    const std::int32_t choice = route(vpc, table, source_, supported);
    if (!supported) {
        return unsupported();
    }
    if (choice == noRoute || choice == localRoute) {
        return fail(code::NoReturnRoute);
    }
    const RouteView& view = net_.routeTables[table].routes[choice];
    const WalkContext::RouteFacts& facts =
        context_.routeFacts[table][static_cast<std::size_t>(choice)];
    if (view.route.targetKind == RouteTargetKind::VpcPeering) {
        const bool joins =
            facts.targetExists && ((facts.peerA == vpc && facts.peerB == source_.vpc) ||
                                   (facts.peerA == source_.vpc && facts.peerB == vpc));
        return joins || fail(code::NoReturnRoute);
    }
    if (view.route.targetKind != RouteTargetKind::TransitGateway || facts.attachment == none) {
        return fail(code::NoReturnRoute);
    }
    const Index entry = attachmentSubnet(facts.attachment, subnet);
    if (entry != none && !naclResponse(entry, false, destination_)) {
        return false;
    }
    const TgwAttachmentView& from = net_.tgwAttachments[facts.attachment];
    if (from.associatedRouteTable == none) {
        return fail(code::NoReturnRoute);
    }
    const std::int32_t back = transitRoute(from.associatedRouteTable, source_);
    if (back < 0 || net_.tgwAttachments[static_cast<Index>(back)].vpc != source_.vpc) {
        return fail(code::NoReturnRoute);
    }
    const Index exit = attachmentSubnet(static_cast<Index>(back), source_.subnet);
    if (exit == source_.subnet) {
        skipSourceInbound_ = true;
        return true;
    }
    return exit == none || naclResponse(exit, true, source_);
}

bool VerdictWalk::naclRequest(Index subnet, bool outbound, const WalkEnd& remote) {
    const PortSetPool::Id allowed = naclAllowed(net_.subnets[subnet].nacl, outbound, remote);
    if (pool_.containsPort(allowed, context_.requestPort)) {
        return true;
    }
    return fail(outbound ? code::NaclOutboundDenied : code::NaclInboundDenied);
}

bool VerdictWalk::naclResponse(Index subnet, bool outbound, const WalkEnd& remote) {
    const PortSetPool::Id allowed = naclAllowed(net_.subnets[subnet].nacl, outbound, remote);
    const PortSetPool::Id narrowed = pool_.intersect(ports_, allowed);
    if (pool_.empty(narrowed)) {
        return fail(code::NaclReturnDenied);
    }
    ports_ = narrowed;
    return true;
}

PortSetPool::Id VerdictWalk::naclAllowed(Index nacl, bool outbound, const WalkEnd& remote) {
    PortSetPool::Id& slot =
        nacls_[(nacl * 2 + (outbound ? 1 : 0)) * context_.naclSlots + remote.naclSlot];
    if (slot != 0xFFFF) {
        return slot;
    }
    const NaclView& view = net_.nacls[nacl];
    const auto& entries = outbound ? view.outbound : view.inbound;
    const IpAddress address = IpAddress::v4(remote.address);
    // First match is decided port by port, so the ports a NACL passes out of any set are that
    // set intersected with what it passes out of all ports.
    const auto evaluate = [&] {
        return pool_.intern(
            evaluateNacl(view, outbound, context_.protocol, address, PortSet::all()).allowed);
    };
    if (entries.size() > 64) {
        slot = evaluate();
        return slot;
    }
    std::uint64_t signature = 0;
    for (std::size_t e = 0; e < entries.size(); ++e) {
        if (entries[e].cidr && entries[e].cidr->contains(address)) {
            signature |= std::uint64_t{1} << e;
        }
    }
    auto& known = naclSignatures_[nacl * 2 + (outbound ? 1 : 0)];
    for (const auto& [seen, allowed] : known) {
        if (seen == signature) {
            slot = allowed;
            return slot;
        }
    }
    slot = evaluate();
    known.emplace_back(signature, slot);
    return slot;
}

std::int32_t VerdictWalk::route(Index vpc, Index table, const WalkEnd& remote, bool& supported) {
    if (table == none || net_.routeTables[table].vpc != vpc) {
        supported = false; // a table of another VPC: the slots of this table do not apply
        return noRoute;
    }
    std::int32_t& slot = routes_[table * context_.routeSlots + remote.routeSlot];
    if (slot == unknown) {
        const auto choice = lookupRoute(net_, vpc, table, IpAddress::v4(remote.address));
        if (!choice) {
            slot = noRoute;
        } else if (choice->local) {
            slot = localRoute;
        } else {
            slot = static_cast<std::int32_t>(choice->route - net_.routeTables[table].routes.data());
        }
    }
    return slot;
}

std::int32_t VerdictWalk::transitRoute(Index table, const WalkEnd& remote) {
    std::int32_t& slot = transitRoutes_[table * context_.routeSlots + remote.routeSlot];
    if (slot == unknown) {
        const auto choice = lookupTgwRoute(net_, table, IpAddress::v4(remote.address));
        if (!choice) {
            slot = noRoute;
        } else if (choice->blackhole) {
            slot = blackholeRoute;
        } else {
            slot = static_cast<std::int32_t>(choice->attachment);
        }
    }
    return slot;
}

Index VerdictWalk::attachmentSubnet(Index attachment, Index nearSubnet) const {
    const auto& subnets = net_.tgwAttachments[attachment].subnets;
    if (subnets.empty()) {
        return none;
    }
    if (nearSubnet != none) {
        const int zone = context_.subnetZone[nearSubnet];
        for (Index s : subnets) {
            if (zone != 0 && context_.subnetZone[s] == zone) {
                return s;
            }
        }
    }
    return subnets.front();
}

bool VerdictWalk::fail(std::string_view code) {
    code_ = code;
    return false;
}

bool VerdictWalk::unsupported() {
    unsupported_ = true;
    return false;
}

} // namespace topograph::reach
