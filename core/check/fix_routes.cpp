// SPDX-License-Identifier: Apache-2.0
// Fixes for routes, gateways and flags: the missing default route of a public or private
// subnet, an unattached internet gateway, duplicate routes, a NAT gateway without an Elastic
// IP, two main tables or default groups in one VPC, and explicit private IPs AWS would refuse.
#include "core/check/fix_families.h"
#include "core/check/scope_view.h"
#include "core/check/wording.h"
#include "core/edit/new_resource.h"
#include "core/reach/route_lookup.h"

#include <algorithm>
#include <unordered_set>

namespace topograph::fixes {

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

const Resource* zoneOf(const Document& document, const ResourceId& subnet) {
    const auto* properties = document.findAs<Subnet>(subnet);
    return properties != nullptr ? document.find(properties->availabilityZone) : nullptr;
}

// The NAT gateway a private subnet's default route should use: a public one of the subnet's
// zone (so a zone failure takes down only its own subnets), else the one the finding names.
const Resource* natGatewayFor(const Document& document, const Resource& subnet,
                              const Resource* named) {
    const Resource* zone = zoneOf(document, subnet.id);
    for (const Resource& resource : document.resources()) {
        const auto* nat = resource.as<NatGateway>();
        const auto* natSubnet = nat != nullptr ? document.findAs<Subnet>(nat->subnet) : nullptr;
        if (natSubnet != nullptr && natSubnet->vpc == subnet.as<Subnet>()->vpc &&
            nat->subnet != subnet.id && nat->connectivity == NatConnectivity::Public &&
            zone != nullptr && zoneOf(document, nat->subnet) == zone) {
            return &resource;
        }
    }
    return named != nullptr && named->as<NatGateway>() != nullptr ? named : nullptr;
}

// The VPC's main route table: the first one flagged main (NETWORK_SEMANTICS.md).
const Resource* mainRouteTable(const Document& document, const ResourceId& vpc) {
    for (const Resource& resource : document.resources()) {
        const auto* table = resource.as<RouteTable>();
        if (table != nullptr && table->main && table->vpc == vpc) {
            return &resource;
        }
    }
    return nullptr;
}

bool isDefaultDestination(const Route& route) {
    const auto block = checks::alignedBlock(route.destination);
    return block && block->family() == IpFamily::V4 && block->prefixLength() == 0;
}

} // namespace

Proposal fixMissingDefaultRoute(const Document& document, const Finding& finding) {
    const Resource* subnet = involved(document, finding, 0);
    const auto* properties = subnet != nullptr ? subnet->as<Subnet>() : nullptr;
    if (properties == nullptr) {
        return std::nullopt;
    }
    // The table the subnet uses: its association, else the VPC's main table, else AWS's
    // implicit main table (local routes only). An association naming no table is dangling.
    const Resource* table = nullptr;
    if (properties->routeTable) {
        table = document.find(*properties->routeTable);
        if (table == nullptr || table->as<RouteTable>() == nullptr) {
            return std::nullopt;
        }
    } else {
        table = mainRouteTable(document, properties->vpc);
    }

    Route route;
    route.destination = "0.0.0.0/0";
    const Resource* target = nullptr;
    if (finding.code == "PUBLIC_SUBNET_NO_IGW_ROUTE") {
        target = attachedInternetGateway(document, properties->vpc);
        route.targetKind = RouteTargetKind::InternetGateway;
    } else {
        const Resource* named = nullptr;
        for (std::size_t i = 1; i < finding.resources.size() && named == nullptr; ++i) {
            const Resource* candidate = involved(document, finding, i);
            named = candidate != nullptr && candidate->as<NatGateway>() != nullptr ? candidate
                                                                                   : nullptr;
        }
        target = natGatewayFor(document, *subnet, named);
        route.targetKind = RouteTargetKind::NatGateway;
    }
    if (target == nullptr) {
        return std::nullopt;
    }
    route.target = target->id;

    // The routes the subnet will have: today's, with the default route added (a blackhole
    // default route is replaced; any other one is a choice the designer made).
    std::vector<Route> routes =
        table != nullptr ? table->as<RouteTable>()->routes : std::vector<Route>();
    const auto existing = std::find_if(routes.begin(), routes.end(), isDefaultDestination);
    if (existing != routes.end() && existing->targetKind != RouteTargetKind::Blackhole) {
        return std::nullopt;
    }
    if (existing != routes.end()) {
        *existing = route;
    } else {
        routes.push_back(route);
    }
    const std::string routeWords = "0.0.0.0/0 \u2192 " + wording::named(*target);

    // A table the subnet has to itself takes the route.
    if (table != nullptr && !table->as<RouteTable>()->main && properties->routeTable &&
        subnetsUsingTable(document, *table) == 1) {
        Resource after = *table;
        after.as<RouteTable>()->routes = std::move(routes);
        return rewriteOf("Add route " + routeWords + " to " + wording::named(*table), *table,
                         std::move(after));
    }
    // A shared or main table would change the other subnets too: the subnet gets its own copy
    // of the table with the route, and gateway endpoints keep serving it.
    ProposedFix fix;
    Resource own;
    own.id = document.freshId(std::string(idStem(ResourceKind::RouteTable)));
    own.name = subnet->label() + " routes";
    RouteTable ownTable;
    ownTable.vpc = properties->vpc;
    ownTable.routes = std::move(routes);
    if (table != nullptr) {
        ownTable.propagatingGateways = table->as<RouteTable>()->propagatingGateways;
        for (const Resource& resource : document.resources()) {
            const auto* endpoint = resource.as<GatewayEndpoint>();
            if (endpoint != nullptr &&
                std::find(endpoint->routeTables.begin(), endpoint->routeTables.end(), table->id) !=
                    endpoint->routeTables.end()) {
                Resource after = resource;
                after.as<GatewayEndpoint>()->routeTables.push_back(own.id);
                fix.edit.rewritten.push_back({resource, std::move(after)});
            }
        }
    }
    own.properties = std::move(ownTable);
    Resource associated = *subnet;
    associated.as<Subnet>()->routeTable = own.id;
    fix.edit.rewritten.push_back({*subnet, std::move(associated)});
    fix.label = "Give " + wording::named(*subnet) + " its own route table with " + routeWords;
    fix.edit.added.push_back(std::move(own));
    return fix;
}

