// SPDX-License-Identifier: Apache-2.0
// Dropping on the canvas: the containers under the pointer innermost first, the new item's
// geometry inside its container, and containers growing so that nothing sticks out.
#include "core/layout/drop_placement.h"
#include "core/layout/layout.h"
#include "tests/support/model_builders.h"

#include <gtest/gtest.h>

namespace topograph {
namespace {

using namespace testing_support;
using M = LayoutMetrics;

Resource placed(Resource item, Geometry geometry) {
    item.geometry = geometry;
    return item;
}

/// A region at (40, 40) holding a VPC at (20, 50) holding a subnet at (16, 52).
Document nested() {
    return documentOf({
        placed(resource("region", Region{.name = "us-east-1"}), {40, 40, 800, 600}),
        placed(vpc("vpc", {"10.0.0.0/16"}, "region"), {20, 50, 500, 400}),
        placed(subnet("subnet", "vpc", "10.0.1.0/24"), {16, 52, 220, 160}),
        placed(instance("web", {"subnet"}), {16, 52, M::nodeWidth, M::nodeHeight}),
    });
}

TEST(DropPlacement, ContainersUnderThePointInnermostFirst) {
    const Document document = nested();
    // The subnet spans canvas x 76..296, y 142..302.
    EXPECT_EQ(containersAt(document, 100, 200),
              (std::vector<ResourceId>{"subnet", "vpc", "region"}));
    EXPECT_EQ(containersAt(document, 400, 200), (std::vector<ResourceId>{"vpc", "region"}));
    EXPECT_EQ(containersAt(document, 800, 600), (std::vector<ResourceId>{"region"}));
    EXPECT_TRUE(containersAt(document, 10, 10).empty());
}

TEST(DropPlacement, NodesAreNoDropTargets) {
    // The instance lies inside the subnet; the point on it still finds the subnet first.
    const Document document = nested();
    EXPECT_EQ(containersAt(document, 76 + 20, 142 + 60).front(), "subnet");
}

/// nested() without the instance: an empty subnet.
Document emptySubnet() {
    Document document = nested();
    document.remove("web");
    return document;
}

TEST(DropPlacement, TheNewItemIsCentredOnThePointerRelativeToItsContainer) {
    const Document document = emptySubnet();
    const Geometry geometry = dropGeometry(document, ResourceKind::Instance, "subnet", 200, 250);
    EXPECT_DOUBLE_EQ(geometry.x, 200 - 76 - M::nodeWidth / 2);
    EXPECT_DOUBLE_EQ(geometry.y, 250 - 142 - M::nodeHeight / 2);
    EXPECT_DOUBLE_EQ(geometry.width, M::nodeWidth);
}

TEST(DropPlacement, NearAnEdgeTheItemStaysInsideTheContentArea) {
    const Document document = emptySubnet();
    const Geometry geometry = dropGeometry(document, ResourceKind::Instance, "subnet", 77, 143);
    EXPECT_DOUBLE_EQ(geometry.x, M::padding);
    EXPECT_DOUBLE_EQ(geometry.y, M::titleBand + M::padding);
    const Geometry topLevel = dropGeometry(document, ResourceKind::Region, std::nullopt, 0, 0);
    EXPECT_DOUBLE_EQ(topLevel.x, M::canvasMargin);
    EXPECT_GT(topLevel.width, defaultSizeFor(ResourceKind::Vpc).width);
}

TEST(DropPlacement, ADropOnASiblingLandsBelowIt) {
    // The instance sits at (16, 52) in the subnet; a second one dropped on it goes below it,
    // a gap apart, and one dropped beside it stays where it was dropped.
    const Document document = nested();
    const Geometry onIt =
        dropGeometry(document, ResourceKind::Instance, "subnet", 76 + 80, 142 + 98);
    EXPECT_DOUBLE_EQ(onIt.y, 52 + M::nodeHeight + M::gap);
    EXPECT_DOUBLE_EQ(onIt.x, 80 - M::nodeWidth / 2);
    const Geometry beside =
        dropGeometry(document, ResourceKind::Instance, "subnet",
                     76 + 16 + M::nodeWidth + M::gap + M::nodeWidth / 2 + 1, 142 + 98);
    EXPECT_DOUBLE_EQ(beside.y, 98 - M::nodeHeight / 2);
    // Clear of the subnet, a subnet dropped into the VPC stays where it was dropped.
    const Geometry clear = dropGeometry(document, ResourceKind::Subnet, "vpc", 60 + 400, 90 + 150);
    EXPECT_DOUBLE_EQ(clear.y, 150 - clear.height / 2);
}

TEST(DropPlacement, ADropHalfOverASiblingMovesToTheNearestFreePlace) {
    // A zone dropped mostly to the right of its neighbour, but overlapping it, goes beside it
    // rather than below the whole row; one dropped mostly below goes below.
    const Document document = documentOf({
        placed(vpc("vpc", {"10.0.0.0/16"}), {40, 40, 900, 700}),
        placed(resource("az-a", AvailabilityZone{.vpc = "vpc", .zone = "us-east-1a"}),
               {100, 60, 280, 320}),
    });
    const Geometry zone = defaultSizeFor(ResourceKind::AvailabilityZone);
    const Geometry beside = dropGeometry(document, ResourceKind::AvailabilityZone, "vpc",
                                         40 + 100 + 280 + zone.width / 2 - 30, 40 + 60 + 170);
    EXPECT_DOUBLE_EQ(beside.x, 100 + 280 + M::gap);
    EXPECT_DOUBLE_EQ(beside.y, 60 + 170 - zone.height / 2);

    const Geometry below = dropGeometry(document, ResourceKind::AvailabilityZone, "vpc",
                                        40 + 100 + 150, 40 + 60 + 320 + zone.height / 2 - 10);
    EXPECT_DOUBLE_EQ(below.y, 60 + 320 + M::gap);
    EXPECT_DOUBLE_EQ(below.x, 100 + 150 - zone.width / 2);
    // Never left of or above the content area: a drop over the zone's left half, with no room
    // on its left, goes right or down, whichever is nearer.
    const Geometry noRoomLeft =
        dropGeometry(document, ResourceKind::AvailabilityZone, "vpc", 40 + 110, 40 + 200);
    EXPECT_GE(noRoomLeft.x, M::padding);
    EXPECT_TRUE(noRoomLeft.x >= 100 + 280 + M::gap || noRoomLeft.y >= 60 + 320 + M::gap);
}

TEST(DropPlacement, ContainersGrowOutwardUntilOneFits) {
    const Document document = nested();
    // An item reaching x 300 inside the subnet: the subnet (220 wide) must grow to 316, which
    // makes it end at 16 + 316 = 332 inside the VPC (500 wide): the VPC fits.
    const Geometry geometry{172, 40, M::nodeWidth, M::nodeHeight};
    const std::vector<Resource> grown = grownContainers(document, "subnet", geometry);
    ASSERT_EQ(grown.size(), 1U);
    EXPECT_EQ(grown[0].id, "subnet");
    EXPECT_DOUBLE_EQ(grown[0].geometry->width, 172 + M::nodeWidth + M::padding);
    EXPECT_DOUBLE_EQ(grown[0].geometry->height, 160); // tall enough already
    EXPECT_DOUBLE_EQ(grown[0].geometry->x, 16);       // never moves

    // Far enough right that the VPC and the region must grow too.
    const Geometry far{900, 20, M::nodeWidth, M::nodeHeight};
    const std::vector<Resource> chain = grownContainers(document, "subnet", far);
    ASSERT_EQ(chain.size(), 3U);
    EXPECT_EQ(chain[1].id, "vpc");
    EXPECT_EQ(chain[2].id, "region");
    EXPECT_GE(chain[2].geometry->width,
              chain[1].geometry->x + chain[1].geometry->width + M::padding);

    EXPECT_TRUE(grownContainers(document, "subnet", {16, 52, 10, 10}).empty());
    EXPECT_TRUE(grownContainers(document, std::nullopt, far).empty());
}

} // namespace
} // namespace topograph
