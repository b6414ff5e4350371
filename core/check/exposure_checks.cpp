// SPDX-License-Identifier: Apache-2.0
// Public and private subnets (NETWORK_SEMANTICS.md, "Associations and defaults"): a subnet
// meant to be public needs its internet gateway route, a private subnet's workloads need a way
// out when the VPC has a NAT gateway for them, and databases stay out of public subnets.
#include "core/check/semantic_checks.h"
#include "core/check/wording.h"

namespace topograph::checks {

namespace {

// Kinds that open connections to the internet themselves (a database, a load balancer or an
// interface endpoint only answers).
bool initiatesEgress(ResourceKind kind) {
    return kind == ResourceKind::Instance || kind == ResourceKind::EcsService ||
           kind == ResourceKind::LambdaFunction;
}

bool hasIpv4DefaultRoute(const Resource* table) {
    if (table == nullptr) {
        return false;
    }
    for (const Route& route : table->as<RouteTable>()->routes) {
        if (route.targetKind == RouteTargetKind::Blackhole) {
            continue;
        }
        const auto block = alignedBlock(route.destination);
        if (block && block->family() == IpFamily::V4 && block->prefixLength() == 0) {
            return true;
        }
    }
    return false;
}

std::string tableWords(const Resource* table) {
    return table != nullptr ? "route table '" + table->id + "'"
                            : std::string("the VPC's main route table");
}

void withTable(std::vector<ResourceId>& resources, const Resource* table) {
    if (table != nullptr) {
        resources.push_back(table->id);
    }
}

void checkPublicWithoutRoute(ScopeView& view, const Resource& subnet, const Resource* table) {
    std::vector<ResourceId> exposed;
    for (const Resource* workload : view.workloadsIn(subnet.id)) {
        if (view.hasPublicIp(*workload)) {
            exposed.push_back(workload->id);
        }
    }
    const bool mapsPublicIps = subnet.as<Subnet>()->mapPublicIpOnLaunch;
    if (!mapsPublicIps && exposed.empty()) {
        return;
    }
    std::vector<ResourceId> resources = {subnet.id};
    withTable(resources, table);
    resources.insert(resources.end(), exposed.begin(), exposed.end());
    const std::string why =
        exposed.empty()
            ? std::string("it gives its instances public IP addresses")
            : std::to_string(exposed.size()) +
                  (exposed.size() == 1 ? " workload in it has" : " workloads in it have") +
                  " a public address (first: '" + exposed.front() + "')";
    view.report(Severity::Warning, "PUBLIC_SUBNET_NO_IGW_ROUTE", std::move(resources),
                wording::capitalised(wording::named(subnet)) + " looks public (" + why + "), but " +
                    tableWords(table) +
                    " has no 0.0.0.0/0 route to an internet gateway attached to VPC '" +
                    view.scope +
                    "': nothing from the internet reaches those public addresses, and their "
                    "replies cannot get out.",
                "Add the route 0.0.0.0/0 -> the VPC's internet gateway to " + tableWords(table) +
                    " (attach an internet gateway to the VPC first if it has none), or turn off "
                    "public addresses in this subnet.");
}

void checkPrivateWithoutEgress(ScopeView& view, const Resource& subnet, const Resource* table) {
    const Resource* nat = nullptr;
    for (const Resource* candidate : view.natGateways) {
        if (candidate->as<NatGateway>()->subnet != subnet.id) {
            nat = candidate;
            break;
        }
    }
    if (nat == nullptr || hasIpv4DefaultRoute(table)) {
        return;
    }
    std::vector<ResourceId> clients;
    for (const Resource* workload : view.workloadsIn(subnet.id)) {
        if (initiatesEgress(workload->kind())) {
            clients.push_back(workload->id);
        }
    }
    if (clients.empty()) {
        return;
    }
    std::vector<ResourceId> resources = {subnet.id};
    withTable(resources, table);
    resources.push_back(nat->id);
    resources.insert(resources.end(), clients.begin(), clients.end());
    view.report(Severity::Warning, "PRIVATE_SUBNET_NO_EGRESS", std::move(resources),
                wording::capitalised(wording::named(subnet)) + " is private and " +
                    tableWords(table) + " has no 0.0.0.0/0 route, so its workloads (first: '" +
                    clients.front() + "') cannot reach the internet, although VPC '" + view.scope +
                    "' has NAT gateway '" + nat->id + "'.",
                "Add the route 0.0.0.0/0 -> NAT gateway '" + nat->id +
                    "' (ideally one in the same availability zone) to " + tableWords(table) + ".");
}

void checkDatabaseExposure(ScopeView& view, const Resource& subnet, const Resource* table,
                           const Route& publicRoute) {
    std::vector<ResourceId> databases;
    for (const Resource* workload : view.workloadsIn(subnet.id)) {
        if (workload->kind() == ResourceKind::RdsInstance) {
            databases.push_back(workload->id);
        }
    }
    if (databases.empty()) {
        return;
    }
    std::vector<ResourceId> resources = {subnet.id};
    withTable(resources, table);
    resources.insert(resources.end(), databases.begin(), databases.end());
    view.report(Severity::Warning, "DATABASE_IN_PUBLIC_SUBNET", std::move(resources),
                wording::capitalised(wording::named(subnet)) + " holds database '" +
                    databases.front() + "' and sends " + publicRoute.destination +
                    " to internet gateway '" + publicRoute.target +
                    "': the database is one security group rule away from the whole internet.",
                "Put databases in private subnets whose route table has no internet gateway "
                "route (a DB subnet group of private subnets), and reach them from the "
                "application tier.");
}

} // namespace

void checkSubnetExposure(ScopeView& view) {
    for (const Resource* subnet : view.subnets) {
        const Resource* table = view.routeTableOf(*subnet);
        if (const Route* route = view.publicRoute(*subnet)) {
            checkDatabaseExposure(view, *subnet, table, *route);
        } else {
            checkPublicWithoutRoute(view, *subnet, table);
            checkPrivateWithoutEgress(view, *subnet, table);
        }
    }
}

} // namespace topograph::checks
