// SPDX-License-Identifier: Apache-2.0
#include "core/reach/route_lookup.h"

#include <algorithm>

namespace topograph::reach {

bool isMiddlebox(const Document& document, const Route& route) {
    switch (route.targetKind) {
    case RouteTargetKind::NetworkInterface:
    case RouteTargetKind::Instance:
        return true;
    case RouteTargetKind::GatewayEndpoint: {
        // The same target kind also carries S3/DynamoDB gateway endpoints, which are no middlebox.
        const Resource* target = document.find(route.target);
        return target == nullptr || target->kind() != ResourceKind::GatewayEndpoint;
    }
    default:
        return false;
    }
}

namespace {

bool insideVpcBlock(const std::vector<Cidr>& blocks, const Cidr& destination) {
    return std::any_of(blocks.begin(), blocks.end(),
                       [&](const Cidr& block) { return block.contains(destination); });
}

} // namespace

std::optional<RouteChoice> lookupRoute(const NetworkIndex& index, Index vpc, Index table,
                                       const IpAddress& address) {
    std::optional<RouteChoice> best;
    // On an equal prefix the first candidate stays (routes in file order, Precise choice 2),
    // except that a middlebox route replaces the local route of the same block.
    const auto consider = [&](RouteChoice choice, bool middlebox) {
        const int prefix = choice.destination.prefixLength();
        const int bestPrefix = best ? best->destination.prefixLength() : -1;
        if (prefix > bestPrefix || (prefix == bestPrefix && middlebox && best->local)) {
            best = choice;
        }
    };
    const std::vector<Cidr> noBlocks;
    const std::vector<Cidr>& blocks = vpc == none ? noBlocks : index.vpcs[vpc].blocks;
    for (const Cidr& block : blocks) {
        if (block.contains(address)) {
            consider({true, block, nullptr}, false);
        }
    }
    if (table == none) {
        return best;
    }
    for (const RouteView& route : index.routeTables[table].routes) {
        if (!route.cidr || !route.cidr->contains(address)) {
            continue;
        }
        if (route.route.targetKind == RouteTargetKind::Local) {
            consider({true, *route.cidr, nullptr}, false);
            continue;
        }
        const bool middlebox = isMiddlebox(index.document(), route.route);
        if (!middlebox && insideVpcBlock(blocks, *route.cidr)) {
            continue; // AWS refuses it; the validator reports it
        }
        consider({false, *route.cidr, &route}, middlebox);
    }
    return best;
}

const RouteView* lookupPrefixList(const NetworkIndex& index, Index table,
                                  const std::string& prefixList) {
    if (table == none) {
        return nullptr;
    }
    for (const RouteView& route : index.routeTables[table].routes) {
        if (route.route.destination == prefixList) {
            return &route;
        }
    }
    return nullptr;
}

std::optional<TgwChoice> lookupTgwRoute(const NetworkIndex& index, Index table,
                                        const IpAddress& address) {
    const TgwRouteTableView& view = index.tgwRouteTables[table];
    std::optional<TgwChoice> best;
    bool bestStatic = false;
    const auto consider = [&](TgwChoice choice, bool isStatic) {
        const int prefix = choice.destination.prefixLength();
        if (!best || prefix > best->destination.prefixLength() ||
            (prefix == best->destination.prefixLength() && isStatic && !bestStatic)) {
            best = choice;
            bestStatic = isStatic;
        }
    };
    for (const TgwRouteView& route : view.staticRoutes) {
        if (!route.cidr || !route.cidr->contains(address)) {
            continue;
        }
        TgwChoice choice{*route.cidr, &route, none, route.route.blackhole};
        if (!choice.blackhole) {
            choice.attachment = index.tgwAttachmentOf(route.route.attachment);
            if (choice.attachment == none ||
                index.tgwAttachments[choice.attachment].transitGateway != view.transitGateway) {
                choice.attachment = none;
                choice.blackhole = true;
            }
        }
        consider(choice, true);
    }
    for (Index attachment : view.propagations) {
        const Index vpc = index.tgwAttachments[attachment].vpc;
        if (vpc == none) {
            continue;
        }
        for (const Cidr& block : index.vpcs[vpc].blocks) {
            if (block.contains(address)) {
                consider({block, nullptr, attachment, false}, false);
            }
        }
    }
    return best;
}

} // namespace topograph::reach
