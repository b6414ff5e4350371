// SPDX-License-Identifier: Apache-2.0
#include "core/layout/diagram_edges.h"
#include "every_kind_document.h"

#include <algorithm>
#include <cmath>
#include <gtest/gtest.h>

namespace topograph {
namespace {

bool hasEdge(const std::vector<DiagramEdge>& edges, const char* from, const char* to,
             EdgeKind kind) {
    return std::any_of(edges.begin(), edges.end(), [&](const DiagramEdge& edge) {
        return edge.from == from && edge.to == to && edge.kind == kind;
    });
}

TEST(DiagramEdges, FollowRoutesPeeringsAttachmentsAndVpns) {
    const Document document = testing_support::everyKindDocument();
    const auto edges = diagramEdges(document);
    struct Case {
        const char* from;
        const char* to;
        EdgeKind kind;
        bool expected;
    };
    for (const Case& item : {
             Case{"public-a", "igw", EdgeKind::Route, true},  // explicit route table
             Case{"private-a", "nat", EdgeKind::Route, true}, // the VPC's main table
             Case{"loose-subnet", "nat", EdgeKind::Route, true},
             Case{"vpc", "peering", EdgeKind::Peering, true},
             Case{"peering", "vpc-peer", EdgeKind::Peering, true},
             Case{"vpc-peer", "tgw", EdgeKind::Attachment, true},
             Case{"cgw", "vpn", EdgeKind::Vpn, true},
             Case{"vpn", "vgw", EdgeKind::Vpn, true},
             Case{"peer-subnet", "nat", EdgeKind::Route, false}, // another VPC's main table
             Case{"public-a", "nat", EdgeKind::Route, false},
         }) {
        EXPECT_EQ(hasEdge(edges, item.from, item.to, item.kind), item.expected)
            << item.from << " -> " << item.to;
    }
    // The same subnet routing twice to one target is one line.
    const auto routesToIgw = std::count_if(edges.begin(), edges.end(), [](const DiagramEdge& e) {
        return e.from == "public-a" && e.to == "igw";
    });
    EXPECT_EQ(routesToIgw, 1);
    EXPECT_EQ(diagramEdges(document), edges) << "deterministic";
}

TEST(DiagramEdges, RoutesToAnAttachedTransitGatewayAreLeftToTheAttachment) {
    Document document = testing_support::everyKindDocument();
    RouteTable toHub;
    toHub.vpc = "vpc-peer";
    toHub.main = true;
    toHub.routes = {Route{"10.0.0.0/8", RouteTargetKind::TransitGateway, "tgw"}};
    document.add(testing_support::resource("rt-hub", toHub));
    EXPECT_FALSE(hasEdge(diagramEdges(document), "peer-subnet", "tgw", EdgeKind::Route));
    document.remove("tgw-attach");
    EXPECT_TRUE(hasEdge(diagramEdges(document), "peer-subnet", "tgw", EdgeKind::Route));
}

TEST(DiagramEdges, LinesStopAtTheBoxBorders) {
    struct Case {
        Geometry from;
        Geometry to;
        Point start;
        Point end;
    };
    for (const Case& item : {
             Case{{0, 0, 100, 50}, {200, 0, 100, 50}, {100, 25}, {200, 25}},       // side by side
             Case{{0, 0, 100, 50}, {0, 100, 100, 50}, {50, 50}, {50, 100}},        // stacked
             Case{{0, 0, 100, 100}, {200, 200, 100, 100}, {100, 100}, {200, 200}}, // diagonal
         }) {
        const auto [start, end] = edgeEndpoints(item.from, item.to);
        EXPECT_EQ(start, item.start);
        EXPECT_EQ(end, item.end);
    }
}

TEST(DiagramEdges, ArrowHeadSitsBehindTheTip) {
    const auto [left, right] = arrowHead({0, 0}, {100, 0}, 10);
    EXPECT_DOUBLE_EQ(left.x, 90);
    EXPECT_DOUBLE_EQ(right.x, 90);
    EXPECT_DOUBLE_EQ(std::abs(left.y), 5);
    EXPECT_DOUBLE_EQ(left.y, -right.y);
    const auto [same, other] = arrowHead({3, 3}, {3, 3}, 10);
    EXPECT_EQ(same, (Point{3, 3}));
    EXPECT_EQ(other, (Point{3, 3}));
}

} // namespace
} // namespace topograph
