// SPDX-License-Identifier: Apache-2.0
// SVG 1.1 meant to be edited by hand: every container and item is one <g> whose id is the model
// id, nested as in the model, with real <text>; each icon used is defined once (a <g> in <defs>)
// and placed with <use>. Colours follow the GUI (qml/canvas).
#include "core/layout/layout.h"
#include "exporters/diagram/diagram_writers.h"
#include "exporters/diagram/icon_library.h"
#include "exporters/diagram/xml_text.h"

#include <algorithm>
#include <map>
#include <set>
#include <sstream>

namespace topograph::diagram {

namespace {

struct ViewBox {
    double x = 0;
    double y = 0;
    double width = 24;
    double height = 24;
};

/// "min-x min-y width height", separated by spaces and/or commas; the default box when the
/// text does not hold four numbers with a positive size.
ViewBox parseViewBox(const std::string& text) {
    std::string spaced = text;
    std::replace(spaced.begin(), spaced.end(), ',', ' ');
    std::istringstream in(spaced);
    ViewBox box;
    if (!(in >> box.x >> box.y >> box.width >> box.height) || box.width <= 0 || box.height <= 0) {
        return {};
    }
    return box;
}

using M = LayoutMetrics;

constexpr double containerIconSize = M::titleBand - 4;
constexpr double boldCharWidth = 7.2;  // a conservative advance for 12-13px bold sans-serif
constexpr double plainCharWidth = 6.1; // 11px regular
constexpr const char* fontFamily = "'Amazon Ember', 'Helvetica Neue', Arial, sans-serif";

std::string iconSymbolId(const std::string& icon) {
    return "topograph-icon-" + icon;
}

std::size_t charactersThatFit(double width, double charWidth) {
    return static_cast<std::size_t>(std::max(1.0, width / charWidth));
}

class SvgWriter {
public:
    explicit SvgWriter(const Scene& scene) : scene_(scene) {}

    std::string write() {
        const double legendTop = scene_.height;
        std::string legend;
        double legendHeight = 0;
        double legendWidth = 0;
        if (scene_.showsLegend) {
            legend = legendGroup(legendTop, legendHeight, legendWidth);
        }
        const double width = std::max(scene_.width, legendWidth + 2 * M::canvasMargin);
        const double height = scene_.height + legendHeight;

        out_ += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
        out_ += "<svg xmlns=\"http://www.w3.org/2000/svg\" "
                "xmlns:xlink=\"http://www.w3.org/1999/xlink\" version=\"1.1\" width=\"" +
                formatNumber(width) + "\" height=\"" + formatNumber(height) + "\" viewBox=\"0 0 " +
                formatNumber(width) + " " + formatNumber(height) + "\" font-family=\"" +
                xmlEscape(fontFamily) + "\">\n";
        out_ += "  <title>" + xmlEscape(scene_.title.empty() ? "Topograph diagram" : scene_.title) +
                "</title>\n";
        writeDefs();
        if (scene_.paintsBackground) {
            out_ += "  <rect id=\"topograph-background\" width=\"" + formatNumber(width) +
                    "\" height=\"" + formatNumber(height) + "\" fill=\"#FFFFFF\"/>\n";
        }
        if (!scene_.title.empty()) {
            out_ += "  <text id=\"topograph-title\" x=\"" + formatNumber(M::canvasMargin) +
                    "\" y=\"26\" font-size=\"16\" font-weight=\"bold\" fill=\"" + colour::text +
                    "\">" + xmlEscape(scene_.title) + "</text>\n";
        }
        for (const std::size_t root : scene_.roots) {
            writeItem(root, 1);
        }
        writeEdges();
        out_ += legend;
        out_ += "</svg>\n";
        return std::move(out_);
    }

private:
    std::map<std::string, ViewBox> viewBoxes_; // of the icons defined, by icon name

