// SPDX-License-Identifier: Apache-2.0
// containerOf() and enclosingVpc(): containment is derived from references,
// region > VPC > AZ > subnet > workload.
#include "core/model/references.h"
#include "tests/support/document_invariants.h"
#include "tests/support/model_builders.h"

#include <gtest/gtest.h>
#include <optional>
#include <string>

namespace topograph {
namespace {

using testing_support::documentInvariantsHold;
using testing_support::resource;

// One region with one VPC holding every kind of thing that is drawn somewhere.
Document sampleDocument() {
    Document d;
    d.add(resource("region", Region{.name = "us-east-1"}));
    d.add(resource("vpc", Vpc{.region = "region", .ipv4Cidrs = {"10.0.0.0/16"}}));
    d.add(resource("vpc-no-region", Vpc{.ipv4Cidrs = {"10.1.0.0/16"}}));
    d.add(resource("az-a", AvailabilityZone{.vpc = "vpc", .zone = "us-east-1a"}));
    d.add(resource("subnet-a",
                   Subnet{.vpc = "vpc", .availabilityZone = "az-a", .ipv4Cidr = "10.0.1.0/24"}));
    d.add(resource("subnet-b", Subnet{.vpc = "vpc", .ipv4Cidr = "10.0.2.0/24"}));
    d.add(resource("web", Instance{.placement = {.subnets = {"subnet-a"}}}));
    d.add(resource("alb", LoadBalancer{.placement = {.subnets = {"subnet-a", "subnet-b"}}}));
    d.add(resource("floating", LambdaFunction{}));
    d.add(resource("igw-attached", InternetGateway{.attachedVpc = "vpc", .region = "region"}));
    d.add(resource("igw-detached", InternetGateway{.region = "region"}));
    d.add(resource("vgw-detached", VpnGateway{.region = "region"}));
    d.add(resource("eip", ElasticIp{.region = "region"}));
    d.add(resource("nat", NatGateway{.subnet = "subnet-a", .elasticIp = "eip"}));
    d.add(resource("rt", RouteTable{.vpc = "vpc"}));
    d.add(resource("acl", NetworkAcl{.vpc = "vpc"}));
    d.add(resource("sg", SecurityGroup{.vpc = "vpc"}));
    d.add(resource("eigw", EgressOnlyInternetGateway{.vpc = "vpc"}));
    d.add(resource("s3", GatewayEndpoint{.vpc = "vpc"}));
    d.add(resource("tgw", TransitGateway{.region = "region"}));
    d.add(resource("tgw-att", TransitGatewayAttachment{
                                  .transitGateway = "tgw", .vpc = "vpc", .subnets = {"subnet-a"}}));
    d.add(resource("tgw-rt", TransitGatewayRouteTable{.transitGateway = "tgw"}));
    d.add(resource("cgw", CustomerGateway{.region = "region"}));
    d.add(resource("peering", VpcPeering{.requesterVpc = "vpc", .accepterVpc = "vpc-no-region"}));
    d.add(resource("vpn", VpnConnection{.customerGateway = "cgw", .transitGateway = "tgw"}));
    d.add(resource("bucket", ExternalResource{.type = "AWS::S3::Bucket"}));
    return d;
}

struct ContainmentRow {
    ResourceId id;
    std::optional<ResourceId> container;
    std::optional<ResourceId> vpc;
};

TEST(Containment, DerivedFromReferences) {
    const Document document = sampleDocument();
    ASSERT_TRUE(documentInvariantsHold(document));
    const std::optional<ResourceId> none;
    const ContainmentRow rows[] = {
        {"region", none, none},
        {"vpc", "region", "vpc"},
        {"vpc-no-region", none, "vpc-no-region"},
        {"az-a", "vpc", "vpc"},
        {"subnet-a", "az-a", "vpc"}, // in its AZ
        {"subnet-b", "vpc", "vpc"},  // no AZ: straight in the VPC
        {"web", "subnet-a", "vpc"},  // one subnet: drawn in it
        {"alb", "vpc", "vpc"},       // several subnets: drawn in their VPC
        {"floating", none, none},    // no subnet at all
        {"igw-attached", "vpc", "vpc"},
        {"igw-detached", "region", none}, // a detached gateway waits in its region
        {"vgw-detached", "region", none},
        {"eip", "region", none},
        {"nat", "subnet-a", "vpc"},
        {"rt", "vpc", "vpc"},
        {"acl", "vpc", "vpc"},
        {"sg", "vpc", "vpc"},
        {"eigw", "vpc", "vpc"},
        {"s3", "vpc", "vpc"},
        {"tgw", "region", none},
        {"tgw-att", "vpc", "vpc"},
        {"tgw-rt", "tgw", none},
        {"cgw", "region", none},
        {"peering", none, none},
        {"vpn", none, none},
        {"bucket", none, none},
    };
    for (const ContainmentRow& row : rows) {
        SCOPED_TRACE(row.id);
        const Resource* item = document.find(row.id);
        ASSERT_NE(item, nullptr);
        EXPECT_EQ(containerOf(document, *item), row.container);
        EXPECT_EQ(enclosingVpc(document, row.id), row.vpc);
    }
    EXPECT_EQ(enclosingVpc(document, "missing"), std::nullopt);
}

TEST(Containment, SubnetNamingAMissingZoneFallsBackToItsVpc) {
    Document document = sampleDocument();
    document.add(
        resource("subnet-lost-az",
                 Subnet{.vpc = "vpc", .availabilityZone = "gone", .ipv4Cidr = "10.0.3.0/24"}));
    EXPECT_EQ(containerOf(document, *document.find("subnet-lost-az")), "vpc");
    EXPECT_EQ(enclosingVpc(document, "subnet-lost-az"), "vpc");
}

TEST(Containment, FollowsEditsBecauseItIsNeverStored) {
    Document document = sampleDocument();
    Resource web = *document.find("web");
    web.placement()->subnets = {"subnet-b"};
    document.replace(web);
    EXPECT_EQ(containerOf(document, *document.find("web")), "subnet-b");

    Resource igw = *document.find("igw-detached");
    igw.as<InternetGateway>()->attachedVpc = "vpc-no-region";
    document.replace(igw);
    EXPECT_EQ(containerOf(document, *document.find("igw-detached")), "vpc-no-region");
    EXPECT_EQ(enclosingVpc(document, "igw-detached"), "vpc-no-region");
}

TEST(Containment, AWorkloadInAMissingSubnetHasNoVpc) {
    Document document;
    document.add(resource("i", Instance{.placement = {.subnets = {"gone"}}}));
    EXPECT_EQ(containerOf(document, *document.find("i")), "gone");
    EXPECT_EQ(enclosingVpc(document, "i"), std::nullopt);
    EXPECT_FALSE(testing_support::referencesResolve(document));
}

} // namespace
} // namespace topograph
