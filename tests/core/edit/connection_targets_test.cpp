// SPDX-License-Identifier: Apache-2.0
// Connecting by keyboard: the items the selected one can be connected to, refused ones with
// their reason, allowed ones first; a VPC lists VPCs and transit gateways, never the items
// inside them; two workloads carry the destination's port.
#include "core/edit/connection_targets.h"
#include "edit_test_support.h"
#include "exporters/model_yaml/model_file.h"

#include <algorithm>
#include <gtest/gtest.h>

namespace topograph {
namespace {

using namespace edit_tests;

/// Two VPCs of one region, each with a zone, a subnet and an attached internet gateway, and a
/// transit gateway.
Document twoVpcs() {
    Document document;
    addRegion(document, "region", "us-east-1");
    for (const std::string side : {"a", "b"}) {
        addVpc(document, "vpc-" + side, {side == "a" ? "10.0.0.0/16" : "10.1.0.0/16"}, "region");
        addZone(document, "az-" + side, "vpc-" + side, "us-east-1a");
        addSubnet(document, "subnet-" + side, "vpc-" + side,
                  side == "a" ? "10.0.0.0/24" : "10.1.0.0/24", "az-" + side);
        InternetGateway igw;
        igw.attachedVpc = "vpc-" + side;
        igw.region = "region";
        add(document, "igw-" + side, igw);
    }
    TransitGateway tgw;
    tgw.region = "region";
    add(document, "tgw", tgw);
    return document;
}

std::vector<ResourceId> idsOf(const std::vector<ConnectionTarget>& targets) {
    std::vector<ResourceId> ids;
    for (const ConnectionTarget& target : targets) {
        ids.push_back(target.id);
    }
    return ids;
}

// Takes a named list only: a pointer into a temporary list would dangle.
const ConnectionTarget* find(std::vector<ConnectionTarget>&& targets,
                             const ResourceId& id) = delete;
const ConnectionTarget* find(const std::vector<ConnectionTarget>& targets, const ResourceId& id) {
    const auto found = std::find_if(targets.begin(), targets.end(),
                                    [&](const ConnectionTarget& t) { return t.id == id; });
    return found != targets.end() ? &*found : nullptr;
}

TEST(ConnectionTargets, ASubnetListsTheGatewaysWithWhyAnotherVpcsIsRefused) {
    const Document document = twoVpcs();
    const std::vector<ConnectionTarget> targets = connectionTargets(document, "subnet-a");
    EXPECT_EQ(idsOf(targets), (std::vector<ResourceId>{"igw-a", "igw-b"}));
    const ConnectionTarget& own = targets[0];
    EXPECT_TRUE(own.allowed) << own.hint;
    EXPECT_EQ(own.kind, ConnectionKind::DefaultRoute);
    EXPECT_EQ(own.label, "Route 0.0.0.0/0 of subnet-a to igw-a");
    const ConnectionTarget& other = targets[1];
    EXPECT_FALSE(other.allowed);
    EXPECT_NE(other.hint.find(R"(is attached to "vpc-b", but this subnet is in "vpc-a")"),
              std::string::npos)
        << other.hint;
}

TEST(ConnectionTargets, AGatewayListsSubnetsWithTheSubnetFirstAsTheConnectionReads) {
    const Document document = twoVpcs();
    const std::vector<ConnectionTarget> targets = connectionTargets(document, "igw-b");
    ASSERT_EQ(idsOf(targets), (std::vector<ResourceId>{"subnet-b", "subnet-a"}));
    EXPECT_TRUE(targets[0].allowed);
    EXPECT_EQ(targets[0].from, "subnet-b");
    EXPECT_EQ(targets[0].to, "igw-b");
}

TEST(ConnectionTargets, AVpcListsVpcsAndTransitGatewaysNotWhatIsInside) {
    const Document document = twoVpcs();
    const std::vector<ConnectionTarget> targets = connectionTargets(document, "vpc-a");
    EXPECT_EQ(idsOf(targets), (std::vector<ResourceId>{"vpc-b", "tgw"}));
    EXPECT_EQ(targets[0].kind, ConnectionKind::Peering);
    EXPECT_EQ(targets[1].kind, ConnectionKind::TransitAttachment);
    EXPECT_TRUE(targets[0].allowed && targets[1].allowed);
    // The transit gateway lists the VPCs it can attach, the VPC first as the attachment reads.
    const std::vector<ConnectionTarget> fromHub = connectionTargets(document, "tgw");
    EXPECT_EQ(idsOf(fromHub), (std::vector<ResourceId>{"vpc-a", "vpc-b"}));
    EXPECT_EQ(fromHub[0].from, "vpc-a");
    EXPECT_EQ(fromHub[0].to, "tgw");
}

TEST(ConnectionTargets, RefusedOnesComeAfterTheAllowedOnes) {
    Document document = twoVpcs();
    // vpc-b now overlaps vpc-a: the peering is refused and goes last.
    Resource changed = *document.find("vpc-b");
    changed.as<Vpc>()->ipv4Cidrs = {"10.0.0.0/16"};
    document.replace(changed);
    const std::vector<ConnectionTarget> targets = connectionTargets(document, "vpc-a");
    EXPECT_EQ(idsOf(targets), (std::vector<ResourceId>{"tgw", "vpc-b"}));
    EXPECT_FALSE(targets[1].allowed);
    EXPECT_NE(targets[1].hint.find("overlap"), std::string::npos) << targets[1].hint;
}

TEST(ConnectionTargets, WorkloadsCarryTheDestinationsPort) {
    const Document document =
        loadModelFile(std::string(TOPOGRAPH_EXAMPLES_DIR) + "/three-tier-web.yaml");
    const std::vector<ConnectionTarget> targets = connectionTargets(document, "app-instance-a");
    EXPECT_EQ(find(targets, "app-instance-a"), nullptr);
    const ConnectionTarget* database = find(targets, "db");
    ASSERT_NE(database, nullptr);
    EXPECT_TRUE(database->allowed);
    EXPECT_EQ(database->kind, ConnectionKind::SecurityGroupRules);
    EXPECT_EQ(database->listening.port, 5432);
    EXPECT_EQ(database->label, "Allow tcp/5432 from App server A to PostgreSQL database");
    const ConnectionTarget* balancer = find(targets, "alb");
    ASSERT_NE(balancer, nullptr);
    EXPECT_EQ(balancer->listening.port, 443);
    // The load balancer connecting to its target proposes the port it forwards to.
    const std::vector<ConnectionTarget> fromBalancer = connectionTargets(document, "alb");
    const ConnectionTarget* target = find(fromBalancer, "app-instance-b");
    ASSERT_NE(target, nullptr);
    EXPECT_EQ(target->listening.port, 8080);
    // Nothing but workloads.
    for (const ConnectionTarget& each : targets) {
        EXPECT_TRUE(isWorkload(document.find(each.id)->kind())) << each.id;
    }
}

// Public subnet A shares its route table with Public subnet B, where NAT gateway B sits:
// routing that table to NAT gateway B would loop the NAT gateway's traffic back to itself.
TEST(ConnectionTargets, ANatGatewayWhoseSubnetSharesTheRouteTableIsRefused) {
    const Document document =
        loadModelFile(std::string(TOPOGRAPH_EXAMPLES_DIR) + "/three-tier-web.yaml");
    const std::vector<ConnectionTarget> targets = connectionTargets(document, "public-a");
    const ConnectionTarget* nat = find(targets, "nat-b");
    ASSERT_NE(nat, nullptr);
    EXPECT_FALSE(nat->allowed);
    EXPECT_NE(nat->hint.find(R"(also serves "Public subnet B", where the NAT gateway)"),
              std::string::npos)
        << nat->hint;
    // A private subnet with a table of its own may still use the other zone's NAT gateway.
    const std::vector<ConnectionTarget> fromAppSubnet = connectionTargets(document, "app-a");
    const ConnectionTarget* fromApp = find(fromAppSubnet, "nat-b");
    ASSERT_NE(fromApp, nullptr);
    EXPECT_TRUE(fromApp->allowed) << fromApp->hint;
}

TEST(ConnectionTargets, AnUnplacedWorkloadIsListedWithTheReason) {
    Document document = smallNetwork();
    addInstance(document, "floating", {});
    const std::vector<ConnectionTarget> targets = connectionTargets(document, "web");
    const ConnectionTarget* floating = find(targets, "floating");
    ASSERT_NE(floating, nullptr);
    EXPECT_FALSE(floating->allowed);
    EXPECT_NE(floating->hint.find(R"("floating" is not in any subnet yet)"), std::string::npos)
        << floating->hint;
}

TEST(ConnectionTargets, WhatStartsNoConnectionListsNothingAndSaysWhatConnects) {
    const Document document = twoVpcs();
    EXPECT_TRUE(connectionTargets(document, "region").empty());
    EXPECT_TRUE(connectionTargets(document, "nothing").empty());
    EXPECT_EQ(whatConnects(document, "subnet-a"),
              "A subnet connects to an internet gateway or a NAT gateway of its own VPC.");
    EXPECT_EQ(whatConnects(document, "tgw"),
              "A transit gateway connects to a VPC (an attachment).");
    EXPECT_EQ(whatConnects(document, "nothing"), "");
}

} // namespace
} // namespace topograph
