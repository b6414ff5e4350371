// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/reach/network_index.h"

#include <optional>

namespace topograph::reach {

/// The route a VPC route table uses for one address.
struct RouteChoice {
    bool local = false;               // the implicit local route of one of the VPC's blocks
    Cidr destination;                 // the matched block
    const RouteView* route = nullptr; // the table's route when not local
};

/// True for targets AWS accepts for routes more specific than a VPC block: a network
/// interface or instance, or a Gateway Load Balancer / Network Firewall endpoint.
bool isMiddlebox(const Document& document, const Route& route);

/// Longest-prefix match of `address` in `table`, with the local routes of `vpc`. The local
/// route is never overridden by a less specific route; a route inside a VPC block is used only
/// toward a middlebox (AWS refuses the others), which on an equal prefix replaces local.
/// Equal prefixes otherwise: the first route in file order.
std::optional<RouteChoice> lookupRoute(const NetworkIndex& index, Index vpc, Index table,
                                       const IpAddress& address);

/// The first route of `table` to prefix list `prefixList` ("pl-s3").
const RouteView* lookupPrefixList(const NetworkIndex& index, Index table,
                                  const std::string& prefixList);

/// The route a transit gateway route table uses for one address.
struct TgwChoice {
    Cidr destination;
    const TgwRouteView* staticRoute = nullptr; // nullptr: a propagated route
    Index attachment = none;                   // where the packet goes; none for a blackhole
    bool blackhole = false;
};

/// Longest prefix wins; on an equal prefix a static route beats a propagated one (Precise
/// choice 7). A blackhole route, or a static route to a missing attachment or to an attachment
/// of another transit gateway, is a blackhole.
std::optional<TgwChoice> lookupTgwRoute(const NetworkIndex& index, Index table,
                                        const IpAddress& address);

} // namespace topograph::reach
