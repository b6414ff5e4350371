// SPDX-License-Identifier: Apache-2.0
// VPC -> VPC (peering) and VPC -> transit gateway (attachment), with the routes between them.
#include "connection_test_support.h"

namespace topograph::edit_tests {
namespace {

/// Two VPCs of one region, each with a subnet on AWS's implicit main table; VPC B also has an
/// explicit table of its own for a second subnet. A transit gateway in the region.
Document twoVpcs() {
    Document document;
    addRegion(document, "region", "us-east-1");
    addVpc(document, "vpc-a", {"10.0.0.0/16"}, "region");
    document.findMutable("vpc-a")->name = "VPC A";
    addZone(document, "a-az1", "vpc-a", "us-east-1a");
    addZone(document, "a-az2", "vpc-a", "us-east-1b");
    addSubnet(document, "a-1", "vpc-a", "10.0.0.0/24", "a-az1");
    addSubnet(document, "a-2", "vpc-a", "10.0.1.0/24", "a-az1");
    addSubnet(document, "a-3", "vpc-a", "10.0.2.0/24", "a-az2");
    addVpc(document, "vpc-b", {"10.1.0.0/16", "10.2.0.0/16"}, "region");
    document.findMutable("vpc-b")->name = "VPC B";
    addZone(document, "b-az1", "vpc-b", "us-east-1a");
    addSubnet(document, "b-1", "vpc-b", "10.1.0.0/24", "b-az1");
    addSubnet(document, "b-2", "vpc-b", "10.1.1.0/24", "b-az1");
    RouteTable own;
    own.vpc = "vpc-b";
    add(document, "b-rt", own);
    document.findMutable("b-2")->as<Subnet>()->routeTable = "b-rt";
    TransitGateway tgw;
    tgw.region = "region";
    add(document, "tgw", tgw);
    document.findMutable("tgw")->name = "Hub";
    return document;
}

std::vector<const RouteTable*> tablesOf(const Document& document, const ResourceId& vpc) {
    std::vector<const RouteTable*> tables;
    for (const Resource& resource : document.resources()) {
        if (const auto* table = resource.as<RouteTable>(); table && table->vpc == vpc) {
            tables.push_back(table);
        }
    }
    return tables;
}

bool routes(const RouteTable& table, const std::string& destination, RouteTargetKind kind,
            const ResourceId& target) {
    return std::find(table.routes.begin(), table.routes.end(), Route{destination, kind, target}) !=
           table.routes.end();
}

TEST(ConnectPeering, PeersTwoVpcsWithRoutesInEveryTableOfBoth) {
    const Document document = twoVpcs();
    const ConnectionProposal proposal = connectItems(document, "vpc-a", "vpc-b");
    ASSERT_TRUE(proposal.allowed) << proposal.hint;
    EXPECT_EQ(proposal.kind, ConnectionKind::Peering);
    EXPECT_EQ(proposal.label, "Peer VPC A with VPC B");
    const Document after = appliedAndRoundTripped(document, proposal);

    const Resource* peering = nullptr;
    for (const Resource& resource : after.resources()) {
        if (resource.as<VpcPeering>() != nullptr) {
            peering = &resource;
        }
    }
    ASSERT_NE(peering, nullptr);
    EXPECT_EQ(peering->as<VpcPeering>()->requesterVpc, "vpc-a");
    EXPECT_EQ(peering->as<VpcPeering>()->accepterVpc, "vpc-b");
    EXPECT_TRUE(peering->geometry.has_value());

    // VPC A's subnets used the implicit main table: it is written out with both routes.
    const auto aTables = tablesOf(after, "vpc-a");
    ASSERT_EQ(aTables.size(), 1U);
    EXPECT_TRUE(aTables[0]->main);
    EXPECT_TRUE(routes(*aTables[0], "10.1.0.0/16", RouteTargetKind::VpcPeering, peering->id));
    EXPECT_TRUE(routes(*aTables[0], "10.2.0.0/16", RouteTargetKind::VpcPeering, peering->id));
    // VPC B: its own table and its main table (written out) route back.
    const auto bTables = tablesOf(after, "vpc-b");
    ASSERT_EQ(bTables.size(), 2U);
    for (const RouteTable* table : bTables) {
        EXPECT_TRUE(routes(*table, "10.0.0.0/16", RouteTargetKind::VpcPeering, peering->id));
    }
    EXPECT_FALSE(hasFinding(after, "PEERING_NO_RETURN_ROUTE"));
}

TEST(ConnectPeering, WithoutRoutesOnlyTheConnectionIsAdded) {
    const Document document = twoVpcs();
    ConnectionRequest request{"vpc-a", "vpc-b"};
    request.withRoutes = false;
    const ConnectionProposal proposal = proposeConnection(document, request);
    const Document after = appliedAndRoundTripped(document, proposal);
    ASSERT_EQ(proposal.edit.added.size(), 1U);
    EXPECT_EQ(proposal.edit.added[0].kind(), ResourceKind::VpcPeering);
    EXPECT_TRUE(proposal.edit.rewritten.empty());
    EXPECT_TRUE(mentions(proposal.changes, "No routes")) << joined(proposal.changes);
}

TEST(ConnectPeering, ADropOnSomethingInsideTheOtherVpcCountsAsTheVpc) {
    const Document document = twoVpcs();
    const ConnectionProposal proposal = connectItems(document, "vpc-a", "b-1");
    ASSERT_TRUE(proposal.allowed) << proposal.hint;
    EXPECT_EQ(proposal.to, "vpc-b");
    const ConnectionProposal own = connectItems(document, "vpc-a", "a-1");
    EXPECT_FALSE(own.allowed);
    EXPECT_NE(own.hint.find(R"(Peering needs two different VPCs: "VPC A" is this VPC)"),
              std::string::npos)
        << own.hint;
}

TEST(ConnectPeering, RefusesOverlappingBlocks) {
    Document document = twoVpcs();
    document.findMutable("vpc-b")->as<Vpc>()->ipv4Cidrs = {"10.1.0.0/16", "10.0.128.0/17"};
    const ConnectionProposal proposal = connectItems(document, "vpc-a", "vpc-b");
    EXPECT_FALSE(proposal.allowed);
    EXPECT_NE(proposal.hint.find(R"(10.0.0.0/16 of "VPC A" overlaps 10.0.128.0/17 of "VPC B")"),
              std::string::npos)
        << proposal.hint;
}

TEST(ConnectPeering, RefusesASecondPeeringBetweenTheSameVpcs) {
    const Document document = twoVpcs();
    const Document peered =
        appliedAndRoundTripped(document, connectItems(document, "vpc-a", "vpc-b"));
    const ConnectionProposal again = connectItems(peered, "vpc-b", "vpc-a");
    EXPECT_FALSE(again.allowed);
    EXPECT_NE(again.hint.find("are already peered"), std::string::npos) << again.hint;
}

TEST(ConnectTransit, AttachesTheFirstSubnetOfEachZone) {
    const Document document = twoVpcs();
    const ConnectionProposal proposal = connectItems(document, "vpc-a", "tgw");
    ASSERT_TRUE(proposal.allowed) << proposal.hint;
    EXPECT_EQ(proposal.kind, ConnectionKind::TransitAttachment);
    EXPECT_EQ(proposal.label, "Attach VPC A to Hub");
    appliedAndRoundTripped(document, proposal);
    ASSERT_EQ(proposal.edit.added.size(), 1U);
    const auto* attachment = proposal.edit.added[0].as<TransitGatewayAttachment>();
    ASSERT_NE(attachment, nullptr);
    EXPECT_EQ(attachment->transitGateway, "tgw");
    EXPECT_EQ(attachment->vpc, "vpc-a");
    EXPECT_EQ(attachment->subnets, (std::vector<ResourceId>{"a-1", "a-3"}));
    // Nothing else is attached yet: no routes to add.
    EXPECT_TRUE(proposal.edit.rewritten.empty());
    EXPECT_TRUE(mentions(proposal.changes, "No other VPC is attached")) << joined(proposal.changes);
}

TEST(ConnectTransit, RoutesBetweenTheNewVpcAndThoseAlreadyAttached) {
    const Document document = twoVpcs();
    const Document first = appliedAndRoundTripped(document, connectItems(document, "vpc-a", "tgw"));
    // Dragging the transit gateway onto the VPC reads the same way round.
    const ConnectionProposal proposal = connectItems(first, "tgw", "b-2");
    ASSERT_TRUE(proposal.allowed) << proposal.hint;
    EXPECT_EQ(proposal.from, "vpc-b");
    const Document after = appliedAndRoundTripped(first, proposal);
    for (const RouteTable* table : tablesOf(after, "vpc-a")) {
        EXPECT_TRUE(routes(*table, "10.1.0.0/16", RouteTargetKind::TransitGateway, "tgw"));
        EXPECT_TRUE(routes(*table, "10.2.0.0/16", RouteTargetKind::TransitGateway, "tgw"));
    }
    const auto bTables = tablesOf(after, "vpc-b");
    ASSERT_EQ(bTables.size(), 2U);
    for (const RouteTable* table : bTables) {
        EXPECT_TRUE(routes(*table, "10.0.0.0/16", RouteTargetKind::TransitGateway, "tgw"));
    }
}

TEST(ConnectTransit, RefusesAVpcWithoutSubnetsAndASecondAttachment) {
    Document document = twoVpcs();
    addVpc(document, "empty", {"10.9.0.0/16"}, "region");
    const ConnectionProposal empty = connectItems(document, "empty", "tgw");
    EXPECT_FALSE(empty.allowed);
    EXPECT_NE(empty.hint.find("Add a subnet first"), std::string::npos) << empty.hint;

    const Document attached =
        appliedAndRoundTripped(document, connectItems(document, "vpc-a", "tgw"));
    const ConnectionProposal again = connectItems(attached, "vpc-a", "tgw");
    EXPECT_FALSE(again.allowed);
    EXPECT_NE(again.hint.find(R"(already attached to "Hub")"), std::string::npos) << again.hint;
}

TEST(ConnectTransit, RefusesATransitGatewayOfAnotherRegion) {
    Document document = twoVpcs();
    addRegion(document, "west", "us-west-2");
    document.findMutable("tgw")->as<TransitGateway>()->region = "west";
    const ConnectionProposal proposal = connectItems(document, "vpc-a", "tgw");
    EXPECT_FALSE(proposal.allowed);
    EXPECT_NE(proposal.hint.find("in its own region"), std::string::npos) << proposal.hint;
}

} // namespace
} // namespace topograph::edit_tests
