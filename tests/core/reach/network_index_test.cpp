// SPDX-License-Identifier: Apache-2.0
#include "core/reach/network_index.h"
#include "network_builder.h"

#include <gtest/gtest.h>

namespace topograph::reach {
namespace {

using testing::NetworkBuilder;

std::string addressOf(const NetworkIndex& index, const std::string& id) {
    const auto& workload = index.workloads[index.workloadOf(id)];
    return workload.address ? workload.address->toString() : "none";
}

TEST(NetworkIndex, HandsOutLowestFreeUsableAddressesInIdOrder) {
    NetworkBuilder b;
    b.vpc("vpc-1", {"10.0.0.0/16"})
        .subnet("s", "vpc-1", "10.0.1.0/24")
        .instance("c", "s", {})
        .instance("b", "s", {}, PublicIpChoice::SubnetDefault, "10.0.1.5")
        .instance("a", "s", {});
    const NetworkIndex index(b.document);
    // .0-.3 are AWS's; .5 is b's explicit address; a comes before c in id order.
    EXPECT_EQ(addressOf(index, "a"), "10.0.1.4");
    EXPECT_EQ(addressOf(index, "b"), "10.0.1.5");
    EXPECT_EQ(addressOf(index, "c"), "10.0.1.6");
    EXPECT_EQ(index.workloadAt(*index.workloads[index.workloadOf("c")].address),
              index.workloadOf("c"));
}

TEST(NetworkIndex, AFullSubnetLeavesTheLastWorkloadWithoutAddress) {
    NetworkBuilder b;
    b.vpc("vpc-1", {"10.0.0.0/16"}).subnet("s", "vpc-1", "10.0.1.0/29"); // 3 usable
    for (const char* id : {"w1", "w2", "w3", "w4"}) {
        b.instance(id, "s", {});
    }
    const NetworkIndex index(b.document);
    EXPECT_EQ(addressOf(index, "w3"), "10.0.1.6");
    EXPECT_EQ(addressOf(index, "w4"), "none");
}

TEST(NetworkIndex, SubnetsFallBackToMainTableAndDefaultNacl) {
    NetworkBuilder b;
    b.vpc("vpc-1", {"10.0.0.0/16"})
        .vpc("vpc-2", {"10.1.0.0/16"})
        .routeTable("rt-other", "vpc-1", {})
        .routeTable("rt-main", "vpc-1", {}, true)
        .nacl("acl-default", "vpc-1", {}, true)
        .subnet("a", "vpc-1", "10.0.1.0/24")
        .subnet("b", "vpc-1", "10.0.2.0/24", "rt-other", std::nullopt)
        .subnet("c", "vpc-2", "10.1.1.0/24");
    const NetworkIndex index(b.document);
    const auto& a = index.subnets[index.subnetOf("a")];
    EXPECT_EQ(index.routeTables[a.routeTable].id, "rt-main");
    EXPECT_EQ(index.nacls[a.nacl].id, "acl-default");
    EXPECT_EQ(index.routeTables[index.subnets[index.subnetOf("b")].routeTable].id, "rt-other");
    // vpc-2 declares neither: implicit main table (local only) and allow-all default NACL.
    const auto& c = index.subnets[index.subnetOf("c")];
    EXPECT_TRUE(index.routeTables[c.routeTable].implicitMain);
    EXPECT_TRUE(index.routeTables[c.routeTable].routes.empty());
    EXPECT_TRUE(index.nacls[c.nacl].implicitDefault);
    ASSERT_EQ(index.nacls[c.nacl].inbound.size(), 1U);
    EXPECT_EQ(index.nacls[c.nacl].inbound.front().entry.action, RuleAction::Allow);
}

TEST(NetworkIndex, WorkloadsWithoutGroupsGetTheVpcDefaultGroup) {
    NetworkBuilder b;
    b.vpc("vpc-1", {"10.0.0.0/16"})
        .vpc("vpc-2", {"10.1.0.0/16"})
        .securityGroup("sg-default", "vpc-1", {}, {}, true)
        .subnet("s1", "vpc-1", "10.0.1.0/24")
        .subnet("s2", "vpc-2", "10.1.1.0/24")
        .instance("i1", "s1", {})
        .instance("i2", "s2", {});
    const NetworkIndex index(b.document);
    const auto& i1 = index.workloads[index.workloadOf("i1")];
    ASSERT_EQ(i1.securityGroups.size(), 1U);
    EXPECT_EQ(index.securityGroups[i1.securityGroups[0]].id, "sg-default");
    const auto& i2 = index.workloads[index.workloadOf("i2")];
    ASSERT_EQ(i2.securityGroups.size(), 1U);
    const auto& implicit = index.securityGroups[i2.securityGroups[0]];
    EXPECT_TRUE(implicit.implicitDefault);
    ASSERT_EQ(implicit.ingress.size(), 1U);
    EXPECT_EQ(implicit.ingress[0].rule.peerKind, SgPeerKind::SecurityGroup);
    EXPECT_EQ(implicit.ingress[0].rule.peer, implicit.id);
}

struct PublicIpCase {
    const char* name;
    PublicIpChoice choice;
    bool subnetMaps;
    bool elasticIp;
    bool expected;
};

class PublicIpTest : public ::testing::TestWithParam<PublicIpCase> {};

TEST_P(PublicIpTest, FollowsPreciseChoice13) {
    const PublicIpCase& c = GetParam();
    NetworkBuilder b;
    b.vpc("vpc-1", {"10.0.0.0/16"})
        .subnet("s", "vpc-1", "10.0.1.0/24", std::nullopt, std::nullopt, c.subnetMaps)
        .instance("i", "s", {}, c.choice);
    if (c.elasticIp) {
        b.elasticIp("eip", "i");
    }
    const NetworkIndex index(b.document);
    EXPECT_EQ(index.workloads[index.workloadOf("i")].publicIp, c.expected) << c.name;
}

INSTANTIATE_TEST_SUITE_P(
    Cases, PublicIpTest,
    ::testing::Values(
        PublicIpCase{"subnet default on", PublicIpChoice::SubnetDefault, true, false, true},
        PublicIpCase{"subnet default off", PublicIpChoice::SubnetDefault, false, false, false},
        PublicIpCase{"explicit yes", PublicIpChoice::Yes, false, false, true},
        PublicIpCase{"explicit no overrides subnet", PublicIpChoice::No, true, false, false},
        PublicIpCase{"elastic ip", PublicIpChoice::No, false, true, true}));

TEST(NetworkIndex, InvalidBlocksAreSkippedNotFatal) {
    NetworkBuilder b;
    b.vpc("vpc-1", {"10.0.0.0/16", "nonsense", "10.300.0.0/16"})
        .routeTable("rt", "vpc-1", {testing::route("bad", RouteTargetKind::InternetGateway, "x")})
        .nacl("acl", "vpc-1", {testing::naclEntry(100, false, true, "all", -1, -1, "1.2.3/8")})
        .subnet("s", "vpc-1", "10.0.1.0/33", "rt", "acl")
        .instance("i", "s", {});
    const NetworkIndex index(b.document);
    EXPECT_EQ(index.vpcs[0].blocks.size(), 1U);
    EXPECT_FALSE(index.subnets[0].cidr.has_value());
    EXPECT_FALSE(index.workloads[0].address.has_value());
}

TEST(NetworkIndex, GatewayEndpointsAddPrefixListRoutes) {
    NetworkBuilder b;
    b.vpc("vpc-1", {"10.0.0.0/16"})
        .routeTable("rt", "vpc-1", {})
        .gatewayEndpoint("vpce-s3", "vpc-1", GatewayEndpointService::S3, {"rt"});
    const NetworkIndex index(b.document);
    ASSERT_EQ(index.routeTables[0].routes.size(), 1U);
    EXPECT_EQ(index.routeTables[0].routes[0].route.destination, "pl-s3");
    EXPECT_EQ(index.routeTables[0].routes[0].route.target, "vpce-s3");
}

TEST(NetworkIndex, TransitGatewayDefaultsFollowPreciseChoice7) {
    NetworkBuilder b;
    b.vpc("a", {"10.0.0.0/16"})
        .vpc("b", {"10.1.0.0/16"})
        .transitGateway("tgw")
        .tgwAttachment("att-a", "tgw", "a", {})
        .tgwAttachment("att-b", "tgw", "b", {})
        .tgwRouteTable("custom", "tgw", {}, {"att-b"}, {});
    const NetworkIndex index(b.document);
    const auto& a = index.tgwAttachments[index.tgwAttachmentOf("att-a")];
    const auto& bAttachment = index.tgwAttachments[index.tgwAttachmentOf("att-b")];
    EXPECT_TRUE(index.tgwRouteTables[a.associatedRouteTable].implicitDefault);
    EXPECT_EQ(index.tgwRouteTables[bAttachment.associatedRouteTable].id, "custom");
    // Both attachments propagate into the default table.
    EXPECT_EQ(index.tgwRouteTables[a.associatedRouteTable].propagations.size(), 2U);
}

} // namespace
} // namespace topograph::reach
