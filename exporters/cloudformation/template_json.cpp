// SPDX-License-Identifier: Apache-2.0
#include "exporters/cloudformation/template_json.h"

#include <cstdio>
#include <string_view>

namespace topograph::cfn {

namespace {

/// True for text that is a number in JSON's grammar: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
bool isJsonNumber(std::string_view text) {
    std::size_t i = 0;
    const auto digits = [&] {
        const std::size_t start = i;
        while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
            ++i;
        }
        return i - start;
    };
    if (i < text.size() && text[i] == '-') {
        ++i;
    }
    const std::size_t integerStart = i;
    const std::size_t integerDigits = digits();
    if (integerDigits == 0 || (integerDigits > 1 && text[integerStart] == '0')) {
        return false;
    }
    if (i < text.size() && text[i] == '.') {
        ++i;
        if (digits() == 0) {
            return false;
        }
    }
    if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
        ++i;
        if (i < text.size() && (text[i] == '+' || text[i] == '-')) {
            ++i;
        }
        if (digits() == 0) {
            return false;
        }
    }
    return i == text.size();
}

class JsonWriter {
public:
    std::string take() {
        text_ += '\n';
        return std::move(text_);
    }

    void value(const Tree& tree, int depth) {
        if (!tree.tag.empty() && tree.tag.rfind("!!", 0) != 0 && tree.tag.size() > 1) {
            intrinsic(tree, depth);
            return;
        }
        switch (tree.type) {
        case Tree::Type::Null:
            text_ += "null";
            break;
        case Tree::Type::Scalar:
            scalar(tree);
            break;
        case Tree::Type::Sequence:
            sequence(tree, depth);
            break;
        case Tree::Type::Mapping:
            mapping(tree, depth);
            break;
        }
    }

private:
    /// "!Ref X" is {"Ref": "X"}; "!GetAtt X.Y" is {"Fn::GetAtt": ["X", "Y"]}; "!Sub ..." is
    /// {"Fn::Sub": ...}.
    void intrinsic(const Tree& tree, int depth) {
        const std::string bare = tree.tag.substr(1);
        const std::string name = bare == "Ref" || bare == "Condition" ? bare : "Fn::" + bare;
        Tree argument = tree;
        argument.tag.clear();
        text_ += "{\n";
        indent(depth + 1);
        quoted(name);
        text_ += ": ";
        const auto dot = argument.scalar.find('.');
        if (bare == "GetAtt" && argument.type == Tree::Type::Scalar && dot != std::string::npos) {
            Tree parts;
            parts.type = Tree::Type::Sequence;
            parts.items.resize(2);
            parts.items[0].type = parts.items[1].type = Tree::Type::Scalar;
            parts.items[0].scalar = argument.scalar.substr(0, dot);
            parts.items[1].scalar = argument.scalar.substr(dot + 1);
            parts.items[0].quoted = parts.items[1].quoted = true;
            sequence(parts, depth + 1);
        } else {
            value(argument, depth + 1);
        }
        text_ += '\n';
        indent(depth);
        text_ += '}';
    }

    void scalar(const Tree& tree) {
        const std::string& text = tree.scalar;
        if (!tree.quoted && (text == "true" || text == "false" || isJsonNumber(text))) {
            text_ += text;
        } else if (!tree.quoted && (text.empty() || text == "~" || text == "null")) {
            text_ += "null";
        } else {
            quoted(text);
        }
    }

    void sequence(const Tree& tree, int depth) {
        if (tree.items.empty()) {
            text_ += "[]";
            return;
        }
        text_ += "[\n";
        bool first = true;
        for (const Tree& item : tree.items) {
            text_ += first ? "" : ",\n";
            indent(depth + 1);
            value(item, depth + 1);
            first = false;
        }
        text_ += '\n';
        indent(depth);
        text_ += ']';
    }

    void mapping(const Tree& tree, int depth) {
        if (tree.entries.empty()) {
            text_ += "{}";
            return;
        }
        text_ += "{\n";
        bool first = true;
        for (const TreeEntry& entry : tree.entries) {
            text_ += first ? "" : ",\n";
            indent(depth + 1);
            quoted(entry.key);
            text_ += ": ";
            value(entry.value, depth + 1);
            first = false;
        }
        text_ += '\n';
        indent(depth);
        text_ += '}';
    }

    void indent(int depth) { text_.append(static_cast<std::size_t>(depth) * 2, ' '); }

    void quoted(std::string_view text) {
        text_ += '"';
        for (const char c : text) {
            switch (c) {
            case '"':
                text_ += "\\\"";
                break;
            case '\\':
                text_ += "\\\\";
                break;
            case '\n':
                text_ += "\\n";
                break;
            case '\r':
                text_ += "\\r";
                break;
            case '\t':
                text_ += "\\t";
                break;
            default:
                if (static_cast<unsigned char>(c) < 0x20) {
                    char escaped[8];
                    std::snprintf(escaped, sizeof escaped, "\\u%04x",
                                  static_cast<unsigned>(static_cast<unsigned char>(c)));
                    text_ += escaped;
                } else {
                    text_ += c; // UTF-8 passes through: JSON text is UTF-8
                }
            }
        }
        text_ += '"';
    }

    std::string text_;
};

} // namespace

std::string templateJson(const Tree& root) {
    JsonWriter writer;
    writer.value(root, 0);
    return writer.take();
}

} // namespace topograph::cfn
