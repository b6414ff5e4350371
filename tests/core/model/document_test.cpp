// SPDX-License-Identifier: Apache-2.0
// Document: adding, inserting, replacing, removing, fresh ids, equality, and the id index
// staying right after every mutation.
#include "core/model/document.h"
#include "tests/support/document_invariants.h"
#include "tests/support/model_builders.h"

#include <gtest/gtest.h>
#include <random>
#include <string>
#include <vector>

namespace topograph {
namespace {

using testing_support::documentInvariantsHold;
using testing_support::indexMatchesOrder;
using testing_support::resource;

Resource region(const std::string& id) {
    return resource(id, Region{.name = "us-east-1"});
}

std::vector<ResourceId> idsOf(const Document& document) {
    std::vector<ResourceId> ids;
    for (const Resource& item : document.resources()) {
        ids.push_back(item.id);
    }
    return ids;
}

TEST(Document, AddAppendsAndReportsTheAddedId) {
    Document document;
    const ChangeSet first = document.add(region("a"));
    const ChangeSet second = document.add(region("b"));
    EXPECT_EQ(first.added, std::vector<ResourceId>{"a"});
    EXPECT_TRUE(first.removed.empty());
    EXPECT_TRUE(first.changed.empty());
    EXPECT_FALSE(first.geometryOnly);
    EXPECT_FALSE(first.empty());
    EXPECT_EQ(second.added, std::vector<ResourceId>{"b"});
    EXPECT_EQ(idsOf(document), (std::vector<ResourceId>{"a", "b"}));
    EXPECT_EQ(document.size(), 2U);
    EXPECT_TRUE(document.contains("a"));
    EXPECT_FALSE(document.contains("c"));
    EXPECT_EQ(document.find("c"), nullptr);
    EXPECT_EQ(document.positionOf("c"), document.size());
    EXPECT_TRUE(documentInvariantsHold(document));
}

TEST(Document, AddingATakenIdThrowsAndChangesNothing) {
    Document document;
    document.add(region("a"));
    const Document before = document;
    try {
        document.add(resource("a", Vpc{}));
        FAIL() << "a duplicate id was accepted";
    } catch (const DuplicateIdError& error) {
        EXPECT_NE(std::string(error.what()).find("'a'"), std::string::npos) << error.what();
    }
    EXPECT_THROW(document.insert(0, region("a")), DuplicateIdError);
    EXPECT_EQ(document, before);
    EXPECT_TRUE(documentInvariantsHold(document));
}

TEST(Document, InsertKeepsEveryPositionRight) {
    Document document;
    document.add(region("b"));
    document.add(region("d"));
    EXPECT_EQ(document.insert(0, region("a")).added, std::vector<ResourceId>{"a"});
    document.insert(2, region("c"));
    document.insert(99, region("e")); // past the end: appended
    EXPECT_EQ(idsOf(document), (std::vector<ResourceId>{"a", "b", "c", "d", "e"}));
    for (std::size_t i = 0; i < document.size(); ++i) {
        EXPECT_EQ(document.positionOf(document.resources()[i].id), i);
    }
    EXPECT_TRUE(documentInvariantsHold(document));
}

TEST(Document, RemoveShiftsLaterPositionsAndForgetsTheId) {
    Document document;
    for (const char* id : {"a", "b", "c", "d"}) {
        document.add(region(id));
    }
    const ChangeSet changes = document.remove("b");
    EXPECT_EQ(changes.removed, std::vector<ResourceId>{"b"});
    EXPECT_TRUE(changes.added.empty());
    EXPECT_FALSE(document.contains("b"));
    EXPECT_EQ(document.positionOf("c"), 1U);
    EXPECT_EQ(document.positionOf("d"), 2U);
    EXPECT_TRUE(document.remove("b").empty()); // already gone
    EXPECT_TRUE(document.remove("zzz").empty());
    document.remove("d"); // the last one
    document.remove("a"); // the first one
    EXPECT_EQ(idsOf(document), std::vector<ResourceId>{"c"});
    EXPECT_TRUE(documentInvariantsHold(document));
    // The removed id can be used again.
    document.add(region("b"));
    EXPECT_EQ(document.positionOf("b"), 1U);
    EXPECT_TRUE(documentInvariantsHold(document));
}

TEST(Document, ReplaceTellsWhetherOnlyGeometryChanged) {
    Document document;
    Resource vpc = resource("vpc", Vpc{.ipv4Cidrs = {"10.0.0.0/16"}});
    document.add(vpc);

    Resource moved = vpc;
    moved.geometry = Geometry{10, 20, 300, 200};
    ChangeSet changes = document.replace(moved);
    EXPECT_EQ(changes.changed, std::vector<ResourceId>{"vpc"});
    EXPECT_TRUE(changes.geometryOnly);
    EXPECT_EQ(*document.find("vpc"), moved);

    Resource renamed = moved;
    renamed.name = "Production";
    changes = document.replace(renamed);
    EXPECT_FALSE(changes.geometryOnly);
    EXPECT_EQ(document.find("vpc")->name, "Production");

    Resource readdressed = renamed;
    readdressed.as<Vpc>()->ipv4Cidrs.push_back("10.1.0.0/16");
    readdressed.geometry = Geometry{0, 0, 1, 1};
    changes = document.replace(readdressed);
    EXPECT_FALSE(changes.geometryOnly); // geometry and properties together
    EXPECT_EQ(document.findAs<Vpc>("vpc")->ipv4Cidrs.size(), 2U);

    // Replacing with another kind under the same id is a property change.
    changes = document.replace(resource("vpc", Region{}));
    EXPECT_FALSE(changes.geometryOnly);
    EXPECT_EQ(document.find("vpc")->kind(), ResourceKind::Region);
    EXPECT_EQ(document.findAs<Vpc>("vpc"), nullptr);
    EXPECT_TRUE(documentInvariantsHold(document));
}

TEST(Document, ReplacingAnAbsentIdAddsNothing) {
    Document document;
    document.add(region("a"));
    const ChangeSet changes = document.replace(region("b"));
    EXPECT_TRUE(changes.empty());
    EXPECT_FALSE(document.contains("b"));
    EXPECT_EQ(document.size(), 1U);
}

TEST(Document, SetGeometryIsGeometryOnly) {
    Document document;
    document.add(region("a"));
    const ChangeSet changes = document.setGeometry("a", Geometry{1, 2, 3, 4});
    EXPECT_EQ(changes.changed, std::vector<ResourceId>{"a"});
    EXPECT_TRUE(changes.geometryOnly);
    EXPECT_EQ(document.find("a")->geometry, (Geometry{1, 2, 3, 4}));
    document.setGeometry("a", std::nullopt);
    EXPECT_FALSE(document.find("a")->geometry.has_value());
    EXPECT_TRUE(document.setGeometry("missing", Geometry{}).empty());
}

TEST(Document, FreshIdSkipsTakenIds) {
    Document document;
    EXPECT_EQ(document.freshId("vpc"), "vpc-1");
    document.add(resource("vpc-1", Vpc{}));
    document.add(resource("vpc-3", Vpc{}));
    EXPECT_EQ(document.freshId("vpc"), "vpc-2");
    document.add(resource(document.freshId("vpc"), Vpc{}));
    EXPECT_EQ(document.freshId("vpc"), "vpc-4");
    EXPECT_EQ(document.freshId("subnet"), "subnet-1");
    EXPECT_FALSE(document.contains(document.freshId("vpc")));
}

TEST(Document, EqualityComparesEverythingInOrderAndCopiesAreIndependent) {
    Document original;
    original.title = "Lab";
    original.add(region("a"));
    original.add(resource("vpc", Vpc{.ipv4Cidrs = {"10.0.0.0/16"}}));

    Document copy = original;
    EXPECT_EQ(copy, original);
    copy.findMutable("vpc")->as<Vpc>()->ipv4Cidrs[0] = "10.1.0.0/16";
    EXPECT_NE(copy, original);
    EXPECT_EQ(original.findAs<Vpc>("vpc")->ipv4Cidrs[0], "10.0.0.0/16");

    Document retitled = original;
    retitled.title = "Other";
    EXPECT_NE(retitled, original);

    Document described = original;
    described.description = "text";
    EXPECT_NE(described, original);

    Document reordered;
    reordered.title = "Lab";
    reordered.add(resource("vpc", Vpc{.ipv4Cidrs = {"10.0.0.0/16"}}));
    reordered.insert(1, region("a"));
    EXPECT_NE(reordered, original); // same resources, another file order

    Document withTemplate = original;
    withTemplate.cloudFormation.type = Tree::Type::Mapping;
    EXPECT_NE(withTemplate, original);
}

TEST(Document, IndexStaysRightThroughARandomSequenceOfInsertsAndRemovals) {
    // A model of the expected order, checked against the document after every step.
    std::mt19937 random(20261122);
    Document document;
    std::vector<ResourceId> expected;
    int next = 0;
    for (int step = 0; step < 2000; ++step) {
        const bool insert = expected.empty() || random() % 3 != 0;
        if (insert) {
            const std::size_t position = random() % (expected.size() + 1);
            ResourceId id = "r" + std::to_string(next++);
            document.insert(position, region(id));
            expected.insert(expected.begin() + static_cast<std::ptrdiff_t>(position), id);
        } else {
            const std::size_t position = random() % expected.size();
            document.remove(expected[position]);
            expected.erase(expected.begin() + static_cast<std::ptrdiff_t>(position));
        }
        ASSERT_TRUE(indexMatchesOrder(document)) << "after step " << step;
    }
    EXPECT_EQ(idsOf(document), expected);
}

} // namespace
} // namespace topograph
