// SPDX-License-Identifier: Apache-2.0
// NetworkIndex::refresh: the edits the designer makes on every keystroke (a rule, a route, a
// block, an association) update the views in place, and workloads added or removed rebuild
// only the workload views; anything that moves resources between containers, adds or removes
// other kinds, or changes which one is the default asks for a new index instead.
#include "core/reach/index_views.h"
#include "core/reach/network_index.h"

#include <algorithm>
#include <unordered_set>

namespace topograph::reach {

bool NetworkIndex::refresh(const ChangeSet& changes) {
    if (changes.geometryOnly) {
        return true;
    }
    // Workloads added or removed (the designer's drops and deletes) change only the workload
    // views: nothing else holds a workload's index, and no block or default depends on one.
    const bool workloadsCameOrWent = !changes.added.empty() || !changes.removed.empty();
    for (const ResourceId& id : changes.added) {
        const Resource* resource = document_->find(id);
        if (resource == nullptr || resource->placement() == nullptr) {
            return false;
        }
    }
    for (const ResourceId& id : changes.removed) {
        if (workloadOf(id) == none || document_->find(id) != nullptr) {
            return false;
        }
    }
    bool blocksChanged = false;
    for (const ResourceId& id : changes.changed) {
        const Resource* resource = document_->find(id);
        if (resource == nullptr) {
            return false;
        }
        bool refreshed = false;
        switch (resource->kind()) {
        case ResourceKind::SecurityGroup:
            refreshed = refreshSecurityGroup(*resource);
            break;
        case ResourceKind::NetworkAcl:
            refreshed = refreshNacl(*resource);
            blocksChanged = true;
            break;
        case ResourceKind::RouteTable:
            refreshed = refreshRouteTable(*resource);
            blocksChanged = true;
            break;
        case ResourceKind::Subnet:
            refreshed = refreshSubnet(*resource);
            blocksChanged = true;
            break;
        case ResourceKind::Vpc:
            refreshed = refreshVpc(*resource);
            blocksChanged = true;
            break;
        default:
            break;
        }
        if (!refreshed) {
            return false;
        }
    }
    if (blocksChanged) {
        listNetworkBlocks();
        collectPublicSpace();
    }
    if (workloadsCameOrWent && !refreshWorkloadSet(changes)) {
        // In document order again, with the addresses handed out as a new index would.
        workloads.clear();
        workloadIndex_.clear();
        workloadByAddress_.clear();
        indexWorkloads();
        assignAddresses();
    }
    return true;
}

bool NetworkIndex::refreshWorkloadSet(const ChangeSet& changes) {
    // The views stay in document order: a removal closes its gap, and an addition at the end of
    // the document goes at the end (anything else, such as an undo putting a workload back in
    // the middle, takes the full path).
    const std::size_t firstAppended = document_->size() - changes.added.size();
    for (const ResourceId& id : changes.added) {
        if (document_->positionOf(id) < firstAppended) {
            return false;
        }
    }
    std::unordered_set<Index> touchedSubnets;
    for (const ResourceId& id : changes.removed) {
        const Index w = workloadOf(id);
        touchedSubnets.insert(workloads[w].subnet);
        workloads.erase(workloads.begin() + static_cast<std::ptrdiff_t>(w));
        workloadIndex_.erase(id);
        for (auto& [other, index] : workloadIndex_) {
            if (index > w) {
                --index;
            }
        }
    }
    if (!changes.added.empty()) {
        const std::unordered_set<ResourceId> withElasticIp = elasticIpTargets();
        std::vector<ResourceId> added = changes.added;
        std::sort(added.begin(), added.end(), [&](const ResourceId& a, const ResourceId& b) {
            return document_->positionOf(a) < document_->positionOf(b);
        });
        for (const ResourceId& id : added) {
            WorkloadView view = viewWorkload(*document_->find(id), withElasticIp);
            touchedSubnets.insert(view.subnet);
            workloadIndex_.emplace(id, workloads.size());
            workloads.push_back(std::move(view));
        }
    }
    // Addresses are handed out per subnet in the order of the ids: a workload that comes or
    // goes moves the others of its subnet only.
    for (const Index s : touchedSubnets) {
        if (s != none) {
            assignSubnetAddresses(s);
        }
    }
    indexAddresses();
    return true;
}

bool NetworkIndex::refreshSecurityGroup(const Resource& resource) {
    const Index g = securityGroupOf(resource.id);
    const auto* group = resource.as<SecurityGroup>();
    if (g == none || group == nullptr) {
        return false;
    }
    SecurityGroupView& view = securityGroups[g];
    const bool wasDefault = view.vpc != none && vpcs[view.vpc].defaultSecurityGroup == g;
    if (vpcOf(group->vpc) != view.vpc || group->isDefault != wasDefault) {
        return false;
    }
    view.label = resource.label();
    view.ingress = viewRules(group->ingress);
    view.egress = viewRules(group->egress);
    return true;
}

bool NetworkIndex::refreshNacl(const Resource& resource) {
    const Index n = find(naclIndex_, resource.id);
    const auto* acl = resource.as<NetworkAcl>();
    if (n == none || acl == nullptr) {
        return false;
    }
    NaclView& view = nacls[n];
    const bool wasDefault = view.vpc != none && vpcs[view.vpc].defaultNacl == n;
    if (vpcOf(acl->vpc) != view.vpc || acl->isDefault != wasDefault) {
        return false;
    }
    view.label = resource.label();
    countObjectBlocks(BlockSource::Nacl, n, -1);
    viewNaclEntries(*acl, view);
    countObjectBlocks(BlockSource::Nacl, n, 1);
    return true;
}

bool NetworkIndex::refreshRouteTable(const Resource& resource) {
    const Index t = find(routeTableIndex_, resource.id);
    const auto* table = resource.as<RouteTable>();
    if (t == none || table == nullptr) {
        return false;
    }
    RouteTableView& view = routeTables[t];
    const bool wasMain = view.vpc != none && vpcs[view.vpc].mainRouteTable == t;
    if (vpcOf(table->vpc) != view.vpc || table->main != wasMain) {
        return false;
    }
    countObjectBlocks(BlockSource::RouteTable, t, -1);
    viewRoutes(resource, *table, view);
    addEndpointRoutes(t);
    countObjectBlocks(BlockSource::RouteTable, t, 1);
    return true;
}

bool NetworkIndex::refreshSubnet(const Resource& resource) {
    const Index s = subnetOf(resource.id);
    const auto* subnet = resource.as<Subnet>();
    if (s == none || subnet == nullptr || vpcOf(subnet->vpc) != subnets[s].vpc) {
        return false;
    }
    SubnetView& view = subnets[s];
    const std::optional<Cidr> oldBlock = view.cidr;
    const bool oldPublic = view.mapPublicIpOnLaunch;
    countObjectBlocks(BlockSource::Subnet, s, -1);
    viewSubnet(resource, *subnet, view);
    countObjectBlocks(BlockSource::Subnet, s, 1);
    if (view.cidr != oldBlock) {
        assignSubnetAddresses(s);
        indexAddresses();
    }
    if (view.mapPublicIpOnLaunch != oldPublic) {
        // Only workloads that leave the choice to the subnet follow it (Precise choice 13).
        std::unordered_set<ResourceId> withElasticIp;
        for (const Resource& other : document_->resources()) {
            if (const auto* eip = other.as<ElasticIp>(); eip != nullptr && eip->associatedWith) {
                withElasticIp.insert(*eip->associatedWith);
            }
        }
        for (WorkloadView& workload : workloads) {
            if (workload.subnet != s) {
                continue;
            }
            const Resource* owner = document_->find(workload.id);
            if (owner->kind() == ResourceKind::LoadBalancer || withElasticIp.contains(owner->id)) {
                continue;
            }
            const Placement* placement = owner->placement();
            if (placement->publicIp == PublicIpChoice::SubnetDefault) {
                workload.publicIp = view.mapPublicIpOnLaunch;
            }
        }
    }
    return true;
}

bool NetworkIndex::refreshVpc(const Resource& resource) {
    const Index v = vpcOf(resource.id);
    const auto* vpc = resource.as<Vpc>();
    if (v == none || vpc == nullptr) {
        return false;
    }
    VpcView& view = vpcs[v];
    view.label = resource.label();
    countObjectBlocks(BlockSource::Vpc, v, -1);
    view.blocks.clear();
    for (const std::string& text : vpc->ipv4Cidrs) {
        if (auto block = parseIpv4Block(text)) {
            view.blocks.push_back(*block);
        }
    }
    countObjectBlocks(BlockSource::Vpc, v, 1);
    return true;
}

void NetworkIndex::assignSubnetAddresses(Index s) {
    // As assignAddresses(), for the workloads of one subnet.
    std::unordered_set<std::uint32_t> taken;
    std::vector<Index> waiting;
    for (Index w = 0; w < workloads.size(); ++w) {
        if (workloads[w].subnet != s) {
            continue;
        }
        workloads[w].address.reset();
        const Placement* placement = document_->find(workloads[w].id)->placement();
        AddressError error = AddressError::None;
        const auto explicitAddress = IpAddress::tryParse(placement->privateIp, error);
        if (explicitAddress && explicitAddress->family() == IpFamily::V4) {
            workloads[w].address = *explicitAddress;
            taken.insert(explicitAddress->v4Value());
        } else {
            waiting.push_back(w);
        }
    }
    if (!subnets[s].cidr || waiting.empty()) {
        return;
    }
    std::sort(waiting.begin(), waiting.end(),
              [&](Index a, Index b) { return workloads[a].id < workloads[b].id; });
    const Cidr& block = *subnets[s].cidr;
    const std::uint64_t size = block.size();
    std::uint64_t offset = 4;
    for (Index w : waiting) {
        while (offset + 1 < size && taken.contains(block.addressAt(offset).v4Value())) {
            ++offset;
        }
        if (offset + 1 >= size) {
            break;
        }
        workloads[w].address = block.addressAt(offset);
        ++offset;
    }
}

void NetworkIndex::indexAddresses() {
    workloadByAddress_.clear();
    for (Index w = 0; w < workloads.size(); ++w) {
        if (workloads[w].address) {
            workloadByAddress_.emplace(workloads[w].address->v4Value(), w);
        }
    }
}

} // namespace topograph::reach
