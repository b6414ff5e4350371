// SPDX-License-Identifier: Apache-2.0
// Precise choices 2 (duplicate routes), 10 (group references across peering and transit
// gateways) and 12 (transit through an egress VPC).
#include "network_builder.h"
#include "reach_test_support.h"

#include <gtest/gtest.h>

namespace topograph::reach {
namespace {

using namespace testing;

TEST(ReachRoutes, DuplicateDestinationsUseTheFirstRouteInFileOrder) {
    NetworkBuilder b = twoTierNetwork();
    b.routeTable("rt-inspect", "vpc-1", {})
        .subnet("inspect", "vpc-1", "10.0.3.0/24", "rt-inspect", "acl-public")
        .instance("firewall-1", "inspect", {"web-sg"});
    auto& routes = b.get<RouteTable>("rt-private").routes;
    routes = {route("0.0.0.0/0", RouteTargetKind::NatGateway, "nat-1"),
              route("0.0.0.0/0", RouteTargetKind::Blackhole)};
    EXPECT_EQ(verdict(ask(b.document, "app-1", "internet")), "reachable");
    std::swap(routes[0], routes[1]);
    EXPECT_EQ(verdict(ask(b.document, "app-1", "internet")), "BLACKHOLE_ROUTE");
    // Even a middlebox route does not displace an earlier route of the same destination.
    routes = {route("0.0.0.0/0", RouteTargetKind::NatGateway, "nat-1"),
              route("0.0.0.0/0", RouteTargetKind::NetworkInterface, "gone-1")};
    EXPECT_EQ(verdict(ask(b.document, "app-1", "internet")), "reachable");
}

/// vpc-1 (two-tier, app-1 in "private") and vpc-b (db-1) with db-sg admitting app-sg by
/// reference; `connect` joins them by peering or by a transit gateway.
NetworkBuilder referencingNetwork(bool overPeering, const std::string& peerRegion = "") {
    NetworkBuilder b = twoTierNetwork();
    b.vpc("vpc-b", {"10.1.0.0/16"})
        .subnet("data", "vpc-b", "10.1.1.0/24", "rt-b")
        .securityGroup("db-sg", "vpc-b", {sgRuleFromGroup("tcp", 5432, "app-sg")},
                       {sgRule("all", -1, "0.0.0.0/0")})
        .instance("db-1", "data", {"db-sg"});
    auto& privateRoutes = b.get<RouteTable>("rt-private").routes;
    if (overPeering) {
        b.peering("pcx-ab", "vpc-1", "vpc-b");
        b.get<VpcPeering>("pcx-ab").peerRegion = peerRegion;
        b.routeTable("rt-b", "vpc-b",
                     {route("10.0.0.0/16", RouteTargetKind::VpcPeering, "pcx-ab")});
        privateRoutes.push_back(route("10.1.0.0/16", RouteTargetKind::VpcPeering, "pcx-ab"));
    } else {
        b.transitGateway("tgw-1")
            .tgwAttachment("att-1", "tgw-1", "vpc-1", {"private"})
            .tgwAttachment("att-b", "tgw-1", "vpc-b", {"data"})
            .routeTable("rt-b", "vpc-b",
                        {route("10.0.0.0/16", RouteTargetKind::TransitGateway, "tgw-1")});
        privateRoutes.push_back(route("10.1.0.0/16", RouteTargetKind::TransitGateway, "tgw-1"));
    }
    return b;
}

TEST(ReachSecurityGroups, ReferencesCountAcrossSameRegionPeering) {
    EXPECT_EQ(verdict(ask(referencingNetwork(true).document, "app-1", "db-1", "tcp", 5432)),
              "reachable");
    EXPECT_EQ(
        verdict(ask(referencingNetwork(true, "eu-west-1").document, "app-1", "db-1", "tcp", 5432)),
        "SG_INGRESS_DENIED");
}

TEST(ReachSecurityGroups, ReferencesAcrossTransitGatewayNeedReferencingSupport) {
    NetworkBuilder b = referencingNetwork(false);
    EXPECT_EQ(verdict(ask(b.document, "app-1", "db-1", "tcp", 5432)), "SG_INGRESS_DENIED");
    b.get<TransitGatewayAttachment>("att-1").securityGroupReferencingSupport = true;
    b.get<TransitGatewayAttachment>("att-b").securityGroupReferencingSupport = true;
    EXPECT_EQ(verdict(ask(b.document, "app-1", "db-1", "tcp", 5432)), "reachable");
}

/// Spoke vpc-1 sends 0.0.0.0/0 to tgw-1; the egress VPC vpc-e routes it through nat-e.
NetworkBuilder centralizedEgress() {
    NetworkBuilder b = twoTierNetwork();
    b.vpc("vpc-e", {"10.9.0.0/16"})
        .internetGateway("igw-e", "vpc-e")
        .routeTable("rt-e-public", "vpc-e",
                    {route("0.0.0.0/0", RouteTargetKind::InternetGateway, "igw-e"),
                     route("10.0.0.0/8", RouteTargetKind::TransitGateway, "tgw-1")})
        .routeTable("rt-e-attach", "vpc-e",
                    {route("0.0.0.0/0", RouteTargetKind::NatGateway, "nat-e")})
        .subnet("e-public", "vpc-e", "10.9.1.0/24", "rt-e-public")
        .subnet("e-attach", "vpc-e", "10.9.2.0/24", "rt-e-attach")
        .elasticIp("eip-e", std::nullopt)
        .natGateway("nat-e", "e-public", "eip-e")
        .transitGateway("tgw-1")
        .tgwAttachment("att-1", "tgw-1", "vpc-1", {"private"})
        .tgwAttachment("att-e", "tgw-1", "vpc-e", {"e-attach"})
        .tgwRouteTable("tgw-rt", "tgw-1", {TransitGatewayRoute{"0.0.0.0/0", "att-e", false}},
                       {"att-1", "att-e"}, {"att-1", "att-e"});
    b.get<RouteTable>("rt-private").routes = {
        route("0.0.0.0/0", RouteTargetKind::TransitGateway, "tgw-1")};
    return b;
}

TEST(ReachTransit, EgressVpcCarriesSpokeTrafficThroughItsNat) {
    NetworkBuilder b = centralizedEgress();
    const ReachAnswer answer = ask(b.document, "app-1", "internet");
    EXPECT_EQ(verdict(answer), "reachable") << answer.explanation;
    bool viaNat = false;
    for (const Hop& hop : answer.hops) {
        viaNat = viaNat || (hop.kind == "nat-gateway" && hop.component == "nat-e");
    }
    EXPECT_TRUE(viaNat);
    // The NAT subnet must send the response back to the transit gateway.
    b.get<RouteTable>("rt-e-public").routes.pop_back();
    EXPECT_EQ(verdict(ask(b.document, "app-1", "internet")), "NO_RETURN_ROUTE");
}

TEST(ReachTransit, TrafficFromAnotherVpcCannotUseTheInternetGatewayDirectly) {
    NetworkBuilder b = centralizedEgress();
    b.get<RouteTable>("rt-e-attach").routes = {
        route("0.0.0.0/0", RouteTargetKind::InternetGateway, "igw-e")};
    EXPECT_EQ(verdict(ask(b.document, "app-1", "internet")), "NO_PUBLIC_IP");
}

TEST(ReachTransit, PeeringIsNeverACentralizedEgressPath) {
    NetworkBuilder b = centralizedEgress();
    b.peering("pcx-e", "vpc-1", "vpc-e");
    b.get<RouteTable>("rt-private").routes = {
        route("0.0.0.0/0", RouteTargetKind::VpcPeering, "pcx-e")};
    EXPECT_EQ(verdict(ask(b.document, "app-1", "internet")), "NON_TRANSITIVE_PEERING");
}

TEST(ReachTransit, DeliveryIntoAVpcThatHoldsTheAddressButNotTheWorkloadIsOverlap) {
    NetworkBuilder b = centralizedEgress();
    // vpc-x reuses vpc-e's block; the gateway delivers 10.9.x addresses to vpc-e.
    b.vpc("vpc-x", {"10.9.0.0/16"}).subnet("x", "vpc-x", "10.9.50.0/24").instance("x-1", "x", {});
    b.get<RouteTable>("rt-private")
        .routes.push_back(route("10.9.0.0/16", RouteTargetKind::TransitGateway, "tgw-1"));
    EXPECT_EQ(verdict(ask(b.document, "app-1", "x-1", "tcp", 22)), "CIDR_OVERLAP");
}

} // namespace
} // namespace topograph::reach
