// SPDX-License-Identifier: Apache-2.0
#include "exporters/diagram/diagram_scene.h"

#include "core/layout/drawing_tree.h"
#include "core/layout/labels.h"
#include "core/layout/layout.h"
#include "core/layout/subnet_exposure.h"
#include "core/model/references.h"
#include "exporters/diagram/icon_library.h"

#include <algorithm>

namespace topograph::diagram {

namespace {

/// The drawn item a finding belongs on: the first resource it names that is drawn, else the
/// nearest drawn container of the first one that exists (a security group's VPC).
std::optional<std::size_t> itemOfFinding(const Document& document, const Scene& scene,
                                         const Finding& finding) {
    for (const ResourceId& id : finding.resources) {
        if (const auto item = scene.find(id)) {
            return item;
        }
    }
    for (const ResourceId& id : finding.resources) {
        const Resource* current = document.find(id);
        for (std::size_t steps = 0; current != nullptr && steps < document.size(); ++steps) {
            const auto up = containerOf(document, *current);
            if (!up) {
                break;
            }
            if (const auto item = scene.find(*up)) {
                return item;
            }
            current = document.find(*up);
        }
    }
    return std::nullopt;
}

bool isBorderGateway(ResourceKind kind) {
    return kind == ResourceKind::InternetGateway ||
           kind == ResourceKind::EgressOnlyInternetGateway || kind == ResourceKind::VpnGateway;
}

/// Where lines end: the icon of a gateway on the border, the box of anything else (as the GUI).
const Geometry& connectionBox(const SceneItem& item) {
    return item.onVpcBorder ? item.iconBox : item.box;
}

std::string describePath(const HighlightedPath& path) {
    const auto& query = path.query;
    std::string text =
        query.source + " \u2192 " + query.destination + " " + toString(query.protocol);
    if (query.protocol.hasPorts()) {
        text += "/" + std::to_string(query.port);
    }
    if (path.answer.reachable) {
        return text + ": reachable";
    }
    text += ": blocked";
    if (!path.answer.code.empty()) {
        text += " by " + path.answer.code;
    }
    if (!path.answer.blockedAt.empty()) {
        text += " at " + path.answer.blockedAt;
    }
    return text;
}

void placeFindings(const Document& document, const DiagramOptions& options, Scene& scene) {
    for (const Finding& finding : options.findings) {
        if (finding.severity == Severity::Info) {
            continue;
        }
        scene.showsFindings = true;
        const bool isError = finding.severity == Severity::Error;
        if (const auto item = itemOfFinding(document, scene, finding)) {
            (isError ? scene.items[*item].errors : scene.items[*item].warnings) += 1;
        } else {
            (isError ? scene.unplacedErrors : scene.unplacedWarnings) += 1;
        }
    }
}

void placePath(const Document& document, const HighlightedPath& path, Scene& scene) {
    scene.showsPath = true;
    scene.reachable = path.answer.reachable;
    scene.blockedCode = path.answer.code;
    scene.pathCaption = describePath(path);
    std::unordered_set<ResourceId> drawnIds;
    for (const SceneItem& item : scene.items) {
        drawnIds.insert(item.id());
    }
    const PathMarks marks = markPath(document, path, drawnIds);
    for (const auto& [id, mark] : marks.items) {
        if (const auto item = scene.find(id)) {
            scene.items[*item].path = mark;
        }
    }
    for (SceneEdge& edge : scene.edges) {
        const bool bothEnds = scene.items[edge.from].path != PathMark::None &&
                              scene.items[edge.to].path != PathMark::None;
        // A route table on the path (even for its local route) does not put every route of
        // it on the path: a route's line is on the path only when its gateway is.
        const bool throughVia =
            !edge.edge.via.empty() && marks.components.contains(edge.edge.via) &&
            (edge.edge.kind != EdgeKind::Route || scene.items[edge.to].path != PathMark::None);
        edge.onPath = bothEnds || throughVia;
    }
}

} // namespace

std::optional<std::size_t> Scene::find(const ResourceId& id) const {
    const auto found = indexOfId_.find(id);
    return found == indexOfId_.end() ? std::nullopt : std::optional(found->second);
}

Scene buildScene(const Document& original, const DiagramOptions& options) {
    auto laidOut = std::make_unique<Document>(original);
    layOut(*laidOut);
    const Document& document = *laidOut;
    Scene scene;
    scene.document_ = std::move(laidOut);
    const DrawingTree tree(document);
    const GeometryMap absolute = absoluteGeometry(document);
    const SubnetExposure exposure(document);

    scene.title = options.title.empty() ? document.title : options.title;
    scene.items.resize(tree.nodes.size());
    scene.roots = tree.roots;
    scene.topDown = tree.topDown;
    for (std::size_t i = 0; i < tree.nodes.size(); ++i) {
        const DrawingTree::Node& node = tree.nodes[i];
        SceneItem& item = scene.items[i];
        item.resource = node.resource;
        item.parent = node.parent == DrawingTree::none ? SceneItem::none : node.parent;
        item.children = node.children;
        if (const auto found = absolute.find(node.resource->id); found != absolute.end()) {
            item.box = found->second;
        }
        item.container = isContainerKind(node.resource->kind()) || !node.children.empty();
        item.isPublicSubnet =
            node.resource->kind() == ResourceKind::Subnet && exposure.isPublic(node.resource->id);
        item.icon = iconNameFor(node.resource->kind(), item.isPublicSubnet);
        item.title = node.resource->label();
        item.subtitle = subtitleOf(*node.resource);
        if (item.subtitle == item.title) {
            item.subtitle.clear();
        }
        scene.indexOfId_.emplace(node.resource->id, i);
    }
    for (const std::size_t index : scene.topDown) {
        SceneItem& item = scene.items[index];
        item.relative = item.box;
        item.iconBox = {item.box.x + (item.box.width - nodeIconSize) / 2, item.box.y + 4,
                        nodeIconSize, nodeIconSize};
        if (item.parent != SceneItem::none) {
            const SceneItem& parent = scene.items[item.parent];
            item.depth = parent.depth + 1;
            item.relative.x -= parent.box.x;
            item.relative.y -= parent.box.y;
            item.onVpcBorder = !item.container && isBorderGateway(item.kind()) &&
                               parent.kind() == ResourceKind::Vpc;
            if (item.onVpcBorder) {
                item.iconBox.x = parent.box.x - nodeIconSize / 2;
            }
        }
    }
    for (const SceneItem& item : scene.items) {
        scene.width = std::max(scene.width, item.box.x + item.box.width);
        scene.height = std::max(scene.height, item.box.y + item.box.height);
    }
    scene.width += LayoutMetrics::canvasMargin;
    scene.height += LayoutMetrics::canvasMargin;

    for (DiagramEdge& edge : diagramEdges(document)) {
        const auto from = scene.find(edge.from);
        const auto to = scene.find(edge.to);
        if (!from || !to) {
            continue;
        }
        const auto [start, end] =
            edgeEndpoints(connectionBox(scene.items[*from]), connectionBox(scene.items[*to]));
        scene.edges.push_back(SceneEdge{std::move(edge), *from, *to, start, end, false});
    }

    placeFindings(document, options, scene);
    if (options.path) {
        placePath(document, *options.path, scene);
    }
    const bool hasSubnets =
        std::any_of(scene.items.begin(), scene.items.end(),
                    [](const SceneItem& item) { return item.kind() == ResourceKind::Subnet; });
    scene.paintsBackground = options.background;
    scene.showsLegend = options.legend && (hasSubnets || !scene.edges.empty() ||
                                           scene.showsFindings || scene.showsPath);
    return scene;
}

const char* containerStroke(const SceneItem& item) {
    switch (item.kind()) {
    case ResourceKind::Region:
        return colour::region;
    case ResourceKind::AvailabilityZone:
        return colour::zone;
    case ResourceKind::Subnet:
        return item.isPublicSubnet ? colour::publicSubnet : colour::privateSubnet;
    default:
        return colour::vpc;
    }
}

const char* containerFill(const SceneItem& item) {
    switch (item.kind()) {
    case ResourceKind::Region:
        return colour::regionFill;
    case ResourceKind::Subnet:
        return item.isPublicSubnet ? colour::publicSubnetFill : colour::privateSubnetFill;
    case ResourceKind::Vpc:
        return "#FFFFFF";
    default:
        return "none";
    }
}

bool containerDashed(const SceneItem& item) {
    return item.kind() == ResourceKind::Region || item.kind() == ResourceKind::AvailabilityZone;
}

const char* edgeColour(EdgeKind kind) {
    switch (kind) {
    case EdgeKind::Route:
        return colour::routeLine;
    case EdgeKind::LoadBalancing:
        return colour::loadBalancingLine;
    case EdgeKind::Vpn:
        return colour::vpnLine;
    case EdgeKind::Peering:
    case EdgeKind::Attachment:
        return colour::connectionLine;
    }
    return colour::routeLine;
}

bool edgeDashed(EdgeKind kind) {
    return kind == EdgeKind::Route;
}

const char* edgeMeaning(EdgeKind kind) {
    switch (kind) {
    case EdgeKind::Route:
        return "Route to a gateway";
    case EdgeKind::Peering:
        return "VPC peering";
    case EdgeKind::Attachment:
        return "Transit gateway attachment";
    case EdgeKind::Vpn:
        return "VPN connection";
    case EdgeKind::LoadBalancing:
        return "Load balancer target";
    }
    return "";
}

} // namespace topograph::diagram