Proposal fixIgwNotAttached(const Document& document, const Finding& finding) {
    const Resource* table = involved(document, finding, 0);
    const Resource* igw = involved(document, finding, 1);
    if (table == nullptr || table->as<RouteTable>() == nullptr || igw == nullptr ||
        igw->as<InternetGateway>() == nullptr) {
        return std::nullopt;
    }
    const ResourceId& vpc = table->as<RouteTable>()->vpc;
    // A VPC takes one internet gateway: with another one attached, the route is what is wrong.
    if (document.findAs<Vpc>(vpc) == nullptr || attachedInternetGateway(document, vpc) != nullptr) {
        return std::nullopt;
    }
    Resource after = *igw;
    after.as<InternetGateway>()->attachedVpc = vpc;
    return rewriteOf("Attach " + wording::named(*igw) + " to VPC '" + vpc + "'", *igw,
                     std::move(after));
}

Proposal fixDuplicateRoutes(const Document& document, const Finding& finding) {
    const Resource* table = involved(document, finding, 0);
    if (table == nullptr || table->as<RouteTable>() == nullptr) {
        return std::nullopt;
    }
    // Reachability uses the first route of a destination (Precise choice 2): dropping the later
    // ones changes nothing that works, and AWS would refuse them.
    Resource after = *table;
    auto& routes = after.as<RouteTable>()->routes;
    std::unordered_set<std::string> seen;
    std::vector<std::string> dropped;
    std::erase_if(routes, [&](const Route& route) {
        std::string key = route.destination;
        if (route.destination.rfind("pl-", 0) != 0) {
            const auto block = checks::alignedBlock(route.destination);
            if (!block) {
                return false;
            }
            key = block->toString();
        }
        if (seen.insert(key).second) {
            return false;
        }
        dropped.push_back(route.destination);
        return true;
    });
    if (dropped.empty()) {
        return std::nullopt;
    }
    return rewriteOf("Remove the second route for " + dropped.front() +
                         (dropped.size() > 1 ? " and the other duplicates" : "") + " from " +
                         wording::named(*table),
                     *table, std::move(after));
}

