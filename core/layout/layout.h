// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/model/document.h"

#include <unordered_map>

// Automatic diagram layout. The layout is a pure function of the document (layoutGeometry) plus
// a thin verb that writes its result into the document (layOut): the pure form lets a caller
// preview or undo a layout, the verb is what loading a file uses. Both are deterministic: the
// same document always gives the same geometry, whatever the hash seeds.
//
// Only kinds the diagram draws get geometry (see isDrawn): route tables, network ACLs, security
// groups, Elastic IPs and transit gateway attachments are properties of what they attach to and
// appear as edges or in panels, not as boxes; 50,000 rules must never become boxes.

namespace topograph {

/// Sizes the layout uses, shared with the views so that a title band drawn by the GUI is the
/// title band the layout reserved.
struct LayoutMetrics {
    static constexpr double nodeWidth = 128; // a workload or gateway: icon, name, subtitle
    static constexpr double nodeHeight = 92;
    static constexpr double titleBand = 36; // a container's title row: icon, name, CIDR
    static constexpr double padding = 16;   // inside a container, around its children
    static constexpr double gap = 20;       // between siblings
    static constexpr double minContainerWidth = 220;
    static constexpr double canvasMargin = 40;    // around the whole diagram
    static constexpr double titleCharWidth = 7.5; // an estimate of the title font's advance
};

/// True for kinds drawn as a box or an icon on the canvas.
bool isDrawn(ResourceKind kind);

/// True for kinds drawn as containers with a title band (region, VPC, AZ, subnet, and a
/// transit gateway that holds route tables is drawn as a node that grows to hold them).
bool isContainerKind(ResourceKind kind);

using GeometryMap = std::unordered_map<ResourceId, Geometry>;

/// Geometry, relative to each item's container, for every drawn resource that has none.
/// Items with geometry keep it; laid-out siblings are placed below them so they do not overlap.
/// Runs in O(n log n) over the document's resources.
GeometryMap layoutGeometry(const Document& document);

/// Applies layoutGeometry to the document; the change set lists the ids that got geometry and is
/// geometry-only.
ChangeSet layOut(Document& document);

/// Absolute geometry (canvas coordinates) of every drawn resource that has geometry: each
/// position is added to its containers' positions. A container without geometry adds nothing,
/// so its children count from the nearest container above it that has geometry.
GeometryMap absoluteGeometry(const Document& document);

} // namespace topograph
