// SPDX-License-Identifier: Apache-2.0
// After every kind of edit, the engine's findings and pinned answers equal a full recomputation
// (validate() and reach() on a fresh index of the edited document), while it reruns only what
// the edit can touch.
#include "core/edit/dependents.h"
#include "core/engine/engine.h"
#include "core/reach/reach.h"
#include "network_builder.h"
#include "random_edit.h"
#include "random_network.h"
#include "random_transit_network.h"
#include "synthetic_network.h"

#include <gtest/gtest.h>

namespace topograph::engine {
namespace {

using testing::EditKind;

std::string describe(const reach::ReachQuery& query) {
    return query.source + " -> " + query.destination + " " + toString(query.protocol) + "/" +
           std::to_string(query.port);
}

/// Empty when the engine agrees with a full recomputation, else what differs.
std::string differenceFromFull(const Engine& engine, const std::vector<QueryId>& ids) {
    const Document& document = engine.document();
    if (engine.findings() != validate(document)) {
        return "findings differ";
    }
    const reach::NetworkIndex fresh(document);
    for (QueryId id : ids) {
        const PinnedResult& pinned = engine.pinned(id);
        std::optional<reach::ReachAnswer> expected;
        std::string error;
        try {
            expected = reach::reach(fresh, pinned.query);
        } catch (const reach::ReachQueryError& e) {
            error = e.what();
        }
        const std::string query = describe(pinned.query);
        if (expected.has_value() != pinned.answer.has_value() || error != pinned.error) {
            return query + ": error \"" + pinned.error + "\", expected \"" + error + "\"";
        }
        if (!expected) {
            continue;
        }
        const reach::ReachAnswer& a = *pinned.answer;
        const reach::ReachAnswer& b = *expected;
        if (a.reachable != b.reachable || a.code != b.code || a.raCode != b.raCode ||
            a.blockedAt != b.blockedAt || a.explanation != b.explanation || a.fix != b.fix ||
            a.workingPorts != b.workingPorts || a.hops != b.hops || a.warnings != b.warnings) {
            return query + ": engine says " + (a.reachable ? "reachable" : a.code) +
                   ", a full recomputation " + (b.reachable ? "reachable" : b.code) + " (" +
                   b.explanation + ")";
        }
    }
    return {};
}

void applyEdit(Engine& engine, const testing::RandomEdit& edit) {
    if (edit.replacement) {
        engine.replace(*edit.replacement);
    } else if (edit.addition) {
        engine.add(*edit.addition);
    } else if (!edit.removeId.empty()) {
        engine.remove(edit.removeId);
    }
}

std::vector<QueryId> pinQueries(Engine& engine, std::uint32_t seed) {
    std::vector<QueryId> ids;
    for (const reach::ReachQuery& query : reach::testing::randomQueries(engine.document(), seed)) {
        ids.push_back(engine.pin(query));
    }
    return ids;
}

TEST(Engine, EveryKindOfEditMatchesAFullRecomputation) {
    std::map<EditKind, int> edits;
    std::size_t answered = 0; // after rule, route and association edits
    std::size_t pinned = 0;
    std::size_t rebuilt = 0;
    std::size_t flowFindings = 0;
    for (std::uint32_t seed = 1; seed <= 80; ++seed) {
        Engine engine(seed % 2 == 0 ? reach::testing::randomTransitNetwork(seed)
                                    : reach::testing::randomNetwork(seed));
        const std::vector<QueryId> ids = pinQueries(engine, seed);
        ASSERT_EQ(differenceFromFull(engine, ids), "") << "seed " << seed << " before any edit";
        std::mt19937 random(seed);
        for (int step = 0; step < 10; ++step) {
            const auto kind = static_cast<EditKind>(step % 5);
            const testing::RandomEdit edit = testing::randomEdit(engine.document(), kind, random);
            applyEdit(engine, edit);
            ++edits[kind];
            if (kind == EditKind::Rule || kind == EditKind::Route ||
                kind == EditKind::Association) {
                answered += engine.lastUpdate().queriesAnswered;
                pinned += ids.size();
            }
            rebuilt += engine.lastUpdate().indexRebuilt ? 1 : 0;
            ASSERT_EQ(differenceFromFull(engine, ids), "")
                << "seed " << seed << ", step " << step << ": " << edit.description;
            flowFindings += static_cast<std::size_t>(
                std::count_if(engine.findings().begin(), engine.findings().end(),
                              [](const Finding& f) { return f.code == "ALLOWED_FLOW_BLOCKED"; }));
        }
    }
    // The findings that ask the refreshed reachability index questions were among those compared.
    EXPECT_GT(flowFindings, 0U);
    // The engine must have skipped work, or this only proves that recomputing works.
    EXPECT_LT(answered, pinned * 3 / 4) << answered << " of " << pinned << " answers redone";
    EXPECT_LT(rebuilt, static_cast<std::size_t>(edits[EditKind::AddOrRemove]) * 3 / 2);
}

/// The designer's delete of `id` as one edit: the item, what goes with it, and the references
/// mended in what stays (as DocumentController::deleteItem builds it).
DocumentEdit deletion(const Document& document, const ResourceId& id) {
    const RemovalPlan plan = planRemoval(document, id);
    DocumentEdit edit;
    for (const ResourceId& removed : plan.removed) {
        edit.recordRemoval(document, removed);
    }
    for (const Resource& rewritten : plan.rewritten) {
        edit.rewritten.push_back({*document.find(rewritten.id), rewritten});
    }
    return edit;
}

TEST(Engine, AnEditOfManyResourcesAndItsUndoMatchAFullRecomputation) {
    std::size_t multiResourceEdits = 0;
    for (std::uint32_t seed = 1; seed <= 40; ++seed) {
        Engine engine(seed % 2 == 0 ? reach::testing::randomTransitNetwork(seed)
                                    : reach::testing::randomNetwork(seed));
        const Document original = engine.document();
        const std::vector<Finding> originalFindings = engine.findings();
        const std::vector<QueryId> ids = pinQueries(engine, seed);
        std::mt19937 random(seed);
        // A subnet or a VPC: deleting one takes its workloads (and more) along.
        std::vector<ResourceId> containers;
        for (const Resource& resource : original.resources()) {
            if (resource.kind() == ResourceKind::Subnet || resource.kind() == ResourceKind::Vpc) {
                containers.push_back(resource.id);
            }
        }
        ASSERT_FALSE(containers.empty()) << "seed " << seed;
        const ResourceId& victim = containers[random() % containers.size()];
        const DocumentEdit edit = deletion(original, victim);
        multiResourceEdits += edit.removed.size() + edit.rewritten.size() > 1 ? 1 : 0;

        engine.apply(edit, true);
        ASSERT_EQ(engine.document().find(victim), nullptr);
        ASSERT_EQ(differenceFromFull(engine, ids), "") << "seed " << seed << ": delete " << victim;
        engine.apply(edit, false);
        ASSERT_EQ(engine.document(), original) << "seed " << seed << ": undo of delete " << victim;
        ASSERT_EQ(engine.findings(), originalFindings) << "seed " << seed;
        ASSERT_EQ(differenceFromFull(engine, ids), "") << "seed " << seed << ": undo " << victim;
    }
    EXPECT_GT(multiResourceEdits, 20U) << "the deletions should take resources along";
}

TEST(Engine, AddingOrRemovingAWorkloadRefreshesTheIndexInPlace) {
    for (std::uint32_t seed = 1; seed <= 20; ++seed) {
        Engine engine(reach::testing::randomNetwork(seed));
        const std::vector<QueryId> ids = pinQueries(engine, seed);
        const Resource* workload = nullptr;
        for (const Resource& resource : engine.document().resources()) {
            if (resource.placement() != nullptr && !resource.placement()->subnets.empty()) {
                workload = &resource;
                break;
            }
        }
        ASSERT_NE(workload, nullptr) << "seed " << seed;
        // A copy without an address of its own takes the next free one of its subnet, which
        // moves the addresses handed out after it: queries naming addresses see the change.
        Resource copy = *workload;
        copy.id = "a-new-workload";
        copy.placement()->privateIp.clear();
        const ResourceId original = workload->id;
        engine.add(copy);
        EXPECT_FALSE(engine.lastUpdate().indexRebuilt) << "seed " << seed;
        ASSERT_EQ(differenceFromFull(engine, ids), "") << "seed " << seed << ": added";
        engine.remove(original);
        EXPECT_FALSE(engine.lastUpdate().indexRebuilt) << "seed " << seed;
        ASSERT_EQ(differenceFromFull(engine, ids), "") << "seed " << seed << ": removed";
    }
}

TEST(Engine, MovingAnItemChecksNothingAgain) {
    Engine engine(reach::testing::randomNetwork(3));
    const std::vector<Finding> before = engine.findings();
    const Resource* subnet = nullptr;
    for (const Resource& resource : engine.document().resources()) {
        if (resource.kind() == ResourceKind::Subnet) {
            subnet = &resource;
            break;
        }
    }
    ASSERT_NE(subnet, nullptr);
    const ResourceId id = subnet->id;
    const ChangeSet changes = engine.setGeometry(id, Geometry{40, 60, 300, 200});
    EXPECT_TRUE(changes.geometryOnly);
    EXPECT_EQ(engine.document().find(id)->geometry, (Geometry{40, 60, 300, 200}));
    EXPECT_EQ(engine.lastUpdate().scopesChecked, 0U);
    EXPECT_EQ(engine.findings(), before);
}

/// A small synthetic network: VPCs on one transit gateway, three tiers each.
Document synthetic() {
    bench::NetworkShape shape;
    shape.name = "test";
    shape.vpcs = 6;
    shape.workloads = 60;
    shape.securityGroups = 30;
    shape.rulesPerSecurityGroup = 6;
    shape.naclEntries = 120;
    return bench::generateNetwork(shape);
}

TEST(Engine, AnEditElsewhereTouchesNoPinnedQueryAndOneScope) {
    Engine engine(synthetic());
    const std::vector<QueryId> ids = {
        engine.pin({"vpc1-i0", "vpc2-i1", IpProtocol{IpProtocol::Tcp}, 443, {1024, 65535}}),
        engine.pin({"vpc1-i1", "vpc1-i4", IpProtocol{IpProtocol::Tcp}, 22, {1024, 65535}})};

    // A rule, a route, a block and an association, all in vpc5, which neither query enters.
    Resource group = *engine.document().find("vpc5-sg1");
    group.as<SecurityGroup>()->ingress.push_back(
        {IpProtocol{IpProtocol::Tcp}, PortRange{22, 22}, SgPeerKind::Cidr, "0.0.0.0/0", ""});
    Resource table = *engine.document().find("vpc5-rt4");
    table.as<RouteTable>()->routes.push_back({"10.9.0.0/16", RouteTargetKind::Blackhole, ""});
    Resource subnet = *engine.document().find("vpc5-subnet7");
    subnet.as<Subnet>()->ipv4Cidr = "10.0.88.0/25";
    Resource associated = *engine.document().find("vpc5-subnet8");
    associated.as<Subnet>()->networkAcl = "vpc5-nacl0";
    for (const Resource& edited : {group, table, subnet, associated}) {
        engine.replace(edited);
        SCOPED_TRACE("edit of " + edited.id);
        EXPECT_EQ(engine.lastUpdate().queriesAnswered, 0U);
        EXPECT_FALSE(engine.lastUpdate().indexRebuilt);
        EXPECT_LE(engine.lastUpdate().scopesChecked, 2U);
        EXPECT_EQ(differenceFromFull(engine, ids), "");
    }
}

TEST(Engine, AnEditOnThePathAnswersTheQueryAgain) {
    Engine engine(synthetic());
    // Two workloads of one subnet (vpc1-subnet0): only their security groups decide. No
    // generated rule opens port 9999.
    const QueryId id =
        engine.pin({"vpc1-i0", "vpc1-i9", IpProtocol{IpProtocol::Tcp}, 9999, {1024, 65535}});
    Resource group = *engine.document().find("vpc1-sg0");
    auto* rules = group.as<SecurityGroup>();
    rules->egress = {
        {IpProtocol{IpProtocol::All}, std::nullopt, SgPeerKind::Cidr, "0.0.0.0/0", ""}};
    rules->ingress = {
        {IpProtocol{IpProtocol::Tcp}, PortRange{9999, 9999}, SgPeerKind::Cidr, "10.0.0.0/8", ""}};
    engine.replace(group);
    EXPECT_EQ(engine.lastUpdate().queriesAnswered, 1U);
    EXPECT_EQ(differenceFromFull(engine, {id}), "");
    ASSERT_TRUE(engine.pinned(id).answer.has_value());
    EXPECT_TRUE(engine.pinned(id).answer->reachable) << engine.pinned(id).answer->explanation;

    rules->ingress.clear();
    engine.replace(group);
    EXPECT_EQ(engine.lastUpdate().queriesAnswered, 1U);
    EXPECT_EQ(differenceFromFull(engine, {id}), "");
    EXPECT_EQ(engine.pinned(id).answer->code, "SG_INGRESS_DENIED");
}

TEST(Engine, AVpcBlockEditReachesOnlyItsComponentAndTheInternet) {
    // vpc-a and vpc-b peered; vpc-c on its own.
    reach::testing::NetworkBuilder b;
    b.vpc("vpc-a", {"10.0.0.0/16"}).vpc("vpc-b", {"10.1.0.0/16"}).vpc("vpc-c", {"10.2.0.0/16"});
    b.peering("pcx-ab", "vpc-a", "vpc-b");
    b.routeTable("rt-a", "vpc-a",
                 {reach::testing::route("10.1.0.0/16", RouteTargetKind::VpcPeering, "pcx-ab")},
                 true);
    b.routeTable("rt-b", "vpc-b",
                 {reach::testing::route("10.0.0.0/16", RouteTargetKind::VpcPeering, "pcx-ab")},
                 true);
    b.subnet("subnet-a", "vpc-a", "10.0.1.0/24").subnet("subnet-b", "vpc-b", "10.1.1.0/24");
    b.subnet("subnet-c1", "vpc-c", "10.2.1.0/24").subnet("subnet-c2", "vpc-c", "10.2.2.0/24");
    b.instance("i-a", "subnet-a", {}).instance("i-b", "subnet-b", {});
    b.instance("i-c1", "subnet-c1", {}).instance("i-c2", "subnet-c2", {});
    Engine engine(std::move(b.document));
    const std::vector<QueryId> ids = {
        engine.pin({"i-a", "i-b", IpProtocol{IpProtocol::Tcp}, 443, {1024, 65535}}),
        engine.pin({"i-c1", "i-c2", IpProtocol{IpProtocol::Tcp}, 443, {1024, 65535}}),
        engine.pin({"i-c1", "internet", IpProtocol{IpProtocol::Tcp}, 443, {1024, 65535}})};
    Resource vpc = *engine.document().find("vpc-b");
    vpc.as<Vpc>()->ipv4Cidrs = {"10.0.0.0/16"}; // now overlapping vpc-a
    engine.replace(vpc);
    // i-a -> i-b (same component) and the internet query, not i-c1 -> i-c2.
    EXPECT_EQ(engine.lastUpdate().queriesAnswered, 2U);
    EXPECT_FALSE(engine.lastUpdate().indexRebuilt);
    EXPECT_EQ(differenceFromFull(engine, ids), "");
    EXPECT_EQ(engine.pinned(ids[0]).answer->code, "CIDR_OVERLAP");
}

} // namespace
} // namespace topograph::engine