    void writeDefs() {
        std::set<std::string> icons;
        for (const SceneItem& item : scene_.items) {
            if (showsIcon(item)) {
                icons.insert(item.icon);
            }
        }
        out_ += "  <defs>\n";
        for (const std::string& icon : icons) {
            const IconDrawing drawing = iconDrawing(icon);
            // A <g> rather than a <symbol>: Qt's SVG renderer (the PNG export) knows only SVG
            // Tiny, which has <use> but no <symbol>; browsers and Inkscape read both.
            const ViewBox box = parseViewBox(drawing.viewBox);
            viewBoxes_[icon] = box;
            out_ += "    <g id=\"" + xmlEscape(iconSymbolId(icon)) + "\" transform=\"translate(" +
                    formatNumber(-box.x) + " " + formatNumber(-box.y) + ")\">" + drawing.content +
                    "</g>\n";
        }
        out_ += "  </defs>\n";
    }

    /// Availability zones are drawn as a dashed outline with their name only, as in AWS diagrams.
    static bool showsIcon(const SceneItem& item) {
        return item.kind() != ResourceKind::AvailabilityZone;
    }

    static std::string indent(int level) {
        return std::string(2 * static_cast<std::size_t>(level), ' ');
    }

    /// The icon scaled into a size x size square and centred there, as a <symbol>'s viewBox
    /// would place it.
    std::string useIcon(const std::string& icon, double x, double y, double size) const {
        const auto found = viewBoxes_.find(icon);
        const ViewBox box = found != viewBoxes_.end() ? found->second : ViewBox{};
        const double scale = size / std::max(box.width, box.height);
        const double left = x + (size - box.width * scale) / 2;
        const double top = y + (size - box.height * scale) / 2;
        return "<use xlink:href=\"#" + xmlEscape(iconSymbolId(icon)) + "\" transform=\"translate(" +
               formatNumber(left) + " " + formatNumber(top) + ") scale(" + formatNumber(scale) +
               ")\"/>";
    }

    static std::string text(double x, double y, const char* anchor, int size, bool bold,
                            const char* fill, const std::string& content) {
        return std::string("<text x=\"") + formatNumber(x) + "\" y=\"" + formatNumber(y) + "\"" +
               (anchor != nullptr ? std::string(" text-anchor=\"") + anchor + "\"" : "") +
               " font-size=\"" + std::to_string(size) + "\"" +
               (bold ? " font-weight=\"bold\"" : "") + " fill=\"" + fill + "\">" +
               xmlEscape(content) + "</text>";
    }

    static std::string kindClass(const SceneItem& item) {
        std::string classes = std::string(kindName(item.kind()));
        if (item.kind() == ResourceKind::Subnet) {
            classes += item.isPublicSubnet ? " public" : " private";
        }
        return classes;
    }

    void writeItem(std::size_t index, int level) {
        const SceneItem& item = scene_.items[index];
        const std::string pad = indent(level);
        out_ += pad + "<g id=\"" + xmlEscape(item.id()) + "\" class=\"" + kindClass(item) + "\">\n";
        std::string tooltip = item.title;
        if (!item.subtitle.empty()) {
            tooltip += " (" + item.subtitle + ")";
        }
        out_ += pad + "  <title>" + xmlEscape(tooltip) + "</title>\n";
        if (item.container) {
            writeContainerFrame(item, pad + "  ");
        } else {
            writeNode(item, pad + "  ");
        }
        writePathMark(item, pad + "  ");
        writeBadges(item, pad + "  ");
        for (const std::size_t child : item.children) {
            writeItem(child, level + 1);
        }
        out_ += pad + "</g>\n";
    }

