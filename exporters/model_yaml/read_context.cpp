// SPDX-License-Identifier: Apache-2.0
#include "exporters/model_yaml/read_context.h"

#include "exporters/model_yaml/model_file.h"

#include <algorithm>

namespace topograph::model_yaml {

int lineOf(const YAML::Mark& mark) {
    return mark.line < 0 ? 0 : mark.line + 1;
}

void ReadContext::fail(const YAML::Mark& mark, const std::string& message) const {
    LoadError error;
    error.file = fileName_;
    error.line = lineOf(mark);
    error.column = mark.line < 0 || mark.column < 0 ? 0 : mark.column + 1;
    // yaml-cpp quotes offending bytes verbatim; a NUL would cut the message short.
    for (const char c : message) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x20 || byte == 0x7f) {
            static constexpr char hex[] = "0123456789abcdef";
            error.message += "\\x";
            error.message += hex[byte >> 4];
            error.message += hex[byte & 0xf];
        } else {
            error.message += c;
        }
    }
    throw ModelLoadError(std::move(error));
}

std::string withArticle(std::string_view word) {
    const bool vowel =
        !word.empty() && std::string_view("aeiou").find(word[0]) != std::string_view::npos;
    return (vowel ? "an " : "a ") + std::string(word);
}

std::string describeNode(const YAML::Node& node) {
    switch (node.Type()) {
    case YAML::NodeType::Sequence:
        return "a list";
    case YAML::NodeType::Map:
        return "a mapping";
    case YAML::NodeType::Scalar: {
        // Quote short readable text only: binary garbage or a page of prose helps no one.
        const std::string& text = node.Scalar();
        const bool readable = std::all_of(text.begin(), text.end(), [](char c) {
            return static_cast<unsigned char>(c) >= 0x20 && c != 0x7f;
        });
        if (!readable) {
            return "a single value that is not readable text";
        }
        return text.size() <= 40 ? "the single value '" + text + "'"
                                 : "the single value '" + text.substr(0, 37) + "...'";
    }
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined:
        break;
    }
    return "an empty value";
}

} // namespace topograph::model_yaml
