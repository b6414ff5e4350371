// SPDX-License-Identifier: Apache-2.0
// Subnet -> internet or NAT gateway: the default route, in a table of the subnet's own.
#include "connection_test_support.h"
#include "core/reach/reach.h"

namespace topograph::edit_tests {
namespace {

/// One VPC with a public and a private subnet in one zone, an attached internet gateway, a NAT
/// gateway in the public subnet, a web instance in the public subnet, and a second VPC with its
/// own internet gateway. The VPC's main table sends on-premises traffic to a VPN gateway.
Document network() {
    Document document;
    addRegion(document, "region", "us-east-1");
    addVpc(document, "vpc", {"10.0.0.0/16"}, "region");
    addZone(document, "az-a", "vpc", "us-east-1a");
    addSubnet(document, "public-a", "vpc", "10.0.0.0/24", "az-a");
    document.findMutable("public-a")->name = "Public A";
    document.findMutable("public-a")->as<Subnet>()->mapPublicIpOnLaunch = true;
    addSubnet(document, "private-a", "vpc", "10.0.1.0/24", "az-a");
    addInstance(document, "web", {"public-a"});
    InternetGateway igw;
    igw.attachedVpc = "vpc";
    igw.region = "region";
    add(document, "igw", igw);
    document.findMutable("igw")->name = "Main IGW";
    VpnGateway vgw;
    vgw.attachedVpc = "vpc";
    vgw.region = "region";
    add(document, "vgw", vgw);
    RouteTable main;
    main.vpc = "vpc";
    main.main = true;
    main.routes.push_back(Route{"192.168.0.0/16", RouteTargetKind::VpnGateway, "vgw"});
    add(document, "main-rt", main);
    add(document, "eip", ElasticIp{"region", std::nullopt, ""});
    NatGateway nat;
    nat.subnet = "public-a";
    nat.elasticIp = "eip";
    add(document, "nat", nat);
    addVpc(document, "vpc-b", {"10.1.0.0/16"}, "region");
    document.findMutable("vpc-b")->name = "VPC B";
    InternetGateway other;
    other.attachedVpc = "vpc-b";
    other.region = "region";
    add(document, "igw-b", other);
    return document;
}

const RouteTable* tableOfSubnet(const Document& document, const ResourceId& subnet) {
    const auto* properties = document.findAs<Subnet>(subnet);
    return properties != nullptr && properties->routeTable
               ? document.findAs<RouteTable>(*properties->routeTable)
               : nullptr;
}

reach::ReachAnswer webToInternet(const Document& document) {
    reach::ReachQuery query;
    query.source = "web";
    query.destination = "internet";
    query.port = 443;
    return reach::reach(document, query);
}

TEST(ConnectRoute, SubnetOnMainTableGetsItsOwnTableWithTheDefaultRoute) {
    const Document document = network();
    const ConnectionProposal proposal = connectItems(document, "public-a", "igw");
    ASSERT_TRUE(proposal.allowed) << proposal.hint;
    EXPECT_EQ(proposal.kind, ConnectionKind::DefaultRoute);
    EXPECT_EQ(proposal.label, "Route 0.0.0.0/0 of Public A to Main IGW");
    EXPECT_TRUE(mentions(proposal.changes, "main route table")) << joined(proposal.changes);
    const Document after = appliedAndRoundTripped(document, proposal);

    const RouteTable* own = tableOfSubnet(after, "public-a");
    ASSERT_NE(own, nullptr);
    EXPECT_FALSE(own->main);
    // The subnet keeps the main table's routes and gains the default route.
    const std::vector<Route> expected{Route{"192.168.0.0/16", RouteTargetKind::VpnGateway, "vgw"},
                                      Route{"0.0.0.0/0", RouteTargetKind::InternetGateway, "igw"}};
    EXPECT_EQ(own->routes, expected);
    // The main table, and so the private subnet, is unchanged.
    EXPECT_EQ(*after.find("main-rt"), *document.find("main-rt"));
    EXPECT_EQ(tableOfSubnet(after, "private-a"), nullptr);
}

TEST(ConnectRoute, TheInstanceReachesTheInternetOnlyAfterTheConnection) {
    const Document document = network();
    const reach::ReachAnswer before = webToInternet(document);
    EXPECT_FALSE(before.reachable);
    EXPECT_EQ(before.code, "NO_ROUTE");

    const Document after =
        appliedAndRoundTripped(document, connectItems(document, "public-a", "igw"));
    const reach::ReachAnswer answer = webToInternet(after);
    EXPECT_TRUE(answer.reachable) << answer.code << ": " << answer.explanation;
    EXPECT_FALSE(hasFinding(after, "PUBLIC_SUBNET_NO_IGW_ROUTE"));
}

TEST(ConnectRoute, GatewayDroppedOnTheSubnetMakesTheSameRoute) {
    const Document document = network();
    const ConnectionProposal forward = connectItems(document, "public-a", "igw");
    const ConnectionProposal backward = connectItems(document, "igw", "public-a");
    ASSERT_TRUE(backward.allowed) << backward.hint;
    EXPECT_EQ(backward.from, "public-a");
    EXPECT_EQ(backward.to, "igw");
    EXPECT_EQ(backward.edit.added, forward.edit.added);
}

TEST(ConnectRoute, ExplicitTableGetsTheRouteAndNamesTheOtherSubnetsUsingIt) {
    Document document = network();
    RouteTable shared;
    shared.vpc = "vpc";
    add(document, "shared-rt", shared);
    document.findMutable("public-a")->as<Subnet>()->routeTable = "shared-rt";
    document.findMutable("private-a")->as<Subnet>()->routeTable = "shared-rt";

    const ConnectionProposal proposal = connectItems(document, "public-a", "igw");
    const Document after = appliedAndRoundTripped(document, proposal);
    EXPECT_TRUE(proposal.edit.added.empty());
    EXPECT_EQ(after.findAs<RouteTable>("shared-rt")->routes,
              (std::vector<Route>{{"0.0.0.0/0", RouteTargetKind::InternetGateway, "igw"}}));
    EXPECT_TRUE(mentions(proposal.changes, "private-a too")) << joined(proposal.changes);
}

TEST(ConnectRoute, ReplacesADefaultRouteToAnotherTargetAndSaysSo) {
    Document document = network();
    RouteTable own;
    own.vpc = "vpc";
    own.routes.push_back(Route{"0.0.0.0/0", RouteTargetKind::NatGateway, "nat"});
    add(document, "private-rt", own);
    document.findMutable("private-a")->as<Subnet>()->routeTable = "private-rt";

    const ConnectionProposal proposal = connectItems(document, "private-a", "igw");
    const Document after = appliedAndRoundTripped(document, proposal);
    EXPECT_TRUE(mentions(proposal.changes, "replaces the route 0.0.0.0/0 \u2192 NAT gateway nat"))
        << joined(proposal.changes);
    EXPECT_EQ(after.findAs<RouteTable>("private-rt")->routes,
              (std::vector<Route>{{"0.0.0.0/0", RouteTargetKind::InternetGateway, "igw"}}));
}

TEST(ConnectRoute, RefusesARouteThatExistsAlready) {
    Document document = network();
    document.findMutable("main-rt")->as<RouteTable>()->routes.push_back(
        Route{"0.0.0.0/0", RouteTargetKind::InternetGateway, "igw"});
    const ConnectionProposal proposal = connectItems(document, "public-a", "igw");
    EXPECT_FALSE(proposal.allowed);
    EXPECT_NE(proposal.hint.find(
                  R"("Public A" already sends its internet traffic (0.0.0.0/0) to "Main IGW")"),
              std::string::npos)
        << proposal.hint;
    EXPECT_TRUE(proposal.edit.empty());
}

TEST(ConnectRoute, RefusesAnInternetGatewayOfAnotherVpc) {
    const Document document = network();
    const ConnectionProposal proposal = connectItems(document, "public-a", "igw-b");
    EXPECT_FALSE(proposal.allowed);
    EXPECT_NE(proposal.hint.find(R"(is attached to "VPC B", but this subnet is in "vpc")"),
              std::string::npos)
        << proposal.hint;
}

TEST(ConnectRoute, AttachesAnUnattachedGatewayWhenTheVpcHasNone) {
    Document document = network();
    document.remove("igw");
    InternetGateway loose;
    loose.region = "region";
    add(document, "igw-new", loose);

    const ConnectionProposal proposal = connectItems(document, "public-a", "igw-new");
    const Document after = appliedAndRoundTripped(document, proposal);
    EXPECT_EQ(after.findAs<InternetGateway>("igw-new")->attachedVpc, ResourceId("vpc"));
    EXPECT_TRUE(mentions(proposal.changes, "is attached to vpc")) << joined(proposal.changes);
    EXPECT_TRUE(webToInternet(after).reachable);
}

TEST(ConnectRoute, RefusesAnUnattachedGatewayWhenTheVpcHasOneAlready) {
    Document document = network();
    InternetGateway loose;
    loose.region = "region";
    add(document, "igw-new", loose);
    const ConnectionProposal proposal = connectItems(document, "public-a", "igw-new");
    EXPECT_FALSE(proposal.allowed);
    EXPECT_NE(proposal.hint.find(R"(already has the internet gateway "Main IGW")"),
              std::string::npos)
        << proposal.hint;
}

TEST(ConnectRoute, PrivateSubnetRoutesToTheNatGateway) {
    Document document = network();
    // The NAT gateway's subnet must reach the internet for the NAT to work.
    const Document withPublicRoute =
        appliedAndRoundTripped(document, connectItems(document, "public-a", "igw"));
    const ConnectionProposal proposal = connectItems(withPublicRoute, "private-a", "nat");
    ASSERT_TRUE(proposal.allowed) << proposal.hint;
    EXPECT_EQ(proposal.label, "Route 0.0.0.0/0 of private-a to nat");
    EXPECT_FALSE(mentions(proposal.changes, "will not get out")) << joined(proposal.changes);
    const Document after = appliedAndRoundTripped(withPublicRoute, proposal);
    const RouteTable* own = tableOfSubnet(after, "private-a");
    ASSERT_NE(own, nullptr);
    EXPECT_EQ(own->routes.back(), (Route{"0.0.0.0/0", RouteTargetKind::NatGateway, "nat"}));
    EXPECT_FALSE(hasFinding(after, "PRIVATE_SUBNET_NO_EGRESS"));
}

TEST(ConnectRoute, SaysWhenTheNatGatewaySitsInAPrivateSubnet) {
    const Document document = network();
    const ConnectionProposal proposal = connectItems(document, "private-a", "nat");
    ASSERT_TRUE(proposal.allowed) << proposal.hint;
    EXPECT_TRUE(mentions(proposal.changes, "will not get out")) << joined(proposal.changes);
}

TEST(ConnectRoute, RefusesTheNatGatewayOfTheSubnetItself) {
    const Document document = network();
    const ConnectionProposal proposal = connectItems(document, "public-a", "nat");
    EXPECT_FALSE(proposal.allowed);
    EXPECT_NE(proposal.hint.find(R"(sits in "Public A" itself)"), std::string::npos)
        << proposal.hint;
}

TEST(ConnectRoute, RefusesANatGatewayOfAnotherVpc) {
    Document document = network();
    addZone(document, "az-b", "vpc-b", "us-east-1a");
    addSubnet(document, "b-public", "vpc-b", "10.1.0.0/24", "az-b");
    NatGateway nat;
    nat.subnet = "b-public";
    add(document, "nat-b", nat);
    const ConnectionProposal proposal = connectItems(document, "private-a", "nat-b");
    EXPECT_FALSE(proposal.allowed);
    EXPECT_NE(proposal.hint.find(R"(is in "VPC B", but this subnet is in "vpc")"),
              std::string::npos)
        << proposal.hint;
}

TEST(ConnectRoute, RefusesWhatDoesNotConnectWithAHint) {
    const Document document = network();
    const ConnectionProposal subnetToSubnet = connectItems(document, "public-a", "private-a");
    EXPECT_FALSE(subnetToSubnet.allowed);
    EXPECT_EQ(subnetToSubnet.kind, ConnectionKind::None);
    EXPECT_NE(subnetToSubnet.hint.find("internet gateway or a NAT gateway"), std::string::npos);
    const ConnectionProposal unknown = connectItems(document, "public-a", "nope");
    EXPECT_FALSE(unknown.allowed);
    EXPECT_NE(unknown.hint.find(R"(no item "nope")"), std::string::npos);
}

TEST(ConnectRoute, OnlyConnectableItemsStartAConnection) {
    const Document document = network();
    EXPECT_TRUE(startsConnections(document, "public-a"));
    EXPECT_TRUE(startsConnections(document, "vpc"));
    EXPECT_TRUE(startsConnections(document, "igw"));
    EXPECT_TRUE(startsConnections(document, "web"));
    EXPECT_FALSE(startsConnections(document, "region"));
    EXPECT_FALSE(startsConnections(document, "az-a"));
    EXPECT_FALSE(startsConnections(document, "missing"));
}

} // namespace
} // namespace topograph::edit_tests
