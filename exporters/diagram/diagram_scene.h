// SPDX-License-Identifier: Apache-2.0
#pragma once

// Internal to exporters/diagram: what every format draws, computed once. The writers only
// choose how to spell it, so SVG, draw.io, DOT and Mermaid cannot disagree about nesting,
// colours, badges or the highlighted path.

#include "core/layout/diagram_edges.h"
#include "exporters/diagram/diagram_export.h"
#include "exporters/diagram/path_marks.h"

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace topograph::diagram {

struct SceneItem {
    static constexpr std::size_t none = static_cast<std::size_t>(-1);

    const Resource* resource = nullptr;
    std::size_t parent = none;
    std::vector<std::size_t> children; // file order
    int depth = 0;
    Geometry box;      // canvas coordinates
    Geometry relative; // relative to the parent's box (canvas coordinates for top-level items)
    bool container = false;
    bool isPublicSubnet = false;
    /// An internet, egress-only or VPN gateway drawn on its VPC's border, as AWS diagrams do:
    /// the icon straddles the left edge and the name stands below it, inside.
    bool onVpcBorder = false;
    Geometry iconBox; // canvas coordinates of a node's icon; lines end at it on the border
    /// What badges and path marks frame: the box, or the icon of a gateway on the border.
    const Geometry& markBox() const { return onVpcBorder ? iconBox : box; }
    std::string icon;     // icon name, see icon_library.h
    std::string title;    // the name, or the id
    std::string subtitle; // CIDR, zone, instance type...; empty when it would repeat the title
    int errors = 0;
    int warnings = 0;
    PathMark path = PathMark::None;

    const ResourceId& id() const { return resource->id; }
    ResourceKind kind() const { return resource->kind(); }
};

struct SceneEdge {
    DiagramEdge edge;
    std::size_t from = 0; // item indices
    std::size_t to = 0;
    Point start; // on the borders of the two boxes
    Point end;
    bool onPath = false;
};

/// The size of a node's icon, shared by the formats that draw icons.
inline constexpr double nodeIconSize = 44;

struct Scene {
    std::string title;
    std::vector<SceneItem> items; // drawn resources in file order
    std::vector<std::size_t> roots;
    std::vector<std::size_t> topDown; // every item after its container
    std::vector<SceneEdge> edges;
    double width = 0; // the canvas, margins included, legend excluded
    double height = 0;

    bool showsFindings = false;
    int unplacedErrors = 0; // findings that name nothing drawn
    int unplacedWarnings = 0;

    bool showsPath = false;
    bool reachable = false;
    std::string blockedCode;
    std::string pathCaption; // "web -> db tcp/5432: blocked by SG_INGRESS_DENIED at db-sg"

    bool showsLegend = false;
    bool paintsBackground = true;

    std::optional<std::size_t> find(const ResourceId& id) const;
    /// The laid-out copy of the document that items point into.
    const Document& document() const { return *document_; }

private:
    std::unique_ptr<const Document> document_;
    friend Scene buildScene(const Document&, const DiagramOptions&);
    std::unordered_map<ResourceId, std::size_t> indexOfId_;
};

Scene buildScene(const Document& document, const DiagramOptions& options);

// Colours shared by every format (the GUI's, from qml/canvas).
namespace colour {
inline constexpr const char* text = "#16191F";
inline constexpr const char* secondaryText = "#545B64";
inline constexpr const char* region = "#7D8998";
inline constexpr const char* regionFill = "#FBFBFC";
inline constexpr const char* vpc = "#8C4FFF";
inline constexpr const char* zone = "#147EBA";
inline constexpr const char* publicSubnet = "#7AA116";
inline constexpr const char* publicSubnetFill = "#F2F6E8";
inline constexpr const char* privateSubnet = "#00A4A6";
inline constexpr const char* privateSubnetFill = "#E6F6F7";
inline constexpr const char* routeLine = "#687078";
inline constexpr const char* loadBalancingLine = "#ED7100";
inline constexpr const char* vpnLine = "#DD344C";
inline constexpr const char* connectionLine = "#8C4FFF"; // peering, attachments
inline constexpr const char* error = "#D13212";
inline constexpr const char* warning = "#F89256";
inline constexpr const char* pathOk = "#1D8102";
inline constexpr const char* pathBlocked = "#D13212";
} // namespace colour

/// The stroke and fill of a container, and of an edge, by kind.
const char* containerStroke(const SceneItem& item);
const char* containerFill(const SceneItem& item); // "none" for transparent
bool containerDashed(const SceneItem& item);
const char* edgeColour(EdgeKind kind);
bool edgeDashed(EdgeKind kind);
/// "Route to a gateway", "VPC peering", ... for legends.
const char* edgeMeaning(EdgeKind kind);

} // namespace topograph::diagram