    void writeContainerFrame(const SceneItem& item, const std::string& pad) {
        const Geometry& box = item.box;
        const bool dashed = containerDashed(item);
        out_ += pad + "<rect x=\"" + formatNumber(box.x) + "\" y=\"" + formatNumber(box.y) +
                "\" width=\"" + formatNumber(box.width) + "\" height=\"" +
                formatNumber(box.height) + "\"" + (dashed ? "" : " rx=\"3\"") + " fill=\"" +
                containerFill(item) + "\" stroke=\"" + containerStroke(item) +
                "\" stroke-width=\"" + (item.kind() == ResourceKind::Vpc ? "2" : "1.5") + "\"" +
                (dashed ? " stroke-dasharray=\"5 3\"" : "") + "/>\n";
        if (showsIcon(item)) {
            out_ += pad + useIcon(item.icon, box.x, box.y, containerIconSize) + "\n";
        }
        const double textX = box.x + (showsIcon(item) ? containerIconSize + 8 : 10);
        const double room = box.x + box.width - textX - 8;
        const char* titleColour =
            item.kind() == ResourceKind::Subnet ? containerStroke(item) : colour::text;
        out_ += pad +
                text(textX, box.y + 15, nullptr, 13, true, titleColour,
                     ellipsize(item.title, charactersThatFit(room, boldCharWidth))) +
                "\n";
        if (!item.subtitle.empty()) {
            out_ += pad +
                    text(textX, box.y + 29, nullptr, 11, false, colour::secondaryText,
                         ellipsize(item.subtitle, charactersThatFit(room, plainCharWidth))) +
                    "\n";
        }
    }

    void writeNode(const SceneItem& item, const std::string& pad) {
        const Geometry& box = item.box;
        const Geometry& icon = item.iconBox;
        out_ += pad + useIcon(item.icon, icon.x, icon.y, icon.width) + "\n";
        if (item.onVpcBorder) {
            // Lines arrive at the icon from inside the VPC at its middle height, so the name
            // goes below the icon, starting just inside the border.
            const double textX = icon.x + icon.width / 2 + 6;
            const double room = box.x + box.width - textX;
            out_ += pad +
                    text(textX, icon.y + icon.height + 14, nullptr, 12, true, colour::text,
                         ellipsize(item.title, charactersThatFit(room, boldCharWidth))) +
                    "\n";
            if (!item.subtitle.empty()) {
                out_ += pad +
                        text(textX, icon.y + icon.height + 28, nullptr, 11, false,
                             colour::secondaryText,
                             ellipsize(item.subtitle, charactersThatFit(room, plainCharWidth))) +
                        "\n";
            }
            return;
        }
        const double centre = box.x + box.width / 2;
        // Names stay within their own box, so that neighbours in a row never overlap.
        const double room = box.width - 4;
        out_ += pad +
                text(centre, icon.y + icon.height + 18, "middle", 12, true, colour::text,
                     ellipsize(item.title, charactersThatFit(room, boldCharWidth))) +
                "\n";
        if (!item.subtitle.empty()) {
            out_ +=
                pad +
                text(centre, icon.y + icon.height + 33, "middle", 11, false, colour::secondaryText,
                     ellipsize(item.subtitle, charactersThatFit(room, plainCharWidth))) +
                "\n";
        }
    }

    void writePathMark(const SceneItem& item, const std::string& pad) {
        if (item.path == PathMark::None) {
            return;
        }
        const bool blocked = item.path == PathMark::Blocked;
        const char* stroke = blocked ? colour::pathBlocked : colour::pathOk;
        const Geometry& box = item.markBox();
        out_ += pad + "<rect class=\"path-" + (blocked ? "blocked" : "hop") + "\" x=\"" +
                formatNumber(box.x - 3) + "\" y=\"" + formatNumber(box.y - 3) + "\" width=\"" +
                formatNumber(box.width + 6) + "\" height=\"" + formatNumber(box.height + 6) +
                "\" rx=\"5\" fill=\"none\" stroke=\"" + stroke + "\" stroke-width=\"3\"/>\n";
        if (blocked && !scene_.blockedCode.empty()) {
            const double labelWidth =
                static_cast<double>(scene_.blockedCode.size()) * boldCharWidth + 12;
            const double labelY = box.y + box.height + 4;
            out_ += pad + "<rect class=\"path-code\" x=\"" + formatNumber(box.x) + "\" y=\"" +
                    formatNumber(labelY) + "\" width=\"" + formatNumber(labelWidth) +
                    "\" height=\"16\" rx=\"3\" fill=\"" + colour::pathBlocked + "\"/>\n";
            out_ += pad +
                    text(box.x + 6, labelY + 12, nullptr, 11, true, "#FFFFFF", scene_.blockedCode) +
                    "\n";
        }
    }

