// SPDX-License-Identifier: Apache-2.0
// A container that grows pushes the siblings it would cover right or down, with everything in
// them, and its own container grows to hold them, outward.
#include "core/layout/drawing_tree.h"
#include "core/layout/layout.h"
#include "core/layout/sibling_clearance.h"
#include "tests/support/model_builders.h"

#include <gtest/gtest.h>
#include <map>

namespace topograph {
namespace {

using namespace testing_support;
using M = LayoutMetrics;

Resource placed(Resource item, Geometry geometry) {
    item.geometry = geometry;
    return item;
}

Resource zone(ResourceId id, std::string name) {
    return resource(std::move(id), AvailabilityZone{.vpc = "vpc", .zone = std::move(name)});
}

// A three-tier VPC: zones a and b side by side, a gap apart, each with three subnets stacked a
// gap apart (public, app, db).
constexpr Geometry zoneA{16, 52, 280, 540};
constexpr Geometry zoneB{316, 52, 280, 540};
constexpr Geometry publicBox{16, 52, 220, 140};
constexpr Geometry appBox{16, 212, 220, 140};
constexpr Geometry dbBox{16, 372, 220, 140};

Document threeTier() {
    return documentOf({
        placed(vpc("vpc", {"10.0.0.0/16"}), {40, 40, 640, 620}),
        placed(zone("az-a", "us-east-1a"), zoneA),
        placed(zone("az-b", "us-east-1b"), zoneB),
        placed(subnet("public-a", "vpc", "10.0.0.0/24", "az-a"), publicBox),
        placed(subnet("app-a", "vpc", "10.0.1.0/24", "az-a"), appBox),
        placed(subnet("db-a", "vpc", "10.0.2.0/24", "az-a"), dbBox),
        placed(subnet("public-b", "vpc", "10.0.10.0/24", "az-b"), publicBox),
        placed(subnet("app-b", "vpc", "10.0.11.0/24", "az-b"), appBox),
        placed(subnet("db-b", "vpc", "10.0.12.0/24", "az-b"), dbBox),
    });
}

std::map<ResourceId, Geometry> byId(const std::vector<Resource>& changed) {
    std::map<ResourceId, Geometry> geometries;
    for (const Resource& resource : changed) {
        EXPECT_TRUE(geometries.emplace(resource.id, *resource.geometry).second)
            << resource.id << " listed twice";
    }
    return geometries;
}

Document applied(Document document, const std::vector<Resource>& changed) {
    for (const Resource& resource : changed) {
        document.setGeometry(resource.id, resource.geometry);
    }
    return document;
}

/// Every pair of siblings is at least the gap apart on one axis, and every child lies inside
/// its container's content area.
void expectTidy(const Document& document) {
    const DrawingTree tree(document);
    const auto check = [&](const std::vector<std::size_t>& siblings, const Geometry* parent) {
        for (std::size_t i = 0; i < siblings.size(); ++i) {
            const Resource& a = *tree.nodes[siblings[i]].resource;
            if (parent != nullptr) {
                EXPECT_LE(a.geometry->x + a.geometry->width + M::padding, parent->width) << a.id;
                EXPECT_LE(a.geometry->y + a.geometry->height + M::padding, parent->height) << a.id;
            }
            for (std::size_t j = i + 1; j < siblings.size(); ++j) {
                const Geometry& p = *a.geometry;
                const Geometry& q = *tree.nodes[siblings[j]].resource->geometry;
                const bool apart = p.x + p.width + M::gap <= q.x || q.x + q.width + M::gap <= p.x ||
                                   p.y + p.height + M::gap <= q.y || q.y + q.height + M::gap <= p.y;
                EXPECT_TRUE(apart) << a.id << " crowds " << tree.nodes[siblings[j]].resource->id;
            }
        }
    };
    check(tree.roots, nullptr);
    for (const DrawingTree::Node& node : tree.nodes) {
        check(node.children, &*node.resource->geometry);
    }
}

TEST(SiblingClearance, TheFixtureStartsTidy) {
    expectTidy(threeTier());
}

TEST(SiblingClearance, AZoneGrowingRightPushesItsNeighbourRight) {
    const Document document = threeTier();
    // A child 300 wide makes zone a 16 + 300 + 16 wide: it now reaches into zone b.
    const Geometry wide{16, 52, 300, M::nodeHeight};
    const std::map<ResourceId, Geometry> changed = byId(grownAndCleared(document, "az-a", wide));
    const double grownWidth = 16 + 300 + M::padding;
    ASSERT_TRUE(changed.contains("az-a"));
    EXPECT_DOUBLE_EQ(changed.at("az-a").width, grownWidth);
    EXPECT_DOUBLE_EQ(changed.at("az-a").x, zoneA.x); // growing never moves the box itself
    ASSERT_TRUE(changed.contains("az-b"));
    // Just clear of zone a by the gap, at the same height and size.
    EXPECT_DOUBLE_EQ(changed.at("az-b").x, zoneA.x + grownWidth + M::gap);
    EXPECT_DOUBLE_EQ(changed.at("az-b").y, zoneB.y);
    EXPECT_DOUBLE_EQ(changed.at("az-b").width, zoneB.width);
    // The VPC grows to hold the moved zone; nothing inside zone b is listed: it rides along.
    ASSERT_TRUE(changed.contains("vpc"));
    EXPECT_DOUBLE_EQ(changed.at("vpc").width, changed.at("az-b").x + zoneB.width + M::padding);
    EXPECT_EQ(changed.size(), 3U);
    expectTidy(applied(document, grownAndCleared(document, "az-a", wide)));
}

TEST(SiblingClearance, ASubnetGrowingDownPushesTheOneBelowDown) {
    Document document = threeTier();
    document.remove("db-a");
    // An item down to y 100 + 92 makes the public subnet 208 tall, 68 more than before.
    const Geometry low{16, 100, M::nodeWidth, M::nodeHeight};
    const std::vector<Resource> result = grownAndCleared(document, "public-a", low);
    const std::map<ResourceId, Geometry> changed = byId(result);
    const double grownHeight = 100 + M::nodeHeight + M::padding;
    EXPECT_DOUBLE_EQ(changed.at("public-a").height, grownHeight);
    ASSERT_TRUE(changed.contains("app-a"));
    EXPECT_DOUBLE_EQ(changed.at("app-a").y, publicBox.y + grownHeight + M::gap);
    EXPECT_DOUBLE_EQ(changed.at("app-a").x, appBox.x);
    // Zone a still holds the moved subnet: it neither grows nor pushes zone b.
    EXPECT_EQ(changed.size(), 2U);
    expectTidy(applied(document, result));
}

TEST(SiblingClearance, AMovedSiblingPushesTheNextOneAndTheContainersGrow) {
    const Document document = threeTier();
    const Geometry low{16, 100, M::nodeWidth, M::nodeHeight};
    const std::vector<Resource> result = grownAndCleared(document, "public-a", low);
    const std::map<ResourceId, Geometry> changed = byId(result);
    const double appY = publicBox.y + 100 + M::nodeHeight + M::padding + M::gap;
    EXPECT_DOUBLE_EQ(changed.at("app-a").y, appY);
    EXPECT_DOUBLE_EQ(changed.at("db-a").y, appY + appBox.height + M::gap);
    // The db subnet now ends below zone a, which grows down; zone b beside it stays put.
    EXPECT_DOUBLE_EQ(changed.at("az-a").height, changed.at("db-a").y + dbBox.height + M::padding);
    EXPECT_FALSE(changed.contains("az-b"));
    EXPECT_TRUE(changed.contains("vpc"));
    // The order is the order of the changes: the subnet first, then outward.
    ASSERT_FALSE(result.empty());
    EXPECT_EQ(result.front().id, "public-a");
    EXPECT_EQ(result.back().id, "vpc");
    expectTidy(applied(document, result));
}

TEST(SiblingClearance, NestedGrowthMovesTheNeighbourZoneWithItsSubnets) {
    const Document document = threeTier();
    // Far right inside the public subnet: subnet, then zone a grow; zone b moves right.
    const Geometry farRight{300, 36, M::nodeWidth, 80}; // no taller than the subnet
    const std::vector<Resource> result = grownAndCleared(document, "public-a", farRight);
    const std::map<ResourceId, Geometry> changed = byId(result);
    EXPECT_TRUE(changed.contains("public-a"));
    EXPECT_TRUE(changed.contains("az-a"));
    ASSERT_TRUE(changed.contains("az-b"));
    const double shift = changed.at("az-b").x - zoneB.x;
    EXPECT_GT(shift, 0);
    // The app and db subnets below the public one are not in the way of a rightward growth.
    EXPECT_FALSE(changed.contains("app-a"));
    EXPECT_FALSE(changed.contains("db-a"));

    const Document after = applied(document, result);
    const GeometryMap before = absoluteGeometry(document);
    const GeometryMap moved = absoluteGeometry(after);
    for (const char* id : {"public-b", "app-b", "db-b"}) {
        EXPECT_DOUBLE_EQ(moved.at(id).x, before.at(id).x + shift) << id;
        EXPECT_DOUBLE_EQ(moved.at(id).y, before.at(id).y) << id;
        EXPECT_EQ(*after.find(id)->geometry, *document.find(id)->geometry) << id;
    }
    expectTidy(after);
}

TEST(SiblingClearance, NothingMovesWhenThereIsRoom) {
    const Document document = threeTier();
    // It fits already: nothing changes at all.
    EXPECT_TRUE(grownAndCleared(document, "public-a", {16, 36, 100, 50}).empty());
    // Zone a has room below its db subnet: the db subnet grows alone.
    const std::vector<Resource> result =
        grownAndCleared(document, "db-a", {16, 36, M::nodeWidth, 90});
    ASSERT_EQ(result.size(), 1U);
    EXPECT_EQ(result.front().id, "db-a");
    EXPECT_DOUBLE_EQ(result.front().geometry->height, 36 + 90 + M::padding);
    EXPECT_TRUE(grownAndCleared(document, std::nullopt, {0, 0, 5000, 5000}).empty());
    EXPECT_TRUE(grownAndCleared(document, "no-such-id", {0, 0, 5000, 5000}).empty());
}

TEST(SiblingClearance, ABoxBothRightAndBelowTakesTheShorterWay) {
    // Two top-level VPCs: b lies below and right of a, far right but only just below.
    const Document document = documentOf({
        placed(vpc("a", {"10.0.0.0/16"}), {40, 40, 300, 200}),
        placed(vpc("b", {"10.1.0.0/16"}), {400, 260, 300, 200}),
    });
    // a grows to 450 x 230: crossing b's gap on both axes; down by 30 beats right by 110.
    const std::map<ResourceId, Geometry> changed =
        byId(grownAndCleared(document, "a", {16, 36, 450 - 32, 230 - 52}));
    ASSERT_TRUE(changed.contains("b"));
    EXPECT_DOUBLE_EQ(changed.at("b").x, 400);
    EXPECT_DOUBLE_EQ(changed.at("b").y, 40 + 230 + M::gap);
}

TEST(SiblingClearance, SiblingsThatAlreadyOverlappedStayWhereTheUserPutThem) {
    Document document = threeTier();
    // The user dragged zone b half over zone a; growing a does not shove it further.
    document.setGeometry("az-b", Geometry{150, 52, 280, 540});
    const std::map<ResourceId, Geometry> changed =
        byId(grownAndCleared(document, "az-a", {16, 52, 300, M::nodeHeight}));
    EXPECT_TRUE(changed.contains("az-a"));
    EXPECT_FALSE(changed.contains("az-b"));
}

TEST(SiblingClearance, AResizedContainerPushesItsSiblings) {
    Document document = threeTier();
    // The user drags the public subnet's bottom edge 100 lower.
    Geometry taller = publicBox;
    taller.height += 100;
    document.setGeometry("public-a", taller);
    const std::vector<Resource> result = clearedAround(document, "public-a", publicBox);
    const std::map<ResourceId, Geometry> changed = byId(result);
    EXPECT_FALSE(changed.contains("public-a")); // the caller has that change already
    EXPECT_DOUBLE_EQ(changed.at("app-a").y, publicBox.y + taller.height + M::gap);
    EXPECT_DOUBLE_EQ(changed.at("db-a").y, changed.at("app-a").y + appBox.height + M::gap);
    EXPECT_TRUE(changed.contains("az-a"));
    expectTidy(applied(document, result));
    // A resize that crosses nothing moves nothing.
    Document roomy = threeTier();
    Geometry wider = publicBox;
    wider.width += 20;
    roomy.setGeometry("public-a", wider);
    EXPECT_TRUE(clearedAround(roomy, "public-a", publicBox).empty());
}

} // namespace
} // namespace topograph
