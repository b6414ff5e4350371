// SPDX-License-Identifier: Apache-2.0
#include "exporters/diagram/icon_library.h"

namespace topograph::diagram {

namespace {

std::string_view findIcon(std::string_view name) {
    // A linear search: there are a few dozen icons, and no order is assumed.
    for (const EmbeddedIcon& icon : embeddedIcons()) {
        if (icon.name == name) {
            return icon.svg;
        }
    }
    return {};
}

/// The value of `attribute="..."` inside `tag`, or empty.
std::string attributeOf(std::string_view tag, std::string_view attribute) {
    const std::string needle = " " + std::string(attribute) + "=\"";
    const auto start = tag.find(needle);
    if (start == std::string_view::npos) {
        return {};
    }
    const auto valueStart = start + needle.size();
    const auto end = tag.find('"', valueStart);
    return end == std::string_view::npos ? std::string{}
                                         : std::string(tag.substr(valueStart, end - valueStart));
}

std::string withoutComments(std::string_view text) {
    std::string out;
    std::size_t position = 0;
    while (position < text.size()) {
        const auto comment = text.find("<!--", position);
        if (comment == std::string_view::npos) {
            out.append(text.substr(position));
            break;
        }
        out.append(text.substr(position, comment - position));
        const auto end = text.find("-->", comment + 4);
        position = end == std::string_view::npos ? text.size() : end + 3;
    }
    return out;
}

} // namespace

std::string iconNameFor(ResourceKind kind, bool isPublicSubnet) {
    if (kind == ResourceKind::Subnet) {
        return isPublicSubnet ? "subnet-public" : "subnet-private";
    }
    return std::string(kindName(kind));
}

IconDrawing iconDrawing(std::string_view name) {
    const std::string_view svg = findIcon(name);
    const auto open = svg.find("<svg");
    const auto openEnd = open == std::string_view::npos ? open : svg.find('>', open);
    const auto close = svg.rfind("</svg>");
    if (openEnd == std::string_view::npos || close == std::string_view::npos || close < openEnd) {
        return {};
    }
    const std::string_view tag = svg.substr(open, openEnd - open);
    std::string viewBox = attributeOf(tag, "viewBox");
    if (viewBox.empty()) {
        viewBox = "0 0 " + attributeOf(tag, "width") + " " + attributeOf(tag, "height");
    }
    return {viewBox, withoutComments(svg.substr(openEnd + 1, close - openEnd - 1))};
}

std::string iconColour(std::string_view name) {
    const std::string_view svg = findIcon(name);
    const auto fill = svg.find("fill=\"#");
    if (fill == std::string_view::npos) {
        return "#7D8998";
    }
    const auto start = fill + 6;
    const auto end = svg.find('"', start);
    return std::string(svg.substr(start, end - start));
}

} // namespace topograph::diagram