    void writeBadges(const SceneItem& item, const std::string& pad) {
        const Geometry& box = item.markBox();
        double right = box.x + box.width - 4;
        const double top = box.y + 4;
        const auto badge = [&](int count, const char* fill, const char* what) {
            if (count == 0) {
                return;
            }
            const std::string label = std::to_string(count);
            const double width = std::max(18.0, static_cast<double>(label.size()) * 7 + 10);
            right -= width;
            out_ += pad + "<g class=\"badge " + what + "\"><title>" +
                    xmlEscape(countText(count, what)) + "</title><rect x=\"" + formatNumber(right) +
                    "\" y=\"" + formatNumber(top) + "\" width=\"" + formatNumber(width) +
                    "\" height=\"18\" rx=\"9\" fill=\"" + fill + "\"/>" +
                    text(right + width / 2, top + 13, "middle", 11, true, "#FFFFFF", label) +
                    "</g>\n";
            right -= 4;
        };
        badge(item.errors, colour::error, "error");
        badge(item.warnings, colour::warning, "warning");
    }

    void writeEdges() {
        if (scene_.edges.empty()) {
            return;
        }
        out_ += "  <g id=\"topograph-edges\" fill=\"none\">\n";
        for (const SceneEdge& edge : scene_.edges) {
            const char* stroke = edge.onPath ? colour::pathOk : edgeColour(edge.edge.kind);
            const auto [left, right] = arrowHead(edge.start, edge.end, 8);
            const std::string kind(edgeKindName(edge.edge.kind));
            out_ +=
                "    <g class=\"edge " + kind + (edge.onPath ? " on-path" : "") + "\"><title>" +
                xmlEscape(scene_.items[edge.from].title + " \u2192 " + scene_.items[edge.to].title +
                          " (" + edgeMeaning(edge.edge.kind) + ")") +
                "</title><line x1=\"" + formatNumber(edge.start.x) + "\" y1=\"" +
                formatNumber(edge.start.y) + "\" x2=\"" + formatNumber(edge.end.x) + "\" y2=\"" +
                formatNumber(edge.end.y) + "\" stroke=\"" + stroke + "\" stroke-width=\"" +
                (edge.onPath ? "3" : "1.5") + "\"" +
                (edgeDashed(edge.edge.kind) && !edge.onPath ? " stroke-dasharray=\"4 3\"" : "") +
                "/><polygon points=\"" + formatNumber(edge.end.x) + "," + formatNumber(edge.end.y) +
                " " + formatNumber(left.x) + "," + formatNumber(left.y) + " " +
                formatNumber(right.x) + "," + formatNumber(right.y) + "\" fill=\"" + stroke +
                "\"/></g>\n";
        }
        out_ += "  </g>\n";
    }

