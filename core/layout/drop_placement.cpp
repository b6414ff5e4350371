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

/// Moves `geometry` (relative to `container`) to the free place nearest to where it was
/// dropped, a gap clear of every sibling and not above or left of (`minX`, `minY`), so that a
/// drop never lands on top of what is already there: a zone dropped half over its neighbour
/// moves beside it rather than below the whole row.
void avoidSiblings(const Document& document, const std::optional<ResourceId>& container,
                   Geometry& geometry, double minX, double minY) {
    std::vector<Geometry> siblings;
    for (const Resource& resource : document.resources()) {
        if (resource.geometry && isDrawn(resource.kind()) &&
            containerOf(document, resource) == container) {
            siblings.push_back(*resource.geometry);
        }
    }
    const auto overlaps = [&geometry](double x, double y, const Geometry& other) {
        return x < other.x + other.width + M::gap && other.x < x + geometry.width + M::gap &&
               y < other.y + other.height + M::gap && other.y < y + geometry.height + M::gap;
    };
    const auto isFree = [&](double x, double y) {
        return std::none_of(siblings.begin(), siblings.end(),
                            [&](const Geometry& other) { return overlaps(x, y, other); });
    };
    if (isFree(geometry.x, geometry.y)) {
        return;
    }
    // The nearest free place is at the wanted position on one axis and flush against a
    // sibling's side on the other, or flush on both: try those (O(n^3) for n siblings).
    constexpr std::size_t searchLimit = 64;
    if (siblings.size() <= searchLimit) {
        std::vector<double> xs{geometry.x};
        std::vector<double> ys{geometry.y};
        for (const Geometry& other : siblings) {
            xs.push_back(other.x + other.width + M::gap);
            xs.push_back(other.x - M::gap - geometry.width);
            ys.push_back(other.y + other.height + M::gap);
            ys.push_back(other.y - M::gap - geometry.height);
        }
        std::optional<std::pair<double, double>> best;
        double bestDistance = 0;
        // The wanted column first, so that of two places equally near, the one straight
        // below or above wins (stacking, as a column of subnets grows).
        for (double x : xs) {
            for (double y : ys) {
                if (x < minX || y < minY || !isFree(x, y)) {
                    continue;
                }
                const double distance =
                    (x - geometry.x) * (x - geometry.x) + (y - geometry.y) * (y - geometry.y);
                if (!best || distance < bestDistance) {
                    best = {x, y};
                    bestDistance = distance;
                }
            }
        }
        if (best) {
            geometry.x = best->first;
            geometry.y = best->second;
            return;
        }
    }
    // Very crowded containers: below each sibling in turn, at most one step per sibling.
    for (std::size_t step = 0; step < siblings.size(); ++step) {
        const auto hit = std::find_if(siblings.begin(), siblings.end(), [&](const Geometry& other) {
            return overlaps(geometry.x, geometry.y, other);
        });
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
    avoidSiblings(document, container, geometry, minX, minY);
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
