// SPDX-License-Identifier: Apache-2.0
// Internet and NAT gateways (NETWORK_SEMANTICS.md, "Associations and defaults" and Precise
// choice 5): one internet gateway per VPC; a public NAT gateway needs an Elastic IP and a
// public subnet, and one NAT gateway serving several zones is a single point of failure.
#include "core/check/semantic_checks.h"
#include "core/check/wording.h"

#include <set>

namespace topograph::checks {

namespace {

void checkInternetGatewayCount(ScopeView& view) {
    if (view.internetGateways.size() < 2) {
        return;
    }
    std::vector<ResourceId> resources = {view.scope};
    std::string names;
    for (const Resource* igw : view.internetGateways) {
        resources.push_back(igw->id);
        names += (names.empty() ? "'" : ", '") + igw->id + "'";
    }
    view.report(Severity::Error, "VPC_MULTIPLE_IGWS", std::move(resources),
                wording::capitalised(wording::named(*view.vpcResource)) + " has " +
                    std::to_string(view.internetGateways.size()) + " internet gateways (" + names +
                    "); a VPC can have only one.",
                "Keep one internet gateway attached to VPC '" + view.scope +
                    "' and point every internet route at it; detach or delete the others.");
}

void checkNat(ScopeView& view, const Resource& natResource) {
    const auto& nat = *natResource.as<NatGateway>();
    if (nat.connectivity != NatConnectivity::Public) {
        return; // a private NAT gateway needs neither an Elastic IP nor a public subnet
    }
    const std::string name = wording::capitalised(wording::named(natResource));
    bool hasElasticIp = view.namedByElasticIp(natResource.id);
    if (nat.elasticIp) {
        const Resource* eip = view.lookUp(*nat.elasticIp);
        hasElasticIp = hasElasticIp || (eip != nullptr && eip->kind() == ResourceKind::ElasticIp);
    }
    if (!hasElasticIp) {
        view.report(Severity::Error, "NAT_NO_ELASTIC_IP", {natResource.id},
                    name + " is public but has no Elastic IP: it has no public address to "
                           "translate private addresses to, and AWS refuses to create it.",
                    "Allocate an Elastic IP and set it as the NAT gateway's elasticIp.");
    }
    const Resource* subnet = view.lookUp(nat.subnet);
    if (subnet == nullptr || subnet->as<Subnet>() == nullptr) {
        return;
    }
    if (view.publicRoute(*subnet) == nullptr) {
        const Resource* table = view.routeTableOf(*subnet);
        std::vector<ResourceId> resources = {natResource.id, subnet->id};
        if (table != nullptr) {
            resources.push_back(table->id);
        }
        view.report(
            Severity::Warning, "NAT_IN_PRIVATE_SUBNET", std::move(resources),
            name + " sits in " + wording::named(*subnet) + ", a private subnet: its route table " +
                (table != nullptr ? "'" + table->id + "' " : std::string("(the VPC's main one) ")) +
                "has no 0.0.0.0/0 route to an internet gateway attached to VPC '" + view.scope +
                "', so the NAT gateway cannot reach the internet.",
            "Move the NAT gateway into a public subnet, or add the route 0.0.0.0/0 -> the VPC's "
            "internet gateway to the route table of " +
                wording::named(*subnet) + ".");
    }
}

// Zones of the subnets whose route tables send traffic to each NAT gateway.
void checkNatZones(ScopeView& view) {
    struct Served {
        std::set<std::string> zones;
        std::vector<ResourceId> subnets;
    };
    std::unordered_map<ResourceId, Served> served;
    for (const Resource* tableResource : view.routeTables) {
        std::vector<ResourceId> nats;
        for (const Route& route : tableResource->as<RouteTable>()->routes) {
            if (route.targetKind == RouteTargetKind::NatGateway &&
                std::find(nats.begin(), nats.end(), route.target) == nats.end()) {
                nats.push_back(route.target);
            }
        }
        for (const ResourceId& nat : nats) {
            for (const Resource* subnet : view.subnetsUsingTable(tableResource->id)) {
                const std::string zone = view.zoneOf(*subnet);
                if (!zone.empty()) {
                    served[nat].zones.insert(zone);
                    served[nat].subnets.push_back(subnet->id);
                }
            }
        }
    }
    for (const Resource* nat : view.natGateways) {
        const auto it = served.find(nat->id);
        if (it == served.end() || it->second.zones.size() < 2) {
            continue;
        }
        std::string zones;
        for (const std::string& zone : it->second.zones) {
            zones += (zones.empty() ? "" : ", ") + zone;
        }
        std::vector<ResourceId> resources = {nat->id};
        resources.insert(resources.end(), it->second.subnets.begin(), it->second.subnets.end());
        view.report(Severity::Warning, "NAT_SERVES_MULTIPLE_AZS", std::move(resources),
                    wording::capitalised(wording::named(*nat)) + " is the way out for subnets in " +
                        std::to_string(it->second.zones.size()) + " availability zones (" + zones +
                        "); if its zone fails, all of them lose internet access.",
                    "Create one NAT gateway per availability zone, each in a public subnet of "
                    "that zone, and give each zone's private subnets a route table that uses "
                    "their own zone's NAT gateway.");
    }
}

} // namespace

void checkGateways(ScopeView& view) {
    checkInternetGatewayCount(view);
    for (const Resource* nat : view.natGateways) {
        checkNat(view, *nat);
    }
    checkNatZones(view);
}

} // namespace topograph::checks
