// SPDX-License-Identifier: Apache-2.0
#include "core/edit/reference_pruning.h"

#include <algorithm>
#include <type_traits>

namespace topograph {

namespace {

template <typename T, typename Predicate> void eraseIf(std::vector<T>& items, Predicate predicate) {
    items.erase(std::remove_if(items.begin(), items.end(), predicate), items.end());
}

void pruneIds(std::vector<ResourceId>& ids, const RemovedPredicate& removed) {
    eraseIf(ids, [&](const ResourceId& id) { return removed(id); });
}

void pruneOptional(std::optional<ResourceId>& id, const RemovedPredicate& removed) {
    if (id && removed(*id)) {
        id.reset();
    }
}

void pruneRules(std::vector<SecurityGroupRule>& rules, const RemovedPredicate& removed) {
    eraseIf(rules, [&](const SecurityGroupRule& rule) {
        return rule.peerKind == SgPeerKind::SecurityGroup && removed(rule.peer);
    });
}

void prunePlacement(Placement& placement, const RemovedPredicate& removed) {
    pruneIds(placement.subnets, removed);
    pruneIds(placement.securityGroups, removed);
}

bool removedOptional(const std::optional<ResourceId>& id, const RemovedPredicate& removed) {
    return id && removed(*id);
}

} // namespace

bool mustGoWith(const Resource& resource, const RemovedPredicate& removed) {
    if (const Placement* placement = resource.placement()) {
        return !placement->subnets.empty() &&
               std::all_of(placement->subnets.begin(), placement->subnets.end(), removed);
    }
    return std::visit(
        [&](const auto& p) -> bool {
            using T = std::decay_t<decltype(p)>;
            if constexpr (std::is_same_v<T, AvailabilityZone> || std::is_same_v<T, RouteTable> ||
                          std::is_same_v<T, NetworkAcl> || std::is_same_v<T, SecurityGroup> ||
                          std::is_same_v<T, EgressOnlyInternetGateway> ||
                          std::is_same_v<T, GatewayEndpoint>) {
                return removed(p.vpc);
            } else if constexpr (std::is_same_v<T, Subnet>) {
                return removed(p.vpc) || removed(p.availabilityZone);
            } else if constexpr (std::is_same_v<T, InternetGateway> ||
                                 std::is_same_v<T, VpnGateway>) {
                return removedOptional(p.attachedVpc, removed) || removed(p.region);
            } else if constexpr (std::is_same_v<T, Vpc> || std::is_same_v<T, ElasticIp> ||
                                 std::is_same_v<T, TransitGateway> ||
                                 std::is_same_v<T, CustomerGateway>) {
                return removed(p.region);
            } else if constexpr (std::is_same_v<T, NatGateway>) {
                return removed(p.subnet);
            } else if constexpr (std::is_same_v<T, VpcPeering>) {
                return removed(p.requesterVpc) || removed(p.accepterVpc);
            } else if constexpr (std::is_same_v<T, TransitGatewayAttachment>) {
                return removed(p.transitGateway) || removed(p.vpc);
            } else if constexpr (std::is_same_v<T, TransitGatewayRouteTable>) {
                return removed(p.transitGateway);
            } else if constexpr (std::is_same_v<T, VpnConnection>) {
                return removed(p.customerGateway) || removed(p.vpnGateway) ||
                       removed(p.transitGateway);
            } else {
                return false; // regions and resources kept verbatim hold no owning reference
            }
        },
        resource.properties);
}

Resource withoutReferencesTo(const Resource& resource, const RemovedPredicate& removed) {
    Resource copy = resource;
    if (Placement* placement = copy.placement()) {
        prunePlacement(*placement, removed);
    }
    std::visit(
        [&](auto& p) {
            using T = std::decay_t<decltype(p)>;
            if constexpr (std::is_same_v<T, Subnet>) {
                pruneOptional(p.routeTable, removed);
                pruneOptional(p.networkAcl, removed);
            } else if constexpr (std::is_same_v<T, RouteTable>) {
                eraseIf(p.routes, [&](const Route& route) { return removed(route.target); });
                pruneIds(p.propagatingGateways, removed);
                pruneIds(p.edgeAssociations, removed);
            } else if constexpr (std::is_same_v<T, NatGateway>) {
                pruneOptional(p.elasticIp, removed);
            } else if constexpr (std::is_same_v<T, ElasticIp>) {
                pruneOptional(p.associatedWith, removed);
            } else if constexpr (std::is_same_v<T, SecurityGroup>) {
                pruneRules(p.ingress, removed);
                pruneRules(p.egress, removed);
            } else if constexpr (std::is_same_v<T, LoadBalancer>) {
                pruneIds(p.targets, removed);
            } else if constexpr (std::is_same_v<T, GatewayEndpoint>) {
                pruneIds(p.routeTables, removed);
            } else if constexpr (std::is_same_v<T, TransitGatewayAttachment>) {
                pruneIds(p.subnets, removed);
            } else if constexpr (std::is_same_v<T, TransitGatewayRouteTable>) {
                eraseIf(p.routes, [&](const TransitGatewayRoute& route) {
                    return removed(route.attachment);
                });
                pruneIds(p.associations, removed);
                pruneIds(p.propagations, removed);
            }
        },
        copy.properties);
    return copy;
}

} // namespace topograph
