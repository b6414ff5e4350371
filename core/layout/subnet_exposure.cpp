// SPDX-License-Identifier: Apache-2.0
#include "core/layout/subnet_exposure.h"

#include <unordered_map>

namespace topograph {

namespace {

bool routesDefaultToInternetGateway(const RouteTable& table) {
    for (const Route& route : table.routes) {
        if (route.destination == "0.0.0.0/0" &&
            route.targetKind == RouteTargetKind::InternetGateway && !route.target.empty()) {
            return true;
        }
    }
    return false;
}

} // namespace

SubnetExposure::SubnetExposure(const Document& document) {
    // The first main table of each VPC in file order; a second one is a finding, not our choice.
    std::unordered_map<ResourceId, const RouteTable*> mainTableOfVpc;
    for (const Resource& resource : document.resources()) {
        if (const auto* table = resource.as<RouteTable>(); table != nullptr && table->main) {
            mainTableOfVpc.try_emplace(table->vpc, table);
        }
    }
    for (const Resource& resource : document.resources()) {
        const auto* subnet = resource.as<Subnet>();
        if (subnet == nullptr) {
            continue;
        }
        const RouteTable* table = nullptr;
        if (subnet->routeTable) {
            table = document.findAs<RouteTable>(*subnet->routeTable);
        } else if (const auto found = mainTableOfVpc.find(subnet->vpc);
                   found != mainTableOfVpc.end()) {
            table = found->second;
        }
        if (table != nullptr && routesDefaultToInternetGateway(*table)) {
            publicSubnets_.insert(resource.id);
        }
    }
}

} // namespace topograph
