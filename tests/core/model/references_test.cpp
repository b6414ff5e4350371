// SPDX-License-Identifier: Apache-2.0
// referencesOf() for every kind: each reference field with the kinds it accepts, in a stable
// order; empty fields are not references. referrersOf() finds who points at an id.
#include "core/model/references.h"
#include "tests/support/model_builders.h"

#include <gtest/gtest.h>
#include <set>
#include <string>
#include <vector>

namespace topograph {
namespace {

using testing_support::resource;
using K = ResourceKind;

struct ExpectedReference {
    std::string field;
    ResourceId target;
    std::vector<ResourceKind> allowedKinds;
};

struct ReferenceRow {
    std::string name;
    Resource resource;
    std::vector<ExpectedReference> expected;
};

void PrintTo(const ReferenceRow& row, std::ostream* out) {
    *out << row.name;
}

Placement fullPlacement() {
    return Placement{.subnets = {"s1", "s2"}, .securityGroups = {"sg1"}};
}

std::vector<ExpectedReference> placementReferences() {
    return {{"placement.subnets[0]", "s1", {K::Subnet}},
            {"placement.subnets[1]", "s2", {K::Subnet}},
            {"placement.securityGroups[0]", "sg1", {K::SecurityGroup}}};
}

std::vector<ExpectedReference> withPlacement(std::vector<ExpectedReference> more) {
    auto result = placementReferences();
    result.insert(result.end(), more.begin(), more.end());
    return result;
}

std::vector<ReferenceRow> referenceRows() {
    const std::vector<ResourceKind> workloadTargets = {K::Instance, K::EcsService,
                                                       K::LambdaFunction};
    return {
        {"region", resource("x", Region{.name = "eu-west-1"}), {}},
        {"availability-zone",
         resource("x", AvailabilityZone{.vpc = "v", .zone = "eu-west-1a"}),
         {{"vpc", "v", {K::Vpc}}}},
        {"vpc", resource("x", Vpc{.region = "r"}), {{"region", "r", {K::Region}}}},
        {"subnet",
         resource(
             "x",
             Subnet{.vpc = "v", .availabilityZone = "az", .routeTable = "rt", .networkAcl = "acl"}),
         {{"vpc", "v", {K::Vpc}},
          {"availabilityZone", "az", {K::AvailabilityZone}},
          {"routeTable", "rt", {K::RouteTable}},
          {"networkAcl", "acl", {K::NetworkAcl}}}},
        {"route-table",
         resource(
             "x",
             RouteTable{.vpc = "v",
                        .routes = {{"10.0.0.0/16", RouteTargetKind::Local, ""},
                                   {"0.0.0.0/0", RouteTargetKind::InternetGateway, "igw"},
                                   {"::/0", RouteTargetKind::EgressOnlyInternetGateway, "eigw"},
                                   {"10.9.0.0/16", RouteTargetKind::NatGateway, "nat"},
                                   {"10.1.0.0/16", RouteTargetKind::VpcPeering, "pcx"},
                                   {"10.2.0.0/16", RouteTargetKind::TransitGateway, "tgw"},
                                   {"10.3.0.0/16", RouteTargetKind::VpnGateway, "vgw"},
                                   {"10.4.0.0/16", RouteTargetKind::NetworkInterface, "eni"},
                                   {"10.5.0.0/16", RouteTargetKind::Instance, "i"},
                                   {"10.6.0.0/16", RouteTargetKind::GatewayEndpoint, "gwe"},
                                   {"10.7.0.0/16", RouteTargetKind::Blackhole, ""}},
                        .propagatingGateways = {"vgw"},
                        .edgeAssociations = {"igw"}}),
         {{"vpc", "v", {K::Vpc}},
          {"routes[1].target", "igw", {K::InternetGateway}},
          {"routes[2].target", "eigw", {K::EgressOnlyInternetGateway}},
          {"routes[3].target", "nat", {K::NatGateway}},
          {"routes[4].target", "pcx", {K::VpcPeering}},
          {"routes[5].target", "tgw", {K::TransitGateway}},
          {"routes[6].target", "vgw", {K::VpnGateway}},
          {"routes[7].target", "eni", {K::Instance}},
          {"routes[8].target", "i", {K::Instance}},
          {"routes[9].target", "gwe", {K::InterfaceEndpoint, K::GatewayEndpoint, K::LoadBalancer}},
          {"propagatingGateways[0]", "vgw", {K::VpnGateway}},
          {"edgeAssociations[0]", "igw", {K::InternetGateway, K::VpnGateway}}}},
        {"internet-gateway",
         resource("x", InternetGateway{.attachedVpc = "v", .region = "r"}),
         {{"attachedVpc", "v", {K::Vpc}}, {"region", "r", {K::Region}}}},
        {"egress-only-internet-gateway",
         resource("x", EgressOnlyInternetGateway{.vpc = "v"}),
         {{"vpc", "v", {K::Vpc}}}},
        {"nat-gateway",
         resource("x", NatGateway{.subnet = "s1", .elasticIp = "eip"}),
         {{"subnet", "s1", {K::Subnet}}, {"elasticIp", "eip", {K::ElasticIp}}}},
        {"elastic-ip",
         resource("x", ElasticIp{.region = "r", .associatedWith = "i"}),
         {{"region", "r", {K::Region}},
          {"associatedWith",
           "i",
           {K::Instance, K::LoadBalancer, K::NatGateway, K::EcsService, K::RdsInstance}}}},
        {"network-acl",
         resource("x", NetworkAcl{.vpc = "v", .entries = {NaclEntry{}}}),
         {{"vpc", "v", {K::Vpc}}}},
        {"security-group",
         resource(
             "x",
             SecurityGroup{.vpc = "v",
                           .ingress = {{.peerKind = SgPeerKind::Cidr, .peer = "10.0.0.0/8"},
                                       {.peerKind = SgPeerKind::SecurityGroup, .peer = "sg-a"}},
                           .egress = {{.peerKind = SgPeerKind::PrefixList, .peer = "pl-s3"},
                                      {.peerKind = SgPeerKind::SecurityGroup, .peer = "sg-b"}}}),
         {{"vpc", "v", {K::Vpc}},
          {"ingress[1].peer", "sg-a", {K::SecurityGroup}},
          {"egress[1].peer", "sg-b", {K::SecurityGroup}}}},
        {"instance", resource("x", Instance{.placement = fullPlacement()}), placementReferences()},
        {"load-balancer",
         resource("x", LoadBalancer{.placement = fullPlacement(), .targets = {"i1", "svc"}}),
         withPlacement(
             {{"targets[0]", "i1", workloadTargets}, {"targets[1]", "svc", workloadTargets}})},
        {"rds-instance", resource("x", RdsInstance{.placement = fullPlacement()}),
         placementReferences()},
        {"lambda-function", resource("x", LambdaFunction{.placement = fullPlacement()}),
         placementReferences()},
        {"ecs-service", resource("x", EcsService{.placement = fullPlacement()}),
         placementReferences()},
        {"interface-endpoint", resource("x", InterfaceEndpoint{.placement = fullPlacement()}),
         placementReferences()},
        {"gateway-endpoint",
         resource("x", GatewayEndpoint{.vpc = "v", .routeTables = {"rt1", "rt2"}}),
         {{"vpc", "v", {K::Vpc}},
          {"routeTables[0]", "rt1", {K::RouteTable}},
          {"routeTables[1]", "rt2", {K::RouteTable}}}},
        {"vpc-peering",
         resource("x", VpcPeering{.requesterVpc = "v1", .accepterVpc = "v2"}),
         {{"requesterVpc", "v1", {K::Vpc}}, {"accepterVpc", "v2", {K::Vpc}}}},
        {"transit-gateway",
         resource("x", TransitGateway{.region = "r"}),
         {{"region", "r", {K::Region}}}},
        {"transit-gateway-attachment",
         resource("x",
                  TransitGatewayAttachment{.transitGateway = "tgw", .vpc = "v", .subnets = {"s1"}}),
         {{"transitGateway", "tgw", {K::TransitGateway}},
          {"vpc", "v", {K::Vpc}},
          {"subnets[0]", "s1", {K::Subnet}}}},
        {"transit-gateway-route-table",
         resource("x", TransitGatewayRouteTable{.transitGateway = "tgw",
                                                .routes = {{"10.0.0.0/8", "att1", false},
                                                           {"10.9.0.0/16", "", true}},
                                                .associations = {"att1"},
                                                .propagations = {"att2"}}),
         {{"transitGateway", "tgw", {K::TransitGateway}},
          {"routes[0].attachment", "att1", {K::TransitGatewayAttachment}},
          {"associations[0]", "att1", {K::TransitGatewayAttachment}},
          {"propagations[0]", "att2", {K::TransitGatewayAttachment}}}},
        {"vpn-gateway",
         resource("x", VpnGateway{.attachedVpc = "v", .region = "r"}),
         {{"attachedVpc", "v", {K::Vpc}}, {"region", "r", {K::Region}}}},
        {"customer-gateway",
         resource("x", CustomerGateway{.region = "r"}),
         {{"region", "r", {K::Region}}}},
        {"vpn-connection",
         resource(
             "x",
             VpnConnection{.customerGateway = "cgw", .vpnGateway = "vgw", .transitGateway = "tgw"}),
         {{"customerGateway", "cgw", {K::CustomerGateway}},
          {"vpnGateway", "vgw", {K::VpnGateway}},
          {"transitGateway", "tgw", {K::TransitGateway}}}},
        {"external", resource("x", ExternalResource{.type = "AWS::S3::Bucket"}), {}},
    };
}

class ReferencesOfKind : public testing::TestWithParam<ReferenceRow> {};

TEST_P(ReferencesOfKind, ListsEveryReferenceFieldWithItsAllowedKinds) {
    const ReferenceRow& row = GetParam();
    ASSERT_EQ(kindName(row.resource.kind()), row.name);
    const auto references = referencesOf(row.resource);
    ASSERT_EQ(references.size(), row.expected.size());
    for (std::size_t i = 0; i < references.size(); ++i) {
        SCOPED_TRACE(row.expected[i].field);
        EXPECT_EQ(references[i].field, row.expected[i].field);
        EXPECT_EQ(references[i].target, row.expected[i].target);
        EXPECT_EQ(references[i].allowedKinds, row.expected[i].allowedKinds);
    }
}

// Test names are the kind names with '_' for '-', which gtest does not allow.
std::string testNameOf(const testing::TestParamInfo<ReferenceRow>& row) {
    std::string name = row.param.name;
    for (char& c : name) {
        if (c == '-') {
            c = '_';
        }
    }
    return name;
}

INSTANTIATE_TEST_SUITE_P(EveryKind, ReferencesOfKind, testing::ValuesIn(referenceRows()),
                         testNameOf);

TEST(ReferencesOf, TheTableCoversEveryKind) {
    std::set<ResourceKind> covered;
    for (const ReferenceRow& row : referenceRows()) {
        covered.insert(row.resource.kind());
    }
    EXPECT_EQ(covered.size(), static_cast<std::size_t>(resourceKindCount));
}

TEST(ReferencesOf, EmptyFieldsAreNotReferences) {
    EXPECT_TRUE(referencesOf(resource("x", Subnet{})).empty());
    EXPECT_TRUE(referencesOf(resource("x", InternetGateway{})).empty());
    EXPECT_TRUE(referencesOf(resource("x", Instance{})).empty());
    EXPECT_TRUE(referencesOf(resource("x", VpnConnection{})).empty());
    // A security-group peer given as a CIDR or prefix list names no resource.
    EXPECT_TRUE(
        referencesOf(resource("x", SecurityGroup{.ingress = {{.peer = "0.0.0.0/0"}}})).empty());
}

TEST(RouteTargetKinds, LocalAndBlackholeNameNothing) {
    EXPECT_TRUE(routeTargetKinds(RouteTargetKind::Local).empty());
    EXPECT_TRUE(routeTargetKinds(RouteTargetKind::Blackhole).empty());
}

TEST(OutsideReference, SymbolsLeftByTheImporterAndAwsIdsNameTheOutside) {
    EXPECT_TRUE(isOutsideReference("${ImportValue:Shared-VPC}"));
    EXPECT_TRUE(isOutsideReference("${VpcIdParameter}"));
    EXPECT_TRUE(isOutsideReference("vpc-0a1b2c3d"));
    EXPECT_TRUE(isOutsideReference("sg-0123456789abcdef0"));
    EXPECT_TRUE(isOutsideReference("tgw-attach-0123456789abcdef0"));
    EXPECT_TRUE(isOutsideReference("subnet-12345678"));
}

TEST(OutsideReference, OrdinaryIdsAndLookAlikesAreNot) {
    EXPECT_FALSE(isOutsideReference("web-vpc"));
    EXPECT_FALSE(isOutsideReference("vpc-a"));
    EXPECT_FALSE(isOutsideReference("vpc-0A1B2C3D"));      // AWS ids are lower case
    EXPECT_FALSE(isOutsideReference("vpc-0a1b2c3"));       // 7 digits
    EXPECT_FALSE(isOutsideReference("database-0a1b2c3d")); // not an AWS prefix
    EXPECT_FALSE(isOutsideReference("${}"));
    EXPECT_FALSE(isOutsideReference("${unterminated"));
    EXPECT_FALSE(isOutsideReference(""));
}

TEST(ReferrersOf, ListsEachReferrerOnceInFileOrder) {
    Document document;
    document.add(resource("v", Vpc{}));
    document.add(resource("other", Vpc{}));
    document.add(resource("s", Subnet{.vpc = "v"}));
    document.add(resource("self-peer", VpcPeering{.requesterVpc = "v", .accepterVpc = "v"}));
    document.add(resource("sg", SecurityGroup{.vpc = "other"}));
    document.add(resource("az", AvailabilityZone{.vpc = "v"}));
    EXPECT_EQ(referrersOf(document, "v"), (std::vector<ResourceId>{"s", "self-peer", "az"}));
    EXPECT_EQ(referrersOf(document, "other"), std::vector<ResourceId>{"sg"});
    EXPECT_TRUE(referrersOf(document, "s").empty());
    EXPECT_TRUE(referrersOf(document, "missing").empty());
}

} // namespace
} // namespace topograph
