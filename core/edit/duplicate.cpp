// SPDX-License-Identifier: Apache-2.0
#include "core/edit/duplicate.h"

#include "core/edit/new_resource.h"
#include "core/edit/placement.h"
#include "core/edit/proposed_cidr.h"
#include "core/edit/reference_pruning.h"
#include "core/edit/reference_remap.h"
#include "core/layout/layout.h"
#include "core/layout/sibling_clearance.h"
#include "core/model/references.h"

#include <algorithm>
#include <limits>
#include <stdexcept>
#include <unordered_map>
#include <unordered_set>

namespace topograph {

namespace {

using M = LayoutMetrics;

// Containment is at most five levels deep; the bound also stops a malformed cycle.
constexpr int maxDepth = 8;

/// The container and its containers outward, as far as they exist in the document.
std::vector<ResourceId> containerChain(const Document& document, std::optional<ResourceId> at) {
    std::vector<ResourceId> chain;
    for (int depth = 0; at && depth < maxDepth; ++depth) {
        const Resource* resource = document.find(*at);
        if (resource == nullptr) {
            break;
        }
        chain.push_back(*at);
        at = containerOf(document, *resource);
    }
    return chain;
}

ResourceId freshIdAvoiding(const Document& document, std::string_view stem,
                           const std::unordered_set<ResourceId>& taken) {
    for (int number = 1;; ++number) {
        ResourceId id = std::string(stem) + "-" + std::to_string(number);
        if (!document.contains(id) && !taken.contains(id)) {
            return id;
        }
    }
}

std::string quoted(const ResourceId& id) {
    return "\u201c" + id + "\u201d";
}

/// Gives copied VPCs, zones and subnets values of their own: the next free CIDR block (the
/// copied one would overlap its original), and the next free zone letter for a zone copied
/// into a VPC that already has its zone. IPv6 blocks are Amazon-provided: the copy asks anew.
void giveOwnAddresses(const Document& document, std::vector<Resource>& made,
                      const std::unordered_set<ResourceId>& newIds) {
    Document working = document;
    const auto pass = [&](ResourceKind kind, const auto& adjust) {
        for (Resource& resource : made) {
            if (resource.kind() == kind) {
                adjust(resource);
                working.add(resource);
            }
        }
    };
    pass(ResourceKind::Vpc, [&](Resource& resource) {
        const std::optional<std::string> block = proposeVpcCidr(working);
        if (!block) {
            throw std::invalid_argument("No private address block is left for the copy of " +
                                        quoted(resource.label()) +
                                        ": change the CIDR of a VPC to make room.");
        }
        resource.as<Vpc>()->ipv4Cidrs = {*block};
        resource.as<Vpc>()->ipv6Cidr.reset();
    });
    pass(ResourceKind::AvailabilityZone, [&](Resource& resource) {
        auto* zone = resource.as<AvailabilityZone>();
        if (!newIds.contains(zone->vpc)) {
            zone->zone = nextZoneName(working, zone->vpc);
        }
    });
    pass(ResourceKind::Subnet, [&](Resource& resource) {
        auto* subnet = resource.as<Subnet>();
        const std::optional<std::string> block = proposeSubnetCidr(working, subnet->vpc);
        if (!block) {
            throw std::invalid_argument("No free address block is left in " + quoted(subnet->vpc) +
                                        " for the copy of " + quoted(resource.label()) +
                                        ": widen the VPC or delete a subnet.");
        }
        subnet->ipv4Cidr = *block;
        subnet->ipv6Cidr.reset();
    });
}

} // namespace

std::vector<Resource> collectCopies(const Document& document, const std::vector<ResourceId>& ids) {
    const std::unordered_set<ResourceId> chosen(ids.begin(), ids.end());
    std::vector<Resource> copies;
    for (const Resource& resource : document.resources()) {
        const Resource* at = &resource;
        for (int depth = 0; at != nullptr && depth < maxDepth; ++depth) {
            if (chosen.contains(at->id)) {
                copies.push_back(resource);
                break;
            }
            const std::optional<ResourceId> container = containerOf(document, *at);
            at = container ? document.find(*container) : nullptr;
        }
    }
    return copies;
}

std::vector<ResourceId> topCopies(const Document& document, const std::vector<Resource>& copies) {
    std::unordered_set<ResourceId> ids;
    for (const Resource& copy : copies) {
        ids.insert(copy.id);
    }
    std::vector<ResourceId> tops;
    for (const Resource& copy : copies) {
        const std::optional<ResourceId> container = containerOf(document, copy);
        if (!container || !ids.contains(*container)) {
            tops.push_back(copy.id);
        }
    }
    return tops;
}

PasteResult pasteCopies(const Document& document, const std::vector<Resource>& copies,
                        const PasteOptions& options) {
    if (copies.empty()) {
        throw std::invalid_argument("Nothing to paste: select items and copy them first.");
    }
    const std::vector<ResourceId> tops = topCopies(document, copies);
    const std::unordered_set<ResourceId> topSet(tops.begin(), tops.end());
    std::optional<ResourceId> source;
    bool sameSource = true;
    bool first = true;
    for (const Resource& copy : copies) {
        if (topSet.contains(copy.id)) {
            const std::optional<ResourceId> container = containerOf(document, copy);
            sameSource = sameSource && (first || container == source);
            source = container;
            first = false;
        }
    }

    // Where the copies land: their own container, or the one asked for when it may hold them.
    std::optional<ResourceId> destination = source;
    if (options.into && sameSource && options.into != source) {
        const bool placeable = std::all_of(copies.begin(), copies.end(), [&](const Resource& c) {
            return !topSet.contains(c.id) || canPlace(document, c.kind(), options.into).allowed;
        });
        if (placeable) {
            const auto firstTop = std::find_if(
                copies.begin(), copies.end(), [&](const auto& c) { return topSet.contains(c.id); });
            destination = resolvedParent(document, firstTop->kind(), options.into);
        }
    }
    for (const Resource& copy : copies) {
        if (!topSet.contains(copy.id) || destination != source) {
            continue;
        }
        const std::optional<ResourceId> container = containerOf(document, copy);
        if (container && !document.contains(*container)) {
            throw std::invalid_argument("The container " + quoted(*container) + " of " +
                                        quoted(copy.label()) +
                                        " is gone: paste onto a container that may hold it.");
        }
    }

    std::unordered_map<ResourceId, ResourceId> renamed;
    std::unordered_set<ResourceId> newIds;
    for (const Resource& copy : copies) {
        ResourceId id = freshIdAvoiding(document, idStem(copy.kind()), newIds);
        newIds.insert(id);
        renamed.emplace(copy.id, std::move(id));
    }
    // Moving to another container: its ancestors stand in for the old ones, kind for kind.
    const std::vector<ResourceId> oldChain = containerChain(document, source);
    const std::vector<ResourceId> newChain = containerChain(document, destination);
    if (destination != source) {
        for (const ResourceId& old : oldChain) {
            const ResourceKind kind = document.find(old)->kind();
            const auto match = std::find_if(newChain.begin(), newChain.end(), [&](const auto& id) {
                return document.find(id)->kind() == kind;
            });
            if (match != newChain.end()) {
                renamed.emplace(old, *match);
            }
        }
    }
    const std::optional<ResourceId> oldVpc =
        source ? enclosingVpc(document, *source) : std::nullopt;
    const std::optional<ResourceId> newVpc =
        destination ? enclosingVpc(document, *destination) : std::nullopt;
    const bool leftVpc = oldVpc && oldVpc != newVpc;
    const auto inOldVpc = [&](const ResourceId& id) {
        return !newIds.contains(id) && document.contains(id) &&
               enclosingVpc(document, id) == oldVpc;
    };

    std::vector<Resource> made;
    made.reserve(copies.size());
    for (const Resource& copy : copies) {
        Resource resource = copy;
        resource.id = renamed.at(copy.id);
        remapReferences(resource, [&](const ResourceId& id) -> std::optional<ResourceId> {
            const auto found = renamed.find(id);
            return found != renamed.end() ? std::optional(found->second) : std::nullopt;
        });
        if (leftVpc) {
            resource = withoutReferencesTo(resource, inOldVpc);
        }
        if (!resource.name.empty()) {
            resource.name += " copy";
        }
        // The template's unmodelled parts name the original's logical ids: the copy is drawn.
        resource.cloudFormation = Tree{};
        made.push_back(std::move(resource));
    }
    giveOwnAddresses(document, made, newIds);

    // Place the top copies: their bounding box goes to topLeft or moves by (dx, dy), staying
    // inside the container's content area; the container grows to hold them.
    double left = std::numeric_limits<double>::max();
    double top = std::numeric_limits<double>::max();
    double right = std::numeric_limits<double>::lowest();
    double bottom = std::numeric_limits<double>::lowest();
    for (std::size_t i = 0; i < made.size(); ++i) {
        if (topSet.contains(copies[i].id) && made[i].geometry) {
            const Geometry& box = *made[i].geometry;
            left = std::min(left, box.x);
            top = std::min(top, box.y);
            right = std::max(right, box.x + box.width);
            bottom = std::max(bottom, box.y + box.height);
        }
    }
    PasteResult result;
    if (left <= right) {
        double shiftX = options.topLeft ? options.topLeft->first - left : options.dx;
        double shiftY = options.topLeft ? options.topLeft->second - top : options.dy;
        const double minX = destination ? M::padding : 0;
        const double minY = destination ? M::titleBand + M::padding : 0;
        shiftX = std::max(shiftX, minX - left);
        shiftY = std::max(shiftY, minY - top);
        for (std::size_t i = 0; i < made.size(); ++i) {
            if (topSet.contains(copies[i].id) && made[i].geometry) {
                made[i].geometry->x += shiftX;
                made[i].geometry->y += shiftY;
            }
        }
        const Geometry box{left + shiftX, top + shiftY, right - left, bottom - top};
        for (Resource& changed : grownAndCleared(document, destination, box)) {
            result.edit.rewritten.push_back({*document.find(changed.id), std::move(changed)});
        }
    }
    for (const Resource& copy : copies) {
        if (topSet.contains(copy.id)) {
            result.topIds.push_back(renamed.at(copy.id));
        }
    }
    result.edit.added = std::move(made);
    return result;
}

} // namespace topograph
