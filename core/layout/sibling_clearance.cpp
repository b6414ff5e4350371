// SPDX-License-Identifier: Apache-2.0
#include "core/layout/sibling_clearance.h"

#include "core/layout/drawing_tree.h"
#include "core/layout/layout.h"

#include <algorithm>
#include <deque>
#include <unordered_map>

namespace topograph {

namespace {

using M = LayoutMetrics;

/// Boxes closer than the sibling gap on both axes crowd each other.
bool crowd(const Geometry& a, const Geometry& b) {
    return a.x < b.x + b.width + M::gap && b.x < a.x + a.width + M::gap &&
           a.y < b.y + b.height + M::gap && b.y < a.y + a.height + M::gap;
}

bool overlap(const Geometry& a, const Geometry& b) {
    return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height &&
           b.y < a.y + a.height;
}

/// True when `box` must get out of the way of a sibling that went from `before` to `after`:
/// the change made them crowd, or made a tight neighbour overlap.
bool mustMove(const Geometry& before, const Geometry& after, const Geometry& box) {
    return crowd(after, box) &&
           (!crowd(before, box) || (!overlap(before, box) && overlap(after, box)));
}

/// Moves `box` right or down, the side it lay on from `before`, just far enough to clear
/// `after` by the gap. A box both right of and below it takes the shorter way.
void moveClear(const Geometry& before, const Geometry& after, Geometry& box) {
    const bool rightOf = box.x >= before.x + before.width;
    const bool below = box.y >= before.y + before.height;
    const double toRight = after.x + after.width + M::gap - box.x;
    const double toBelow = after.y + after.height + M::gap - box.y;
    if (rightOf && (!below || toRight <= toBelow)) {
        box.x += toRight;
    } else {
        box.y += toBelow;
    }
}

/// The changes of one gesture, kept as overrides on top of the document.
class RoomMaker {
public:
    explicit RoomMaker(const Document& document) : tree_(document) {}

    const DrawingTree& tree() const { return tree_; }

    bool hasGeometry(std::size_t node) const {
        return tree_.nodes[node].resource->geometry.has_value();
    }

    Geometry geometryOf(std::size_t node) const {
        const auto found = changed_.find(node);
        return found != changed_.end() ? found->second : *tree_.nodes[node].resource->geometry;
    }

    /// Moves the siblings of `node` out of the way of its change from `before`, and returns the
    /// right and bottom extent (in the parent's coordinates) of it and of everything moved.
    std::pair<double, double> clearSiblings(std::size_t node, const Geometry& before) {
        const std::size_t parent = tree_.nodes[node].parent;
        const std::vector<std::size_t>& siblings =
            parent == DrawingTree::none ? tree_.roots : tree_.nodes[parent].children;
        const Geometry now = geometryOf(node);
        double right = now.x + now.width;
        double bottom = now.y + now.height;
        struct Push {
            std::size_t node;
            Geometry before;
        };
        std::deque<Push> pending{{node, before}};
        // Boxes only ever move right or down, so chains end; the budget guards broken files.
        std::size_t budget = siblings.size() * siblings.size() + 1;
        while (!pending.empty() && budget > 0) {
            const Push push = pending.front();
            pending.pop_front();
            const Geometry pusher = geometryOf(push.node);
            for (const std::size_t other : siblings) {
                if (other == push.node || other == node || !hasGeometry(other)) {
                    continue;
                }
                const Geometry box = geometryOf(other);
                if (!mustMove(push.before, pusher, box)) {
                    continue;
                }
                Geometry moved = box;
                moveClear(push.before, pusher, moved);
                set(other, moved);
                right = std::max(right, moved.x + moved.width);
                bottom = std::max(bottom, moved.y + moved.height);
                pending.push_back({other, box});
                if (--budget == 0) {
                    break;
                }
            }
        }
        return {right, bottom};
    }

    /// Grows `node` and its containers outward until one is at least `width` x `height`,
    /// clearing the siblings of each container that grows.
    void growOutward(std::size_t node, double width, double height) {
        while (node != DrawingTree::none && hasGeometry(node)) {
            const Geometry before = geometryOf(node);
            if (before.width >= width && before.height >= height) {
                return; // it fits, so it cannot push anything further out
            }
            Geometry grown = before;
            grown.width = std::max(before.width, width);
            grown.height = std::max(before.height, height);
            set(node, grown);
            const auto [right, bottom] = clearSiblings(node, before);
            width = right + M::padding;
            height = bottom + M::padding;
            node = tree_.nodes[node].parent;
        }
    }

    std::vector<Resource> result() const {
        std::vector<Resource> copies;
        copies.reserve(order_.size());
        for (const std::size_t node : order_) {
            Resource copy = *tree_.nodes[node].resource;
            copy.geometry = changed_.at(node);
            copies.push_back(std::move(copy));
        }
        return copies;
    }

private:
    void set(std::size_t node, const Geometry& geometry) {
        if (changed_.insert_or_assign(node, geometry).second) {
            order_.push_back(node);
        }
    }

    DrawingTree tree_;
    std::unordered_map<std::size_t, Geometry> changed_;
    std::vector<std::size_t> order_;
};

} // namespace

std::vector<Resource> grownAndCleared(const Document& document,
                                      const std::optional<ResourceId>& container,
                                      const Geometry& geometry) {
    if (!container) {
        return {};
    }
    const double width = geometry.x + geometry.width + M::padding;
    const double height = geometry.y + geometry.height + M::padding;
    // Most edits fit where they are: answer those without building the drawing tree, which
    // costs a pass over the whole document (a multi-selection move asks once per item).
    const Resource* resource = document.find(*container);
    if (resource == nullptr || !resource->geometry ||
        (resource->geometry->width >= width && resource->geometry->height >= height)) {
        return {};
    }
    RoomMaker room(document);
    const auto node = room.tree().find(*container);
    if (!node) {
        return {};
    }
    room.growOutward(*node, width, height);
    return room.result();
}

std::vector<Resource> clearedAround(const Document& document, const ResourceId& changed,
                                    const Geometry& before) {
    RoomMaker room(document);
    const auto node = room.tree().find(changed);
    if (!node || !room.hasGeometry(*node)) {
        return {};
    }
    const auto [right, bottom] = room.clearSiblings(*node, before);
    room.growOutward(room.tree().nodes[*node].parent, right + M::padding, bottom + M::padding);
    return room.result();
}

} // namespace topograph
