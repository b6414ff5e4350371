// SPDX-License-Identifier: Apache-2.0
#include "core/model/applied_rules.h"

#include "core/model/references.h"

namespace topograph {

namespace {

/// The first one the file declares wins, as the validator reports any further one.
void keepFirst(std::optional<ResourceId>& slot, const ResourceId& id) {
    if (!slot) {
        slot = id;
    }
}

} // namespace

AppliedRulesIndex::AppliedRulesIndex(const Document& document) : document_(document) {
    for (const Resource& resource : document.resources()) {
        if (const auto* table = resource.as<RouteTable>(); table != nullptr && table->main) {
            keepFirst(defaults_[table->vpc].mainRouteTable, resource.id);
        } else if (const auto* acl = resource.as<NetworkAcl>(); acl != nullptr && acl->isDefault) {
            keepFirst(defaults_[acl->vpc].defaultNetworkAcl, resource.id);
        } else if (const auto* group = resource.as<SecurityGroup>();
                   group != nullptr && group->isDefault) {
            keepFirst(defaults_[group->vpc].defaultSecurityGroup, resource.id);
        }
    }
}

AppliedRules AppliedRulesIndex::of(const Resource& resource) const {
    AppliedRules rules;
    if (const auto* subnet = resource.as<Subnet>()) {
        const auto defaults = defaults_.find(subnet->vpc);
        const bool hasDefaults = defaults != defaults_.end();
        rules.routeTable = subnet->routeTable ? subnet->routeTable
                           : hasDefaults      ? defaults->second.mainRouteTable
                                              : std::nullopt;
        rules.networkAcl = subnet->networkAcl ? subnet->networkAcl
                           : hasDefaults      ? defaults->second.defaultNetworkAcl
                                              : std::nullopt;
        return rules;
    }
    const Placement* placement = resource.placement();
    if (placement == nullptr) {
        return rules;
    }
    rules.securityGroups = placement->securityGroups;
    if (rules.securityGroups.empty()) {
        if (const auto vpc = enclosingVpc(document_, resource.id)) {
            if (const auto defaults = defaults_.find(*vpc);
                defaults != defaults_.end() && defaults->second.defaultSecurityGroup) {
                rules.securityGroups.push_back(*defaults->second.defaultSecurityGroup);
            }
        }
    }
    return rules;
}

} // namespace topograph
