// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/model/document.h"

#include <cstddef>
#include <optional>
#include <unordered_map>
#include <vector>

namespace topograph {

/// The drawn resources as a forest, parents from containerOf(). Built once in linear time and
/// shared by the layout and by absoluteGeometry so that both agree on who contains whom.
/// A container reference that names a missing or undrawn resource, or that closes a cycle (only
/// a broken file can do that), makes the item top-level instead of hiding it.
struct DrawingTree {
    static constexpr std::size_t none = static_cast<std::size_t>(-1);

    struct Node {
        const Resource* resource = nullptr;
        std::size_t parent = none;
        std::vector<std::size_t> children; // in file order
    };

    std::vector<Node> nodes;          // drawn resources in file order
    std::vector<std::size_t> roots;   // top-level nodes in file order
    std::vector<std::size_t> topDown; // every node after its container (breadth first)

    explicit DrawingTree(const Document& document);

    std::optional<std::size_t> find(const ResourceId& id) const;

private:
    std::unordered_map<ResourceId, std::size_t> indexOfId_;
};

} // namespace topograph
