// SPDX-License-Identifier: Apache-2.0
// Route table contents AWS refuses or that cannot work (NETWORK_SEMANTICS.md, "Flows" step 3
// and Precise choices 2 and 4): one route per destination, targets that belong to this VPC,
// routes inside the VPC's own blocks only toward a middlebox, and peering routes that the peer
// routes back.
#include "core/check/semantic_checks.h"
#include "core/check/wording.h"
#include "core/model/references.h"
#include "core/reach/route_lookup.h"

#include <unordered_map>

namespace topograph::checks {

namespace {

std::string routeName(std::size_t index, const Route& route) {
    return "routes[" + std::to_string(index) + "] (" + route.destination + ")";
}

// The key under which AWS compares destinations: the aligned block, or the prefix list id.
std::optional<std::string> destinationKey(const Route& route) {
    if (route.destination.rfind("pl-", 0) == 0) {
        return route.destination;
    }
    const auto block = alignedBlock(route.destination);
    if (!block) {
        return std::nullopt;
    }
    return block->toString();
}

// The VPC that owns a route target, or std::nullopt when the target does not belong to one
// VPC (peering connections and transit gateways are judged separately).
std::optional<ResourceId> vpcOfTarget(ScopeView& view, const Resource& target) {
    if (const auto* igw = target.as<InternetGateway>()) {
        return igw->attachedVpc.value_or("");
    }
    if (const auto* vgw = target.as<VpnGateway>()) {
        return vgw->attachedVpc.value_or("");
    }
    if (const auto* eigw = target.as<EgressOnlyInternetGateway>()) {
        return eigw->vpc;
    }
    if (const auto* endpoint = target.as<GatewayEndpoint>()) {
        return endpoint->vpc;
    }
    if (const auto* nat = target.as<NatGateway>()) {
        const Resource* subnet = view.lookUp(nat->subnet);
        const auto* properties = subnet != nullptr ? subnet->as<Subnet>() : nullptr;
        return properties != nullptr ? properties->vpc : ResourceId();
    }
    if (target.placement() != nullptr) {
        return view.index.scopeOf(target.id);
    }
    return std::nullopt;
}

void reportOtherVpc(ScopeView& view, const Resource& table, std::size_t index, const Route& route,
                    const Resource& target, const std::string& why) {
    view.report(Severity::Error, "ROUTE_TARGET_OTHER_VPC", {table.id, target.id},
                wording::capitalised(wording::named(table)) + ": " + routeName(index, route) +
                    " goes to " + wording::named(target) + ", but " + why +
                    ". A route can only use a target that belongs to the route table's VPC '" +
                    view.scope + "'.",
                "Point the route at a " + wording::kindInSentence(target.kind()) + " of VPC '" +
                    view.scope + "' (create one if needed), or remove the route.");
}

void checkTarget(ScopeView& view, const Resource& table, std::size_t index, const Route& route) {
    if (route.target.empty() || route.targetKind == RouteTargetKind::Local ||
        route.targetKind == RouteTargetKind::Blackhole) {
        return;
    }
    const Resource* target = view.lookUp(route.target);
    if (target == nullptr) {
        return; // DANGLING_REFERENCE
    }
    const auto allowed = routeTargetKinds(route.targetKind);
    if (std::find(allowed.begin(), allowed.end(), target->kind()) == allowed.end()) {
        return; // DANGLING_REFERENCE (wrong kind)
    }
    const std::string name = wording::capitalised(wording::named(table));
    if (const auto* igw = target->as<InternetGateway>(); igw != nullptr && !igw->attachedVpc) {
        view.report(Severity::Error, "IGW_NOT_ATTACHED", {table.id, target->id},
                    name + ": " + routeName(index, route) + " goes to " + wording::named(*target) +
                        ", which is attached to no VPC; AWS refuses the route and no packet "
                        "could leave through it.",
                    "Attach " + wording::named(*target) + " to VPC '" + view.scope +
                        "' (a VPC gateway attachment).");
        return;
    }
    if (const auto* peering = target->as<VpcPeering>()) {
        if (peering->requesterVpc != view.scope && peering->accepterVpc != view.scope) {
            reportOtherVpc(view, table, index, route, *target,
                           "that peering connection joins '" + peering->requesterVpc + "' and '" +
                               peering->accepterVpc + "', not this VPC");
        }
        return;
    }
    if (target->kind() == ResourceKind::TransitGateway) {
        const bool attached =
            std::any_of(view.attachments.begin(), view.attachments.end(), [&](const Resource* a) {
                return a->as<TransitGatewayAttachment>()->transitGateway == target->id;
            });
        if (!attached) {
            reportOtherVpc(view, table, index, route, *target,
                           "this VPC has no attachment to that transit gateway");
        }
        return;
    }
    const auto owner = vpcOfTarget(view, *target);
    if (owner && *owner != view.scope) {
        reportOtherVpc(view, table, index, route, *target,
                       owner->empty() ? std::string("it belongs to no VPC")
                                      : "it belongs to VPC '" + *owner + "'");
    }
}

void checkInsideVpc(ScopeView& view, const Resource& table, std::size_t index, const Route& route) {
    if (route.targetKind == RouteTargetKind::Local ||
        route.targetKind == RouteTargetKind::Blackhole) {
        return;
    }
    const auto block = alignedBlock(route.destination);
    if (!block) {
        return;
    }
    const auto holder = std::find_if(view.vpcBlocks.begin(), view.vpcBlocks.end(),
                                     [&](const Cidr& v) { return v.contains(*block); });
    if (holder == view.vpcBlocks.end()) {
        return;
    }
    view.lookUp(route.target);
    if (reach::isMiddlebox(view.document, route)) {
        return;
    }
    view.report(Severity::Error, "ROUTE_INSIDE_VPC_CIDR", {table.id},
                wording::capitalised(wording::named(table)) + ": " + routeName(index, route) +
                    " lies inside the VPC's own block " + holder->toString() +
                    ", which the local route already covers; AWS accepts such a route only "
                    "toward a network interface, a Gateway Load Balancer endpoint or a Network "
                    "Firewall endpoint.",
                "Remove the route (traffic inside the VPC takes the local route), or send it to "
                "a middlebox's network interface or endpoint.");
}

// True when some route table of the peer VPC sends one of this VPC's blocks to `peering`.
bool peerRoutesBack(ScopeView& view, const ResourceId& peering, const ResourceId& peerVpc) {
    view.dependOnScope(peerVpc);
    for (const ResourceId& id : view.index.membersOf(peerVpc)) {
        const auto* table = view.document.findAs<RouteTable>(id);
        if (table == nullptr || table->vpc != peerVpc) {
            continue;
        }
        for (const Route& route : table->routes) {
            if (route.targetKind != RouteTargetKind::VpcPeering || route.target != peering) {
                continue;
            }
            const auto block = alignedBlock(route.destination);
            if (view.vpcBlocks.empty() ||
                (block && std::any_of(view.vpcBlocks.begin(), view.vpcBlocks.end(),
                                      [&](const Cidr& v) { return v.overlaps(*block); }))) {
                return true;
            }
        }
    }
    return false;
}

void checkPeeringReturn(ScopeView& view, const Resource& table, std::size_t index,
                        const Route& route, std::unordered_map<ResourceId, bool>& answered) {
    if (route.targetKind != RouteTargetKind::VpcPeering) {
        return;
    }
    const Resource* target = view.lookUp(route.target);
    const auto* peering = target != nullptr ? target->as<VpcPeering>() : nullptr;
    if (peering == nullptr) {
        return;
    }
    const ResourceId& peer =
        peering->requesterVpc == view.scope ? peering->accepterVpc : peering->requesterVpc;
    if ((peering->requesterVpc != view.scope && peering->accepterVpc != view.scope) ||
        peer == view.scope || view.lookUp(peer) == nullptr || !view.document.findAs<Vpc>(peer)) {
        return;
    }
    auto [known, fresh] = answered.try_emplace(target->id, false);
    if (fresh) {
        known->second = peerRoutesBack(view, target->id, peer);
    }
    if (known->second) {
        return;
    }
    view.report(Severity::Warning, "PEERING_NO_RETURN_ROUTE", {table.id, target->id, peer},
                wording::capitalised(wording::named(table)) + ": " + routeName(index, route) +
                    " sends traffic over peering connection '" + target->id + "' to VPC '" + peer +
                    "', but no route table of '" + peer +
                    "' sends this VPC's addresses back over it: responses cannot return.",
                "Add a route to a route table of VPC '" + peer + "': destination " +
                    (view.vpcBlocks.empty() ? std::string("this VPC's block")
                                            : view.vpcBlocks.front().toString()) +
                    ", target peering connection '" + target->id + "'.");
}

} // namespace

void checkRoutes(ScopeView& view) {
    std::unordered_map<ResourceId, bool> peeringAnswered;
    for (const Resource* tableResource : view.routeTables) {
        const auto& table = *tableResource->as<RouteTable>();
        std::unordered_map<std::string, std::size_t> seen;
        for (std::size_t i = 0; i < table.routes.size(); ++i) {
            const Route& route = table.routes[i];
            if (const auto key = destinationKey(route)) {
                const auto [first, fresh] = seen.try_emplace(*key, i);
                if (!fresh) {
                    view.report(
                        Severity::Error, "ROUTE_DUPLICATE_DESTINATION", {tableResource->id},
                        wording::capitalised(wording::named(*tableResource)) + ": " +
                            routeName(first->second, table.routes[first->second]) + " and " +
                            routeName(i, route) +
                            " have the same destination; AWS allows one route per destination "
                            "in a table (the first one is used here).",
                        "Remove routes[" + std::to_string(i) +
                            "], or change its destination to a different block.");
                }
            }
            checkTarget(view, *tableResource, i, route);
            checkInsideVpc(view, *tableResource, i, route);
            checkPeeringReturn(view, *tableResource, i, route, peeringAnswered);
        }
    }
}

} // namespace topograph::checks
