// SPDX-License-Identifier: Apache-2.0
// The workload half of NetworkIndex: security groups, public addresses (Precise choice 13)
// and private addresses (Precise choice 1).
#include "core/model/public_address.h"
#include "core/reach/network_index.h"

#include <algorithm>
#include <unordered_set>

namespace topograph::reach {

std::unordered_set<ResourceId> NetworkIndex::elasticIpTargets() const {
    std::unordered_set<ResourceId> targets;
    for (const Resource& resource : document_->resources()) {
        if (const auto* eip = resource.as<ElasticIp>(); eip != nullptr && eip->associatedWith) {
            targets.insert(*eip->associatedWith);
        }
    }
    return targets;
}

WorkloadView NetworkIndex::viewWorkload(const Resource& resource,
                                        const std::unordered_set<ResourceId>& withElasticIp) const {
    const Placement* placement = resource.placement();
    WorkloadView view;
    view.id = resource.id;
    view.label = resource.label();
    view.kind = resource.kind();
    for (const ResourceId& subnetId : placement->subnets) {
        view.subnet = subnetOf(subnetId);
        if (view.subnet != none) {
            break;
        }
    }
    const bool mapsPublicIp = view.subnet != none && subnets[view.subnet].mapPublicIpOnLaunch;
    view.publicIp = hasPublicIpv4(resource, withElasticIp.contains(resource.id), mapsPublicIp);
    for (const ResourceId& groupId : placement->securityGroups) {
        const Index group = securityGroupOf(groupId);
        if (group != none) {
            view.securityGroups.push_back(group);
        }
    }
    if (view.securityGroups.empty() && view.subnet != none && subnets[view.subnet].vpc != none) {
        view.securityGroups.push_back(vpcs[subnets[view.subnet].vpc].defaultSecurityGroup);
    }
    return view;
}

void NetworkIndex::indexWorkloads() {
    const std::unordered_set<ResourceId> withElasticIp = elasticIpTargets();
    for (const Resource& resource : document_->resources()) {
        if (resource.placement() == nullptr) {
            continue;
        }
        workloadIndex_.emplace(resource.id, workloads.size());
        workloads.push_back(viewWorkload(resource, withElasticIp));
    }
}

void NetworkIndex::assignAddresses() {
    // Explicit addresses first: they are never handed out to anyone else.
    std::vector<std::unordered_set<std::uint32_t>> taken(subnets.size());
    std::vector<std::vector<Index>> waiting(subnets.size());
    for (Index w = 0; w < workloads.size(); ++w) {
        WorkloadView& workload = workloads[w];
        if (workload.subnet == none) {
            continue;
        }
        const Placement* placement = document_->find(workload.id)->placement();
        AddressError error = AddressError::None;
        const auto explicitAddress = IpAddress::tryParse(placement->privateIp, error);
        if (explicitAddress && explicitAddress->family() == IpFamily::V4) {
            workload.address = *explicitAddress;
            taken[workload.subnet].insert(explicitAddress->v4Value());
        } else {
            waiting[workload.subnet].push_back(w);
        }
    }
    for (Index s = 0; s < subnets.size(); ++s) {
        if (!subnets[s].cidr || waiting[s].empty()) {
            continue;
        }
        std::sort(waiting[s].begin(), waiting[s].end(),
                  [&](Index a, Index b) { return workloads[a].id < workloads[b].id; });
        const Cidr& block = *subnets[s].cidr;
        const std::uint64_t size = block.size();
        // Offsets 0-3 and the last address are AWS's; a block too small has nothing to give.
        std::uint64_t offset = 4;
        for (Index w : waiting[s]) {
            while (offset + 1 < size && taken[s].contains(block.addressAt(offset).v4Value())) {
                ++offset;
            }
            if (offset + 1 >= size) {
                break; // the subnet is full: the validator reports it, queries say so
            }
            workloads[w].address = block.addressAt(offset);
            ++offset;
        }
    }
    for (Index w = 0; w < workloads.size(); ++w) {
        if (workloads[w].address) {
            workloadByAddress_.emplace(workloads[w].address->v4Value(), w);
        }
    }
}

void NetworkIndex::indexTransitGateways() {
    std::unordered_map<ResourceId, Index> defaultTables;
    for (const Resource& resource : document_->resources()) {
        const auto* tgw = resource.as<TransitGateway>();
        if (tgw == nullptr ||
            !(tgw->defaultRouteTableAssociation || tgw->defaultRouteTablePropagation)) {
            continue;
        }
        // AWS creates this table itself; a template never declares it.
        TgwRouteTableView table;
        table.id = resource.id + "/default-route-table";
        table.label = "the default route table of " + resource.label();
        table.transitGateway = resource.id;
        table.implicitDefault = true;
        defaultTables.emplace(resource.id, tgwRouteTables.size());
        tgwRouteTables.push_back(std::move(table));
    }
    for (const Resource& resource : document_->resources()) {
        const auto* attachment = resource.as<TransitGatewayAttachment>();
        if (attachment == nullptr) {
            continue;
        }
        TgwAttachmentView view;
        view.id = resource.id;
        view.label = resource.label();
        view.transitGateway = attachment->transitGateway;
        view.vpc = vpcOf(attachment->vpc);
        view.securityGroupReferencing = attachment->securityGroupReferencingSupport;
        for (const ResourceId& subnetId : attachment->subnets) {
            if (const Index s = subnetOf(subnetId); s != none) {
                view.subnets.push_back(s);
            }
        }
        attachmentIndex_.emplace(view.id, tgwAttachments.size());
        tgwAttachments.push_back(std::move(view));
    }
    for (const Resource& resource : document_->resources()) {
        const auto* table = resource.as<TransitGatewayRouteTable>();
        if (table == nullptr) {
            continue;
        }
        TgwRouteTableView view;
        view.id = resource.id;
        view.label = resource.label();
        view.transitGateway = table->transitGateway;
        for (std::size_t i = 0; i < table->routes.size(); ++i) {
            view.staticRoutes.push_back(
                {i, table->routes[i], parseIpv4Block(table->routes[i].destination)});
        }
        for (const ResourceId& id : table->propagations) {
            if (const Index a = tgwAttachmentOf(id); a != none) {
                view.propagations.push_back(a);
            }
        }
        const Index self = tgwRouteTables.size();
        for (const ResourceId& id : table->associations) {
            const Index a = tgwAttachmentOf(id);
            // An attachment is associated with one table; the first explicit one counts.
            if (a != none && tgwAttachments[a].associatedRouteTable == none) {
                tgwAttachments[a].associatedRouteTable = self;
            }
        }
        tgwRouteTables.push_back(std::move(view));
    }
    // Precise choice 7: default association and propagation are on unless disabled; an explicit
    // association replaces the default one, propagation to the default table happens anyway.
    for (Index a = 0; a < tgwAttachments.size(); ++a) {
        const auto* tgw = document_->findAs<TransitGateway>(tgwAttachments[a].transitGateway);
        const auto table = defaultTables.find(tgwAttachments[a].transitGateway);
        if (tgw == nullptr || table == defaultTables.end()) {
            continue;
        }
        if (tgw->defaultRouteTableAssociation && tgwAttachments[a].associatedRouteTable == none) {
            tgwAttachments[a].associatedRouteTable = table->second;
        }
        if (tgw->defaultRouteTablePropagation) {
            tgwRouteTables[table->second].propagations.push_back(a);
        }
    }
}

} // namespace topograph::reach
