// SPDX-License-Identifier: Apache-2.0
// Uncompressed diagrams.net XML with diagrams.net's own AWS 2021 (aws4) shapes, so that users
// keep editing there. Containers are real containers: children name their container as
// `parent` and have geometry relative to it. The group and shape names are those of
// diagrams.net's AWS4 palette (Sidebar-AWS4.js): group_region, group_vpc2,
// group_security_group, resourceIcon with ec2, lambda, ecs, rds, elastic_load_balancing,
// transit_gateway, site_to_site_vpn, vpc_privatelink and general, and the resource shapes
// internet_gateway, nat_gateway, vpn_gateway, customer_gateway, peering, endpoints and
// route_table.
#include "exporters/diagram/diagram_writers.h"
#include "exporters/diagram/xml_text.h"

#include <set>

namespace topograph::diagram {

namespace {

constexpr const char* rootCell = "topograph-root";
constexpr const char* layerCell = "topograph-layer";

/// Text for an html=1 label (escaped again as XML when written into the attribute).
std::string htmlText(const std::string& text) {
    std::string out;
    for (const char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

std::string labelOf(const SceneItem& item) {
    std::string label = "<b>" + htmlText(item.title) + "</b>";
    if (!item.subtitle.empty()) {
        label += "<br><font color=\"#545B64\">" + htmlText(item.subtitle) + "</font>";
    }
    return label;
}

constexpr const char* groupBase =
    "outlineConnect=0;gradientColor=none;html=1;whiteSpace=wrap;fontSize=12;fontStyle=0;"
    "container=1;pointerEvents=0;collapsible=0;recursiveResize=0;verticalAlign=top;align=left;";

std::string containerStyle(const SceneItem& item) {
    switch (item.kind()) {
    case ResourceKind::Region:
        return std::string(groupBase) +
               "shape=mxgraph.aws4.group;grIcon=mxgraph.aws4.group_region;strokeColor=" +
               colour::region + ";fillColor=none;spacingLeft=30;fontColor=#232F3E;dashed=1;";
    case ResourceKind::Vpc:
        return std::string(groupBase) +
               "shape=mxgraph.aws4.group;grIcon=mxgraph.aws4.group_vpc2;strokeColor=" +
               colour::vpc + ";fillColor=none;spacingLeft=30;fontColor=#232F3E;dashed=0;";
    case ResourceKind::AvailabilityZone:
        return std::string(groupBase) + "fillColor=none;strokeColor=" + colour::zone +
               ";dashed=1;fontColor=" + colour::zone + ";spacingLeft=10;";
    case ResourceKind::Subnet:
        return std::string(groupBase) +
               "shape=mxgraph.aws4.group;grIcon=mxgraph.aws4.group_security_group;grStroke=0;" +
               (item.isPublicSubnet ? "strokeColor=#7AA116;fillColor=#F2F6E8;fontColor=#248814;"
                                    : "strokeColor=#00A4A6;fillColor=#E6F6F7;fontColor=#147EBA;") +
               "spacingLeft=30;dashed=0;";
    default: // a transit gateway holding its route tables
        return std::string(groupBase) +
               "rounded=1;arcSize=3;fillColor=none;strokeColor=#8C4FFF;fontColor=#232F3E;"
               "spacingLeft=10;dashed=0;";
    }
}

struct ShapeChoice {
    const char* name;   // the aws4 stencil
    bool service;       // true: a resourceIcon (coloured square), false: a resource shape
    const char* colour; // the category colour
};

ShapeChoice shapeOf(ResourceKind kind) {
    switch (kind) {
    case ResourceKind::Instance:
        return {"ec2", true, "#ED7100"};
    case ResourceKind::LambdaFunction:
        return {"lambda", true, "#ED7100"};
    case ResourceKind::EcsService:
        return {"ecs", true, "#ED7100"};
    case ResourceKind::RdsInstance:
        return {"rds", true, "#C925D1"};
    case ResourceKind::LoadBalancer:
        return {"elastic_load_balancing", true, "#8C4FFF"};
    case ResourceKind::TransitGateway:
        return {"transit_gateway", true, "#8C4FFF"};
    case ResourceKind::VpnConnection:
        return {"site_to_site_vpn", true, "#8C4FFF"};
    case ResourceKind::InterfaceEndpoint:
        return {"vpc_privatelink", true, "#8C4FFF"};
    case ResourceKind::InternetGateway:
    case ResourceKind::EgressOnlyInternetGateway:
        return {"internet_gateway", false, "#8C4FFF"};
    case ResourceKind::NatGateway:
        return {"nat_gateway", false, "#8C4FFF"};
    case ResourceKind::VpnGateway:
        return {"vpn_gateway", false, "#8C4FFF"};
    case ResourceKind::CustomerGateway:
        return {"customer_gateway", false, "#8C4FFF"};
    case ResourceKind::VpcPeering:
        return {"peering", false, "#8C4FFF"};
    case ResourceKind::GatewayEndpoint:
        return {"endpoints", false, "#8C4FFF"};
    case ResourceKind::TransitGatewayRouteTable:
        return {"route_table", false, "#8C4FFF"};
    default:
        return {"general", true, "#7D8998"};
    }
}

std::string nodeStyle(const SceneItem& item) {
    const ShapeChoice shape = shapeOf(item.kind());
    std::string style = "sketch=0;outlineConnect=0;fontColor=#232F3E;gradientColor=none;fillColor=";
    style += shape.colour;
    style += shape.service ? ";strokeColor=#ffffff;" : ";strokeColor=none;pointerEvents=1;";
    style += "dashed=0;verticalLabelPosition=bottom;verticalAlign=top;align=center;html=1;"
             "fontSize=12;fontStyle=0;aspect=fixed;";
    if (shape.service) {
        style +=
            std::string("shape=mxgraph.aws4.resourceIcon;resIcon=mxgraph.aws4.") + shape.name + ";";
    } else {
        style += std::string("shape=mxgraph.aws4.") + shape.name + ";";
    }
    return style;
}

class DrawIoWriter {
public:
    explicit DrawIoWriter(const Scene& scene) : scene_(scene) {}

    std::string write() {
        const double legendHeight = scene_.showsLegend ? 160 : 0;
        out_ += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
        out_ += "<mxfile host=\"Topograph\" type=\"device\">\n";
        out_ += "  <diagram id=\"topograph-diagram\" name=\"" +
                xmlEscape(scene_.title.empty() ? "Diagram" : scene_.title) + "\">\n";
        out_ += "    <mxGraphModel dx=\"0\" dy=\"0\" grid=\"1\" gridSize=\"10\" guides=\"1\" "
                "tooltips=\"1\" connect=\"1\" arrows=\"1\" fold=\"1\" page=\"0\" pageScale=\"1\" "
                "pageWidth=\"" +
                formatNumber(scene_.width) + "\" pageHeight=\"" +
                formatNumber(scene_.height + legendHeight) +
                "\" math=\"0\" shadow=\"0\">\n      <root>\n";
        out_ += std::string("        <mxCell id=\"") + rootCell + "\"/>\n";
        out_ +=
            std::string("        <mxCell id=\"") + layerCell + "\" parent=\"" + rootCell + "\"/>\n";
        if (!scene_.title.empty()) {
            vertex("topograph-title", htmlText(scene_.title),
                   "text;html=1;fontSize=16;fontStyle=1;align=left;verticalAlign=middle;"
                   "strokeColor=none;fillColor=none;",
                   layerCell, {40, 10, 600, 24});
        }
        for (const std::size_t index : scene_.topDown) {
            writeItem(index);
        }
        writeEdges();
        if (scene_.showsLegend) {
            writeLegend();
        }
        out_ += "      </root>\n    </mxGraphModel>\n  </diagram>\n</mxfile>\n";
        return std::move(out_);
    }

private:
    void vertex(const std::string& id, const std::string& htmlValue, const std::string& style,
                const std::string& parent, const Geometry& box, const std::string& tooltip = {}) {
        out_ += "        <mxCell id=\"" + xmlEscape(id) + "\" value=\"" + xmlEscape(htmlValue) +
                "\" style=\"" + xmlEscape(style) + "\" vertex=\"1\" parent=\"" + xmlEscape(parent) +
                "\"" + (tooltip.empty() ? "" : " tooltip=\"" + xmlEscape(tooltip) + "\"") +
                ">\n          <mxGeometry x=\"" + formatNumber(box.x) + "\" y=\"" +
                formatNumber(box.y) + "\" width=\"" + formatNumber(box.width) + "\" height=\"" +
                formatNumber(box.height) + "\" as=\"geometry\"/>\n        </mxCell>\n";
    }

    std::string parentOf(const SceneItem& item) const {
        return item.parent == SceneItem::none ? std::string(layerCell)
                                              : scene_.items[item.parent].id();
    }

    void writeItem(std::size_t index) {
        const SceneItem& item = scene_.items[index];
        const std::string parent = parentOf(item);
        // The path outline goes first so that it sits behind the item.
        if (item.path != PathMark::None) {
            const bool blocked = item.path == PathMark::Blocked;
            const Geometry r = relativeMarkBox(item);
            vertex("topograph-path-" + item.id(), "",
                   std::string("rounded=1;arcSize=4;fillColor=none;strokeWidth=3;strokeColor=") +
                       (blocked ? colour::pathBlocked : colour::pathOk) + ";",
                   parent, {r.x - 3, r.y - 3, r.width + 6, r.height + 6},
                   blocked ? "blocks the path" : "on the path");
        }
        if (item.container) {
            vertex(item.id(), labelOf(item), containerStyle(item), parent, item.relative);
        } else {
            // The icon's place, relative to the container (on the border for gateways).
            const Geometry& icon = item.iconBox;
            const Geometry& origin =
                item.parent == SceneItem::none ? Geometry{} : scene_.items[item.parent].box;
            std::string style = nodeStyle(item);
            if (item.onVpcBorder) {
                // The label below the icon, starting inside the VPC, clear of the lines.
                style += "labelPosition=right;verticalLabelPosition=bottom;align=left;"
                         "verticalAlign=top;spacingLeft=-18;";
            }
            vertex(item.id(), labelOf(item), style, parent,
                   {icon.x - origin.x, icon.y - origin.y, icon.width, icon.height});
        }
        writeMarks(item, parent);
    }

    /// The item's mark box (see SceneItem::markBox) relative to its container.
    Geometry relativeMarkBox(const SceneItem& item) const {
        Geometry relative = item.markBox();
        if (item.parent != SceneItem::none) {
            relative.x -= scene_.items[item.parent].box.x;
            relative.y -= scene_.items[item.parent].box.y;
        }
        return relative;
    }

    void writeMarks(const SceneItem& item, const std::string& parent) {
        const Geometry r = relativeMarkBox(item);
        double right = r.x + r.width - 4;
        const auto badge = [&](int count, const char* fill, const char* what) {
            if (count == 0) {
                return;
            }
            right -= 22;
            vertex("topograph-" + std::string(what) + "s-" + item.id(), std::to_string(count),
                   std::string("ellipse;html=1;fontSize=11;fontStyle=1;fontColor=#FFFFFF;"
                               "strokeColor=none;fillColor=") +
                       fill + ";",
                   parent, {right, r.y + 4, 20, 20}, countText(count, what));
            right -= 4;
        };
        badge(item.errors, colour::error, "error");
        badge(item.warnings, colour::warning, "warning");
        if (item.path == PathMark::Blocked && !scene_.blockedCode.empty()) {
            vertex("topograph-code-" + item.id(), htmlText(scene_.blockedCode),
                   std::string("rounded=1;html=1;fontSize=11;fontStyle=1;fontColor=#FFFFFF;"
                               "strokeColor=none;fillColor=") +
                       colour::pathBlocked + ";",
                   parent,
                   {r.x, r.y + r.height + 4,
                    static_cast<double>(scene_.blockedCode.size()) * 7.5 + 12, 18});
        }
    }

    void writeEdges() {
        for (std::size_t i = 0; i < scene_.edges.size(); ++i) {
            const SceneEdge& edge = scene_.edges[i];
            const char* stroke = edge.onPath ? colour::pathOk : edgeColour(edge.edge.kind);
            const std::string style =
                std::string("edgeStyle=none;html=1;endArrow=block;endFill=1;rounded=0;"
                            "strokeColor=") +
                stroke + ";strokeWidth=" + (edge.onPath ? "3" : "1.5") +
                ";dashed=" + (edgeDashed(edge.edge.kind) && !edge.onPath ? "1" : "0") + ";";
            out_ += "        <mxCell id=\"topograph-edge-" + std::to_string(i + 1) +
                    "\" value=\"\" style=\"" + xmlEscape(style) + "\" edge=\"1\" parent=\"" +
                    layerCell + "\" source=\"" + xmlEscape(edge.edge.from) + "\" target=\"" +
                    xmlEscape(edge.edge.to) + "\" tooltip=\"" +
                    xmlEscape(edgeMeaning(edge.edge.kind)) +
                    "\">\n          <mxGeometry relative=\"1\" as=\"geometry\"/>\n"
                    "        </mxCell>\n";
        }
    }

    void writeLegend() {
        std::string text = "<b>Legend</b>";
        bool hasPublic = false;
        bool hasPrivate = false;
        for (const SceneItem& item : scene_.items) {
            if (item.kind() == ResourceKind::Subnet) {
                (item.isPublicSubnet ? hasPublic : hasPrivate) = true;
            }
        }
        int lines = 1;
        const auto entry = [&](const char* colourName, const std::string& meaning) {
            ++lines;
            text += "<br><font color=\"" + std::string(colourName) + "\">\u25A0</font> " +
                    htmlText(meaning);
        };
        if (hasPublic) {
            entry(colour::publicSubnet, "Public subnet (default route to an internet gateway)");
        }
        if (hasPrivate) {
            entry(colour::privateSubnet, "Private subnet");
        }
        std::set<EdgeKind> kinds;
        for (const SceneEdge& edge : scene_.edges) {
            kinds.insert(edge.edge.kind);
        }
        for (const EdgeKind kind : kinds) {
            entry(edgeColour(kind), std::string(edgeMeaning(kind)) +
                                        (edgeDashed(kind) ? " (dashed line)" : " (line)"));
        }
        if (scene_.showsFindings) {
            entry(colour::error, "Errors (count)");
            entry(colour::warning, "Warnings (count)");
            if (scene_.unplacedErrors + scene_.unplacedWarnings > 0) {
                entry("#7D8998", countText(scene_.unplacedErrors, "error") + " and " +
                                     countText(scene_.unplacedWarnings, "warning") +
                                     " on nothing drawn");
            }
        }
        if (scene_.showsPath) {
            entry(colour::pathOk, "On the path: " + scene_.pathCaption);
            if (!scene_.reachable) {
                entry(colour::pathBlocked, "Blocks the path");
            }
        }
        vertex("topograph-legend", text,
               "text;html=1;align=left;verticalAlign=top;whiteSpace=wrap;fontSize=11;"
               "strokeColor=#D5DBDB;fillColor=#FFFFFF;spacing=8;",
               layerCell,
               {40, scene_.height, std::max(360.0, scene_.width - 80), 16.0 + 15.0 * lines});
    }

    const Scene& scene_;
    std::string out_;
};

} // namespace

std::string writeDrawIo(const Scene& scene) {
    return DrawIoWriter(scene).write();
}

} // namespace topograph::diagram
