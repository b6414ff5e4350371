// SPDX-License-Identifier: Apache-2.0
#include "exporters/diagram/path_marks.h"

#include "core/model/references.h"

#include <algorithm>
#include <vector>

namespace topograph::diagram {

namespace {

/// The query's endpoints that are resources (workloads), source first.
std::vector<const Resource*> endpointResources(const Document& document,
                                               const HighlightedPath& path) {
    std::vector<const Resource*> found;
    for (const std::string* end : {&path.query.source, &path.query.destination}) {
        if (const Resource* resource = document.find(*end)) {
            found.push_back(resource);
        }
    }
    return found;
}

/// The route table a subnet uses: its own, or its VPC's main table.
ResourceId routeTableOf(const Document& document, const Subnet& subnet) {
    if (subnet.routeTable) {
        return *subnet.routeTable;
    }
    for (const Resource& resource : document.resources()) {
        const auto* table = resource.as<RouteTable>();
        if (table != nullptr && table->main && table->vpc == subnet.vpc) {
            return resource.id;
        }
    }
    return {};
}

/// The network ACL a subnet uses: its own, or its VPC's default ACL.
ResourceId networkAclOf(const Document& document, const Subnet& subnet) {
    if (subnet.networkAcl) {
        return *subnet.networkAcl;
    }
    for (const Resource& resource : document.resources()) {
        const auto* acl = resource.as<NetworkAcl>();
        if (acl != nullptr && acl->isDefault && acl->vpc == subnet.vpc) {
            return resource.id;
        }
    }
    return {};
}

/// The first subnet of an endpoint workload that uses `component` as its route table or ACL.
ResourceId endpointSubnetUsing(const Document& document, const HighlightedPath& path,
                               const ResourceId& component, bool routeTable) {
    for (const Resource* endpoint : endpointResources(document, path)) {
        const Placement* placement = endpoint->placement();
        if (placement == nullptr) {
            continue;
        }
        for (const ResourceId& subnetId : placement->subnets) {
            const auto* subnet = document.findAs<Subnet>(subnetId);
            if (subnet != nullptr && (routeTable ? routeTableOf(document, *subnet)
                                                 : networkAclOf(document, *subnet)) == component) {
                return subnetId;
            }
        }
    }
    return {};
}

/// The nearest drawn container of a resource, walking containerOf upwards.
ResourceId drawnContainerOf(const Document& document, const Resource& resource,
                            const std::unordered_set<ResourceId>& drawnIds) {
    const Resource* current = &resource;
    for (std::size_t steps = 0; current != nullptr && steps < document.size(); ++steps) {
        const auto up = containerOf(document, *current);
        if (!up) {
            return {};
        }
        if (drawnIds.contains(*up)) {
            return *up;
        }
        current = document.find(*up);
    }
    return {};
}

/// A drawn subnet that uses `component` as its route table or ACL and holds an item already
/// on the path (the NAT gateway whose subnet's table sends the packet on to the internet).
ResourceId subnetHoldingMarkedItem(const Document& document, const ResourceId& component,
                                   bool routeTable, const PathMarks& marks) {
    for (const auto& [id, mark] : marks.items) {
        const Resource* item = document.find(id);
        const auto container = item == nullptr ? std::nullopt : containerOf(document, *item);
        const auto* subnet = container ? document.findAs<Subnet>(*container) : nullptr;
        if (subnet != nullptr && (routeTable ? routeTableOf(document, *subnet)
                                             : networkAclOf(document, *subnet)) == component) {
            return *container;
        }
    }
    return {};
}

ResourceId anchorOf(const Document& document, const HighlightedPath& path,
                    const ResourceId& component, const std::unordered_set<ResourceId>& drawnIds,
                    const PathMarks& marks, bool orContainer) {
    if (drawnIds.contains(component)) {
        return component;
    }
    const Resource* resource = document.find(component);
    if (resource == nullptr) {
        return {};
    }
    switch (resource->kind()) {
    case ResourceKind::SecurityGroup:
        for (const Resource* endpoint : endpointResources(document, path)) {
            const Placement* placement = endpoint->placement();
            if (placement != nullptr && drawnIds.contains(endpoint->id) &&
                std::find(placement->securityGroups.begin(), placement->securityGroups.end(),
                          component) != placement->securityGroups.end()) {
                return endpoint->id;
            }
        }
        break;
    case ResourceKind::RouteTable:
    case ResourceKind::NetworkAcl: {
        const bool routeTable = resource->kind() == ResourceKind::RouteTable;
        ResourceId subnet = endpointSubnetUsing(document, path, component, routeTable);
        if (subnet.empty()) {
            subnet = subnetHoldingMarkedItem(document, component, routeTable, marks);
        }
        if (!subnet.empty() && drawnIds.contains(subnet)) {
            return subnet;
        }
        break;
    }
    case ResourceKind::TransitGatewayAttachment: {
        const ResourceId& gateway = resource->as<TransitGatewayAttachment>()->transitGateway;
        if (drawnIds.contains(gateway)) {
            return gateway;
        }
        break;
    }
    default:
        break;
    }
    // A hop that cannot be pinned down is better left unmarked than shown as its whole VPC;
    // the component that blocks the path must be shown somewhere, so it falls back.
    return orContainer ? drawnContainerOf(document, *resource, drawnIds) : ResourceId{};
}

} // namespace

PathMarks markPath(const Document& document, const HighlightedPath& path,
                   const std::unordered_set<ResourceId>& drawnIds) {
    PathMarks marks;
    const auto markOnPath = [&](const ResourceId& id) {
        if (!id.empty()) {
            marks.items.try_emplace(id, PathMark::OnPath);
        }
    };
    // The source is where the path starts; the destination is on it only once it is reached.
    for (const Resource* endpoint : endpointResources(document, path)) {
        const bool isSource = endpoint->id == path.query.source;
        if (drawnIds.contains(endpoint->id) && (isSource || path.answer.reachable)) {
            markOnPath(endpoint->id);
        }
    }
    for (const reach::Hop& hop : path.answer.hops) {
        marks.components.insert(hop.component);
    }
    // Twice: a route table's subnet is found through the gateway marked after it.
    for (int pass = 0; pass < 2; ++pass) {
        for (const reach::Hop& hop : path.answer.hops) {
            markOnPath(anchorOf(document, path, hop.component, drawnIds, marks, false));
        }
    }
    if (!path.answer.reachable && !path.answer.blockedAt.empty()) {
        marks.components.insert(path.answer.blockedAt);
        const ResourceId blocked =
            anchorOf(document, path, path.answer.blockedAt, drawnIds, marks, true);
        if (!blocked.empty()) {
            marks.items[blocked] = PathMark::Blocked;
        }
    }
    return marks;
}

} // namespace topograph::diagram
