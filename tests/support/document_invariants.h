// SPDX-License-Identifier: Apache-2.0
// Asserts the invariants every document must keep after every operation (DESIGN.md, habit 4):
// the id index agrees with file order, ids are unique and non-empty, every reference names an
// existing resource of a kind its field accepts, and every derived container exists.
// Header-only; use as `EXPECT_TRUE(documentInvariantsHold(document));`.
#pragma once

#include "core/model/document.h"
#include "core/model/references.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <string>
#include <unordered_set>

namespace topograph::testing_support {

/// The index agrees with file order: every resource is found at its own position.
inline ::testing::AssertionResult indexMatchesOrder(const Document& document) {
    std::unordered_set<ResourceId> seen;
    const auto& resources = document.resources();
    for (std::size_t i = 0; i < resources.size(); ++i) {
        const Resource& item = resources[i];
        if (item.id.empty()) {
            return ::testing::AssertionFailure() << "resource at position " << i << " has no id";
        }
        if (!seen.insert(item.id).second) {
            return ::testing::AssertionFailure() << "id '" << item.id << "' appears twice";
        }
        if (document.positionOf(item.id) != i) {
            return ::testing::AssertionFailure()
                   << "'" << item.id << "' is at position " << i << " but the index says "
                   << document.positionOf(item.id);
        }
        if (document.find(item.id) != &item) {
            return ::testing::AssertionFailure() << "find('" << item.id << "') misses it";
        }
    }
    return ::testing::AssertionSuccess();
}

/// Every reference resolves to a resource of an allowed kind and every container exists.
inline ::testing::AssertionResult referencesResolve(const Document& document) {
    for (const Resource& item : document.resources()) {
        for (const Reference& reference : referencesOf(item)) {
            const Resource* target = document.find(reference.target);
            if (target == nullptr) {
                return ::testing::AssertionFailure()
                       << item.id << "." << reference.field << " names the missing id '"
                       << reference.target << "'";
            }
            const auto& allowed = reference.allowedKinds;
            if (std::find(allowed.begin(), allowed.end(), target->kind()) == allowed.end()) {
                return ::testing::AssertionFailure()
                       << item.id << "." << reference.field << " names '" << reference.target
                       << "', a " << kindName(target->kind())
                       << ", which the field does not accept";
            }
        }
        if (const auto container = containerOf(document, item)) {
            if (!document.contains(*container)) {
                return ::testing::AssertionFailure()
                       << item.id << " is drawn in the missing container '" << *container << "'";
            }
        }
    }
    return ::testing::AssertionSuccess();
}

inline ::testing::AssertionResult documentInvariantsHold(const Document& document) {
    if (auto result = indexMatchesOrder(document); !result) {
        return result;
    }
    return referencesResolve(document);
}

} // namespace topograph::testing_support
