// SPDX-License-Identifier: Apache-2.0
#include "diagram_checks.h"

#include "core/layout/layout.h"
#include "core/layout/subnet_exposure.h"
#include "core/model/references.h"
#include "exporters/cloudformation/cfn_import.h"
#include "exporters/model_yaml/model_file.h"
#include "tests/support/model_builders.h"
#include "tests/support/xml_tree.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <unistd.h>
#include <unordered_map>
#include <unordered_set>

namespace topograph::testing_support {

namespace {

namespace fs = std::filesystem;
using ::testing::AssertionFailure;
using ::testing::AssertionResult;
using ::testing::AssertionSuccess;

/// Every element in document order with the nearest enclosing element that has an id among
/// `modelIds` (empty when none).
void collect(const XmlElement& element, const std::unordered_set<std::string>& modelIds,
             const std::string& enclosing,
             std::vector<std::pair<const XmlElement*, std::string>>& out) {
    out.emplace_back(&element, enclosing);
    const std::string* id = element.attribute("id");
    const std::string next = id != nullptr && modelIds.contains(*id) ? *id : enclosing;
    for (const XmlElement& child : element.children) {
        collect(child, modelIds, next, out);
    }
}

std::unordered_set<std::string> drawnIds(const Document& document) {
    std::unordered_set<std::string> ids;
    for (const auto& [id, parent] : expectedNesting(document)) {
        ids.insert(id);
    }
    return ids;
}

bool hasText(const XmlElement& element) {
    if (element.name == "text" && !element.text.empty()) {
        return true;
    }
    return std::any_of(element.children.begin(), element.children.end(), hasText);
}

double number(const XmlElement& element, const char* key) {
    const std::string* value = element.attribute(key);
    return value == nullptr ? 0.0 : std::stod(*value);
}

} // namespace

std::vector<std::pair<ResourceId, std::optional<ResourceId>>>
expectedNesting(const Document& document) {
    std::vector<std::pair<ResourceId, std::optional<ResourceId>>> nesting;
    for (const Resource& resource : document.resources()) {
        if (!isDrawn(resource.kind())) {
            continue;
        }
        std::optional<ResourceId> parent = containerOf(document, resource);
        if (parent) {
            const Resource* container = document.find(*parent);
            if (container == nullptr || !isDrawn(container->kind())) {
                parent.reset();
            }
        }
        nesting.emplace_back(resource.id, parent);
    }
    return nesting;
}

AssertionResult svgMatchesModel(const Document& document, const std::string& svg) {
    XmlElement root;
    try {
        root = parseXml(svg);
    } catch (const XmlError& error) {
        return AssertionFailure() << "the SVG is not well-formed XML: " << error.what();
    }
    if (root.name != "svg" || root.attribute("xmlns") == nullptr ||
        *root.attribute("xmlns") != "http://www.w3.org/2000/svg") {
        return AssertionFailure() << "the root is not an <svg> in the SVG namespace";
    }
    const auto ids = drawnIds(document);
    std::vector<std::pair<const XmlElement*, std::string>> elements;
    collect(root, ids, "", elements);

    std::unordered_map<std::string, std::pair<const XmlElement*, std::string>> itemGroups;
    std::unordered_set<std::string> allIds;
    std::set<std::string> symbols;
    std::set<std::string> usedSymbols;
    for (const auto& [element, enclosing] : elements) {
        if (element->name == "image" || element->name == "foreignObject") {
            return AssertionFailure() << "<" << element->name << "> found: no raster content";
        }
        if (const std::string* id = element->attribute("id")) {
            if (!allIds.insert(*id).second) {
                return AssertionFailure() << "id '" << *id << "' appears twice";
            }
            if (ids.contains(*id)) {
                if (element->name != "g") {
                    return AssertionFailure()
                           << "'" << *id << "' is a <" << element->name << ">, not a <g>";
                }
                itemGroups.emplace(*id, std::pair(element, enclosing));
            }
            // Icons are defined once as groups (not <symbol>s, which Qt's renderer lacks).
            if (element->name == "g" && id->starts_with("topograph-icon-")) {
                symbols.insert(*id);
            }
        }
        if (element->name == "use") {
            const std::string* href = element->attribute("xlink:href");
            if (href == nullptr || href->empty() || (*href)[0] != '#') {
                return AssertionFailure() << "a <use> without a local xlink:href";
            }
            usedSymbols.insert(href->substr(1));
        }
    }
    for (const auto& [id, parent] : expectedNesting(document)) {
        const auto found = itemGroups.find(id);
        if (found == itemGroups.end()) {
            return AssertionFailure() << "no <g id=\"" << id << "\">";
        }
        if (found->second.second != parent.value_or("")) {
            return AssertionFailure() << "'" << id << "' is inside '" << found->second.second
                                      << "' instead of '" << parent.value_or("(top level)") << "'";
        }
        if (!hasText(*found->second.first)) {
            return AssertionFailure() << "'" << id << "' has no <text>";
        }
    }
    for (const std::string& used : usedSymbols) {
        if (!symbols.contains(used)) {
            return AssertionFailure() << "<use> names the missing symbol '" << used << "'";
        }
    }
    for (const std::string& symbol : symbols) {
        if (!usedSymbols.contains(symbol)) {
            return AssertionFailure() << "symbol '" << symbol << "' is defined but not used";
        }
    }
    return AssertionSuccess();
}

AssertionResult drawIoMatchesModel(const Document& document, const std::string& xml) {
    XmlElement root;
    try {
        root = parseXml(xml);
    } catch (const XmlError& error) {
        return AssertionFailure() << "the draw.io file is not well-formed XML: " << error.what();
    }
    if (root.name != "mxfile" || root.children.size() != 1 || root.children[0].name != "diagram" ||
        root.children[0].children.size() != 1 ||
        root.children[0].children[0].name != "mxGraphModel" ||
        root.children[0].children[0].children.size() != 1 ||
        root.children[0].children[0].children[0].name != "root") {
        return AssertionFailure() << "not mxfile > diagram > mxGraphModel > root";
    }
    const XmlElement& cells = root.children[0].children[0].children[0];
    std::unordered_map<std::string, const XmlElement*> byId;
    std::string layer;
    for (const XmlElement& cell : cells.children) {
        if (cell.name != "mxCell" || cell.attribute("id") == nullptr) {
            return AssertionFailure() << "a <" << cell.name << "> without an id under <root>";
        }
        const std::string& id = *cell.attribute("id");
        if (const std::string* parent = cell.attribute("parent")) {
            if (!byId.contains(*parent)) {
                return AssertionFailure()
                       << "cell '" << id << "' comes before its parent '" << *parent << "'";
            }
            if (layer.empty()) {
                layer = id;
            }
        }
        if (!byId.emplace(id, &cell).second) {
            return AssertionFailure() << "cell id '" << id << "' appears twice";
        }
    }
    for (const XmlElement& cell : cells.children) {
        if (cell.attribute("edge") == nullptr) {
            continue;
        }
        const std::string* source = cell.attribute("source");
        const std::string* target = cell.attribute("target");
        if (source == nullptr || target == nullptr || !byId.contains(*source) ||
            !byId.contains(*target)) {
            return AssertionFailure()
                   << "edge '" << *cell.attribute("id") << "' does not join two cells";
        }
    }
    const SubnetExposure exposure(document);
    const auto nesting = expectedNesting(document);
    for (const auto& [id, parent] : nesting) {
        const auto found = byId.find(id);
        if (found == byId.end()) {
            return AssertionFailure() << "no mxCell for '" << id << "'";
        }
        const XmlElement& cell = *found->second;
        const std::string expectedParent = parent.value_or(layer);
        if (cell.attribute("vertex") == nullptr || *cell.attribute("parent") != expectedParent) {
            return AssertionFailure() << "'" << id << "' has parent '" << *cell.attribute("parent")
                                      << "' instead of '" << expectedParent << "'";
        }
        const std::string& style = *cell.attribute("style");
        const Resource& resource = *document.find(id);
        const auto has = [&](const std::string& part) {
            return style.find(part) != std::string::npos;
        };
        switch (resource.kind()) {
        case ResourceKind::Region:
            if (!has("grIcon=mxgraph.aws4.group_region;") || !has("container=1;")) {
                return AssertionFailure() << "region '" << id << "' style: " << style;
            }
            break;
        case ResourceKind::Vpc:
            if (!has("grIcon=mxgraph.aws4.group_vpc2;") || !has("strokeColor=#8C4FFF;")) {
                return AssertionFailure() << "VPC '" << id << "' style: " << style;
            }
            break;
        case ResourceKind::AvailabilityZone:
            if (!has("dashed=1;") || !has("strokeColor=#147EBA;")) {
                return AssertionFailure() << "AZ '" << id << "' style: " << style;
            }
            break;
        case ResourceKind::Subnet:
            if (!has("grIcon=mxgraph.aws4.group_security_group;") ||
                !has(exposure.isPublic(id) ? "strokeColor=#7AA116;fillColor=#F2F6E8;"
                                           : "strokeColor=#00A4A6;fillColor=#E6F6F7;")) {
                return AssertionFailure() << "subnet '" << id << "' style: " << style;
            }
            break;
        default:
            if (document.find(id) != nullptr && !has("shape=mxgraph.aws4.") &&
                !(has("container=1;") &&
                  std::any_of(nesting.begin(), nesting.end(),
                              [&](const auto& entry) { return entry.second == id; }))) {
                return AssertionFailure() << "'" << id << "' has no aws4 shape: " << style;
            }
        }
        // Relative geometry: a child lies inside its container (a border gateway's icon may
        // straddle the left edge by half its width).
        if (parent) {
            const XmlElement* geometry = nullptr;
            for (const XmlElement& child : cell.children) {
                geometry = child.name == "mxGeometry" ? &child : geometry;
            }
            const XmlElement* parentGeometry = nullptr;
            for (const XmlElement& child : byId.at(*parent)->children) {
                parentGeometry = child.name == "mxGeometry" ? &child : parentGeometry;
            }
            if (geometry == nullptr || parentGeometry == nullptr) {
                return AssertionFailure() << "'" << id << "' or its container has no geometry";
            }
            const double x = number(*geometry, "x");
            const double y = number(*geometry, "y");
            if (x < -30 || y < 0 ||
                x + number(*geometry, "width") > number(*parentGeometry, "width") + 0.01 ||
                y + number(*geometry, "height") > number(*parentGeometry, "height") + 0.01) {
                return AssertionFailure() << "'" << id << "' at (" << x << ", " << y
                                          << ") is not inside its container '" << *parent
                                          << "' (geometry must be relative)";
            }
        }
    }
    return AssertionSuccess();
}

AssertionResult mermaidMatchesModel(const Document& document, const std::string& text) {
    std::istringstream lines(text);
    std::string line;
    std::getline(lines, line);
    if (line != "flowchart TB") {
        return AssertionFailure() << "the first line is '" << line << "', not 'flowchart TB'";
    }
    const std::regex definition(R"re(^\s*(subgraph\s+)?([A-Za-z0-9_]+)\["([^"]*)"\]\s*$)re");
    const std::set<std::string> keywords{"end",   "graph",    "subgraph", "flowchart", "style",
                                         "class", "classDef", "click",    "linkStyle", "direction"};
    std::vector<std::string> open; // subgraph ids
    std::unordered_map<std::string, std::string> parentOf;
    std::unordered_map<std::string, std::string> titleOf; // id -> the bold part of the label
    std::size_t definitions = 0;
    while (std::getline(lines, line)) {
        std::smatch match;
        if (std::regex_match(line, match, definition)) {
            const std::string id = match[2];
            if (keywords.contains(id)) {
                return AssertionFailure() << "the keyword '" << id << "' is used as an id";
            }
            if (id.rfind("topograph_legend", 0) != 0) {
                if (!parentOf.emplace(id, open.empty() ? "" : open.back()).second) {
                    return AssertionFailure() << "'" << id << "' is defined twice";
                }
                const std::string label = match[3];
                const auto close = label.find("</b>");
                if (label.rfind("<b>", 0) == 0 && close != std::string::npos) {
                    titleOf[id] = label.substr(3, close - 3);
                }
                ++definitions;
            }
            if (match[1].matched) {
                open.push_back(id);
            }
        } else if (std::regex_match(line, std::regex(R"(^\s*end\s*$)"))) {
            if (open.empty()) {
                return AssertionFailure() << "'end' without a subgraph";
            }
            open.pop_back();
        } else if (line.find('[') != std::string::npos &&
                   line.find("subgraph") != std::string::npos) {
            return AssertionFailure() << "a subgraph line that does not parse: " << line;
        }
    }
    if (!open.empty()) {
        return AssertionFailure() << "subgraph '" << open.back() << "' is never closed";
    }
    const auto nesting = expectedNesting(document);
    if (definitions != nesting.size()) {
        return AssertionFailure() << definitions << " nodes and subgraphs for " << nesting.size()
                                  << " drawn resources";
    }
    // Mermaid ids are rewritten, so the nesting is compared by shape: as many top-level
    // definitions as top-level resources, and every subgraph closed (above).
    const auto topLevel = static_cast<std::size_t>(std::count_if(
        nesting.begin(), nesting.end(), [](const auto& entry) { return !entry.second; }));
    const auto topLevelDefinitions = static_cast<std::size_t>(std::count_if(
        parentOf.begin(), parentOf.end(), [](const auto& entry) { return entry.second.empty(); }));
    if (topLevel != topLevelDefinitions) {
        return AssertionFailure() << topLevelDefinitions << " top-level definitions for "
                                  << topLevel << " top-level resources";
    }
    // Where a title is plain and unique, its definition must sit in its container's subgraph.
    const std::regex plain(R"([A-Za-z0-9 _.,()/:-]+)");
    std::unordered_map<std::string, int> titleCount;
    std::unordered_map<std::string, std::string> idOfTitle;
    for (const auto& [id, title] : titleOf) {
        ++titleCount[title];
        idOfTitle[title] = id;
    }
    const auto uniqueTitle = [&](const ResourceId& resourceId) -> std::optional<std::string> {
        const std::string& title = document.find(resourceId)->label();
        if (!std::regex_match(title, plain) || titleCount[title] != 1) {
            return std::nullopt;
        }
        return title;
    };
    for (const auto& [id, parent] : nesting) {
        const auto title = uniqueTitle(id);
        const auto parentTitle = parent ? uniqueTitle(*parent) : std::optional<std::string>("");
        if (!title || !parentTitle) {
            continue;
        }
        const std::string& actualParent = parentOf[idOfTitle[*title]];
        const std::string actualTitle = actualParent.empty() ? "" : titleOf[actualParent];
        if (actualTitle != *parentTitle) {
            return AssertionFailure() << "'" << *title << "' is inside '" << actualTitle
                                      << "' instead of '" << *parentTitle << "'";
        }
    }
    return AssertionSuccess();
}

AssertionResult dotRendersCleanly(const Document& document, const std::string& dot) {
    if (std::string(TOPOGRAPH_DOT_EXECUTABLE).empty()) {
        return AssertionFailure() << "Graphviz 'dot' was not found when configuring; install "
                                     "graphviz (scripts/packages.txt) and reconfigure";
    }
    // One folder per process: ctest runs tests in parallel, and two of them may render the same
    // graph (same hash) at once; sharing a file made one read the other's half-written output.
    const fs::path directory =
        fs::temp_directory_path() / ("topograph-dot-check-" + std::to_string(::getpid()));
    fs::create_directories(directory);
    const std::string stem = (directory / std::to_string(std::hash<std::string>{}(dot))).string();
    std::ofstream(stem + ".dot", std::ios::binary) << dot;
    const std::string command = "\"" + std::string(TOPOGRAPH_DOT_EXECUTABLE) + "\" -Tsvg \"" +
                                stem + ".dot\" -o \"" + stem + ".svg\" 2> \"" + stem + ".err\"";
    const int status = std::system(command.c_str());
    const std::string errors = readTextFile(stem + ".err");
    if (status != 0 || !errors.empty()) {
        return AssertionFailure() << "dot exited with " << status << ": " << errors;
    }
    // Graphviz writes an external DOCTYPE, which the strict checker does not take; drop it.
    std::string renderedText = readTextFile(stem + ".svg");
    if (const auto doctype = renderedText.find("<!DOCTYPE"); doctype != std::string::npos) {
        renderedText.erase(doctype, renderedText.find('>', doctype) + 1 - doctype);
    }
    XmlElement rendered;
    try {
        rendered = parseXml(renderedText);
    } catch (const XmlError& error) {
        return AssertionFailure() << "dot's SVG does not parse: " << error.what();
    }
    // Graphviz names each node and cluster in a <title>: the node id or "cluster_<id>".
    std::unordered_map<std::string, int> titles;
    std::vector<const XmlElement*> stack{&rendered};
    while (!stack.empty()) {
        const XmlElement* element = stack.back();
        stack.pop_back();
        if (element->name == "title") {
            ++titles[element->text];
        }
        for (const XmlElement& child : element->children) {
            stack.push_back(&child);
        }
    }
    for (const auto& [id, parent] : expectedNesting(document)) {
        const int found = titles[id] + titles["cluster_" + id];
        if (found != 1) {
            return AssertionFailure()
                   << "'" << id << "' is drawn " << found << " times in dot's output";
        }
    }
    fs::remove(stem + ".dot");
    fs::remove(stem + ".svg");
    fs::remove(stem + ".err");
    return AssertionSuccess();
}

std::vector<NamedDocument> bundledExamples() {
    std::vector<NamedDocument> documents;
    std::vector<fs::path> paths;
    for (const auto& entry : fs::directory_iterator(TOPOGRAPH_EXAMPLES_DIR)) {
        if (entry.path().extension() == ".yaml") {
            paths.push_back(entry.path());
        }
    }
    std::sort(paths.begin(), paths.end());
    for (const fs::path& path : paths) {
        documents.push_back({path.stem().string(), loadModelFile(path.string())});
    }
    return documents;
}

std::vector<NamedDocument> corpusTemplates() {
    std::vector<NamedDocument> documents;
    std::vector<fs::path> paths;
    for (const auto& entry :
         fs::directory_iterator(std::string(TOPOGRAPH_SHARED_DIR) + "/corpus/cfn")) {
        const auto extension = entry.path().extension();
        if (entry.is_regular_file() && (extension == ".yaml" || extension == ".json")) {
            paths.push_back(entry.path());
        }
    }
    std::sort(paths.begin(), paths.end());
    for (const fs::path& path : paths) {
        Document document = importTemplateFile(path.string()).document;
        layOut(document);
        documents.push_back({path.filename().string(), std::move(document)});
    }
    return documents;
}

std::string readTextFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

Document awkwardlyNamedDocument() {
    Region regionProperties;
    regionProperties.name = "eu-west-1";
    Resource region = resource("region", regionProperties);
    region.name = "R&D <lab> \"west\"";
    Resource network = vpc("end", {"10.0.0.0/16"}, "region");
    network.name = "VPC #1; 'main' \\ back";
    AvailabilityZone zoneProperties;
    zoneProperties.vpc = "end";
    zoneProperties.zone = "eu-west-1a";
    Resource zone = resource("az a", zoneProperties);
    InternetGateway gatewayProperties;
    gatewayProperties.attachedVpc = "end";
    gatewayProperties.region = "region";
    Resource gateway = resource("igw", gatewayProperties);
    gateway.name = "Gate`way` {x}";
    RouteTable tableProperties;
    tableProperties.vpc = "end";
    tableProperties.routes.push_back({"0.0.0.0/0", RouteTargetKind::InternetGateway, "igw"});
    Resource table = resource("rt", tableProperties);
    Resource publicSubnet = subnet("subnet-\"q\"", "end", "10.0.1.0/24", "az a");
    publicSubnet.as<Subnet>()->routeTable = "rt";
    publicSubnet.name = "Public\x01 subnet";
    Resource privateSubnet = subnet("private", "end", "10.0.2.0/24", "az a");
    Resource web = instance("web<1>", {"subnet-\"q\""});
    web.name = "Web & API";
    Resource worker = instance("worker", {"private"});
    worker.name = "caf\xC3\xA9 worker";
    return documentOf(
        {region, network, zone, gateway, table, publicSubnet, privateSubnet, web, worker});
}

} // namespace topograph::testing_support
