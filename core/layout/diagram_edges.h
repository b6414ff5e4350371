// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/model/document.h"

#include <cstdint>
#include <string_view>
#include <vector>

namespace topograph {

/// Why two drawn items are joined by a line.
enum class EdgeKind : std::uint8_t {
    Route,        // a subnet's route table sends traffic to a gateway, NAT, peering or TGW
    Peering,      // a VPC to its peering connection
    Attachment,   // a VPC attached to a transit gateway
    Vpn,          // a customer gateway, its VPN connection and the AWS side
    LoadBalancing // a load balancer to its targets
};

/// "route", "peering", "attachment", "vpn", "load-balancing": stable names for views.
std::string_view edgeKindName(EdgeKind kind);

/// One line of the diagram between two drawn resources, directed from `from` to `to`.
/// `via` names the resource the line stands for (the attachment, the route table), if any.
struct DiagramEdge {
    ResourceId from;
    ResourceId to;
    EdgeKind kind = EdgeKind::Route;
    ResourceId via;
    bool operator==(const DiagramEdge&) const = default;
};

/// The lines to draw, in a deterministic order (file order of the resource that implies them),
/// without duplicates and only between drawn resources that exist. A route to a transit gateway
/// that the subnet's VPC is attached to is left to the attachment's line. Linear in the document.
std::vector<DiagramEdge> diagramEdges(const Document& document);

struct Point {
    double x = 0;
    double y = 0;
    bool operator==(const Point&) const = default;
};

/// Where a straight line between the centres of two boxes leaves the first and enters the second,
/// so that lines touch the boxes' borders instead of disappearing under them.
std::pair<Point, Point> edgeEndpoints(const Geometry& from, const Geometry& to);

/// The two back corners of an arrowhead of `length` pointing at `tip` along from -> tip.
std::pair<Point, Point> arrowHead(Point from, Point tip, double length);

} // namespace topograph
