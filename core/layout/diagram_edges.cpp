// SPDX-License-Identifier: Apache-2.0
#include "core/layout/diagram_edges.h"

#include "core/layout/layout.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>
#include <unordered_set>

namespace topograph {

namespace {

bool routeTargetIsDrawnAsEdge(RouteTargetKind kind) {
    switch (kind) {
    case RouteTargetKind::InternetGateway:
    case RouteTargetKind::EgressOnlyInternetGateway:
    case RouteTargetKind::NatGateway:
    case RouteTargetKind::VpcPeering:
    case RouteTargetKind::TransitGateway:
    case RouteTargetKind::VpnGateway:
        return true;
    default:
        return false;
    }
}

class EdgeCollector {
public:
    explicit EdgeCollector(const Document& document) : document_(document) {}

    void add(const ResourceId& from, const ResourceId& to, EdgeKind kind, const ResourceId& via) {
        if (from.empty() || to.empty() || from == to || !isDrawnResource(from) ||
            !isDrawnResource(to)) {
            return;
        }
        if (seen_.insert(from + '\n' + to + '\n' + std::string(edgeKindName(kind))).second) {
            edges_.push_back(DiagramEdge{from, to, kind, via});
        }
    }

    std::vector<DiagramEdge> take() { return std::move(edges_); }

private:
    bool isDrawnResource(const ResourceId& id) const {
        const Resource* resource = document_.find(id);
        return resource != nullptr && isDrawn(resource->kind());
    }

    const Document& document_;
    std::unordered_set<std::string> seen_;
    std::vector<DiagramEdge> edges_;
};

} // namespace

std::string_view edgeKindName(EdgeKind kind) {
    switch (kind) {
    case EdgeKind::Route:
        return "route";
    case EdgeKind::Peering:
        return "peering";
    case EdgeKind::Attachment:
        return "attachment";
    case EdgeKind::Vpn:
        return "vpn";
    case EdgeKind::LoadBalancing:
        return "load-balancing";
    }
    return "route";
}

std::vector<DiagramEdge> diagramEdges(const Document& document) {
    std::unordered_map<ResourceId, ResourceId> mainTableOfVpc;
    for (const Resource& resource : document.resources()) {
        if (const auto* table = resource.as<RouteTable>(); table != nullptr && table->main) {
            mainTableOfVpc.try_emplace(table->vpc, resource.id);
        }
    }
    // A VPC's attachment line already says its subnets reach the transit gateway; a line from
    // every subnet as well would fan out over the whole diagram.
    std::unordered_set<std::string> attachedPairs;
    for (const Resource& resource : document.resources()) {
        if (const auto* attachment = resource.as<TransitGatewayAttachment>()) {
            attachedPairs.insert(attachment->vpc + '\n' + attachment->transitGateway);
        }
    }
    EdgeCollector edges(document);
    for (const Resource& resource : document.resources()) {
        if (const auto* subnet = resource.as<Subnet>()) {
            ResourceId tableId = subnet->routeTable.value_or("");
            if (!subnet->routeTable) {
                const auto found = mainTableOfVpc.find(subnet->vpc);
                tableId = found == mainTableOfVpc.end() ? "" : found->second;
            }
            if (const auto* table = document.findAs<RouteTable>(tableId)) {
                for (const Route& route : table->routes) {
                    const bool shownByAttachment =
                        route.targetKind == RouteTargetKind::TransitGateway &&
                        attachedPairs.contains(subnet->vpc + '\n' + route.target);
                    if (routeTargetIsDrawnAsEdge(route.targetKind) && !shownByAttachment) {
                        edges.add(resource.id, route.target, EdgeKind::Route, tableId);
                    }
                }
            }
        } else if (const auto* peering = resource.as<VpcPeering>()) {
            edges.add(peering->requesterVpc, resource.id, EdgeKind::Peering, resource.id);
            edges.add(resource.id, peering->accepterVpc, EdgeKind::Peering, resource.id);
        } else if (const auto* attachment = resource.as<TransitGatewayAttachment>()) {
            edges.add(attachment->vpc, attachment->transitGateway, EdgeKind::Attachment,
                      resource.id);
        } else if (const auto* vpn = resource.as<VpnConnection>()) {
            edges.add(vpn->customerGateway, resource.id, EdgeKind::Vpn, resource.id);
            edges.add(resource.id, vpn->vpnGateway.empty() ? vpn->transitGateway : vpn->vpnGateway,
                      EdgeKind::Vpn, resource.id);
        } else if (const auto* balancer = resource.as<LoadBalancer>()) {
            for (const ResourceId& target : balancer->targets) {
                edges.add(resource.id, target, EdgeKind::LoadBalancing, resource.id);
            }
        }
    }
    return edges.take();
}

namespace {

/// Where the ray from the box's centre towards `towards` crosses the box's border.
Point borderPoint(const Geometry& box, Point towards) {
    const Point centre{box.x + box.width / 2, box.y + box.height / 2};
    const double dx = towards.x - centre.x;
    const double dy = towards.y - centre.y;
    if (dx == 0 && dy == 0) {
        return centre;
    }
    const double scaleX = dx == 0 ? INFINITY : (box.width / 2) / std::abs(dx);
    const double scaleY = dy == 0 ? INFINITY : (box.height / 2) / std::abs(dy);
    const double scale = std::min({scaleX, scaleY, 1.0});
    return {centre.x + dx * scale, centre.y + dy * scale};
}

} // namespace

std::pair<Point, Point> edgeEndpoints(const Geometry& from, const Geometry& to) {
    const Point fromCentre{from.x + from.width / 2, from.y + from.height / 2};
    const Point toCentre{to.x + to.width / 2, to.y + to.height / 2};
    return {borderPoint(from, toCentre), borderPoint(to, fromCentre)};
}

std::pair<Point, Point> arrowHead(Point from, Point tip, double length) {
    const double dx = tip.x - from.x;
    const double dy = tip.y - from.y;
    const double distance = std::hypot(dx, dy);
    if (distance == 0) {
        return {tip, tip};
    }
    // Unit vector back along the line, and its normal; the wings spread at about 30 degrees.
    const double backX = -dx / distance;
    const double backY = -dy / distance;
    const double halfWidth = length * 0.5;
    const Point base{tip.x + backX * length, tip.y + backY * length};
    return {Point{base.x - backY * halfWidth, base.y + backX * halfWidth},
            Point{base.x + backY * halfWidth, base.y - backX * halfWidth}};
}

} // namespace topograph
