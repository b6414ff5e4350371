// SPDX-License-Identifier: Apache-2.0
// Associations (NETWORK_SEMANTICS.md, "Associations and defaults"): a subnet uses exactly one
// route table and one NACL of its own VPC, a VPC has one main route table, one default NACL and
// one default security group, and workloads use groups of their own VPC. Resources nothing uses
// are reported as info.
#include "core/check/semantic_checks.h"
#include "core/check/wording.h"

namespace topograph::checks {

namespace {

void reportCrossVpc(ScopeView& view, const Resource& from, const std::string& field,
                    const Resource& to, const ResourceId& toVpc) {
    view.report(Severity::Error, "CROSS_VPC_ASSOCIATION", {from.id, to.id},
                wording::capitalised(wording::named(from)) + " belongs to VPC '" + view.scope +
                    "', but its " + field + " names " + wording::named(to) +
                    (toVpc.empty() ? std::string(", which belongs to no VPC")
                                   : ", which belongs to VPC '" + toVpc + "'") +
                    "; AWS associates resources of the same VPC only.",
                "Use a " + wording::kindInSentence(to.kind()) + " of VPC '" + view.scope +
                    "' (create one if needed).");
}

template <typename T> const ResourceId* vpcField(const Resource& resource) {
    const T* properties = resource.as<T>();
    return properties != nullptr ? &properties->vpc : nullptr;
}

// `id` names a resource of kind T; reports it when it belongs to another VPC.
template <typename T>
void expectSameVpc(ScopeView& view, const Resource& from, const std::string& field,
                   const ResourceId& id) {
    const Resource* target = view.lookUp(id);
    const ResourceId* vpc = target != nullptr ? vpcField<T>(*target) : nullptr;
    if (vpc != nullptr && *vpc != view.scope) {
        reportCrossVpc(view, from, field, *target, *vpc);
    }
}

void checkCrossVpc(ScopeView& view) {
    for (const Resource* subnet : view.subnets) {
        const auto& properties = *subnet->as<Subnet>();
        if (properties.routeTable) {
            expectSameVpc<RouteTable>(view, *subnet, "routeTable", *properties.routeTable);
        }
        if (properties.networkAcl) {
            expectSameVpc<NetworkAcl>(view, *subnet, "networkAcl", *properties.networkAcl);
        }
    }
    for (const Resource* workload : view.workloads) {
        const Placement& placement = *workload->placement();
        for (std::size_t i = 0; i < placement.subnets.size(); ++i) {
            expectSameVpc<Subnet>(view, *workload, "subnets[" + std::to_string(i) + "]",
                                  placement.subnets[i]);
        }
        for (std::size_t i = 0; i < placement.securityGroups.size(); ++i) {
            expectSameVpc<SecurityGroup>(view, *workload,
                                         "securityGroups[" + std::to_string(i) + "]",
                                         placement.securityGroups[i]);
        }
    }
    for (const Resource* attachment : view.attachments) {
        const auto& subnets = attachment->as<TransitGatewayAttachment>()->subnets;
        for (std::size_t i = 0; i < subnets.size(); ++i) {
            expectSameVpc<Subnet>(view, *attachment, "subnets[" + std::to_string(i) + "]",
                                  subnets[i]);
        }
    }
    for (const Resource* member : view.members) {
        const auto* endpoint = member->as<GatewayEndpoint>();
        if (endpoint == nullptr || endpoint->vpc != view.scope) {
            continue;
        }
        for (std::size_t i = 0; i < endpoint->routeTables.size(); ++i) {
            expectSameVpc<RouteTable>(view, *member, "routeTables[" + std::to_string(i) + "]",
                                      endpoint->routeTables[i]);
        }
    }
}

void checkSingleDefault(ScopeView& view, const std::vector<const Resource*>& candidates,
                        const std::string& what) {
    if (candidates.size() < 2) {
        return;
    }
    std::vector<ResourceId> resources = {view.scope};
    std::string names;
    for (const Resource* candidate : candidates) {
        resources.push_back(candidate->id);
        names += (names.empty() ? "'" : ", '") + candidate->id + "'";
    }
    view.report(Severity::Error, "VPC_DUPLICATE_DEFAULT", std::move(resources),
                wording::capitalised(wording::named(*view.vpcResource)) + " has " +
                    std::to_string(candidates.size()) + " " + what + "s (" + names +
                    "); a VPC has exactly one. The first one is used.",
                "Keep '" + candidates.front()->id + "' as the " + what +
                    " and turn the flag off on the others.");
}

void checkDefaults(ScopeView& view) {
    std::vector<const Resource*> mains;
    std::vector<const Resource*> defaultNacls;
    std::vector<const Resource*> defaultGroups;
    for (const Resource* table : view.routeTables) {
        if (table->as<RouteTable>()->main) {
            mains.push_back(table);
        }
    }
    for (const Resource* acl : view.nacls) {
        if (acl->as<NetworkAcl>()->isDefault) {
            defaultNacls.push_back(acl);
        }
    }
    for (const Resource* group : view.securityGroups) {
        if (group->as<SecurityGroup>()->isDefault) {
            defaultGroups.push_back(group);
        }
    }
    checkSingleDefault(view, mains, "main route table");
    checkSingleDefault(view, defaultNacls, "default network ACL");
    checkSingleDefault(view, defaultGroups, "default security group");
}

void reportUnused(ScopeView& view, const Resource& resource, const std::string& why,
                  const std::string& fix) {
    view.report(Severity::Info,
                "UNUSED_" + std::string(resource.kind() == ResourceKind::RouteTable ? "ROUTE_TABLE"
                                        : resource.kind() == ResourceKind::NetworkAcl
                                            ? "NACL"
                                            : "SECURITY_GROUP"),
                {resource.id}, wording::capitalised(wording::named(resource)) + " " + why, fix);
}

void checkUnused(ScopeView& view) {
    for (const Resource* group : view.securityGroups) {
        if (!group->as<SecurityGroup>()->isDefault && view.workloadsUsingGroup(group->id).empty() &&
            !view.namedOutsideTheModel(group->id)) {
            reportUnused(view, *group,
                         "is attached to no workload and named by no resource kept from the "
                         "template, so its rules apply to nothing.",
                         "Attach it to the workloads it was meant for, or delete it.");
        }
    }
    for (const Resource* acl : view.nacls) {
        if (!acl->as<NetworkAcl>()->isDefault && view.subnetsUsingNacl(acl->id).empty()) {
            reportUnused(view, *acl,
                         "is associated with no subnet, so its rules apply to nothing (subnets "
                         "without an association use the VPC's default network ACL).",
                         "Associate it with the subnets it was meant for, or delete it.");
        }
    }
    for (const Resource* table : view.routeTables) {
        const auto& properties = *table->as<RouteTable>();
        if (!properties.main && properties.edgeAssociations.empty() &&
            view.subnetsUsingTable(table->id).empty()) {
            reportUnused(view, *table,
                         "is associated with no subnet or gateway, so its routes apply to "
                         "nothing (subnets without an association use the main route table).",
                         "Associate it with the subnets it was meant for, or delete it.");
        }
    }
}

} // namespace

void checkAssociations(ScopeView& view) {
    checkCrossVpc(view);
    checkDefaults(view);
    checkUnused(view);
}

} // namespace topograph::checks
