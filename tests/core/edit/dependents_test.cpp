// SPDX-License-Identifier: Apache-2.0
// Deleting a resource: what goes with it, what is rewritten, and that nothing dangles after.
#include "core/edit/dependents.h"
#include "core/model/references.h"
#include "edit_test_support.h"
#include "exporters/model_yaml/model_file.h"
#include "tests/core/layout/every_kind_document.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <stdexcept>
#include <unordered_set>

namespace topograph {
namespace {

using namespace edit_tests;

Document example(const std::string& name) {
    return loadModelFile(std::string(TOPOGRAPH_EXAMPLES_DIR) + "/" + name + ".yaml");
}

bool contains(const std::vector<ResourceId>& ids, const ResourceId& id) {
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}

bool isRewritten(const RemovalPlan& plan, const ResourceId& id) {
    return std::any_of(plan.rewritten.begin(), plan.rewritten.end(),
                       [&](const Resource& resource) { return resource.id == id; });
}

/// The rewritten copy of `id`; throws (and so fails the test) when the plan leaves it alone.
const Resource& rewrittenOf(const RemovalPlan& plan, const ResourceId& id) {
    for (const Resource& resource : plan.rewritten) {
        if (resource.id == id) {
            return resource;
        }
    }
    throw std::runtime_error("the plan does not rewrite " + id);
}

std::vector<ResourceId> rewrittenIds(const RemovalPlan& plan) {
    std::vector<ResourceId> ids;
    for (const Resource& resource : plan.rewritten) {
        ids.push_back(resource.id);
    }
    return ids;
}

// The rule of the issue: removing any one resource of a bundled example, with its plan, leaves a
// document without dangling references; the removed ones are gone, the others all still there.
void expectEveryRemovalLeavesNoDanglingReference(const Document& original) {
    ASSERT_TRUE(danglingReferences(original).empty());
    for (const Resource& resource : original.resources()) {
        const RemovalPlan plan = planRemoval(original, resource.id);
        ASSERT_TRUE(contains(plan.removed, resource.id)) << resource.id;
        Document edited = original;
        applyRemoval(edited, plan);
        EXPECT_EQ(edited.size(), original.size() - plan.removed.size()) << resource.id;
        for (const ResourceId& gone : plan.removed) {
            EXPECT_FALSE(edited.contains(gone)) << resource.id << " left " << gone;
        }
        const auto dangling = danglingReferences(edited);
        EXPECT_TRUE(dangling.empty())
            << "removing " << resource.id << ": " << (dangling.empty() ? "" : dangling.front());
    }
}

class RemoveEveryResource : public testing::TestWithParam<std::string> {};

TEST_P(RemoveEveryResource, LeavesNoDanglingReference) {
    expectEveryRemovalLeavesNoDanglingReference(example(GetParam()));
}

// One or more resources of every kind, so every owning and prunable reference is exercised.
TEST(RemoveEveryResourceOfEveryKind, LeavesNoDanglingReference) {
    const Document document = testing_support::everyKindDocument();
    std::vector<bool> seen(resourceKindCount, false);
    for (const Resource& resource : document.resources()) {
        seen[static_cast<std::size_t>(resource.kind())] = true;
    }
    ASSERT_EQ(std::count(seen.begin(), seen.end(), true), resourceKindCount);
    expectEveryRemovalLeavesNoDanglingReference(document);
}

INSTANTIATE_TEST_SUITE_P(Examples, RemoveEveryResource,
                         testing::Values("three-tier-web", "two-peered-vpcs", "transit-hub"),
                         [](const testing::TestParamInfo<std::string>& row) {
                             std::string name = row.param;
                             std::replace(name.begin(), name.end(), '-', '_');
                             return name;
                         });

TEST(PlanRemoval, AVpcTakesEverythingDrawnInsideIt) {
    const Document document = example("three-tier-web");
    const RemovalPlan plan = planRemoval(document, "vpc");
    for (const char* inside :
         {"vpc", "az-a", "az-b", "igw", "public-rt", "app-rt-a", "db-rt", "public-nacl", "public-a",
          "app-b", "db-b", "nat-a", "nat-b", "alb-sg", "db-sg", "app-instance-a", "alb", "db"}) {
        EXPECT_TRUE(contains(plan.removed, inside)) << inside;
    }
    // The region and the Elastic IPs live in the region, not in the VPC: they stay.
    for (const char* outside : {"region", "eip-nat-a", "eip-nat-b"}) {
        EXPECT_FALSE(contains(plan.removed, outside)) << outside;
    }
    EXPECT_EQ(plan.removed.size(), document.size() - 3);
}

TEST(PlanRemoval, ARouteTableIsOnlyUnassociated) {
    const Document document = example("three-tier-web");
    const RemovalPlan plan = planRemoval(document, "app-rt-a");
    EXPECT_EQ(plan.removed, std::vector<ResourceId>{"app-rt-a"});
    EXPECT_EQ(rewrittenIds(plan), std::vector<ResourceId>{"app-a"});
    const Subnet* subnet = rewrittenOf(plan, "app-a").as<Subnet>();
    EXPECT_EQ(subnet->routeTable, std::nullopt); // back to the VPC's main table
    EXPECT_EQ(subnet->networkAcl, "app-nacl");
    EXPECT_EQ(subnet->ipv4Cidr, "10.0.10.0/24");
}

TEST(PlanRemoval, ANatGatewayLosesItsRoutesButNotItsAddress) {
    const Document document = example("three-tier-web");
    const RemovalPlan plan = planRemoval(document, "nat-a");
    EXPECT_EQ(plan.removed, std::vector<ResourceId>{"nat-a"});
    ASSERT_TRUE(isRewritten(plan, "app-rt-a"));
    EXPECT_TRUE(rewrittenOf(plan, "app-rt-a").as<RouteTable>()->routes.empty());
    EXPECT_FALSE(isRewritten(plan, "app-rt-b")); // routes to nat-b stay
    EXPECT_TRUE(document.contains("eip-nat-a"));
    EXPECT_FALSE(contains(plan.removed, "eip-nat-a"));
}

TEST(PlanRemoval, AnElasticIpIsClearedFromItsNatGateway) {
    const Document document = example("three-tier-web");
    const RemovalPlan plan = planRemoval(document, "eip-nat-a");
    EXPECT_EQ(plan.removed, std::vector<ResourceId>{"eip-nat-a"});
    ASSERT_TRUE(isRewritten(plan, "nat-a"));
    EXPECT_EQ(rewrittenOf(plan, "nat-a").as<NatGateway>()->elasticIp, std::nullopt);
}

TEST(PlanRemoval, ASecurityGroupTakesTheRulesThatNameItAndLeavesItsWorkloads) {
    const Document document = example("three-tier-web");
    const RemovalPlan plan = planRemoval(document, "app-sg");
    EXPECT_EQ(plan.removed, std::vector<ResourceId>{"app-sg"});
    EXPECT_EQ(rewrittenIds(plan),
              (std::vector<ResourceId>{"alb-sg", "db-sg", "app-instance-a", "app-instance-b"}));
    const SecurityGroup* alb = rewrittenOf(plan, "alb-sg").as<SecurityGroup>();
    EXPECT_EQ(alb->ingress.size(), 1U); // HTTPS from anywhere stays
    EXPECT_TRUE(alb->egress.empty());
    EXPECT_TRUE(rewrittenOf(plan, "db-sg").as<SecurityGroup>()->ingress.empty());
    EXPECT_TRUE(rewrittenOf(plan, "app-instance-a").placement()->securityGroups.empty());
    EXPECT_EQ(rewrittenOf(plan, "app-instance-a").placement()->subnets,
              std::vector<ResourceId>{"app-a"});
}

TEST(PlanRemoval, AWorkloadInSeveralSubnetsGoesOnlyWithTheLastOne) {
    const Document document = example("three-tier-web");
    const RemovalPlan one = planRemoval(document, "public-a");
    EXPECT_TRUE(contains(one.removed, "nat-a"));
    EXPECT_FALSE(contains(one.removed, "alb"));
    ASSERT_TRUE(isRewritten(one, "alb"));
    EXPECT_EQ(rewrittenOf(one, "alb").placement()->subnets, std::vector<ResourceId>{"public-b"});
    // The app table routed to nat-a, which goes with the subnet.
    ASSERT_TRUE(isRewritten(one, "app-rt-a"));

    const RemovalPlan zone = planRemoval(document, "az-a");
    for (const char* inZone : {"public-a", "app-a", "db-a", "nat-a", "app-instance-a"}) {
        EXPECT_TRUE(contains(zone.removed, inZone)) << inZone;
    }
    for (const char* otherZone :
         {"public-b", "app-b", "db-b", "nat-b", "app-instance-b", "alb", "db", "app-rt-a"}) {
        EXPECT_FALSE(contains(zone.removed, otherZone)) << otherZone;
    }
    EXPECT_EQ(rewrittenOf(zone, "db").placement()->subnets, std::vector<ResourceId>{"db-b"});
    // The load balancer forwards to the instance that went with the zone: that target goes.
    EXPECT_EQ(rewrittenOf(zone, "alb").as<LoadBalancer>()->targets,
              std::vector<ResourceId>{"app-instance-b"});
}

TEST(PlanRemoval, SeveralAtOnceTakeWhatNoneTakesAlone) {
    const Document document = example("three-tier-web");
    // Each public subnet alone leaves the load balancer in the other; both together take it.
    const RemovalPlan both = planRemoval(document, std::vector<ResourceId>{"public-a", "public-b"});
    for (const char* gone : {"public-a", "public-b", "nat-a", "nat-b", "alb"}) {
        EXPECT_TRUE(contains(both.removed, gone)) << gone;
    }
    EXPECT_FALSE(isRewritten(both, "alb"));
    Document after = document;
    applyRemoval(after, both);
    EXPECT_TRUE(danglingReferences(after).empty());
    // Duplicates and unknown ids change nothing.
    const RemovalPlan repeated =
        planRemoval(document, std::vector<ResourceId>{"public-a", "public-a", "missing"});
    EXPECT_EQ(repeated.removed, planRemoval(document, "public-a").removed);
    EXPECT_TRUE(planRemoval(document, std::vector<ResourceId>{"missing"}).empty());
}

TEST(PlanRemoval, APeeredVpcTakesThePeeringAndTheRoutesOverIt) {
    const Document document = example("two-peered-vpcs");
    ResourceId peering;
    ResourceId vpc;
    for (const Resource& resource : document.resources()) {
        if (const VpcPeering* p = resource.as<VpcPeering>()) {
            peering = resource.id;
            vpc = p->requesterVpc;
        }
    }
    ASSERT_FALSE(peering.empty());
    const RemovalPlan plan = planRemoval(document, vpc);
    EXPECT_TRUE(contains(plan.removed, peering));
    // The other VPC's tables lose their routes over the peering, and nothing else.
    bool routeDropped = false;
    for (const Resource& resource : plan.rewritten) {
        const RouteTable* table = resource.as<RouteTable>();
        ASSERT_NE(table, nullptr) << resource.id;
        const RouteTable* before = document.findAs<RouteTable>(resource.id);
        EXPECT_LT(table->routes.size(), before->routes.size());
        for (const Route& route : table->routes) {
            EXPECT_NE(route.target, peering);
        }
        routeDropped = true;
    }
    EXPECT_TRUE(routeDropped);
}

TEST(PlanRemoval, ATransitGatewayTakesItsAttachmentsRouteTablesAndVpnConnections) {
    Document document;
    addVpc(document, "vpc", {"10.0.0.0/16"});
    addSubnet(document, "subnet", "vpc", "10.0.0.0/24");
    TransitGateway tgw;
    add(document, "tgw", tgw);
    TransitGatewayAttachment attachment;
    attachment.transitGateway = "tgw";
    attachment.vpc = "vpc";
    attachment.subnets = {"subnet"};
    add(document, "attach", attachment);
    TransitGatewayRouteTable tgwTable;
    tgwTable.transitGateway = "tgw";
    tgwTable.associations = {"attach"};
    add(document, "tgw-rt", tgwTable);
    add(document, "cgw", CustomerGateway{});
    VpnConnection vpn;
    vpn.customerGateway = "cgw";
    vpn.transitGateway = "tgw";
    add(document, "vpn", vpn);
    RouteTable table;
    table.vpc = "vpc";
    table.routes.push_back({"192.168.0.0/16", RouteTargetKind::TransitGateway, "tgw"});
    table.routes.push_back({"0.0.0.0/0", RouteTargetKind::Blackhole, ""});
    add(document, "rt", table);

    const RemovalPlan plan = planRemoval(document, "tgw");
    EXPECT_EQ(plan.removed, (std::vector<ResourceId>{"tgw", "attach", "tgw-rt", "vpn"}));
    ASSERT_EQ(rewrittenIds(plan), std::vector<ResourceId>{"rt"});
    ASSERT_EQ(rewrittenOf(plan, "rt").as<RouteTable>()->routes.size(), 1U);
    EXPECT_EQ(rewrittenOf(plan, "rt").as<RouteTable>()->routes[0].targetKind,
              RouteTargetKind::Blackhole);

    // An attachment that loses one subnet stays; a route table of the gateway loses the
    // association with a removed attachment.
    const RemovalPlan subnetOnly = planRemoval(document, "subnet");
    EXPECT_EQ(subnetOnly.removed, std::vector<ResourceId>{"subnet"});
    ASSERT_TRUE(isRewritten(subnetOnly, "attach"));
    EXPECT_TRUE(rewrittenOf(subnetOnly, "attach").as<TransitGatewayAttachment>()->subnets.empty());
    const RemovalPlan attachmentOnly = planRemoval(document, "attach");
    EXPECT_EQ(attachmentOnly.removed, std::vector<ResourceId>{"attach"});
    const Resource& rewrittenTable = rewrittenOf(attachmentOnly, "tgw-rt");
    EXPECT_TRUE(rewrittenTable.as<TransitGatewayRouteTable>()->associations.empty());
}

TEST(PlanRemoval, ReferencesOutsideTheModelAreLeftAlone) {
    Document document;
    addVpc(document, "vpc", {"10.0.0.0/16"});
    SecurityGroup group;
    group.vpc = "vpc";
    SecurityGroupRule fromShared;
    fromShared.peerKind = SgPeerKind::SecurityGroup;
    fromShared.peer = "sg-0123456789abcdef0";
    group.ingress.push_back(fromShared);
    add(document, "sg", group);
    addSubnet(document, "subnet", "vpc", "10.0.0.0/24");
    addInstance(document, "web", {"subnet"}, {"sg"});

    const RemovalPlan plan = planRemoval(document, "web");
    EXPECT_EQ(plan.removed, std::vector<ResourceId>{"web"});
    EXPECT_TRUE(plan.rewritten.empty());
}

TEST(PlanRemoval, AnUnknownIdPlansNothing) {
    EXPECT_TRUE(planRemoval(example("three-tier-web"), "ghost").empty());
    EXPECT_TRUE(dependentsOf(example("three-tier-web"), "ghost").empty());
}

TEST(DependentsOf, ListsRemovedAndRewrittenResourcesButNotTheResourceItself) {
    const Document document = example("three-tier-web");
    EXPECT_EQ(dependentsOf(document, "app-rt-a"), std::vector<ResourceId>{"app-a"});
    const auto ofZone = dependentsOf(document, "az-a");
    EXPECT_FALSE(contains(ofZone, "az-a"));
    EXPECT_TRUE(contains(ofZone, "app-instance-a")); // removed
    EXPECT_TRUE(contains(ofZone, "alb"));            // rewritten
    // In file order, each once.
    std::vector<std::size_t> positions;
    for (const ResourceId& id : ofZone) {
        positions.push_back(document.positionOf(id));
    }
    EXPECT_TRUE(std::is_sorted(positions.begin(), positions.end()));
    EXPECT_EQ(std::unordered_set<ResourceId>(ofZone.begin(), ofZone.end()).size(), ofZone.size());
    EXPECT_EQ(dependentsOf(document, "region").size(), document.size() - 1);
}

TEST(ApplyRemoval, ReportsWhatChanged) {
    Document document = example("three-tier-web");
    const RemovalPlan plan = planRemoval(document, "app-sg");
    const ChangeSet changes = applyRemoval(document, plan);
    EXPECT_EQ(changes.removed, std::vector<ResourceId>{"app-sg"});
    EXPECT_EQ(changes.changed, rewrittenIds(plan));
    EXPECT_EQ(*document.find("db-sg"), rewrittenOf(plan, "db-sg"));
}

} // namespace
} // namespace topograph
