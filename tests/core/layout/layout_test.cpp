// SPDX-License-Identifier: Apache-2.0
#include "core/layout/drawing_tree.h"
#include "core/layout/layout.h"
#include "core/layout/subnet_exposure.h"
#include "core/model/references.h"
#include "every_kind_document.h"
#include "synthetic_network.h"

#include <gtest/gtest.h>
#include <set>

namespace topograph {
namespace {

using testing_support::everyKindDocument;

bool inside(const Geometry& child, const Geometry& parent) {
    return child.x >= parent.x && child.y >= parent.y &&
           child.x + child.width <= parent.x + parent.width &&
           child.y + child.height <= parent.y + parent.height;
}

bool overlap(const Geometry& a, const Geometry& b) {
    return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height &&
           b.y < a.y + a.height;
}

/// Every drawn item has a positive size, lies inside its container and overlaps no sibling.
::testing::AssertionResult layoutIsClean(const Document& document) {
    const DrawingTree tree(document);
    const GeometryMap absolute = absoluteGeometry(document);
    for (const auto& node : tree.nodes) {
        const auto found = absolute.find(node.resource->id);
        if (found == absolute.end()) {
            return ::testing::AssertionFailure() << node.resource->id << " has no geometry";
        }
        if (found->second.width <= 0 || found->second.height <= 0) {
            return ::testing::AssertionFailure() << node.resource->id << " has no size";
        }
        if (node.parent != DrawingTree::none) {
            const ResourceId& parentId = tree.nodes[node.parent].resource->id;
            if (!inside(found->second, absolute.at(parentId))) {
                return ::testing::AssertionFailure()
                       << node.resource->id << " escapes its container " << parentId;
            }
        }
    }
    const auto checkSiblings = [&](const std::vector<std::size_t>& siblings) {
        // Siblings are few per container except at scale, where a sweep by x keeps it fast.
        std::vector<std::size_t> sorted = siblings;
        std::sort(sorted.begin(), sorted.end(), [&](std::size_t a, std::size_t b) {
            return absolute.at(tree.nodes[a].resource->id).x <
                   absolute.at(tree.nodes[b].resource->id).x;
        });
        for (std::size_t i = 0; i < sorted.size(); ++i) {
            const Geometry& a = absolute.at(tree.nodes[sorted[i]].resource->id);
            for (std::size_t j = i + 1; j < sorted.size(); ++j) {
                const Geometry& b = absolute.at(tree.nodes[sorted[j]].resource->id);
                if (b.x >= a.x + a.width) {
                    break;
                }
                if (overlap(a, b)) {
                    return std::optional(std::pair(tree.nodes[sorted[i]].resource->id,
                                                   tree.nodes[sorted[j]].resource->id));
                }
            }
        }
        return std::optional<std::pair<ResourceId, ResourceId>>();
    };
    if (const auto clash = checkSiblings(tree.roots)) {
        return ::testing::AssertionFailure() << clash->first << " overlaps " << clash->second;
    }
    for (const auto& node : tree.nodes) {
        if (const auto clash = checkSiblings(node.children)) {
            return ::testing::AssertionFailure() << clash->first << " overlaps " << clash->second;
        }
    }
    return ::testing::AssertionSuccess();
}

TEST(Layout, EveryKindIsLaidOutCleanly) {
    Document document = everyKindDocument();
    const ChangeSet changes = layOut(document);
    EXPECT_TRUE(changes.geometryOnly);
    EXPECT_TRUE(layoutIsClean(document));
    for (const Resource& item : document.resources()) {
        EXPECT_EQ(item.geometry.has_value(), isDrawn(item.kind())) << item.id;
    }
    std::set<int> kindsDrawn;
    for (const Resource& item : document.resources()) {
        kindsDrawn.insert(static_cast<int>(item.kind()));
    }
    EXPECT_EQ(kindsDrawn.size(), static_cast<std::size_t>(resourceKindCount))
        << "the sample document should hold every kind";
}

TEST(Layout, ContainersFollowContainerOf) {
    Document document = everyKindDocument();
    layOut(document);
    const GeometryMap absolute = absoluteGeometry(document);
    struct Case {
        const char* child;
        const char* container;
    };
    for (const Case& item :
         {Case{"vpc", "region"}, Case{"az-a", "vpc"}, Case{"public-a", "az-a"},
          Case{"web-a", "private-a"}, Case{"nat", "public-a"}, Case{"alb", "vpc"},
          Case{"igw", "vpc"}, Case{"tgw-rt", "tgw"}, Case{"loose-subnet", "vpc"}}) {
        EXPECT_TRUE(inside(absolute.at(item.child), absolute.at(item.container)))
            << item.child << " should be drawn inside " << item.container;
    }
}

TEST(Layout, AzsSideBySideAndPublicSubnetsFirst) {
    Document document = everyKindDocument();
    layOut(document);
    const GeometryMap absolute = absoluteGeometry(document);
    EXPECT_EQ(absolute.at("az-a").y, absolute.at("az-b").y);
    EXPECT_LT(absolute.at("az-a").x + absolute.at("az-a").width, absolute.at("az-b").x);
    EXPECT_LT(absolute.at("public-a").y, absolute.at("private-a").y);
    EXPECT_LT(absolute.at("public-b").y, absolute.at("private-b").y);
    // Tiers line up across the zones.
    EXPECT_EQ(absolute.at("public-a").y, absolute.at("public-b").y);
    EXPECT_EQ(absolute.at("private-a").y, absolute.at("private-b").y);
    // Gateways sit on the VPC's left edge, left of every AZ.
    EXPECT_LT(absolute.at("igw").x + absolute.at("igw").width, absolute.at("az-a").x);
    EXPECT_LT(absolute.at("vgw").x + absolute.at("vgw").width, absolute.at("az-a").x);
}

TEST(Layout, IsDeterministic) {
    Document first = everyKindDocument();
    Document second = everyKindDocument();
    layOut(first);
    layOut(second);
    EXPECT_EQ(first, second);
    // Laying out again changes nothing: everything has geometry now.
    const Document before = first;
    EXPECT_TRUE(layOut(first).empty());
    EXPECT_EQ(first, before);
}

TEST(Layout, KeepsExistingGeometryAndPlacesNewSiblingsBelowIt) {
    Document document = everyKindDocument();
    const Geometry vpcGeometry{30, 500, 1400, 900};
    const Geometry webGeometry{300, 200, 128, 92};
    document.setGeometry("vpc", vpcGeometry);
    document.setGeometry("web-b", webGeometry);
    const GeometryMap laidOut = layoutGeometry(document);
    EXPECT_FALSE(laidOut.contains("vpc"));
    EXPECT_FALSE(laidOut.contains("web-b"));
    layOut(document);
    EXPECT_EQ(document.find("vpc")->geometry, vpcGeometry);
    EXPECT_EQ(document.find("web-b")->geometry, webGeometry);
    EXPECT_TRUE(layoutIsClean(document));
}

TEST(Layout, SubnetExposureFollowsRouteTables) {
    const Document document = everyKindDocument();
    const SubnetExposure exposure(document);
    struct Case {
        const char* subnet;
        bool isPublic;
    };
    for (const Case& item :
         {Case{"public-a", true}, Case{"public-b", true}, Case{"private-a", false},
          Case{"loose-subnet", false}, Case{"peer-subnet", false}}) {
        EXPECT_EQ(exposure.isPublic(item.subnet), item.isPublic) << item.subnet;
    }
    // The main table decides for subnets without one: make it route to the IGW.
    Document mainPublic = document;
    Resource table = *mainPublic.find("rt-main");
    table.as<RouteTable>()->routes = {Route{"0.0.0.0/0", RouteTargetKind::InternetGateway, "igw"}};
    mainPublic.replace(table);
    EXPECT_TRUE(SubnetExposure(mainPublic).isPublic("private-a"));
    EXPECT_FALSE(SubnetExposure(mainPublic).isPublic("peer-subnet"));
}

TEST(Layout, ContainerCycleFromABrokenFileDoesNotHang) {
    Document document;
    // An AZ whose VPC field names a subnet in that AZ: only a broken file can say this.
    document.add(testing_support::resource("az", AvailabilityZone{"loop", "us-east-1a"}));
    document.add(testing_support::subnet("loop", "vpc-missing", "10.0.0.0/24", "az"));
    layOut(document);
    EXPECT_TRUE(document.find("az")->geometry.has_value());
    EXPECT_TRUE(document.find("loop")->geometry.has_value());
    EXPECT_TRUE(layoutIsClean(document));
}

TEST(Layout, LargeNetworkIsLaidOutCleanly) {
    Document document = bench::generateNetwork(bench::NetworkShape::large());
    const ChangeSet changes = layOut(document);
    EXPECT_GT(changes.changed.size(), 5000u);
    EXPECT_TRUE(layoutIsClean(document));
}

} // namespace
} // namespace topograph
