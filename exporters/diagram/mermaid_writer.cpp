// SPDX-License-Identifier: Apache-2.0
// A Mermaid flowchart for GitHub markdown: containers are nested subgraphs, items are nodes.
// Mermaid ids allow only a few characters and some words are keywords ("end"), so every id is
// rewritten to n_<letters, digits, _> and made unique in file order; labels are quoted, with
// Mermaid's entity codes for the characters that would end or change them.
#include "exporters/diagram/diagram_writers.h"
#include "exporters/diagram/icon_library.h"
#include "exporters/diagram/xml_text.h"

#include <cctype>
#include <set>
#include <unordered_set>

namespace topograph::diagram {

namespace {

std::string mermaidText(std::string_view text) {
    std::string out;
    for (const char c : cleanText(text)) {
        switch (c) {
        case '"':
            out += "#quot;";
            break;
        case '#':
            out += "#35;";
            break;
        case '<':
            out += "#lt;";
            break;
        case '>':
            out += "#gt;";
            break;
        case '&':
            out += "#amp;";
            break;
        case '`':
            out += "#96;";
            break;
        case '\n':
        case '\t':
            out += ' ';
            break;
        default:
            out += c;
        }
    }
    return out;
}

class MermaidWriter {
public:
    explicit MermaidWriter(const Scene& scene) : scene_(scene) { assignIds(); }

    std::string write() {
        out_ += "flowchart TB\n";
        if (!scene_.title.empty()) {
            out_ += "  %% " + mermaidText(scene_.title) + "\n";
        }
        for (const std::size_t root : scene_.roots) {
            writeItem(root, 1);
        }
        writeEdges();
        if (scene_.showsLegend) {
            writeLegend();
        }
        writeStyles();
        return std::move(out_);
    }

private:
    void assignIds() {
        std::unordered_set<std::string> taken;
        ids_.reserve(scene_.items.size());
        for (const SceneItem& item : scene_.items) {
            std::string id = "n_";
            for (const char c : item.id()) {
                id += std::isalnum(static_cast<unsigned char>(c)) != 0 ? c : '_';
            }
            std::string unique = id;
            for (int suffix = 2; !taken.insert(unique).second; ++suffix) {
                unique = id + "_" + std::to_string(suffix);
            }
            ids_.push_back(unique);
        }
    }

    static std::string pad(int level) {
        return std::string(2 * static_cast<std::size_t>(level), ' ');
    }

    std::string labelOf(const SceneItem& item) const {
        std::string label = "<b>" + mermaidText(item.title) + "</b>";
        if (!item.subtitle.empty()) {
            label += "<br/>" + mermaidText(item.subtitle);
        }
        if (item.errors > 0) {
            label += "<br/>\u26D4 " + countText(item.errors, "error");
        }
        if (item.warnings > 0) {
            label += "<br/>\u26A0 " + countText(item.warnings, "warning");
        }
        if (item.path == PathMark::Blocked && !scene_.blockedCode.empty()) {
            label += "<br/>blocked: " + mermaidText(scene_.blockedCode);
        }
        return label;
    }

    void writeItem(std::size_t index, int level) {
        const SceneItem& item = scene_.items[index];
        const std::string p = pad(level);
        if (!item.container) {
            out_ += p + ids_[index] + "[\"" + labelOf(item) + "\"]\n";
            return;
        }
        out_ += p + "subgraph " + ids_[index] + "[\"" + labelOf(item) + "\"]\n";
        out_ += p + "  direction TB\n";
        for (const std::size_t child : item.children) {
            writeItem(child, level + 1);
        }
        out_ += p + "end\n";
    }

    void writeEdges() {
        for (const SceneEdge& edge : scene_.edges) {
            const bool dashed = edgeDashed(edge.edge.kind) && !edge.onPath;
            out_ += "  " + ids_[edge.from] + (dashed ? " -.-> " : " --> ") + ids_[edge.to] + "\n";
        }
    }

