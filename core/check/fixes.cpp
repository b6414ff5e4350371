// SPDX-License-Identifier: Apache-2.0
#include "core/check/fix_families.h"

#include <functional>
#include <unordered_map>

namespace topograph {

namespace fixes {

const Resource* involved(const Document& document, const Finding& finding, std::size_t i) {
    return i < finding.resources.size() ? document.find(finding.resources[i]) : nullptr;
}

ProposedFix rewriteOf(std::string label, const Resource& before, Resource after) {
    ProposedFix fix;
    fix.label = std::move(label);
    fix.edit.rewritten.push_back({before, std::move(after)});
    return fix;
}

std::size_t subnetsUsingTable(const Document& document, const Resource& table) {
    const auto* properties = table.as<RouteTable>();
    if (properties == nullptr) {
        return 0;
    }
    // The VPC's main table is the first one flagged main (NETWORK_SEMANTICS.md).
    const Resource* mainTable = nullptr;
    for (const Resource& resource : document.resources()) {
        const auto* candidate = resource.as<RouteTable>();
        if (candidate != nullptr && candidate->main && candidate->vpc == properties->vpc) {
            mainTable = &resource;
            break;
        }
    }
    std::size_t count = 0;
    for (const Resource& resource : document.resources()) {
        const auto* subnet = resource.as<Subnet>();
        if (subnet == nullptr || subnet->vpc != properties->vpc) {
            continue;
        }
        const bool explicitTable =
            subnet->routeTable && document.findAs<RouteTable>(*subnet->routeTable) != nullptr;
        const ResourceId used = explicitTable          ? *subnet->routeTable
                                : mainTable != nullptr ? mainTable->id
                                                       : ResourceId();
        count += used == table.id ? 1 : 0;
    }
    return count;
}

} // namespace fixes

std::optional<ProposedFix> proposeFix(const Document& document, const Finding& finding) {
    using Fixer = std::function<fixes::Proposal(const Document&, const Finding&)>;
    static const std::unordered_map<std::string, Fixer> fixers = {
        {"NACL_EPHEMERAL_BLOCKED", fixes::fixNaclEphemeral},
        {"CIDR_HOST_BITS_SET", fixes::fixHostBits},
        {"VPC_CIDR_SIZE", fixes::fixBlockSize},
        {"SUBNET_CIDR_SIZE", fixes::fixBlockSize},
        {"SUBNET_OVERLAP", fixes::fixSubnetPlacement},
        {"SUBNET_OUTSIDE_VPC", fixes::fixSubnetPlacement},
        {"PUBLIC_SUBNET_NO_IGW_ROUTE", fixes::fixMissingDefaultRoute},
        {"PRIVATE_SUBNET_NO_EGRESS", fixes::fixMissingDefaultRoute},
        {"IGW_NOT_ATTACHED", fixes::fixIgwNotAttached},
        {"ROUTE_DUPLICATE_DESTINATION", fixes::fixDuplicateRoutes},
        {"ROUTE_INSIDE_VPC_CIDR", fixes::fixRouteInsideVpc},
        {"NAT_NO_ELASTIC_IP", fixes::fixNatElasticIp},
        {"NAT_IN_PRIVATE_SUBNET", fixes::fixNatInPrivateSubnet},
        {"VPC_DUPLICATE_DEFAULT", fixes::fixDuplicateDefault},
        {"PRIVATE_IP_INVALID", fixes::fixPrivateIp},
        {"PRIVATE_IP_OUTSIDE_SUBNET", fixes::fixPrivateIp},
        {"PRIVATE_IP_RESERVED", fixes::fixPrivateIp},
        {"PRIVATE_IP_DUPLICATE", fixes::fixPrivateIp},
        {"ALLOWED_FLOW_BLOCKED", fixes::fixAllowedFlow},
    };
    const auto fixer = fixers.find(finding.code);
    if (fixer == fixers.end()) {
        return std::nullopt;
    }
    std::optional<ProposedFix> fix = fixer->second(document, finding);
    if (fix && fix->edit.empty()) {
        return std::nullopt;
    }
    return fix;
}

} // namespace topograph
