// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/model/document.h"

#include <optional>
#include <vector>

// A container that grows must not cover its neighbours. The siblings it would now overlap, or
// come closer to than the sibling gap, move right or down out of its way, by the least amount
// that clears it; a moved sibling may push the next one the same way. Geometry is relative to
// the container, so a moved box carries everything inside it. The parent then grows to hold
// the grown and moved boxes and clears its own siblings in turn, outward to the canvas.
//
// Only conflicts the growth creates are resolved: siblings that already overlapped the box
// before it grew are left where the user put them.

namespace topograph {

/// Copies, with their new geometry, of every resource that changes so that an item with
/// `geometry` (relative to `container`) fits: the containers grown from `container` outward (as
/// grownContainers()) and the siblings moved out of their way. Each resource appears once, with
/// its final geometry, in the order it first changed. Deterministic: siblings are visited in
/// file order.
std::vector<Resource> grownAndCleared(const Document& document,
                                      const std::optional<ResourceId>& container,
                                      const Geometry& geometry);

/// After the drawn resource `changed` grew from `before` to its geometry in `document` (a
/// container resized by the user): its siblings moved out of its way and its containers grown
/// and cleared outward to hold them, in the same form as grownAndCleared(). `changed` itself is
/// not in the result.
std::vector<Resource> clearedAround(const Document& document, const ResourceId& changed,
                                    const Geometry& before);

} // namespace topograph
