// SPDX-License-Identifier: Apache-2.0
#include "core/layout/drop_placement.h"

#include "core/layout/drawing_tree.h"
#include "core/layout/layout.h"
#include "core/model/references.h"

#include <algorithm>

namespace topograph {

namespace {

using M = LayoutMetrics;

int depthOf(const DrawingTree& tree, std::size_t node) {
    int depth = 0;
    for (std::size_t at = tree.nodes[node].parent; at != DrawingTree::none;
         at = tree.nodes[at].parent) {
        ++depth;
    }
    return depth;
}

/// Moves `geometry` (relative to `container`) down below every sibling it would overlap, so
/// that a drop never lands on top of what is already there.
void avoidSiblings(const Document& document, const std::optional<ResourceId>& container,
                   Geometry& geometry) {
    std::vector<Geometry> siblings;
    for (const Resource& resource : document.resources()) {
        if (resource.geometry && isDrawn(resource.kind()) &&
            containerOf(document, resource) == container) {
            siblings.push_back(*resource.geometry);
        }
    }
    const auto overlaps = [&geometry](const Geometry& other) {
        return geometry.x < other.x + other.width + M::gap &&
               other.x < geometry.x + geometry.width + M::gap &&
               geometry.y < other.y + other.height + M::gap &&
               other.y < geometry.y + geometry.height + M::gap;
    };
    // Each step moves below one sibling for good: at most one step per sibling.
    for (std::size_t step = 0; step < siblings.size(); ++step) {
        const auto hit = std::find_if(siblings.begin(), siblings.end(), overlaps);
        if (hit == siblings.end()) {
            return;
        }
        geometry.y = hit->y + hit->height + M::gap;
    }
}

} // namespace

std::vector<ResourceId> containersAt(const Document& document, double x, double y) {
    const DrawingTree tree(document);
    const GeometryMap absolute = absoluteGeometry(document);
    std::vector<std::pair<int, ResourceId>> hits;
    for (std::size_t i = 0; i < tree.nodes.size(); ++i) {
        const Resource& resource = *tree.nodes[i].resource;
        if (!isContainerKind(resource.kind())) {
            continue;
        }
        const auto found = absolute.find(resource.id);
        if (found == absolute.end()) {
            continue;
        }
        const Geometry& box = found->second;
        if (x >= box.x && x <= box.x + box.width && y >= box.y && y <= box.y + box.height) {
            hits.emplace_back(depthOf(tree, i), resource.id);
        }
    }
    std::stable_sort(hits.begin(), hits.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    std::vector<ResourceId> ids;
    for (auto& hit : hits) {
        ids.push_back(std::move(hit.second));
    }
    return ids;
}

Geometry defaultSizeFor(ResourceKind kind) {
    switch (kind) {
    case ResourceKind::Region:
        return Geometry{0, 0, 760, 520};
    case ResourceKind::Vpc:
        return Geometry{0, 0, 600, 420};
    case ResourceKind::AvailabilityZone:
        return Geometry{0, 0, 280, 320};
    case ResourceKind::Subnet:
        return Geometry{0, 0, M::minContainerWidth, 160};
    default:
        return Geometry{0, 0, M::nodeWidth, M::nodeHeight};
    }
}

Geometry dropGeometry(const Document& document, ResourceKind kind,
                      const std::optional<ResourceId>& container, double x, double y) {
    Geometry geometry = defaultSizeFor(kind);
    double originX = 0;
    double originY = 0;
    double minX = M::canvasMargin;
    double minY = M::canvasMargin;
    if (container) {
        const GeometryMap absolute = absoluteGeometry(document);
        if (const auto found = absolute.find(*container); found != absolute.end()) {
            originX = found->second.x;
            originY = found->second.y;
        }
        minX = M::padding;
        minY = M::titleBand + M::padding;
    }
    geometry.x = std::max(minX, x - originX - geometry.width / 2);
    geometry.y = std::max(minY, y - originY - geometry.height / 2);
    avoidSiblings(document, container, geometry);
    return geometry;
}

std::vector<Resource> grownContainers(const Document& document,
                                      const std::optional<ResourceId>& container,
                                      const Geometry& geometry) {
    std::vector<Resource> grown;
    double neededWidth = geometry.x + geometry.width + M::padding;
    double neededHeight = geometry.y + geometry.height + M::padding;
    std::optional<ResourceId> at = container;
    while (at) {
        const Resource* resource = document.find(*at);
        if (resource == nullptr || !resource->geometry) {
            break;
        }
        const Geometry& box = *resource->geometry;
        if (box.width < neededWidth || box.height < neededHeight) {
            Resource copy = *resource;
            copy.geometry->width = std::max(box.width, neededWidth);
            copy.geometry->height = std::max(box.height, neededHeight);
            grown.push_back(copy);
            neededWidth = copy.geometry->x + copy.geometry->width + M::padding;
            neededHeight = copy.geometry->y + copy.geometry->height + M::padding;
        } else {
            break; // it fits, so it cannot push anything further out
        }
        at = containerOf(document, *resource);
    }
    return grown;
}

} // namespace topograph