    /// The legend below the diagram, entries flowing left to right.
    std::string legendGroup(double top, double& height, double& width) {
        struct Entry {
            std::string swatch; // SVG for a 24x14 sample at (0,0), translated later
            std::string label;
        };
        std::vector<Entry> entries;
        const auto box = [](const char* stroke, const char* fill, bool dashed) {
            return std::string(
                       "<rect x=\"0\" y=\"0\" width=\"24\" height=\"14\" rx=\"2\" fill=\"") +
                   fill + "\" stroke=\"" + stroke + "\" stroke-width=\"1.5\"" +
                   (dashed ? " stroke-dasharray=\"5 3\"" : "") + "/>";
        };
        const auto line = [](const char* stroke, bool dashed, const char* strokeWidth) {
            return std::string("<line x1=\"0\" y1=\"7\" x2=\"24\" y2=\"7\" stroke=\"") + stroke +
                   "\" stroke-width=\"" + strokeWidth + "\"" +
                   (dashed ? " stroke-dasharray=\"4 3\"" : "") + "/>";
        };
        const auto dot = [](const char* fill) {
            return std::string("<circle cx=\"12\" cy=\"7\" r=\"7\" fill=\"") + fill + "\"/>";
        };
        bool hasPublic = false;
        bool hasPrivate = false;
        for (const SceneItem& item : scene_.items) {
            if (item.kind() == ResourceKind::Subnet) {
                (item.isPublicSubnet ? hasPublic : hasPrivate) = true;
            }
        }
        if (hasPublic) {
            entries.push_back({box(colour::publicSubnet, colour::publicSubnetFill, false),
                               "Public subnet (default route to an internet gateway)"});
        }
        if (hasPrivate) {
            entries.push_back(
                {box(colour::privateSubnet, colour::privateSubnetFill, false), "Private subnet"});
        }
        std::set<EdgeKind> kinds;
        for (const SceneEdge& edge : scene_.edges) {
            kinds.insert(edge.edge.kind);
        }
        for (const EdgeKind kind : kinds) {
            entries.push_back({line(edgeColour(kind), edgeDashed(kind), "1.5"), edgeMeaning(kind)});
        }
        if (scene_.showsFindings) {
            entries.push_back({dot(colour::error), "Errors (count)"});
            entries.push_back({dot(colour::warning), "Warnings (count)"});
            if (scene_.unplacedErrors + scene_.unplacedWarnings > 0) {
                entries.push_back(
                    {dot("#7D8998"), countText(scene_.unplacedErrors, "error") + " and " +
                                         countText(scene_.unplacedWarnings, "warning") +
                                         " on nothing drawn"});
            }
        }
        if (scene_.showsPath) {
            entries.push_back({line(colour::pathOk, false, "3"), "On the path"});
            if (!scene_.reachable) {
                entries.push_back({line(colour::pathBlocked, false, "3"),
                                   "Blocks the path" + (scene_.blockedCode.empty()
                                                            ? std::string()
                                                            : " (" + scene_.blockedCode + ")")});
            }
        }
        const double available = std::max(scene_.width - 2 * M::canvasMargin, 480.0);
        std::string out = "  <g id=\"topograph-legend\" font-size=\"11\" fill=\"" +
                          std::string(colour::text) + "\">\n";
        out += "    " + text(M::canvasMargin, top + 14, nullptr, 12, true, colour::text, "Legend") +
               "\n";
        double y = top + 24;
        if (scene_.showsPath) {
            out += "    " +
                   text(M::canvasMargin, y + 12, nullptr, 11, false, colour::text,
                        "Path: " + scene_.pathCaption) +
                   "\n";
            width = std::max(width,
                             static_cast<double>(scene_.pathCaption.size() + 6) * plainCharWidth);
            y += 20;
        }
        double x = 0;
        for (const Entry& entry : entries) {
            const double entryWidth =
                32 + static_cast<double>(entry.label.size()) * plainCharWidth + 20;
            if (x > 0 && x + entryWidth > available) {
                x = 0;
                y += 22;
            }
            out += "    <g transform=\"translate(" + formatNumber(M::canvasMargin + x) + "," +
                   formatNumber(y) + ")\">" + entry.swatch +
                   text(32, 11, nullptr, 11, false, colour::text, entry.label) + "</g>\n";
            x += entryWidth;
            width = std::max(width, x);
        }
        out += "  </g>\n";
        height = y + 22 - top + M::canvasMargin / 2;
        return out;
    }

    const Scene& scene_;
    std::string out_;
};

} // namespace

std::string writeSvg(const Scene& scene) {
    return SvgWriter(scene).write();
}

} // namespace topograph::diagram
