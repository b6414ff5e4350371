// SPDX-License-Identifier: Apache-2.0
#include "core/layout/drawing_tree.h"

#include "core/layout/layout.h"
#include "core/model/references.h"

#include <cstdint>

namespace topograph {

namespace {

enum class Visit : std::uint8_t { New, OnPath, Done };

} // namespace

DrawingTree::DrawingTree(const Document& document) {
    for (const Resource& resource : document.resources()) {
        if (isDrawn(resource.kind())) {
            indexOfId_.emplace(resource.id, nodes.size());
            nodes.push_back(Node{&resource, none, {}});
        }
    }
    for (Node& node : nodes) {
        if (const auto container = containerOf(document, *node.resource)) {
            if (const auto found = indexOfId_.find(*container); found != indexOfId_.end()) {
                node.parent = found->second;
            }
        }
    }
    // Cut cycles: walk each chain of parents once; meeting a node of the current walk again
    // means the chain loops, and the node where it loops becomes top-level.
    std::vector<Visit> visits(nodes.size(), Visit::New);
    std::vector<std::size_t> path;
    for (std::size_t start = 0; start < nodes.size(); ++start) {
        path.clear();
        std::size_t current = start;
        while (current != none && visits[current] == Visit::New) {
            visits[current] = Visit::OnPath;
            path.push_back(current);
            current = nodes[current].parent;
        }
        if (current != none && visits[current] == Visit::OnPath) {
            nodes[current].parent = none;
        }
        for (const std::size_t visited : path) {
            visits[visited] = Visit::Done;
        }
    }
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        if (nodes[i].parent == none) {
            roots.push_back(i);
        } else {
            nodes[nodes[i].parent].children.push_back(i);
        }
    }
    topDown.reserve(nodes.size());
    topDown.insert(topDown.end(), roots.begin(), roots.end());
    for (std::size_t next = 0; next < topDown.size(); ++next) {
        const auto& children = nodes[topDown[next]].children;
        topDown.insert(topDown.end(), children.begin(), children.end());
    }
}

std::optional<std::size_t> DrawingTree::find(const ResourceId& id) const {
    const auto found = indexOfId_.find(id);
    return found == indexOfId_.end() ? std::nullopt : std::optional(found->second);
}

} // namespace topograph
