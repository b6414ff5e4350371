// SPDX-License-Identifier: Apache-2.0
// Containment on the canvas: what may be dropped where, and the hint when it may not.
#include "core/edit/placement.h"
#include "edit_test_support.h"

#include <gtest/gtest.h>

namespace topograph {
namespace {

using namespace edit_tests;
using K = ResourceKind;

PlacementCheck place(const Document& document, ResourceKind kind, const char* parent) {
    return canPlace(document, kind,
                    parent == nullptr ? std::nullopt : std::optional<ResourceId>(parent));
}

TEST(RequiredParentKind, FollowsRegionVpcZoneSubnet) {
    EXPECT_EQ(requiredParentKind(K::Region), std::nullopt);
    EXPECT_EQ(requiredParentKind(K::Vpc), K::Region);
    EXPECT_EQ(requiredParentKind(K::AvailabilityZone), K::Vpc);
    EXPECT_EQ(requiredParentKind(K::Subnet), K::AvailabilityZone);
    for (K workload : {K::Instance, K::LoadBalancer, K::RdsInstance, K::LambdaFunction,
                       K::EcsService, K::InterfaceEndpoint, K::NatGateway}) {
        EXPECT_EQ(requiredParentKind(workload), K::Subnet) << kindName(workload);
    }
    for (K vpcWide : {K::InternetGateway, K::EgressOnlyInternetGateway, K::VpnGateway,
                      K::RouteTable, K::NetworkAcl, K::SecurityGroup, K::GatewayEndpoint}) {
        EXPECT_EQ(requiredParentKind(vpcWide), K::Vpc) << kindName(vpcWide);
    }
    for (K regional : {K::ElasticIp, K::TransitGateway, K::CustomerGateway}) {
        EXPECT_EQ(requiredParentKind(regional), K::Region) << kindName(regional);
    }
    EXPECT_EQ(requiredParentKind(K::TransitGatewayRouteTable), K::TransitGateway);
    EXPECT_EQ(requiredParentKind(K::VpcPeering), std::nullopt);
    EXPECT_EQ(requiredParentKind(K::VpnConnection), std::nullopt);
}

TEST(CanPlace, ASubnetGoesIntoAnAvailabilityZoneOnly) {
    const Document document = smallNetwork();
    EXPECT_TRUE(place(document, K::Subnet, "az-a").allowed);
    for (const char* wrong : {"vpc", "region", "subnet-a", "web"}) {
        const PlacementCheck check = place(document, K::Subnet, wrong);
        EXPECT_FALSE(check.allowed) << wrong;
        EXPECT_EQ(check.hint,
                  "A subnet goes inside an availability zone: drop it onto an AZ inside a VPC.");
    }
    EXPECT_FALSE(place(document, K::Subnet, nullptr).allowed);
}

TEST(CanPlace, WorkloadsAndNatGatewaysGoIntoASubnet) {
    const Document document = smallNetwork();
    for (K kind : {K::Instance, K::NatGateway, K::RdsInstance, K::LoadBalancer}) {
        EXPECT_TRUE(place(document, kind, "subnet-a").allowed) << kindName(kind);
        const PlacementCheck inZone = place(document, kind, "az-a");
        EXPECT_FALSE(inZone.allowed) << kindName(kind);
        EXPECT_NE(inZone.hint.find("subnet"), std::string::npos) << inZone.hint;
    }
}

TEST(CanPlace, AnAllowedDropHasNoHint) {
    const Document document = smallNetwork();
    const PlacementCheck check = place(document, K::AvailabilityZone, "vpc");
    EXPECT_TRUE(check.allowed);
    EXPECT_TRUE(check.hint.empty()) << check.hint;
}

TEST(CanPlace, AVpcSitsOnTheCanvasOnlyWhileThereIsNoRegion) {
    EXPECT_TRUE(place(Document{}, K::Vpc, nullptr).allowed);
    const Document document = smallNetwork();
    const PlacementCheck bare = place(document, K::Vpc, nullptr);
    EXPECT_FALSE(bare.allowed);
    EXPECT_EQ(bare.hint, "A VPC goes inside a region: drop it onto a region.");
    EXPECT_TRUE(place(document, K::Vpc, "region").allowed);
    EXPECT_FALSE(place(document, K::Vpc, "vpc").allowed);
}

TEST(CanPlace, RegionsAndConnectionsStayOnTheBareCanvas) {
    const Document document = smallNetwork();
    for (K kind : {K::Region, K::VpcPeering, K::VpnConnection}) {
        EXPECT_TRUE(place(document, kind, nullptr).allowed) << kindName(kind);
        const PlacementCheck inside = place(document, kind, "region");
        EXPECT_FALSE(inside.allowed) << kindName(kind);
        EXPECT_EQ(inside.hint, placementHint(kind));
    }
}

TEST(CanPlace, VpcWideItemsMayBeDroppedOnAnythingInsideTheVpc) {
    const Document document = smallNetwork();
    for (K kind : {K::SecurityGroup, K::RouteTable, K::NetworkAcl, K::GatewayEndpoint}) {
        for (const char* parent : {"vpc", "az-a", "subnet-a", "web"}) {
            EXPECT_TRUE(place(document, kind, parent).allowed) << kindName(kind) << parent;
            EXPECT_EQ(resolvedParent(document, kind, ResourceId(parent)), "vpc");
        }
        EXPECT_FALSE(place(document, kind, "region").allowed) << kindName(kind);
        EXPECT_FALSE(place(document, kind, nullptr).allowed) << kindName(kind);
    }
    // An availability zone is drawn inside the VPC itself, not inside its own subnets.
    EXPECT_FALSE(place(document, K::AvailabilityZone, "subnet-a").allowed);
}

TEST(CanPlace, RegionalItemsGoIntoARegion) {
    const Document document = smallNetwork();
    for (K kind : {K::ElasticIp, K::TransitGateway, K::CustomerGateway}) {
        EXPECT_TRUE(place(document, kind, "region").allowed) << kindName(kind);
        EXPECT_FALSE(place(document, kind, nullptr).allowed) << kindName(kind);
        EXPECT_FALSE(place(document, kind, "vpc").allowed) << kindName(kind);
        EXPECT_TRUE(place(Document{}, kind, nullptr).allowed) << kindName(kind);
    }
    EXPECT_TRUE(place(document, K::TransitGatewayRouteTable, "tgw").allowed);
    EXPECT_FALSE(place(document, K::TransitGatewayRouteTable, "region").allowed);
}

TEST(CanPlace, AVpcTakesOneInternetGatewayAndOneVirtualPrivateGateway) {
    Document document = smallNetwork();
    addVpc(document, "other", {"10.1.0.0/16"}, "region");
    EXPECT_TRUE(place(document, K::InternetGateway, "vpc").allowed);
    InternetGateway igw;
    igw.attachedVpc = "vpc";
    add(document, "igw", igw);
    const PlacementCheck second = place(document, K::InternetGateway, "subnet-a");
    EXPECT_FALSE(second.allowed);
    EXPECT_NE(second.hint.find("already has an internet gateway"), std::string::npos)
        << second.hint;
    EXPECT_TRUE(place(document, K::InternetGateway, "other").allowed);

    EXPECT_TRUE(place(document, K::VpnGateway, "vpc").allowed);
    VpnGateway vgw;
    vgw.attachedVpc = "vpc";
    add(document, "vgw", vgw);
    EXPECT_FALSE(place(document, K::VpnGateway, "vpc").allowed);
    EXPECT_TRUE(place(document, K::VpnGateway, "other").allowed);
}

TEST(CanPlace, AFullVpcRefusesAnotherSubnetAndSaysWhatToDo) {
    Document document = smallNetwork();
    addSubnet(document, "rest", "vpc", "10.0.128.0/17");
    addSubnet(document, "more", "vpc", "10.0.64.0/18");
    addSubnet(document, "again", "vpc", "10.0.32.0/19");
    EXPECT_TRUE(place(document, K::Subnet, "az-a").allowed);
    addSubnet(document, "last", "vpc", "10.0.0.0/19");
    const PlacementCheck check = place(document, K::Subnet, "az-a");
    EXPECT_FALSE(check.allowed);
    EXPECT_NE(check.hint.find("no free address block"), std::string::npos) << check.hint;
    EXPECT_NE(check.hint.find("secondary CIDR block"), std::string::npos) << check.hint;
}

TEST(CanPlace, AZoneOutsideAnyVpcTakesNoSubnet) {
    Document document = smallNetwork();
    addZone(document, "stray", "gone", "us-west-2b");
    const PlacementCheck check = place(document, K::Subnet, "stray");
    EXPECT_FALSE(check.allowed);
    EXPECT_NE(check.hint.find("belongs to no VPC"), std::string::npos) << check.hint;
}

TEST(CanPlace, AnUnknownParentIsNamedInTheHint) {
    const PlacementCheck check = place(smallNetwork(), K::Instance, "ghost");
    EXPECT_FALSE(check.allowed);
    EXPECT_NE(check.hint.find("'ghost'"), std::string::npos) << check.hint;
}

TEST(CanPlace, ResourcesKeptFromTemplatesCannotBeDrawn) {
    EXPECT_FALSE(place(Document{}, K::External, nullptr).allowed);
    EXPECT_FALSE(place(smallNetwork(), K::External, "vpc").allowed);
}

TEST(CanPlace, EveryRefusalHasAHintAndEveryKindHasSomewhereToGo) {
    const Document document = smallNetwork();
    std::vector<std::optional<ResourceId>> parents{std::nullopt};
    for (const Resource& resource : document.resources()) {
        parents.push_back(resource.id);
    }
    for (int index = 0; index < resourceKindCount; ++index) {
        const auto kind = static_cast<ResourceKind>(index);
        EXPECT_FALSE(placementHint(kind).empty()) << kindName(kind);
        bool somewhere = false;
        for (const auto& parent : parents) {
            const PlacementCheck check = canPlace(document, kind, parent);
            EXPECT_EQ(check.allowed, check.hint.empty())
                << kindName(kind) << " on " << parent.value_or("canvas");
            somewhere = somewhere || check.allowed;
        }
        EXPECT_EQ(somewhere, kind != K::External) << kindName(kind);
    }
}

} // namespace
} // namespace topograph