    void writeLegend() {
        out_ += "  subgraph topograph_legend[\"Legend\"]\n    direction LR\n";
        bool hasPublic = false;
        bool hasPrivate = false;
        for (const SceneItem& item : scene_.items) {
            if (item.kind() == ResourceKind::Subnet) {
                (item.isPublicSubnet ? hasPublic : hasPrivate) = true;
            }
        }
        if (hasPublic) {
            out_ += "    topograph_legend_public[\"Public subnet\"]:::publicSubnet\n";
        }
        if (hasPrivate) {
            out_ += "    topograph_legend_private[\"Private subnet\"]:::privateSubnet\n";
        }
        std::set<EdgeKind> kinds;
        for (const SceneEdge& edge : scene_.edges) {
            kinds.insert(edge.edge.kind);
        }
        for (const EdgeKind kind : kinds) {
            std::string name(edgeKindName(kind));
            for (char& c : name) {
                c = c == '-' ? '_' : c;
            }
            out_ += "    topograph_legend_" + name + "[\"" + mermaidText(edgeMeaning(kind)) +
                    (edgeDashed(kind) ? ": dashed arrow" : ": arrow") + "\"]\n";
        }
        if (scene_.showsFindings) {
            out_ += "    topograph_legend_errors[\"\u26D4 errors, \u26A0 warnings (counts)\"]:::"
                    "hasErrors\n";
        }
        if (scene_.showsPath) {
            out_ += "    topograph_legend_path[\"On the path: " + mermaidText(scene_.pathCaption) +
                    "\"]:::onPath\n";
            if (!scene_.reachable) {
                out_ += "    topograph_legend_blocked[\"Blocks the path\"]:::blocked\n";
            }
        }
        out_ += "  end\n";
    }

    void writeStyles() {
        out_ += "  classDef publicSubnet fill:#F2F6E8,stroke:#7AA116,color:#16191F\n";
        out_ += "  classDef privateSubnet fill:#E6F6F7,stroke:#00A4A6,color:#16191F\n";
        out_ += "  classDef hasErrors stroke:#D13212,stroke-width:2px\n";
        out_ += "  classDef onPath stroke:#1D8102,stroke-width:3px\n";
        out_ += "  classDef blocked stroke:#D13212,stroke-width:3px\n";
        for (std::size_t i = 0; i < scene_.items.size(); ++i) {
            const SceneItem& item = scene_.items[i];
            std::string style;
            if (item.container) {
                style =
                    std::string("fill:") +
                    (std::string(containerFill(item)) == "none" ? "#FFFFFF" : containerFill(item)) +
                    ",stroke:" + containerStroke(item) +
                    (containerDashed(item) ? ",stroke-dasharray:5 3" : "");
            } else {
                style = "fill:#FFFFFF,stroke:" + std::string(iconColour(item.icon));
            }
            if (item.path == PathMark::OnPath) {
                style += std::string(",stroke:") + colour::pathOk + ",stroke-width:3px";
            } else if (item.path == PathMark::Blocked) {
                style += std::string(",stroke:") + colour::pathBlocked + ",stroke-width:3px";
            } else if (item.errors > 0) {
                style += std::string(",stroke:") + colour::error + ",stroke-width:2px";
            }
            out_ += "  style " + ids_[i] + " " + style + "\n";
        }
        for (std::size_t i = 0; i < scene_.edges.size(); ++i) {
            const SceneEdge& edge = scene_.edges[i];
            out_ += "  linkStyle " + std::to_string(i) +
                    " stroke:" + (edge.onPath ? colour::pathOk : edgeColour(edge.edge.kind)) +
                    ",stroke-width:" + (edge.onPath ? "3px" : "1.5px") + "\n";
        }
    }

    const Scene& scene_;
    std::vector<std::string> ids_;
    std::string out_;
};

} // namespace

std::string writeMermaid(const Scene& scene) {
    return MermaidWriter(scene).write();
}

} // namespace topograph::diagram
