// SPDX-License-Identifier: Apache-2.0
// One or more tests per rule of NETWORK_SEMANTICS.md "Flows" and "Precise choices": each would
// fail if its rule were broken.
#include "network_builder.h"
#include "reach_test_support.h"

#include <gtest/gtest.h>

namespace topograph::reach {
namespace {

using namespace testing;

bool hasHop(const ReachAnswer& answer, const std::string& kind, const std::string& component) {
    for (const Hop& hop : answer.hops) {
        if (hop.kind == kind && hop.component == component) {
            return true;
        }
    }
    return false;
}

TEST(ReachBaseline, TwoTierNetworkWorksAsDrawn) {
    const NetworkBuilder b = twoTierNetwork();
    const ReachAnswer web = ask(b.document, "web-1", "internet");
    EXPECT_EQ(verdict(web), "reachable") << web.explanation;
    EXPECT_TRUE(hasHop(web, "internet-gateway", "igw-1"));
    EXPECT_EQ(web.ephemeralPorts, "1024-65535");
    const ReachAnswer app = ask(b.document, "app-1", "internet");
    EXPECT_EQ(verdict(app), "reachable") << app.explanation;
    EXPECT_TRUE(hasHop(app, "nat-gateway", "nat-1"));
    EXPECT_EQ(verdict(ask(b.document, "web-1", "app-1", "tcp", 8080)), "reachable");
    EXPECT_EQ(verdict(ask(b.document, "internet", "web-1")), "reachable");
    EXPECT_EQ(verdict(ask(b.document, "internet", "app-1")), "NO_PUBLIC_IP");
}

TEST(ReachSecurityGroups, EgressMustAllowProtocolPortAndDestination) {
    NetworkBuilder b = twoTierNetwork();
    b.get<SecurityGroup>("web-sg").egress = {sgRule("tcp", 80, "0.0.0.0/0")};
    const ReachAnswer answer = ask(b.document, "web-1", "internet");
    EXPECT_EQ(verdict(answer), "SG_EGRESS_DENIED");
    EXPECT_EQ(answer.raCode, "ENI_SG_RULES_MISMATCH");
    EXPECT_EQ(answer.blockedAt, "web-sg");
    EXPECT_NE(answer.fix.find("Add an outbound rule to web-sg: tcp 443"), std::string::npos)
        << answer.fix;
    EXPECT_EQ(verdict(ask(b.document, "web-1", "internet", "tcp", 80)), "reachable");
}

TEST(ReachSecurityGroups, IngressNamesTheSourceGroupInTheFix) {
    const NetworkBuilder b = twoTierNetwork();
    const ReachAnswer answer = ask(b.document, "web-1", "app-1", "tcp", 5432);
    EXPECT_EQ(verdict(answer), "SG_INGRESS_DENIED");
    EXPECT_EQ(answer.blockedAt, "app-sg");
    EXPECT_EQ(answer.fix, "Add an inbound rule to app-sg: tcp 5432 from web-sg.");
}

TEST(ReachSecurityGroups, ReferenceMatchesOnlyMembersOfTheGroup) {
    NetworkBuilder b = twoTierNetwork();
    b.instance("other-1", "public", {"app-sg"});
    // other-1 is not in web-sg, so app-sg's "tcp 8080 from web-sg" does not admit it.
    EXPECT_EQ(verdict(ask(b.document, "other-1", "app-1", "tcp", 8080)), "SG_INGRESS_DENIED");
}

TEST(ReachSecurityGroups, AreStatefulResponsesNeedNoEgressRule) {
    NetworkBuilder b = twoTierNetwork();
    b.get<SecurityGroup>("app-sg").egress.clear();
    EXPECT_EQ(verdict(ask(b.document, "web-1", "app-1", "tcp", 8080)), "reachable");
    EXPECT_EQ(verdict(ask(b.document, "app-1", "internet")), "SG_EGRESS_DENIED");
}

TEST(ReachSecurityGroups, DefaultGroupAdmitsOnlyItsMembers) {
    NetworkBuilder b = twoTierNetwork();
    b.instance("x-1", "private", {}).instance("x-2", "public", {});
    // Both get the implicit default group: members reach each other, web-1 does not.
    EXPECT_EQ(verdict(ask(b.document, "x-2", "x-1", "tcp", 22)), "reachable");
    EXPECT_EQ(verdict(ask(b.document, "web-1", "x-1", "tcp", 22)), "SG_INGRESS_DENIED");
}

TEST(ReachNacls, AreStatelessTheResponseNeedsItsOwnRule) {
    NetworkBuilder b = twoTierNetwork();
    b.get<NetworkAcl>("acl-private").entries = {
        naclEntry(100, false, true, "all", -1, -1, "0.0.0.0/0"),
        naclEntry(100, true, true, "tcp", 443, 443, "10.0.1.0/24")};
    // The outbound rule names a server port, not the client's ephemeral ports.
    const ReachAnswer answer = ask(b.document, "web-1", "app-1", "tcp", 8080);
    EXPECT_EQ(verdict(answer), "NACL_RETURN_DENIED");
    EXPECT_EQ(answer.raCode, "SUBNET_ACL_RESTRICTION");
    EXPECT_EQ(answer.blockedAt, "acl-private");
}

TEST(ReachNacls, LowerRuleNumberWinsWhateverTheFileOrder) {
    NetworkBuilder b = twoTierNetwork();
    b.get<NetworkAcl>("acl-public").entries = {
        naclEntry(100, true, true, "all", -1, -1, "0.0.0.0/0"),
        naclEntry(90, true, false, "tcp", 443, 443, "0.0.0.0/0"),
        naclEntry(100, false, true, "all", -1, -1, "0.0.0.0/0")};
    const ReachAnswer denied = ask(b.document, "web-1", "internet");
    EXPECT_EQ(verdict(denied), "NACL_OUTBOUND_DENIED");
    EXPECT_NE(denied.explanation.find("rule 90"), std::string::npos) << denied.explanation;
    b.get<NetworkAcl>("acl-public").entries[1].ruleNumber = 110;
    EXPECT_EQ(verdict(ask(b.document, "web-1", "internet")), "reachable");
}

TEST(ReachNacls, NoMatchingRuleDenies) {
    NetworkBuilder b = twoTierNetwork();
    b.get<NetworkAcl>("acl-private").entries.clear();
    EXPECT_EQ(verdict(ask(b.document, "web-1", "app-1", "tcp", 8080)), "NACL_INBOUND_DENIED");
    EXPECT_EQ(verdict(ask(b.document, "app-1", "internet")), "NACL_OUTBOUND_DENIED");
}

TEST(ReachNacls, InboundIsCheckedAgainstTheSourceAddress) {
    NetworkBuilder b = twoTierNetwork();
    b.get<NetworkAcl>("acl-private").entries = {
        naclEntry(50, false, false, "tcp", 8080, 8080, "10.0.1.0/24"),
        naclEntry(100, false, true, "all", -1, -1, "0.0.0.0/0"),
        naclEntry(100, true, true, "all", -1, -1, "0.0.0.0/0")};
    EXPECT_EQ(verdict(ask(b.document, "web-1", "app-1", "tcp", 8080)), "NACL_INBOUND_DENIED");
    b.get<NetworkAcl>("acl-private").entries[0].cidr = "10.0.9.0/24";
    EXPECT_EQ(verdict(ask(b.document, "web-1", "app-1", "tcp", 8080)), "reachable");
}

TEST(ReachNacls, SameSubnetTrafficSkipsThem) {
    NetworkBuilder b = twoTierNetwork();
    b.get<NetworkAcl>("acl-private").entries.clear();
    b.instance("app-2", "private", {"web-sg"});
    b.get<SecurityGroup>("app-sg").ingress.push_back(sgRule("tcp", 8080, "10.0.2.0/24"));
    EXPECT_EQ(verdict(ask(b.document, "app-2", "app-1", "tcp", 8080)), "reachable");
}

TEST(ReachNacls, EphemeralRangeIsNarrowedAndReported) {
    NetworkBuilder b = twoTierNetwork();
    b.get<NetworkAcl>("acl-private").entries = {
        naclEntry(100, false, true, "all", -1, -1, "0.0.0.0/0"),
        naclEntry(100, true, true, "tcp", 1024, 2047, "10.0.1.0/24"),
        naclEntry(110, true, true, "tcp", 40000, 65535, "10.0.0.0/16")};
    const ReachAnswer answer = ask(b.document, "web-1", "app-1", "tcp", 8080);
    EXPECT_EQ(verdict(answer), "reachable");
    EXPECT_EQ(answer.ephemeralPorts, "1024-2047,40000-65535");
    ASSERT_EQ(answer.warnings.size(), 1U);
    EXPECT_NE(answer.warnings[0].find("acl-private"), std::string::npos);
    EXPECT_EQ(verdict(ask(b.document, "web-1", "app-1", "tcp", 8080, {3000, 4000})),
              "NACL_RETURN_DENIED");
    EXPECT_EQ(ask(b.document, "web-1", "app-1", "tcp", 8080, {2000, 50000}).ephemeralPorts,
              "2000-2047,40000-50000");
}

TEST(ReachRoutes, LongestPrefixWins) {
    NetworkBuilder b = twoTierNetwork();
    b.get<RouteTable>("rt-private")
        .routes.push_back(route("8.8.8.0/24", RouteTargetKind::Blackhole));
    EXPECT_EQ(verdict(ask(b.document, "app-1", "8.8.8.8")), "BLACKHOLE_ROUTE");
    EXPECT_EQ(verdict(ask(b.document, "app-1", "8.8.9.8")), "reachable");
    EXPECT_EQ(verdict(ask(b.document, "app-1", "internet")), "reachable");
}

TEST(ReachRoutes, LocalRouteIsNotOverriddenByLessOrNonMiddleboxRoutes) {
    NetworkBuilder b = twoTierNetwork();
    auto& routes = b.get<RouteTable>("rt-public").routes;
    routes.push_back(route("10.0.0.0/8", RouteTargetKind::InternetGateway, "igw-1"));
    routes.push_back(route("10.0.2.0/24", RouteTargetKind::NatGateway, "nat-1"));
    const ReachAnswer answer = ask(b.document, "web-1", "app-1", "tcp", 8080);
    EXPECT_EQ(verdict(answer), "reachable") << answer.explanation;
    EXPECT_TRUE(hasHop(answer, "route-table", "rt-public"));
    EXPECT_EQ(answer.hops[2].detail, "route 10.0.0.0/16 -> local");
}

TEST(ReachRoutes, MoreSpecificMiddleboxRouteWins) {
    NetworkBuilder b = twoTierNetwork();
    b.routeTable("rt-inspect", "vpc-1", {})
        .subnet("inspect", "vpc-1", "10.0.3.0/24", "rt-inspect", "acl-public")
        .instance("firewall-1", "inspect", {"web-sg"});
    b.get<RouteTable>("rt-public")
        .routes.push_back(route("10.0.2.0/24", RouteTargetKind::NetworkInterface, "firewall-1"));
    const ReachAnswer answer = ask(b.document, "web-1", "app-1", "tcp", 8080);
    EXPECT_EQ(verdict(answer), "reachable") << answer.explanation;
    EXPECT_EQ(answer.hops[2].detail, "route 10.0.2.0/24 -> firewall-1");
    // A middlebox that does not exist makes the route a blackhole.
    b.get<RouteTable>("rt-public").routes.back().target = "gone-1";
    EXPECT_EQ(verdict(ask(b.document, "web-1", "app-1", "tcp", 8080)), "BLACKHOLE_ROUTE");
}

TEST(ReachRoutes, NoMatchingRouteIsNoRoute) {
    NetworkBuilder b = twoTierNetwork();
    b.get<RouteTable>("rt-private").routes.clear();
    const ReachAnswer answer = ask(b.document, "app-1", "internet");
    EXPECT_EQ(verdict(answer), "NO_ROUTE");
    EXPECT_EQ(answer.raCode, "NO_ROUTE_TO_DESTINATION");
    EXPECT_EQ(answer.blockedAt, "rt-private");
}

struct BlackholeCase {
    const char* name;
    RouteTargetKind kind;
    const char* target;
};

class ReachBlackholeTest : public ::testing::TestWithParam<BlackholeCase> {};

TEST_P(ReachBlackholeTest, TargetsThatLeadNowhereAreBlackholes) {
    NetworkBuilder b = twoTierNetwork();
    b.vpc("vpc-2", {"10.9.0.0/16"})
        .vpc("vpc-3", {"10.8.0.0/16"})
        .subnet("far", "vpc-2", "10.9.1.0/24")
        .natGateway("nat-far", "far", "eip-nat")
        .peering("pcx-23", "vpc-2", "vpc-3")
        .transitGateway("tgw-1");
    b.get<RouteTable>("rt-private").routes = {
        route("0.0.0.0/0", GetParam().kind, GetParam().target)};
    EXPECT_EQ(verdict(ask(b.document, "app-1", "internet")), "BLACKHOLE_ROUTE") << GetParam().name;
}

INSTANTIATE_TEST_SUITE_P(
    PreciseChoice4, ReachBlackholeTest,
    ::testing::Values(
        BlackholeCase{"missing NAT", RouteTargetKind::NatGateway, "nat-9"},
        BlackholeCase{"NAT of another VPC", RouteTargetKind::NatGateway, "nat-far"},
        BlackholeCase{"missing IGW", RouteTargetKind::InternetGateway, "igw-9"},
        BlackholeCase{"peering without this VPC", RouteTargetKind::VpcPeering, "pcx-23"},
        BlackholeCase{"TGW without attachment", RouteTargetKind::TransitGateway, "tgw-1"},
        BlackholeCase{"explicit blackhole", RouteTargetKind::Blackhole, ""}));

TEST(ReachRoutes, DetachedGatewaysAreBlackholesAttachedOnesLeadElsewhere) {
    NetworkBuilder b = twoTierNetwork();
    Resource vgw;
    vgw.id = "vgw-1";
    vgw.properties = VpnGateway{};
    b.document.add(vgw);
    b.get<RouteTable>("rt-private").routes = {
        route("0.0.0.0/0", RouteTargetKind::VpnGateway, "vgw-1")};
    EXPECT_EQ(verdict(ask(b.document, "app-1", "internet")), "BLACKHOLE_ROUTE");
    b.get<VpnGateway>("vgw-1").attachedVpc = "vpc-1";
    EXPECT_EQ(verdict(ask(b.document, "app-1", "internet")), "NO_ROUTE");
}

TEST(ReachInternetGateway, AttachmentIsCheckedBeforeThePublicIp) {
    NetworkBuilder b = twoTierNetwork();
    b.get<InternetGateway>("igw-1").attachedVpc.reset();
    b.get<Instance>("web-1").placement.publicIp = PublicIpChoice::No;
    const ReachAnswer answer = ask(b.document, "web-1", "internet");
    EXPECT_EQ(verdict(answer), "IGW_NOT_ATTACHED");
    EXPECT_EQ(answer.blockedAt, "igw-1");
    b.get<InternetGateway>("igw-1").attachedVpc = "vpc-1";
    const ReachAnswer noIp = ask(b.document, "web-1", "internet");
    EXPECT_EQ(verdict(noIp), "NO_PUBLIC_IP");
    EXPECT_EQ(noIp.raCode, "IGW_PUBLIC_IP_ASSOCIATION_FOR_EGRESS");
}

TEST(ReachInternetGateway, PrivateDestinationsAreNoRouteAfterTheChecks) {
    const NetworkBuilder b = twoTierNetwork();
    EXPECT_EQ(verdict(ask(b.document, "web-1", "172.16.0.10")), "NO_ROUTE");
    EXPECT_EQ(verdict(ask(b.document, "app-1", "192.168.1.1")), "NO_ROUTE");
}

TEST(ReachNat, ChecksRunInTheDocumentedOrder) {
    NetworkBuilder b = twoTierNetwork();
    // In a private subnet and without Elastic IP: the subnet is reported first.
    b.get<Subnet>("public").routeTable = "rt-private";
    b.get<NatGateway>("nat-1").elasticIp.reset();
    EXPECT_EQ(verdict(ask(b.document, "app-1", "internet")), "NAT_IN_PRIVATE_SUBNET");
    b.get<Subnet>("public").routeTable = "rt-public";
    const ReachAnswer noEip = ask(b.document, "app-1", "internet");
    EXPECT_EQ(verdict(noEip), "NAT_NO_ELASTIC_IP");
    EXPECT_EQ(noEip.blockedAt, "nat-1");
    b.get<NatGateway>("nat-1").elasticIp = "eip-nat";
    // The NAT subnet's NACL: inbound from the source address, then outbound to the internet.
    b.get<NetworkAcl>("acl-public").entries = {
        naclEntry(10, false, false, "all", -1, -1, "10.0.2.0/24"),
        naclEntry(100, false, true, "all", -1, -1, "0.0.0.0/0"),
        naclEntry(10, true, false, "tcp", 443, 443, "0.0.0.0/0"),
        naclEntry(100, true, true, "all", -1, -1, "0.0.0.0/0")};
    const ReachAnswer inbound = ask(b.document, "app-1", "internet");
    EXPECT_EQ(verdict(inbound), "NACL_INBOUND_DENIED");
    EXPECT_EQ(inbound.blockedAt, "acl-public");
    b.get<NetworkAcl>("acl-public").entries.erase(b.get<NetworkAcl>("acl-public").entries.begin());
    EXPECT_EQ(verdict(ask(b.document, "app-1", "internet")), "NACL_OUTBOUND_DENIED");
}

TEST(ReachNat, ResponseCrossesTheNatSubnetThenTheSourceSubnet) {
    NetworkBuilder b = twoTierNetwork();
    auto& entries = b.get<NetworkAcl>("acl-public").entries;
    // Internet side: only replies to ports below 1024 come in, none of the NAT's ports.
    entries = {naclEntry(100, false, true, "tcp", 0, 1023, "0.0.0.0/0"),
               naclEntry(110, false, true, "all", -1, -1, "10.0.0.0/16"),
               naclEntry(100, true, true, "all", -1, -1, "0.0.0.0/0")};
    EXPECT_EQ(verdict(ask(b.document, "app-1", "internet")), "NACL_RETURN_DENIED");
    entries[0] = naclEntry(100, false, true, "tcp", 1024, 65535, "0.0.0.0/0");
    EXPECT_EQ(verdict(ask(b.document, "app-1", "internet")), "reachable");
    // Toward the source, the NAT subnet's outbound rules see the client port.
    entries[2] = naclEntry(100, true, true, "tcp", 443, 443, "0.0.0.0/0");
    entries.push_back(naclEntry(110, true, true, "tcp", 30000, 65535, "10.0.2.0/24"));
    const ReachAnswer narrowed = ask(b.document, "app-1", "internet");
    EXPECT_EQ(verdict(narrowed), "reachable");
    EXPECT_EQ(narrowed.ephemeralPorts, "30000-65535");
    // Finally the source subnet's inbound rules.
    b.get<NetworkAcl>("acl-private").entries = {
        naclEntry(100, true, true, "all", -1, -1, "0.0.0.0/0"),
        naclEntry(100, false, true, "tcp", 1024, 29999, "0.0.0.0/0")};
    EXPECT_EQ(verdict(ask(b.document, "app-1", "internet")), "NACL_RETURN_DENIED");
}

TEST(ReachInternet, MeansSomePublicAddress) {
    NetworkBuilder b = twoTierNetwork();
    b.get<SecurityGroup>("web-sg").egress = {sgRule("tcp", 443, "8.8.8.8/32")};
    const ReachAnswer answer = ask(b.document, "web-1", "internet");
    EXPECT_EQ(verdict(answer), "reachable");
    EXPECT_NE(answer.explanation.find("8.8.8.8"), std::string::npos) << answer.explanation;
    // The only address the group lets out is then denied by the NACL: the NACL is the blocker.
    b.get<NetworkAcl>("acl-public")
        .entries.insert(b.get<NetworkAcl>("acl-public").entries.begin(),
                        naclEntry(50, true, false, "all", -1, -1, "8.8.8.0/24"));
    EXPECT_EQ(verdict(ask(b.document, "web-1", "internet")), "NACL_OUTBOUND_DENIED");
}

TEST(ReachInternet, ASingleAddressCountsAlone) {
    NetworkBuilder b = twoTierNetwork();
    b.get<NetworkAcl>("acl-public")
        .entries.insert(b.get<NetworkAcl>("acl-public").entries.begin(),
                        naclEntry(50, true, false, "all", -1, -1, "203.0.113.0/24"));
    EXPECT_EQ(verdict(ask(b.document, "web-1", "203.0.113.10")), "NACL_OUTBOUND_DENIED");
    EXPECT_EQ(verdict(ask(b.document, "web-1", "198.51.100.7")), "reachable");
    EXPECT_EQ(verdict(ask(b.document, "web-1", "internet")), "reachable");
}

TEST(ReachInternetToWorkload, ChecksRunInPreciseChoice8Order) {
    NetworkBuilder b = twoTierNetwork();
    b.get<RouteTable>("rt-public").routes.clear();
    b.get<Instance>("web-1").placement.publicIp = PublicIpChoice::No;
    EXPECT_EQ(verdict(ask(b.document, "internet", "web-1")), "NO_PUBLIC_IP");
    b.get<Instance>("web-1").placement.publicIp = PublicIpChoice::Yes;
    EXPECT_EQ(verdict(ask(b.document, "internet", "web-1")), "NO_ROUTE");
    b.get<RouteTable>("rt-public").routes = {
        route("0.0.0.0/0", RouteTargetKind::InternetGateway, "igw-1")};
    b.get<InternetGateway>("igw-1").attachedVpc.reset();
    EXPECT_EQ(verdict(ask(b.document, "internet", "web-1")), "IGW_NOT_ATTACHED");
    b.get<InternetGateway>("igw-1").attachedVpc = "vpc-1";
    auto& entries = b.get<NetworkAcl>("acl-public").entries;
    entries = {naclEntry(100, false, true, "tcp", 22, 22, "0.0.0.0/0"),
               naclEntry(100, true, true, "all", -1, -1, "0.0.0.0/0")};
    EXPECT_EQ(verdict(ask(b.document, "internet", "web-1")), "NACL_INBOUND_DENIED");
    entries[0] = naclEntry(100, false, true, "all", -1, -1, "0.0.0.0/0");
    EXPECT_EQ(verdict(ask(b.document, "internet", "web-1", "tcp", 8443)), "SG_INGRESS_DENIED");
    entries[1] = naclEntry(100, true, true, "tcp", 443, 443, "0.0.0.0/0");
    EXPECT_EQ(verdict(ask(b.document, "internet", "web-1")), "NACL_RETURN_DENIED");
}

TEST(ReachInternetToWorkload, SourceAddressMustBeAdmittedByNaclAndGroup) {
    NetworkBuilder b = twoTierNetwork();
    b.get<SecurityGroup>("web-sg").ingress = {sgRule("tcp", 443, "198.51.100.0/24")};
    EXPECT_EQ(verdict(ask(b.document, "internet", "web-1")), "reachable");
    EXPECT_EQ(verdict(ask(b.document, "198.51.100.9", "web-1")), "reachable");
    EXPECT_EQ(verdict(ask(b.document, "203.0.113.9", "web-1")), "SG_INGRESS_DENIED");
}

/// Two VPCs joined by pcx-ab; vpc-b has a subnet with db-1 (tcp 5432 from vpc-a's block).
NetworkBuilder peeredNetwork(const std::string& bBlock = "10.1.0.0/16") {
    NetworkBuilder b = twoTierNetwork();
    b.vpc("vpc-b", {bBlock})
        .peering("pcx-ab", "vpc-1", "vpc-b")
        .routeTable("rt-b", "vpc-b", {route("10.0.0.0/16", RouteTargetKind::VpcPeering, "pcx-ab")})
        .subnet("data", "vpc-b", bBlock == "10.1.0.0/16" ? "10.1.1.0/24" : "10.0.50.0/24", "rt-b")
        .securityGroup("db-sg", "vpc-b", {sgRule("tcp", 5432, "10.0.0.0/16")},
                       {sgRule("all", -1, "0.0.0.0/0")})
        .instance("db-1", "data", {"db-sg"});
    b.get<RouteTable>("rt-private")
        .routes.push_back(route(bBlock, RouteTargetKind::VpcPeering, "pcx-ab"));
    return b;
}

TEST(ReachPeering, WorksBothWaysWhenBothSidesRoute) {
    const NetworkBuilder b = peeredNetwork();
    const ReachAnswer answer = ask(b.document, "app-1", "db-1", "tcp", 5432);
    EXPECT_EQ(verdict(answer), "reachable") << answer.explanation;
    EXPECT_TRUE(hasHop(answer, "vpc-peering", "pcx-ab"));
}

TEST(ReachPeering, MissingRouteBackIsNoReturnRoute) {
    NetworkBuilder b = peeredNetwork();
    b.get<RouteTable>("rt-b").routes.clear();
    const ReachAnswer answer = ask(b.document, "app-1", "db-1", "tcp", 5432);
    EXPECT_EQ(verdict(answer), "NO_RETURN_ROUTE");
    EXPECT_EQ(answer.blockedAt, "rt-b");
}

TEST(ReachPeering, OverlappingVpcsAreReportedBeforeTransitivity) {
    const NetworkBuilder b = peeredNetwork("10.0.0.0/16");
    // The route to the peer's (overlapping) block loses to local: item 2's CIDR_OVERLAP.
    EXPECT_EQ(verdict(ask(b.document, "app-1", "db-1", "tcp", 5432)), "CIDR_OVERLAP");
    NetworkBuilder c = peeredNetwork("10.0.0.0/8");
    c.get<Subnet>("data").ipv4Cidr = "10.200.1.0/24";
    // Here the peering route is the one taken; the overlap is found on the peering leg.
    const ReachAnswer answer = ask(c.document, "app-1", "db-1", "tcp", 5432);
    EXPECT_EQ(verdict(answer), "CIDR_OVERLAP");
    EXPECT_EQ(answer.blockedAt, "pcx-ab");
}

TEST(ReachPeering, IsNotTransitive) {
    NetworkBuilder b = peeredNetwork();
    b.vpc("vpc-c", {"10.2.0.0/16"})
        .peering("pcx-bc", "vpc-b", "vpc-c")
        .subnet("far", "vpc-c", "10.2.1.0/24")
        .instance("far-1", "far", {});
    // vpc-1 sends vpc-c's block to pcx-ab: vpc-b would have to forward it on.
    b.get<RouteTable>("rt-private")
        .routes.push_back(route("10.2.0.0/16", RouteTargetKind::VpcPeering, "pcx-ab"));
    const ReachAnswer answer = ask(b.document, "app-1", "far-1", "tcp", 22);
    EXPECT_EQ(verdict(answer), "NON_TRANSITIVE_PEERING");
    EXPECT_EQ(answer.raCode, "PCX_REQUIRES_ADDRESS_IN_VPC_CIDR");
    // Nor does a peering connection carry traffic to the internet of the peer.
    b.get<RouteTable>("rt-private").routes = {
        route("0.0.0.0/0", RouteTargetKind::VpcPeering, "pcx-ab")};
    EXPECT_EQ(verdict(ask(b.document, "app-1", "internet")), "NON_TRANSITIVE_PEERING");
}

TEST(ReachLocal, UnconnectedOverlappingVpcIsCidrOverlap) {
    NetworkBuilder b = twoTierNetwork();
    b.vpc("vpc-twin", {"10.0.0.0/16"})
        .subnet("twin", "vpc-twin", "10.0.77.0/24")
        .instance("twin-1", "twin", {});
    EXPECT_EQ(verdict(ask(b.document, "app-1", "twin-1", "tcp", 22)), "CIDR_OVERLAP");
}

/// vpc-1 (two-tier) and vpc-t (10.3.0.0/16) on tgw-1 with default tables.
NetworkBuilder transitNetwork() {
    NetworkBuilder b = twoTierNetwork();
    b.vpc("vpc-t", {"10.3.0.0/16"})
        .transitGateway("tgw-1")
        .routeTable("rt-t", "vpc-t",
                    {route("10.0.0.0/16", RouteTargetKind::TransitGateway, "tgw-1")})
        .subnet("t-app", "vpc-t", "10.3.1.0/24", "rt-t")
        .subnet("t-attach", "vpc-t", "10.3.9.0/28", "rt-t")
        .securityGroup("t-sg", "vpc-t", {sgRule("tcp", 22, "10.0.0.0/16")},
                       {sgRule("all", -1, "0.0.0.0/0")})
        .instance("t-1", "t-app", {"t-sg"})
        .tgwAttachment("att-1", "tgw-1", "vpc-1", {"private"})
        .tgwAttachment("att-t", "tgw-1", "vpc-t", {"t-attach"});
    b.get<RouteTable>("rt-private")
        .routes.push_back(route("10.3.0.0/16", RouteTargetKind::TransitGateway, "tgw-1"));
    return b;
}

TEST(ReachTransitGateway, DefaultAssociationAndPropagationConnectVpcs) {
    const NetworkBuilder b = transitNetwork();
    const ReachAnswer answer = ask(b.document, "app-1", "t-1", "tcp", 22);
    EXPECT_EQ(verdict(answer), "reachable") << answer.explanation;
    EXPECT_TRUE(hasHop(answer, "transit-gateway", "tgw-1"));
}

TEST(ReachTransitGateway, NoAssociationIsTgwNoRoute) {
    NetworkBuilder b = transitNetwork();
    b.get<TransitGateway>("tgw-1").defaultRouteTableAssociation = false;
    const ReachAnswer answer = ask(b.document, "app-1", "t-1", "tcp", 22);
    EXPECT_EQ(verdict(answer), "TGW_NO_ROUTE");
    EXPECT_EQ(answer.raCode, "TGW_ATTACH_MISSING_TGW_RTB_ASSOCIATION");
}

TEST(ReachTransitGateway, ExplicitAssociationReplacesTheDefault) {
    NetworkBuilder b = transitNetwork();
    b.tgwRouteTable("tgw-rt", "tgw-1", {}, {"att-1"}, {});
    EXPECT_EQ(verdict(ask(b.document, "app-1", "t-1", "tcp", 22)), "TGW_NO_ROUTE");
    b.get<TransitGatewayRouteTable>("tgw-rt").propagations = {"att-t"};
    EXPECT_EQ(verdict(ask(b.document, "app-1", "t-1", "tcp", 22)), "reachable");
}

TEST(ReachTransitGateway, StaticBeatsPropagatedOnEqualPrefixOnly) {
    NetworkBuilder b = transitNetwork();
    b.tgwRouteTable("tgw-rt", "tgw-1", {TransitGatewayRoute{"10.3.0.0/16", "", true}}, {"att-1"},
                    {"att-t"});
    EXPECT_EQ(verdict(ask(b.document, "app-1", "t-1", "tcp", 22)), "TGW_BLACKHOLE");
    // A less specific static blackhole loses to the propagated /16.
    b.get<TransitGatewayRouteTable>("tgw-rt").routes[0].destination = "10.0.0.0/8";
    EXPECT_EQ(verdict(ask(b.document, "app-1", "t-1", "tcp", 22)), "reachable");
    // A static route to a missing attachment is a blackhole too.
    b.get<TransitGatewayRouteTable>("tgw-rt").routes = {
        TransitGatewayRoute{"10.3.1.0/24", "att-gone", false}};
    EXPECT_EQ(verdict(ask(b.document, "app-1", "t-1", "tcp", 22)), "TGW_BLACKHOLE");
}

TEST(ReachTransitGateway, MissingWayBackIsNoReturnRoute) {
    NetworkBuilder b = transitNetwork();
    b.get<RouteTable>("rt-t").routes.clear();
    EXPECT_EQ(verdict(ask(b.document, "app-1", "t-1", "tcp", 22)), "NO_RETURN_ROUTE");
}

TEST(ReachTransitGateway, AttachmentSubnetNaclsApply) {
    NetworkBuilder b = transitNetwork();
    b.nacl("acl-attach", "vpc-t", {naclEntry(100, false, true, "all", -1, -1, "0.0.0.0/0")});
    b.get<Subnet>("t-attach").networkAcl = "acl-attach";
    // From the gateway to t-1, the attachment subnet's outbound rules apply: none allow.
    EXPECT_EQ(verdict(ask(b.document, "app-1", "t-1", "tcp", 22)), "NACL_OUTBOUND_DENIED");
}

TEST(ReachGatewayEndpoint, ReachesItsServiceWithoutNat) {
    NetworkBuilder b = twoTierNetwork();
    b.get<RouteTable>("rt-private").routes.clear();
    b.gatewayEndpoint("vpce-s3", "vpc-1", GatewayEndpointService::S3, {"rt-private"});
    const ReachAnswer s3 = ask(b.document, "app-1", "s3");
    EXPECT_EQ(verdict(s3), "reachable") << s3.explanation;
    EXPECT_TRUE(hasHop(s3, "gateway-endpoint", "vpce-s3"));
    EXPECT_EQ(verdict(ask(b.document, "app-1", "dynamodb")), "NO_ROUTE");
}

TEST(ReachQueries, BadEndpointsAreQueryErrors) {
    const NetworkBuilder b = twoTierNetwork();
    EXPECT_THROW(ask(b.document, "nope", "internet"), ReachQueryError);
    EXPECT_THROW(ask(b.document, "web-sg", "internet"), ReachQueryError);
    EXPECT_THROW(ask(b.document, "internet", "internet"), ReachQueryError);
    EXPECT_THROW(ask(b.document, "web-1", "web-1"), ReachQueryError);
    EXPECT_THROW(ask(b.document, "s3", "web-1"), ReachQueryError);
    EXPECT_THROW(ask(b.document, "web-1", "internet", "tcp", 70000), ReachQueryError);
    // A workload's private address names the workload.
    EXPECT_EQ(verdict(ask(b.document, "web-1", "10.0.2.4", "tcp", 8080)), "reachable");
}

} // namespace
} // namespace topograph::reach
