// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/check/finding.h"
#include "core/model/document.h"

#include <cstddef>
#include <set>
#include <vector>

namespace topograph::engine {

/// Every finding of a document in the order of sortFindings(), each tagged with the validator
/// scope that produced it. After an edit only the rerun scopes' findings are sorted, then
/// merged with the kept ones: a few hundred comparisons instead of sorting thousands again.
class FindingSet {
public:
    /// Replaces every finding of `scopes` by `fresh` (findings with the scope that made them).
    /// `positionsMoved`: resources were added or removed, so document positions shifted.
    void replaceScopes(const Document& document, const std::set<ResourceId>& scopes,
                       std::vector<std::pair<ResourceId, Finding>> fresh, bool positionsMoved);

    const std::vector<Finding>& findings() const { return findings_; }

private:
    struct Key {
        std::vector<std::size_t> positions; // of the finding's resources in the document
    };
    static Key keyOf(const Document& document, const Finding& finding);
    /// sortFindings()'s order: first resource's position, code, all positions, ids, message, fix.
    static bool before(const Finding& x, const Key& kx, const Finding& y, const Key& ky);

    std::vector<Finding> findings_;
    std::vector<ResourceId> scopes_;
    std::vector<Key> keys_;
};

} // namespace topograph::engine
