// SPDX-License-Identifier: Apache-2.0
// New resources from the palette: fresh ids, readable names, references that put them inside
// their parent, proposed blocks and zones.
#include "core/edit/new_resource.h"
#include "core/edit/placement.h"
#include "core/model/references.h"
#include "edit_test_support.h"

#include <gtest/gtest.h>

namespace topograph {
namespace {

using namespace edit_tests;
using K = ResourceKind;

/// Makes a resource, adds it, and returns a copy of it as stored.
Resource drop(Document& document, ResourceKind kind, std::optional<ResourceId> parent) {
    Resource resource = makeResource(document, kind, parent);
    document.add(resource);
    return resource;
}

TEST(MakeResource, VpcsGetFreshIdsNamesAndTheNextFreeBlock) {
    Document document;
    addRegion(document, "region", "us-east-1");
    const Resource first = drop(document, K::Vpc, "region");
    EXPECT_EQ(first.id, "vpc-1");
    EXPECT_EQ(first.name, "VPC 1");
    ASSERT_NE(first.as<Vpc>(), nullptr);
    EXPECT_EQ(first.as<Vpc>()->region, "region");
    EXPECT_EQ(first.as<Vpc>()->ipv4Cidrs, std::vector<std::string>{"10.0.0.0/16"});

    const Resource second = drop(document, K::Vpc, "region");
    EXPECT_EQ(second.id, "vpc-2");
    EXPECT_EQ(second.name, "VPC 2");
    EXPECT_EQ(second.as<Vpc>()->ipv4Cidrs, std::vector<std::string>{"10.1.0.0/16"});
}

TEST(MakeResource, NamesSkipOnesAlreadyTaken) {
    Document document;
    Resource named = makeResource(document, K::Vpc, std::nullopt);
    named.name = "VPC 2";
    document.add(named);
    EXPECT_EQ(makeResource(document, K::Vpc, std::nullopt).name, "VPC 3");
    EXPECT_EQ(newDisplayName(document, K::Subnet), "Subnet 1");
}

TEST(MakeResource, IdsAvoidTakenOnes) {
    Document document;
    addVpc(document, "vpc-1", {"10.0.0.0/16"});
    EXPECT_EQ(makeResource(document, K::Vpc, std::nullopt).id, "vpc-2");
}

TEST(MakeResource, ASubnetTakesItsZoneAndVpcAndTheNextBlock) {
    Document document = smallNetwork();
    const Resource first = drop(document, K::Subnet, "az-a");
    const Subnet* subnet = first.as<Subnet>();
    ASSERT_NE(subnet, nullptr);
    EXPECT_EQ(subnet->vpc, "vpc");
    EXPECT_EQ(subnet->availabilityZone, "az-a");
    EXPECT_EQ(subnet->ipv4Cidr, "10.0.1.0/24"); // 10.0.0.0/24 is subnet-a's
    EXPECT_EQ(first.name, "Subnet 2");
    EXPECT_EQ(drop(document, K::Subnet, "az-a").as<Subnet>()->ipv4Cidr, "10.0.2.0/24");
}

TEST(MakeResource, ZonesTakeTheNextLetterOfTheVpcsRegion) {
    Document document = smallNetwork();
    const Resource second = drop(document, K::AvailabilityZone, "vpc");
    EXPECT_EQ(second.as<AvailabilityZone>()->vpc, "vpc");
    EXPECT_EQ(second.as<AvailabilityZone>()->zone, "us-west-2b");
    EXPECT_EQ(second.name, "us-west-2b");
    EXPECT_EQ(drop(document, K::AvailabilityZone, "vpc").as<AvailabilityZone>()->zone,
              "us-west-2c");

    // Zones of another VPC do not count: each VPC draws its own.
    const Resource other = drop(document, K::Vpc, "region");
    EXPECT_EQ(drop(document, K::AvailabilityZone, other.id).as<AvailabilityZone>()->zone,
              "us-west-2a");
}

TEST(MakeResource, ZonesDefaultToUsEast1AndUseTheOnlyRegionForAVpcWithoutOne) {
    Document bare;
    const Resource vpc = drop(bare, K::Vpc, std::nullopt);
    EXPECT_EQ(drop(bare, K::AvailabilityZone, vpc.id).as<AvailabilityZone>()->zone, "us-east-1a");

    Document oneRegion;
    addRegion(oneRegion, "region", "eu-west-1");
    addVpc(oneRegion, "vpc", {"10.0.0.0/16"}); // region left empty: the only region
    EXPECT_EQ(nextZoneName(oneRegion, "vpc"), "eu-west-1a");
}

TEST(MakeResource, RegionsTakeTheNextUnusedAwsRegion) {
    Document document;
    const Resource first = drop(document, K::Region, std::nullopt);
    EXPECT_EQ(first.as<Region>()->name, "us-east-1");
    EXPECT_EQ(first.name, "US East (N. Virginia)");
    EXPECT_EQ(drop(document, K::Region, std::nullopt).as<Region>()->name, "us-east-2");
}

TEST(MakeResource, WorkloadsArePlacedInTheirSubnet) {
    Document document = smallNetwork();
    for (K kind : {K::Instance, K::LoadBalancer, K::RdsInstance, K::LambdaFunction, K::EcsService,
                   K::InterfaceEndpoint}) {
        const Resource workload = drop(document, kind, "subnet-a");
        ASSERT_NE(workload.placement(), nullptr) << kindName(kind);
        EXPECT_EQ(workload.placement()->subnets, std::vector<ResourceId>{"subnet-a"});
    }
    EXPECT_EQ(drop(document, K::NatGateway, "subnet-a").as<NatGateway>()->subnet, "subnet-a");
}

TEST(MakeResource, ASecurityGroupDroppedOnAWorkloadBelongsToItsVpcAndMayLeave) {
    Document document = smallNetwork();
    const Resource group = drop(document, K::SecurityGroup, "web");
    EXPECT_EQ(group.id, "sg-1");
    const SecurityGroup* sg = group.as<SecurityGroup>();
    ASSERT_NE(sg, nullptr);
    EXPECT_EQ(sg->vpc, "vpc");
    EXPECT_TRUE(sg->ingress.empty());
    ASSERT_EQ(sg->egress.size(), 1U);
    EXPECT_TRUE(sg->egress[0].protocol.isAll());
    EXPECT_EQ(sg->egress[0].peer, "0.0.0.0/0");
}

TEST(MakeResource, GatewaysAttachToTheVpcInItsRegion) {
    Document document = smallNetwork();
    const Resource igw = drop(document, K::InternetGateway, "az-a");
    EXPECT_EQ(igw.as<InternetGateway>()->attachedVpc, "vpc");
    EXPECT_EQ(igw.as<InternetGateway>()->region, "region");
    const Resource vgw = drop(document, K::VpnGateway, "vpc");
    EXPECT_EQ(vgw.as<VpnGateway>()->attachedVpc, "vpc");
    EXPECT_EQ(vgw.as<VpnGateway>()->region, "region");
}

TEST(MakeResource, ARefusedDropThrowsWithTheHint) {
    Document document = smallNetwork();
    try {
        (void)makeResource(document, K::Subnet, "vpc");
        FAIL() << "a subnet on a VPC was accepted";
    } catch (const std::invalid_argument& error) {
        EXPECT_EQ(std::string(error.what()), canPlace(document, K::Subnet, "vpc").hint);
    }
    EXPECT_THROW((void)makeResource(document, K::Instance, std::nullopt), std::invalid_argument);
    EXPECT_THROW((void)makeResource(document, K::External, std::nullopt), std::invalid_argument);
}

// Every drop canPlace() allows gives a resource drawn where it was dropped (containerOf agrees
// with the placement table) whose references all resolve.
TEST(MakeResource, EveryAllowedDropLandsInItsParentWithoutDanglingReferences) {
    const Document base = smallNetwork();
    std::vector<std::optional<ResourceId>> parents{std::nullopt};
    for (const Resource& resource : base.resources()) {
        parents.push_back(resource.id);
    }
    int allowed = 0;
    for (int index = 0; index < resourceKindCount; ++index) {
        const auto kind = static_cast<ResourceKind>(index);
        for (const auto& parent : parents) {
            if (!canPlace(base, kind, parent).allowed) {
                continue;
            }
            ++allowed;
            const std::string where =
                std::string(kindName(kind)) + " on " + parent.value_or("canvas");
            Document document = base;
            const Resource made = makeResource(document, kind, parent);
            EXPECT_EQ(made.kind(), kind) << where;
            EXPECT_FALSE(base.contains(made.id)) << where;
            EXPECT_FALSE(made.name.empty()) << where;
            document.add(made);
            EXPECT_EQ(containerOf(document, made), resolvedParent(base, kind, parent)) << where;
            EXPECT_TRUE(danglingReferences(document).empty()) << where;
        }
    }
    EXPECT_GT(allowed, 25);
}

TEST(MakeResource, APublicNatGatewayComesWithItsElasticIpInTheVpcsRegion) {
    Document document = smallNetwork();
    Resource nat = makeResource(document, K::NatGateway, ResourceId("subnet-a"));
    const std::vector<Resource> companions = companionsOf(document, nat);
    ASSERT_EQ(companions.size(), 1u);
    const Resource& eip = companions.front();
    ASSERT_NE(eip.as<ElasticIp>(), nullptr);
    EXPECT_EQ(eip.as<ElasticIp>()->region, "region");
    EXPECT_EQ(eip.name, nat.name + " address");
    EXPECT_EQ(nat.as<NatGateway>()->elasticIp, std::optional<ResourceId>(eip.id));
    document.add(eip);
    document.add(nat);
    for (const Finding& finding : validate(document)) {
        EXPECT_NE(finding.code, "NAT_NO_ELASTIC_IP") << finding.message;
        EXPECT_NE(finding.code, "DANGLING_REFERENCE") << finding.message;
    }
    // One that has its address, a private one, and other kinds bring nothing.
    EXPECT_TRUE(companionsOf(document, nat).empty());
    Resource privateNat = makeResource(document, K::NatGateway, ResourceId("subnet-a"));
    privateNat.as<NatGateway>()->connectivity = NatConnectivity::Private;
    EXPECT_TRUE(companionsOf(document, privateNat).empty());
    Resource instance = makeResource(document, K::Instance, ResourceId("subnet-a"));
    EXPECT_TRUE(companionsOf(document, instance).empty());
}

TEST(MakeResource, ALoadBalancerStartsWithAnHttpListener) {
    const Document document = smallNetwork();
    const Resource balancer = makeResource(document, K::LoadBalancer, ResourceId("subnet-a"));
    EXPECT_EQ(balancer.as<LoadBalancer>()->listenerPorts, std::vector<int>{80});
}

} // namespace
} // namespace topograph
