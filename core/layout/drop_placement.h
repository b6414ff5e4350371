// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/model/document.h"

#include <optional>
#include <vector>

// Where an item dropped on the canvas goes: which containers lie under the pointer, the new
// item's geometry, and how its containers grow so that it never sticks out of them.

namespace topograph {

/// Drawn containers (region, VPC, AZ, subnet) whose rectangle holds the canvas point (x, y),
/// innermost first.
std::vector<ResourceId> containersAt(const Document& document, double x, double y);

/// The size a new item of `kind` gets: a node's fixed size, or a container's starting size
/// (room for a few children; it grows as they arrive).
Geometry defaultSizeFor(ResourceKind kind);

/// Geometry relative to `container` (canvas coordinates when absent) for a new item of `kind`
/// centred on the canvas point (x, y), moved inside the container's content area (below its
/// title band, inside its padding) when the point is too near an edge, and to the nearest free
/// place (beside, below or above, a gap clear of every sibling) when it would overlap one.
Geometry dropGeometry(const Document& document, ResourceKind kind,
                      const std::optional<ResourceId>& container, double x, double y);

/// Copies of the containers, from `container` outward, that must grow so that an item with
/// `geometry` (relative to `container`) fits inside each with padding; containers that already
/// fit are left out. Only width and height change: nothing moves, so a grown container may
/// cover its siblings; edits use grownAndCleared() (sibling_clearance.h), which moves them aside.
std::vector<Resource> grownContainers(const Document& document,
                                      const std::optional<ResourceId>& container,
                                      const Geometry& geometry);

} // namespace topograph
