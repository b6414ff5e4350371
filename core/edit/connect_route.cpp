// SPDX-License-Identifier: Apache-2.0
// Subnet -> internet gateway or NAT gateway: the default route (0.0.0.0/0) of the subnet's route
// table goes to the gateway (NETWORK_SEMANTICS.md, "Flows", step 4 and Precise choices 5, 8).
#include "core/check/wording.h"
#include "core/edit/connection_parts.h"

#include <algorithm>

namespace topograph::connect {

namespace {

const Resource* attachedInternetGateway(const Document& document, const ResourceId& vpc) {
    for (const Resource& resource : document.resources()) {
        const auto* igw = resource.as<InternetGateway>();
        if (igw != nullptr && igw->attachedVpc && *igw->attachedVpc == vpc) {
            return &resource;
        }
    }
    return nullptr;
}

std::string labelOf(const Document& document, const ResourceId& id) {
    const Resource* resource = document.find(id);
    return resource != nullptr ? resource->label() : id;
}

/// "internet gateway Main IGW", or the target as written when it names nothing.
std::string describeTarget(const Document& document, const Route& route) {
    if (route.targetKind == RouteTargetKind::Blackhole || route.target.empty()) {
        return "a blackhole";
    }
    const Resource* target = document.find(route.target);
    return target != nullptr ? wording::kindInSentence(target->kind()) + " " + target->label()
                             : "'" + route.target + "'";
}

/// Checks that the internet gateway can serve the subnet's VPC: refuses with a hint, or says
/// whether the edit must attach it first.
bool checkInternetGateway(const Document& document, const Subnet& subnet, const Resource& gateway,
                          bool& attach, ConnectionProposal& proposal) {
    const auto& igw = *gateway.as<InternetGateway>();
    const std::string vpcName = labelOf(document, subnet.vpc);
    if (igw.attachedVpc && *igw.attachedVpc != subnet.vpc) {
        proposal.hint = "The internet gateway " + wording::quoted(gateway.label()) +
                        " is attached to " + wording::quoted(labelOf(document, *igw.attachedVpc)) +
                        ", but this subnet is in " + wording::quoted(vpcName) +
                        ". A subnet can only use an internet gateway of its own VPC.";
        return false;
    }
    attach = !igw.attachedVpc;
    const Resource* other = attachedInternetGateway(document, subnet.vpc);
    if (attach && other != nullptr) {
        proposal.hint = wording::quoted(vpcName) + " already has the internet gateway " +
                        wording::quoted(other->label()) +
                        ", and a VPC can have only one. Drop the subnet on " +
                        wording::quoted(other->label()) + " instead.";
        return false;
    }
    return true;
}

/// Checks that the NAT gateway can take the subnet's internet traffic; notes what would still
/// keep that traffic from getting out.
bool checkNatGateway(const Document& document, const Resource& subnetResource,
                     const Resource& gateway, ConnectionProposal& proposal,
                     std::vector<std::string>& notes) {
    const auto& subnet = *subnetResource.as<Subnet>();
    const auto& nat = *gateway.as<NatGateway>();
    const auto* natSubnet = document.findAs<Subnet>(nat.subnet);
    if (natSubnet == nullptr || natSubnet->vpc != subnet.vpc) {
        const std::string vpcName = wording::quoted(labelOf(document, subnet.vpc));
        proposal.hint = natSubnet == nullptr
                            ? "The NAT gateway " + wording::quoted(gateway.label()) +
                                  " is not in any subnet yet. Place it in a public subnet of " +
                                  vpcName + " first."
                            : "The NAT gateway " + wording::quoted(gateway.label()) + " is in " +
                                  wording::quoted(labelOf(document, natSubnet->vpc)) +
                                  ", but this subnet is in " + vpcName +
                                  ". A subnet can only route to a NAT gateway of its own VPC.";
        return false;
    }
    if (nat.subnet == subnetResource.id) {
        proposal.hint = "The NAT gateway " + wording::quoted(gateway.label()) + " sits in " +
                        wording::quoted(subnetResource.label()) +
                        " itself. A NAT gateway serves other (private) subnets: it sends their "
                        "traffic out through its own subnet's route to the internet gateway. "
                        "Connect " +
                        wording::quoted(subnetResource.label()) +
                        " to the internet gateway instead.";
        return false;
    }
    if (nat.connectivity == NatConnectivity::Private) {
        notes.push_back(gateway.label() +
                        " is a private NAT gateway: it reaches other networks, not the internet.");
        return true;
    }
    const Resource* natTable = routeTableOf(document, *natSubnet);
    const auto* natRoutes = natTable != nullptr ? natTable->as<RouteTable>() : nullptr;
    const bool natSubnetPublic =
        natRoutes != nullptr &&
        std::any_of(natRoutes->routes.begin(), natRoutes->routes.end(), [&](const Route& route) {
            const auto* igw = document.findAs<InternetGateway>(route.target);
            return isIpv4Default(route.destination) &&
                   route.targetKind == RouteTargetKind::InternetGateway && igw != nullptr &&
                   igw->attachedVpc && *igw->attachedVpc == subnet.vpc;
        });
    if (!natSubnetPublic) {
        notes.push_back("Traffic will not get out yet: " + labelOf(document, nat.subnet) +
                        ", where " + gateway.label() +
                        " sits, has no route to an internet gateway. Connect that subnet to "
                        "the internet gateway too.");
    }
    if (!nat.elasticIp) {
        notes.push_back(gateway.label() +
                        " has no Elastic IP yet: a public NAT gateway needs one (see Findings).");
    }
    return true;
}

} // namespace

void proposeDefaultRoute(const Document& document, const Resource& subnetResource,
                         const Resource& gateway, ConnectionProposal& proposal) {
    const auto& subnet = *subnetResource.as<Subnet>();
    const bool toInternetGateway = gateway.kind() == ResourceKind::InternetGateway;
    bool attach = false;
    std::vector<std::string> notes;
    if (toInternetGateway ? !checkInternetGateway(document, subnet, gateway, attach, proposal)
                          : !checkNatGateway(document, subnetResource, gateway, proposal, notes)) {
        return;
    }
    if (subnet.routeTable && routeTableOf(document, subnet) == nullptr) {
        proposal.hint = wording::quoted(subnetResource.label()) + " is associated with " +
                        wording::quoted(*subnet.routeTable) +
                        ", which is not a route table. Fix the association in the Inspector "
                        "first.";
        return;
    }

    const Route route{"0.0.0.0/0",
                      toInternetGateway ? RouteTargetKind::InternetGateway
                                        : RouteTargetKind::NatGateway,
                      gateway.id};
    const Resource* table = routeTableOf(document, subnet);
    if (!toInternetGateway && subnet.routeTable && table != nullptr) {
        // The route goes into a table the subnet shares: if the NAT gateway's own subnet uses
        // it too, the NAT gateway would send its internet traffic back to itself.
        const ResourceId& natSubnet = gateway.as<NatGateway>()->subnet;
        for (const Resource* user : subnetsUsing(document, *table)) {
            if (user->id == natSubnet) {
                proposal.hint =
                    "Route table " + wording::quoted(table->label()) + " of " +
                    wording::quoted(subnetResource.label()) + " also serves " +
                    wording::quoted(user->label()) + ", where the NAT gateway " +
                    wording::quoted(gateway.label()) +
                    " sits, so the NAT gateway would send its own internet traffic back to "
                    "itself. Give " +
                    wording::quoted(subnetResource.label()) +
                    " a route table of its own first, or connect it to the internet gateway.";
                return;
            }
        }
    }
    const std::vector<Route> before =
        table != nullptr ? table->as<RouteTable>()->routes : std::vector<Route>();
    const auto existing = std::find_if(before.begin(), before.end(),
                                       [](const Route& r) { return isIpv4Default(r.destination); });
    if (existing != before.end() && existing->targetKind == route.targetKind &&
        existing->target == route.target && !attach) {
        proposal.hint = wording::quoted(subnetResource.label()) +
                        " already sends its internet traffic (0.0.0.0/0) to " +
                        wording::quoted(gateway.label()) + " in route table " +
                        wording::quoted(table->label()) + ": there is nothing to add.";
        return;
    }

    EditBuilder builder(document);
    std::vector<std::string>& changes = proposal.changes;
    const std::string gatewayWords =
        wording::kindInSentence(gateway.kind()) + " " + gateway.label();
    if (attach) {
        builder.modify(gateway.id)->as<InternetGateway>()->attachedVpc = subnet.vpc;
        changes.push_back("Internet gateway " + gateway.label() + " is attached to " +
                          labelOf(document, subnet.vpc) + " (it was attached to no VPC).");
    }
    std::vector<Route>* routes = nullptr;
    if (subnet.routeTable) {
        Resource* own = builder.modify(table->id);
        routes = &own->as<RouteTable>()->routes;
        std::vector<std::string> others;
        for (const Resource* user : subnetsUsing(document, *table)) {
            if (user->id != subnetResource.id) {
                others.push_back(user->label());
            }
        }
        changes.push_back("Route table \"" + table->label() + "\" of " + subnetResource.label() +
                          " gets the route 0.0.0.0/0 \u2192 " + gatewayWords + ".");
        if (!others.empty()) {
            changes.push_back("The route applies to " + wording::listed(others) +
                              " too: they use the same route table.");
        }
    } else {
        // The main table serves every subnet without an association of its own: the subnet
        // gets its own copy instead, so the others keep their routes.
        Resource own;
        own.id = builder.freshId("rt");
        own.name = subnetResource.label() + " routes";
        RouteTable properties;
        properties.vpc = subnet.vpc;
        properties.routes = before;
        if (table != nullptr) {
            properties.propagatingGateways = table->as<RouteTable>()->propagatingGateways;
            for (const Resource& resource : document.resources()) {
                const auto* endpoint = resource.as<GatewayEndpoint>();
                if (endpoint != nullptr &&
                    std::find(endpoint->routeTables.begin(), endpoint->routeTables.end(),
                              table->id) != endpoint->routeTables.end()) {
                    builder.modify(resource.id)
                        ->as<GatewayEndpoint>()
                        ->routeTables.push_back(own.id);
                }
            }
        }
        own.properties = std::move(properties);
        builder.modify(subnetResource.id)->as<Subnet>()->routeTable = own.id;
        Resource& added = builder.add(std::move(own));
        routes = &added.as<RouteTable>()->routes;
        changes.push_back("A new route table \"" + added.name + "\" for " + subnetResource.label() +
                          (before.empty()
                               ? std::string()
                               : " (a copy of the main table's " + std::to_string(before.size()) +
                                     (before.size() == 1 ? " route)" : " routes)")) +
                          " with 0.0.0.0/0 \u2192 " + gatewayWords + ".");
        changes.push_back(subnetResource.label() +
                          " used the VPC's main route table: changing that table would change "
                          "every other subnet that uses it, so the subnet gets its own.");
    }
    const auto replaced = std::find_if(routes->begin(), routes->end(),
                                       [](const Route& r) { return isIpv4Default(r.destination); });
    if (replaced != routes->end()) {
        if (!(replaced->targetKind == route.targetKind && replaced->target == route.target)) {
            changes.push_back("It replaces the route 0.0.0.0/0 \u2192 " +
                              describeTarget(document, *replaced) + ".");
        }
        *replaced = route;
    } else {
        routes->push_back(route);
    }
    if (toInternetGateway && !subnet.mapPublicIpOnLaunch) {
        notes.push_back("Workloads of " + subnetResource.label() +
                        " need a public IPv4 address to reach the internet through it: turn on "
                        "'public IP on launch' for the subnet, or give them an Elastic IP.");
    }
    changes.insert(changes.end(), notes.begin(), notes.end());
    proposal.edit = builder.finish();
    proposal.label = "Route 0.0.0.0/0 of " + subnetResource.label() + " to " + gateway.label();
    proposal.allowed = true;
}

} // namespace topograph::connect
