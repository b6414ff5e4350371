// SPDX-License-Identifier: Apache-2.0
#include "core/check/scope_view.h"

#include "core/model/public_address.h"

#include <algorithm>

namespace topograph::checks {

std::optional<Cidr> alignedBlock(const std::string& text) {
    CidrParseError error;
    const auto cidr = Cidr::tryParse(text, error);
    if (!cidr) {
        return std::nullopt;
    }
    return cidr->aligned();
}

bool treeNames(const Tree& tree, const std::string& id) {
    switch (tree.type) {
    case Tree::Type::Null:
        return false;
    case Tree::Type::Scalar:
        // "!GetAtt Group.GroupId" names the group too.
        return tree.scalar == id || (!id.empty() && tree.scalar.find('.') == id.size() &&
                                     tree.scalar.compare(0, id.size(), id) == 0);
    case Tree::Type::Sequence:
        return std::any_of(tree.items.begin(), tree.items.end(),
                           [&id](const Tree& item) { return treeNames(item, id); });
    case Tree::Type::Mapping:
        return std::any_of(tree.entries.begin(), tree.entries.end(),
                           [&id](const TreeEntry& entry) { return treeNames(entry.value, id); });
    }
    return false;
}

bool ScopeView::namedOutsideTheModel(const ResourceId& id) const {
    if (namedOutsideModel_.contains(id)) {
        return true;
    }
    // Outputs of an imported template export ids to other stacks. Searched per question, not
    // collected per scope: a template of 200 VPCs has thousands of outputs and few questions.
    const Tree* outputs = scope.empty() ? nullptr : document.cloudFormation.find("Outputs");
    return outputs != nullptr && treeNames(*outputs, id);
}

void collectTreeNames(const Tree& tree, std::vector<std::string>& names) {
    switch (tree.type) {
    case Tree::Type::Null:
        return;
    case Tree::Type::Scalar:
        names.push_back(tree.scalar);
        if (const auto dot = tree.scalar.find('.'); dot != std::string::npos && dot > 0) {
            names.push_back(tree.scalar.substr(0, dot));
        }
        return;
    case Tree::Type::Sequence:
        for (const Tree& item : tree.items) {
            collectTreeNames(item, names);
        }
        return;
    case Tree::Type::Mapping:
        for (const TreeEntry& entry : tree.entries) {
            collectTreeNames(entry.value, names);
        }
        return;
    }
}

namespace {

const std::vector<const Resource*> noResources;

const std::vector<const Resource*>&
listFor(const std::unordered_map<ResourceId, std::vector<const Resource*>>& map,
        const ResourceId& id) {
    const auto it = map.find(id);
    return it == map.end() ? noResources : it->second;
}

template <typename T> bool ownedByVpc(const T& properties, const ResourceId& vpc) {
    return !vpc.empty() && properties.vpc == vpc;
}

} // namespace

ScopeView::ScopeView(const Document& document_, const ValidationIndex& index_,
                     const ResourceId& scope_, ScopeResult& result)
    : document(document_), index(index_), scope(scope_), result_(result) {
    for (const ResourceId& id : index.membersOf(scope)) {
        if (const Resource* resource = document.find(id)) {
            members.push_back(resource);
        }
    }
    // Positions once, not a hash lookup per comparison.
    std::vector<std::pair<std::size_t, const Resource*>> ordered;
    ordered.reserve(members.size());
    for (const Resource* resource : members) {
        ordered.emplace_back(document.positionOf(resource->id), resource);
    }
    std::sort(ordered.begin(), ordered.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    for (std::size_t i = 0; i < ordered.size(); ++i) {
        members[i] = ordered[i].second;
    }

    for (const Resource* resource : members) {
        if (const auto* vpc = resource->as<Vpc>(); vpc != nullptr && resource->id == scope) {
            vpcResource = resource;
            for (const std::string& text : vpc->ipv4Cidrs) {
                if (auto block = alignedBlock(text)) {
                    vpcBlocks.push_back(*block);
                }
            }
            if (vpc->ipv6Cidr) {
                if (auto block = alignedBlock(*vpc->ipv6Cidr)) {
                    vpcBlocks.push_back(*block);
                }
            }
        } else if (const auto* subnet = resource->as<Subnet>()) {
            if (ownedByVpc(*subnet, scope)) {
                subnets.push_back(resource);
            }
        } else if (const auto* table = resource->as<RouteTable>()) {
            if (ownedByVpc(*table, scope)) {
                routeTables.push_back(resource);
                if (table->main && mainRouteTable == nullptr) {
                    mainRouteTable = resource;
                }
            }
        } else if (const auto* nacl = resource->as<NetworkAcl>()) {
            if (ownedByVpc(*nacl, scope)) {
                nacls.push_back(resource);
                if (nacl->isDefault && defaultNacl == nullptr) {
                    defaultNacl = resource;
                }
            }
        } else if (const auto* group = resource->as<SecurityGroup>()) {
            if (ownedByVpc(*group, scope)) {
                securityGroups.push_back(resource);
            }
        } else if (resource->as<NatGateway>() != nullptr) {
            natGateways.push_back(resource);
        } else if (const auto* igw = resource->as<InternetGateway>()) {
            if (igw->attachedVpc && *igw->attachedVpc == scope && !scope.empty()) {
                internetGateways.push_back(resource);
            }
        } else if (const auto* attachment = resource->as<TransitGatewayAttachment>()) {
            if (ownedByVpc(*attachment, scope)) {
                attachments.push_back(resource);
            }
        } else if (const auto* eip = resource->as<ElasticIp>()) {
            if (eip->associatedWith) {
                withElasticIp_.insert(*eip->associatedWith);
            }
        } else if (resource->placement() != nullptr) {
            workloads.push_back(resource);
        } else if (resource->kind() == ResourceKind::External) {
            std::vector<std::string> names;
            collectTreeNames(resource->cloudFormation, names);
            namedOutsideModel_.insert(names.begin(), names.end());
        }
    }
    for (const Resource* subnet : subnets) {
        if (const Resource* table = routeTableOf(*subnet)) {
            subnetsByTable_[table->id].push_back(subnet);
        }
        if (const Resource* nacl = naclOf(*subnet)) {
            subnetsByNacl_[nacl->id].push_back(subnet);
        }
    }
    for (const Resource* workload : workloads) {
        const Placement& placement = *workload->placement();
        std::vector<ResourceId> seen;
        for (const ResourceId& subnet : placement.subnets) {
            if (std::find(seen.begin(), seen.end(), subnet) == seen.end()) {
                seen.push_back(subnet);
                workloadsBySubnet_[subnet].push_back(workload);
            }
        }
        seen.clear();
        for (const ResourceId& group : placement.securityGroups) {
            if (std::find(seen.begin(), seen.end(), group) == seen.end()) {
                seen.push_back(group);
                workloadsByGroup_[group].push_back(workload);
            }
        }
    }
}

const Resource* ScopeView::lookUp(const ResourceId& id) {
    const Resource* resource = document.find(id);
    if (index.scopeOf(id) != scope || resource == nullptr) {
        if (recorded_.insert(id).second) {
            result_.resources.push_back(id);
        }
    }
    return resource;
}

void ScopeView::dependOnScope(const ResourceId& vpc) {
    if (vpc == scope) {
        return;
    }
    if (std::find(result_.scopes.begin(), result_.scopes.end(), vpc) == result_.scopes.end()) {
        result_.scopes.push_back(vpc);
    }
}

const Resource* ScopeView::routeTableOf(const Resource& subnet) {
    const auto& properties = *subnet.as<Subnet>();
    if (properties.routeTable) {
        const Resource* table = lookUp(*properties.routeTable);
        if (table != nullptr && table->kind() == ResourceKind::RouteTable) {
            return table;
        }
    }
    return mainRouteTable;
}

const Resource* ScopeView::naclOf(const Resource& subnet) {
    const auto& properties = *subnet.as<Subnet>();
    if (properties.networkAcl) {
        const Resource* nacl = lookUp(*properties.networkAcl);
        if (nacl != nullptr && nacl->kind() == ResourceKind::NetworkAcl) {
            return nacl;
        }
    }
    return defaultNacl;
}

const std::vector<const Resource*>& ScopeView::subnetsUsingTable(const ResourceId& table) const {
    return listFor(subnetsByTable_, table);
}

const std::vector<const Resource*>& ScopeView::subnetsUsingNacl(const ResourceId& nacl) const {
    return listFor(subnetsByNacl_, nacl);
}

const std::vector<const Resource*>& ScopeView::workloadsIn(const ResourceId& subnet) const {
    return listFor(workloadsBySubnet_, subnet);
}

const std::vector<const Resource*>& ScopeView::workloadsUsingGroup(const ResourceId& group) const {
    return listFor(workloadsByGroup_, group);
}

bool ScopeView::isAttachedIgw(const ResourceId& gatewayId) {
    const Resource* gateway = lookUp(gatewayId);
    const auto* igw = gateway != nullptr ? gateway->as<InternetGateway>() : nullptr;
    return igw != nullptr && igw->attachedVpc && !scope.empty() && *igw->attachedVpc == scope;
}

const Route* ScopeView::publicRoute(const Resource& subnet) {
    const Resource* table = routeTableOf(subnet);
    if (table == nullptr) {
        return nullptr;
    }
    for (const Route& route : table->as<RouteTable>()->routes) {
        if (route.targetKind != RouteTargetKind::InternetGateway) {
            continue;
        }
        const auto block = alignedBlock(route.destination);
        if (block && block->prefixLength() == 0 && isAttachedIgw(route.target)) {
            return &route;
        }
    }
    return nullptr;
}

bool ScopeView::hasPublicIp(const Resource& workload) {
    // The subnet that gives the primary interface its address: the first one that exists.
    bool subnetMapsPublicIp = false;
    for (const ResourceId& id : workload.placement()->subnets) {
        if (const Resource* subnet = lookUp(id); subnet != nullptr && subnet->as<Subnet>()) {
            subnetMapsPublicIp = subnet->as<Subnet>()->mapPublicIpOnLaunch;
            break;
        }
    }
    return hasPublicIpv4(workload, withElasticIp_.contains(workload.id), subnetMapsPublicIp);
}

std::string ScopeView::zoneOf(const Resource& subnet) {
    const ResourceId& zoneId = subnet.as<Subnet>()->availabilityZone;
    if (zoneId.empty()) {
        return {};
    }
    const Resource* zone = lookUp(zoneId);
    const auto* az = zone != nullptr ? zone->as<AvailabilityZone>() : nullptr;
    if (az == nullptr) {
        return {};
    }
    return az->zone.empty() ? zoneId : az->zone;
}

void ScopeView::report(Severity severity, std::string code, std::vector<ResourceId> resources,
                       std::string message, std::string fix) {
    result_.findings.push_back(
        {severity, std::move(code), std::move(resources), std::move(message), std::move(fix)});
}

bool ScopeView::reported(std::string_view code, const ResourceId& first) const {
    return std::any_of(result_.findings.begin(), result_.findings.end(), [&](const Finding& f) {
        return f.code == code && !f.resources.empty() && f.resources.front() == first;
    });
}

} // namespace topograph::checks