Proposal fixRouteInsideVpc(const Document& document, const Finding& finding) {
    const Resource* table = involved(document, finding, 0);
    const auto* properties = table != nullptr ? table->as<RouteTable>() : nullptr;
    const auto* vpc = properties != nullptr ? document.findAs<Vpc>(properties->vpc) : nullptr;
    if (vpc == nullptr) {
        return std::nullopt;
    }
    std::vector<Cidr> vpcBlocks;
    std::vector<std::string> texts = vpc->ipv4Cidrs;
    if (vpc->ipv6Cidr) {
        texts.push_back(*vpc->ipv6Cidr);
    }
    for (const std::string& text : texts) {
        if (const auto block = checks::alignedBlock(text)) {
            vpcBlocks.push_back(*block);
        }
    }
    // AWS refuses these routes, and traffic to the VPC's own addresses takes the local route
    // (NETWORK_SEMANTICS.md, step 3): removing them is what the template can deploy.
    Resource after = *table;
    std::vector<std::string> removed;
    std::erase_if(after.as<RouteTable>()->routes, [&](const Route& route) {
        if (route.targetKind == RouteTargetKind::Local ||
            route.targetKind == RouteTargetKind::Blackhole) {
            return false;
        }
        const auto block = checks::alignedBlock(route.destination);
        const bool inside = block && std::any_of(vpcBlocks.begin(), vpcBlocks.end(),
                                                 [&](const Cidr& v) { return v.contains(*block); });
        if (!inside || reach::isMiddlebox(document, route)) {
            return false;
        }
        removed.push_back(route.destination);
        return true;
    });
    if (removed.empty()) {
        return std::nullopt;
    }
    return rewriteOf("Remove the route for " + removed.front() +
                         (removed.size() > 1 ? " and the others inside the VPC" : "") + " from " +
                         wording::named(*table),
                     *table, std::move(after));
}

// A NAT gateway in a subnet without a route to the internet gateway: that subnet gets the
// route, as the finding's fix says (the other way, moving the gateway, is the designer's
// choice of subnet). The subnet's own finding would propose the same edit.
Proposal fixNatInPrivateSubnet(const Document& document, const Finding& finding) {
    if (finding.resources.size() < 2) {
        return std::nullopt;
    }
    Finding subnetFinding = finding;
    subnetFinding.code = "PUBLIC_SUBNET_NO_IGW_ROUTE";
    subnetFinding.resources = {finding.resources[1]};
    return fixMissingDefaultRoute(document, subnetFinding);
}

Proposal fixNatElasticIp(const Document& document, const Finding& finding) {
    const Resource* natResource = involved(document, finding, 0);
    const auto* nat = natResource != nullptr ? natResource->as<NatGateway>() : nullptr;
    if (nat == nullptr || nat->connectivity != NatConnectivity::Public) {
        return std::nullopt;
    }
    Resource eip = newElasticIpFor(document, *natResource);
    Resource after = *natResource;
    after.as<NatGateway>()->elasticIp = eip.id;
    ProposedFix fix = rewriteOf("Allocate an Elastic IP for " + wording::named(*natResource),
                                *natResource, std::move(after));
    fix.edit.added.push_back(std::move(eip));
    return fix;
}

Proposal fixDuplicateDefault(const Document& document, const Finding& finding) {
    // Resources: the VPC, then the candidates; the first in the file is the one AWS uses, so
    // turning the flag off on the others keeps the network as it works now.
    std::vector<const Resource*> candidates;
    for (std::size_t i = 1; i < finding.resources.size(); ++i) {
        if (const Resource* candidate = involved(document, finding, i)) {
            candidates.push_back(candidate);
        }
    }
    if (candidates.size() < 2) {
        return std::nullopt;
    }
    std::sort(candidates.begin(), candidates.end(), [&](const Resource* a, const Resource* b) {
        return document.positionOf(a->id) < document.positionOf(b->id);
    });
    ProposedFix fix;
    for (std::size_t i = 1; i < candidates.size(); ++i) {
        Resource after = *candidates[i];
        if (auto* table = after.as<RouteTable>()) {
            table->main = false;
        } else if (auto* acl = after.as<NetworkAcl>()) {
            acl->isDefault = false;
        } else if (auto* group = after.as<SecurityGroup>()) {
            group->isDefault = false;
        } else {
            return std::nullopt;
        }
        fix.edit.rewritten.push_back({*candidates[i], std::move(after)});
    }
    fix.label = "Keep " + wording::named(*candidates.front()) + " as the default, unflag " +
                std::to_string(candidates.size() - 1) + " other" +
                (candidates.size() > 2 ? "s" : "");
    return fix;
}

Proposal fixPrivateIp(const Document& document, const Finding& finding) {
    const Resource* workload = involved(document, finding, 0);
    if (workload == nullptr || workload->placement() == nullptr ||
        workload->placement()->privateIp.empty()) {
        return std::nullopt;
    }
    Resource after = *workload;
    after.placement()->privateIp.clear();
    return rewriteOf("Clear the private IP of " + wording::named(*workload) +
                         " (AWS assigns a free one)",
                     *workload, std::move(after));
}

} // namespace topograph::fixes
