// SPDX-License-Identifier: Apache-2.0
// DocumentEdit: applying then reverting any mix of additions, removals and rewrites gives back
// the document it started from, order included (what undo in the designer relies on).
#include "core/model/document_edit.h"
#include "tests/support/document_invariants.h"
#include "tests/support/model_builders.h"

#include <gtest/gtest.h>
#include <random>
#include <string>

namespace topograph {
namespace {

using testing_support::documentInvariantsHold;
using testing_support::resource;

Resource region(const std::string& id, const std::string& name = "us-east-1") {
    return resource(id, Region{.name = name});
}

Document lettersDocument(int count) {
    Document document;
    for (int i = 0; i < count; ++i) {
        document.add(region(std::string(1, static_cast<char>('a' + i))));
    }
    return document;
}

TEST(DocumentEdit, RemovalsReturnToTheirPlaces) {
    const Document before = lettersDocument(6);
    Document document = before;
    DocumentEdit edit;
    edit.recordRemoval(document, "e");
    edit.recordRemoval(document, "b");
    edit.recordRemoval(document, "a");
    edit.recordRemoval(document, "missing"); // nothing to record
    ASSERT_EQ(edit.removed.size(), 3U);
    const ChangeSet applied = applyEdit(document, edit);
    EXPECT_EQ(applied.removed.size(), 3U);
    EXPECT_EQ(document.size(), 3U);
    EXPECT_EQ(document.resources().front().id, "c");
    revertEdit(document, edit);
    EXPECT_EQ(document, before);
    EXPECT_TRUE(documentInvariantsHold(document));
}

TEST(DocumentEdit, AdditionsAndRewritesRevert) {
    const Document before = lettersDocument(3);
    Document document = before;
    DocumentEdit edit;
    edit.added.push_back(region("z"));
    edit.rewritten.push_back({*document.find("b"), region("b", "eu-west-1")});
    const ChangeSet applied = applyEdit(document, edit);
    EXPECT_EQ(applied.added, std::vector<ResourceId>{"z"});
    EXPECT_EQ(applied.changed, std::vector<ResourceId>{"b"});
    EXPECT_EQ(document.find("b")->as<Region>()->name, "eu-west-1");
    EXPECT_EQ(document.resources().back().id, "z");
    revertEdit(document, edit);
    EXPECT_EQ(document, before);
}

TEST(DocumentEdit, ATakenIdIsRefusedBeforeAnythingChanges) {
    const Document before = lettersDocument(3);
    Document document = before;
    DocumentEdit edit;
    edit.rewritten.push_back({*document.find("a"), region("a", "eu-west-1")});
    edit.added.push_back(region("c"));
    EXPECT_THROW(applyEdit(document, edit), DuplicateIdError);
    EXPECT_EQ(document, before);
}

TEST(DocumentEdit, RandomEditsAlwaysRevertExactly) {
    std::mt19937 random(20261202);
    for (int round = 0; round < 200; ++round) {
        const Document before = lettersDocument(10);
        Document document = before;
        DocumentEdit edit;
        for (const Resource& item : before.resources()) {
            switch (random() % 4) {
            case 0:
                edit.recordRemoval(before, item.id);
                break;
            case 1:
                edit.rewritten.push_back({item, region(item.id, "ap-south-1")});
                break;
            default:
                break;
            }
        }
        for (unsigned extra = random() % 3; extra > 0; --extra) {
            edit.added.push_back(region("new-" + std::to_string(extra)));
        }
        applyEdit(document, edit);
        EXPECT_TRUE(documentInvariantsHold(document));
        EXPECT_EQ(document.size(), before.size() - edit.removed.size() + edit.added.size());
        revertEdit(document, edit);
        ASSERT_EQ(document, before) << "round " << round;
        EXPECT_TRUE(documentInvariantsHold(document));
    }
}

} // namespace
} // namespace topograph
