// SPDX-License-Identifier: Apache-2.0
// TIER_SINGLE_AZ: a tier is the workloads of one kind that share the same security groups (the
// web servers, the app servers, the database). A tier whose every member sits in one
// availability zone goes down with that zone. A lone instance is not judged (it cannot span
// zones); a lone load balancer, service, function or database is, since each can.
#include "core/check/semantic_checks.h"
#include "core/check/wording.h"

#include <algorithm>
#include <map>
#include <set>

namespace topograph::checks {

namespace {

// The zones a workload runs in: a database in its first subnet unless Multi-AZ, an instance in
// its subnet, everything else in every subnet it is placed in.
std::set<std::string> zonesOf(ScopeView& view, const Resource& workload) {
    const Placement& placement = *workload.placement();
    bool onlyFirst = workload.kind() == ResourceKind::Instance;
    if (const auto* database = workload.as<RdsInstance>()) {
        onlyFirst = !database->multiAz;
    }
    std::set<std::string> zones;
    for (const ResourceId& id : placement.subnets) {
        const Resource* subnet = view.lookUp(id);
        if (subnet == nullptr || subnet->as<Subnet>() == nullptr) {
            continue;
        }
        if (std::string zone = view.zoneOf(*subnet); !zone.empty()) {
            zones.insert(std::move(zone));
        }
        if (onlyFirst) {
            break;
        }
    }
    return zones;
}

} // namespace

void checkTierZones(ScopeView& view) {
    // Tiers keyed by kind and sorted group list; std::map keeps the key order deterministic,
    // members stay in document order.
    std::map<std::pair<int, std::vector<ResourceId>>, std::vector<const Resource*>> tiers;
    for (const Resource* workload : view.workloads) {
        if (workload->kind() == ResourceKind::InterfaceEndpoint) {
            continue; // an endpoint, not a tier of the application
        }
        std::vector<ResourceId> groups = workload->placement()->securityGroups;
        std::sort(groups.begin(), groups.end());
        groups.erase(std::unique(groups.begin(), groups.end()), groups.end());
        tiers[{static_cast<int>(workload->kind()), std::move(groups)}].push_back(workload);
    }
    for (const auto& [key, members] : tiers) {
        if (members.size() == 1 && members.front()->kind() == ResourceKind::Instance) {
            continue;
        }
        std::set<std::string> zones;
        for (const Resource* member : members) {
            const auto memberZones = zonesOf(view, *member);
            zones.insert(memberZones.begin(), memberZones.end());
        }
        if (zones.size() != 1) {
            continue; // spread over zones, or zones unknown
        }
        std::vector<ResourceId> resources;
        for (const Resource* member : members) {
            resources.push_back(member->id);
        }
        const Resource& first = *members.front();
        const std::string what =
            members.size() == 1 ? wording::capitalised(wording::named(first)) + " runs"
                                : "The " + std::to_string(members.size()) + " " +
                                      wording::kindInSentence(first.kind()) +
                                      "s sharing the security groups of '" + first.id + "' all run";
        view.report(Severity::Warning, "TIER_SINGLE_AZ", std::move(resources),
                    what + " in one availability zone (" + *zones.begin() +
                        "): if that zone fails, the whole tier is down.",
                    first.kind() == ResourceKind::RdsInstance
                        ? std::string("Turn on Multi-AZ for the database, with a DB subnet group "
                                      "covering at least two zones.")
                        : std::string("Spread the tier over at least two availability zones: "
                                      "place it (or a second member) in a subnet of another "
                                      "zone."));
    }
}

} // namespace topograph::checks
