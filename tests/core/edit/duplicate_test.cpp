// SPDX-License-Identifier: Apache-2.0
#include "core/cidr/cidr.h"
#include "core/edit/duplicate.h"
#include "core/layout/layout.h"
#include "core/model/references.h"
#include "edit_test_support.h"
#include "exporters/model_yaml/model_file.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <stdexcept>
#include <unordered_map>
#include <unordered_set>

namespace topograph {
namespace {

using namespace edit_tests;

/// The three-tier example laid out, as the designer shows it.
Document threeTier() {
    Document document = loadModelFile(std::string(TOPOGRAPH_EXAMPLES_DIR) + "/three-tier-web.yaml");
    layOut(document);
    return document;
}

PasteOptions offsetBy(double dx, double dy) {
    PasteOptions options;
    options.dx = dx;
    options.dy = dy;
    return options;
}

const Resource& addedWithName(const PasteResult& result, const std::string& name) {
    for (const Resource& resource : result.edit.added) {
        if (resource.name == name) {
            return resource;
        }
    }
    throw std::runtime_error("nothing named " + name + " was added");
}

/// The original each added resource copies, found by name ("X copy" copies "X").
std::unordered_map<ResourceId, ResourceId> originalsByCopy(const Document& document,
                                                           const PasteResult& result) {
    std::unordered_map<ResourceId, ResourceId> originals;
    for (const Resource& added : result.edit.added) {
        for (const Resource& original : document.resources()) {
            if (!original.name.empty() && added.name == original.name + " copy") {
                originals.emplace(added.id, original.id);
            }
        }
    }
    return originals;
}

TEST(Duplicate, CollectsTheChosenItemsAndEverythingInsideThem) {
    const Document document = threeTier();
    const std::vector<Resource> copies = collectCopies(document, {"app-a", "az-a", "missing"});
    std::vector<ResourceId> ids;
    for (const Resource& copy : copies) {
        ids.push_back(copy.id);
    }
    // The zone, its three subnets, the NAT gateway in public-a and the instance in app-a, once.
    EXPECT_EQ(ids, (std::vector<ResourceId>{"az-a", "public-a", "app-a", "db-a", "nat-a",
                                            "app-instance-a"}));
    EXPECT_EQ(topCopies(document, copies), std::vector<ResourceId>{"az-a"});
}

TEST(Duplicate, CopyOfAVpcHasFreshIdsRemappedReferencesAndItsOwnAddresses) {
    const Document document = threeTier();
    const std::vector<Resource> copies = collectCopies(document, {"vpc"});
    const PasteResult result = pasteCopies(document, copies, {});
    ASSERT_EQ(result.edit.added.size(), copies.size());
    ASSERT_EQ(result.topIds.size(), 1U);

    std::unordered_map<ResourceId, ResourceId> copyOf;
    std::unordered_set<ResourceId> fresh;
    for (std::size_t i = 0; i < copies.size(); ++i) {
        const ResourceId& id = result.edit.added[i].id;
        EXPECT_FALSE(document.contains(id)) << id;
        EXPECT_TRUE(fresh.insert(id).second) << id << " is given twice";
        EXPECT_EQ(result.edit.added[i].kind(), copies[i].kind());
        copyOf.emplace(copies[i].id, id);
    }
    // Every reference to a copied resource names its copy; the others name the originals.
    for (std::size_t i = 0; i < copies.size(); ++i) {
        const std::vector<Reference> before = referencesOf(copies[i]);
        const std::vector<Reference> after = referencesOf(result.edit.added[i]);
        ASSERT_EQ(before.size(), after.size()) << copies[i].id;
        for (std::size_t r = 0; r < before.size(); ++r) {
            const auto copied = copyOf.find(before[r].target);
            EXPECT_EQ(after[r].target, copied != copyOf.end() ? copied->second : before[r].target)
                << copies[i].id << " " << before[r].field;
        }
    }

    Document pasted = document;
    const ChangeSet changes = applyEdit(pasted, result.edit);
    EXPECT_EQ(changes.added.size(), copies.size());
    EXPECT_TRUE(danglingReferences(pasted).empty());
    // No two VPCs overlap, and the copied subnets lie inside the copied VPC without overlap.
    const Vpc& copiedVpc = *pasted.findAs<Vpc>(copyOf.at("vpc"));
    ASSERT_EQ(copiedVpc.ipv4Cidrs.size(), 1U);
    const Cidr copiedBlock = Cidr::parse(copiedVpc.ipv4Cidrs.front());
    EXPECT_FALSE(copiedBlock.overlaps(Cidr::parse(document.findAs<Vpc>("vpc")->ipv4Cidrs[0])));
    std::vector<Cidr> subnetBlocks;
    for (const Resource& resource : result.edit.added) {
        if (const auto* subnet = resource.as<Subnet>()) {
            const Cidr block = Cidr::parse(subnet->ipv4Cidr);
            EXPECT_TRUE(copiedBlock.contains(block)) << subnet->ipv4Cidr;
            for (const Cidr& other : subnetBlocks) {
                EXPECT_FALSE(block.overlaps(other)) << subnet->ipv4Cidr;
            }
            subnetBlocks.push_back(block);
        }
    }
    EXPECT_EQ(subnetBlocks.size(), 6U);

    revertEdit(pasted, result.edit);
    EXPECT_EQ(pasted, document);
}

TEST(Duplicate, CopiedSubnetKeepsTheOriginalTableUnlessTheTableWasCopiedToo) {
    const Document document = threeTier();
    const PasteResult alone = pasteCopies(document, collectCopies(document, {"app-a"}), {});
    const Resource& subnet = addedWithName(alone, "App subnet A copy");
    EXPECT_EQ(subnet.as<Subnet>()->routeTable, std::optional<ResourceId>("app-rt-a"));
    EXPECT_EQ(subnet.as<Subnet>()->availabilityZone, "az-a");
    // The instance inside came along and sits in the copy.
    const auto originals = originalsByCopy(document, alone);
    const auto instance = std::find_if(alone.edit.added.begin(), alone.edit.added.end(),
                                       [](const Resource& r) { return r.as<Instance>(); });
    ASSERT_NE(instance, alone.edit.added.end());
    EXPECT_EQ(originals.at(instance->id), "app-instance-a");
    EXPECT_EQ(instance->placement()->subnets, std::vector<ResourceId>{subnet.id});
    EXPECT_EQ(instance->placement()->securityGroups, std::vector<ResourceId>{"app-sg"});

    const PasteResult withTable =
        pasteCopies(document, collectCopies(document, {"app-a", "app-rt-a"}), {});
    const Resource& table = addedWithName(withTable, "App route table (us-east-1a) copy");
    EXPECT_EQ(addedWithName(withTable, "App subnet A copy").as<Subnet>()->routeTable,
              std::optional<ResourceId>(table.id));
    EXPECT_EQ(withTable.topIds.size(), 2U);
}

TEST(Duplicate, OffsetsTheTopCopiesOnly) {
    const Document document = threeTier();
    const PasteResult result =
        pasteCopies(document, collectCopies(document, {"app-a"}), offsetBy(30, 40));
    const Geometry& original = *document.find("app-a")->geometry;
    const Geometry& copied = *addedWithName(result, "App subnet A copy").geometry;
    EXPECT_DOUBLE_EQ(copied.x, original.x + 30);
    EXPECT_DOUBLE_EQ(copied.y, original.y + 40);
    const auto instance = std::find_if(result.edit.added.begin(), result.edit.added.end(),
                                       [](const Resource& r) { return r.as<Instance>(); });
    EXPECT_EQ(*instance->geometry, *document.find("app-instance-a")->geometry);
}

TEST(Duplicate, PastesIntoAnotherContainerThatMayHoldTheCopies) {
    const Document document = threeTier();
    PasteOptions options;
    options.into = "az-b";
    options.topLeft = std::pair{20.0, 60.0};
    const PasteResult result = pasteCopies(document, collectCopies(document, {"app-a"}), options);
    const Resource& subnet = addedWithName(result, "App subnet A copy");
    EXPECT_EQ(subnet.as<Subnet>()->availabilityZone, "az-b");
    EXPECT_EQ(subnet.as<Subnet>()->vpc, "vpc");
    EXPECT_DOUBLE_EQ(subnet.geometry->x, 20);
    EXPECT_DOUBLE_EQ(subnet.geometry->y, 60);

    // A subnet cannot go into a VPC directly: it stays in its own zone.
    options.into = "vpc";
    const PasteResult refused = pasteCopies(document, collectCopies(document, {"app-a"}), options);
    EXPECT_EQ(addedWithName(refused, "App subnet A copy").as<Subnet>()->availabilityZone, "az-a");
}

TEST(Duplicate, GrowsTheContainerToHoldTheCopies) {
    const Document document = threeTier();
    const Geometry zone = *document.find("az-a")->geometry;
    const PasteResult result =
        pasteCopies(document, collectCopies(document, {"app-a"}), offsetBy(zone.width, 0));
    const auto grown = std::find_if(result.edit.rewritten.begin(), result.edit.rewritten.end(),
                                    [](const auto& rewrite) { return rewrite.after.id == "az-a"; });
    ASSERT_NE(grown, result.edit.rewritten.end());
    EXPECT_GT(grown->after.geometry->width, zone.width);
}

TEST(Duplicate, RefusesAnEmptyCopyAndAVanishedContainer) {
    Document document = threeTier();
    EXPECT_THROW(pasteCopies(document, {}, {}), std::invalid_argument);
    const std::vector<Resource> copies = collectCopies(document, {"app-instance-a"});
    document.remove("app-instance-a");
    document.remove("app-a");
    EXPECT_THROW(pasteCopies(document, copies, {}), std::invalid_argument);
}

} // namespace
} // namespace topograph
