// SPDX-License-Identifier: Apache-2.0
#include "core/reach/vpc_graph.h"
#include "network_builder.h"

#include <gtest/gtest.h>

namespace topograph::reach {
namespace {

using testing::NetworkBuilder;

TEST(VpcGraph, PeeringAndTransitGatewaysJoinComponents) {
    NetworkBuilder b;
    for (const char* vpc : {"vpc-a", "vpc-b", "vpc-c", "vpc-d", "vpc-e"}) {
        b.vpc(vpc, {"10.0.0.0/16"});
    }
    b.peering("pcx-ab", "vpc-a", "vpc-b");
    b.transitGateway("tgw-1");
    b.tgwAttachment("att-b", "tgw-1", "vpc-b", {});
    b.tgwAttachment("att-c", "tgw-1", "vpc-c", {});
    b.peering("pcx-broken", "vpc-d", "vpc-gone");
    const NetworkIndex index(b.document);
    const VpcGraph graph(index);
    const auto v = [&](const char* id) {
        return index.vpcOf(id);
    };
    EXPECT_TRUE(graph.connected(v("vpc-a"), v("vpc-c"))); // a-b peered, b-c through tgw-1
    EXPECT_FALSE(graph.connected(v("vpc-a"), v("vpc-d")));
    EXPECT_FALSE(graph.connected(v("vpc-d"), v("vpc-e")));
    EXPECT_EQ(graph.componentCount(), 3U); // {a, b, c, tgw-1}, {d}, {e}
}

TEST(VpcGraph, GroupReferencesCountAcrossSameRegionPeeringAndOptedInAttachments) {
    NetworkBuilder b;
    for (const char* vpc : {"vpc-a", "vpc-b", "vpc-c", "vpc-d"}) {
        b.vpc(vpc, {"10.0.0.0/16"});
    }
    b.peering("pcx-ab", "vpc-a", "vpc-b");
    b.peering("pcx-ad", "vpc-a", "vpc-d");
    b.get<VpcPeering>("pcx-ad").peerRegion = "eu-west-1";
    b.transitGateway("tgw-1");
    b.tgwAttachment("att-b", "tgw-1", "vpc-b", {});
    b.tgwAttachment("att-c", "tgw-1", "vpc-c", {});
    b.get<TransitGatewayAttachment>("att-b").securityGroupReferencingSupport = true;
    const NetworkIndex index(b.document);
    {
        const VpcGraph graph(index);
        const auto v = [&](const char* id) {
            return index.vpcOf(id);
        };
        EXPECT_TRUE(graph.referencesCount(v("vpc-a"), v("vpc-a")));
        EXPECT_TRUE(graph.referencesCount(v("vpc-b"), v("vpc-a")));
        EXPECT_FALSE(graph.referencesCount(v("vpc-a"), v("vpc-d"))); // another region
        EXPECT_FALSE(graph.referencesCount(v("vpc-b"), v("vpc-c"))); // att-c did not opt in
    }
    b.get<TransitGatewayAttachment>("att-c").securityGroupReferencingSupport = true;
    const NetworkIndex opted(b.document);
    const VpcGraph graph(opted);
    EXPECT_TRUE(graph.referencesCount(opted.vpcOf("vpc-b"), opted.vpcOf("vpc-c")));
    EXPECT_TRUE(graph.referencesCount(opted.vpcOf("vpc-c"), opted.vpcOf("vpc-b")));
}

} // namespace
} // namespace topograph::reach
