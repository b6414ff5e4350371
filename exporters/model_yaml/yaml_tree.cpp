// SPDX-License-Identifier: Apache-2.0
#include "exporters/model_yaml/yaml_tree.h"

#include <cctype>

namespace topograph::model_yaml {

namespace {

constexpr int maximumDepth = 200;
// Far above any real template section (a large one holds some thousands), far below what an
// alias bomb expands to.
constexpr std::size_t maximumNodes = 250'000;
constexpr std::string_view coreSchemaPrefix = "tag:yaml.org,2002:";

/// yaml-cpp reports an untagged plain scalar with the tag "?" and an untagged quoted or block
/// scalar with "!". With an explicit tag ("!Sub 'a'") that distinction is lost, so look at the
/// source: the node's mark points at the tag, and the scalar follows it.
bool isQuoted(const YAML::Node& node, std::string_view source) {
    const std::string& tag = node.Tag();
    if (tag == "!") {
        return true;
    }
    if (tag == "?" || tag.empty()) {
        return false;
    }
    const auto position = static_cast<std::size_t>(node.Mark().pos);
    if (node.Mark().pos < 0 || position >= source.size() || source[position] != '!') {
        return false;
    }
    std::size_t i = position;
    while (i < source.size() && !std::isspace(static_cast<unsigned char>(source[i]))) {
        ++i;
    }
    while (i < source.size() && (source[i] == ' ' || source[i] == '\t')) {
        ++i;
    }
    return i < source.size() &&
           (source[i] == '"' || source[i] == '\'' || source[i] == '|' || source[i] == '>');
}

std::string explicitTag(const YAML::Node& node) {
    const std::string& tag = node.Tag();
    return tag == "?" || tag == "!" ? std::string() : tag;
}

class TreeBuilder {
public:
    explicit TreeBuilder(const ReadContext& context) : context_(context) {}

    Tree build(const YAML::Node& node, int depth) {
        if (depth > maximumDepth) {
            context_.fail(node.Mark(), "the content is nested more than " +
                                           std::to_string(maximumDepth) +
                                           " levels deep; flatten it");
        }
        if (++nodes_ > maximumNodes) {
            context_.fail(node.Mark(), "aliases here expand to more than " +
                                           std::to_string(maximumNodes) +
                                           " values; write the content out instead of "
                                           "nesting aliases");
        }
        Tree tree;
        switch (node.Type()) {
        case YAML::NodeType::Undefined:
        case YAML::NodeType::Null:
            break;
        case YAML::NodeType::Scalar:
            tree.type = Tree::Type::Scalar;
            tree.scalar = node.Scalar();
            tree.quoted = isQuoted(node, context_.source());
            tree.tag = explicitTag(node);
            break;
        case YAML::NodeType::Sequence:
            tree.type = Tree::Type::Sequence;
            tree.tag = explicitTag(node);
            for (const YAML::Node& item : node) {
                tree.items.push_back(build(item, depth + 1));
            }
            break;
        case YAML::NodeType::Map:
            tree.type = Tree::Type::Mapping;
            tree.tag = explicitTag(node);
            for (auto it = node.begin(); it != node.end(); ++it) {
                if (!it->first.IsScalar()) {
                    context_.fail(it->first.Mark(), "a mapping key must be a single value, not " +
                                                        describeNode(it->first));
                }
                const std::string& key = it->first.Scalar();
                if (tree.find(key) != nullptr) {
                    context_.fail(it->first.Mark(),
                                  "the key '" + key + "' appears twice in this mapping; keep one");
                }
                tree.entries.push_back({key, build(it->second, depth + 1)});
            }
            break;
        }
        return tree;
    }

private:
    const ReadContext& context_;
    std::size_t nodes_ = 0;
};

void emitTag(YAML::Emitter& out, const std::string& tag) {
    if (tag.empty()) {
        return;
    }
    if (tag.starts_with(coreSchemaPrefix)) {
        out << YAML::SecondaryTag(tag.substr(coreSchemaPrefix.size()));
    } else if (tag.size() > 1 && tag[0] == '!' && tag[1] != '!') {
        out << YAML::LocalTag(tag.substr(1));
    } else {
        out << YAML::VerbatimTag(tag);
    }
}

bool looksLikeNull(const std::string& text) {
    return text.empty() || text == "~" || text == "null" || text == "Null" || text == "NULL";
}

} // namespace

Tree treeFromYaml(const YAML::Node& node, const ReadContext& context) {
    TreeBuilder builder(context);
    return builder.build(node, 0);
}

void emitTree(YAML::Emitter& out, const Tree& tree) {
    emitTag(out, tree.tag);
    switch (tree.type) {
    case Tree::Type::Null:
        out << YAML::Null;
        break;
    case Tree::Type::Scalar:
        if (tree.quoted || looksLikeNull(tree.scalar) ||
            tree.scalar.find('\n') != std::string::npos) {
            out << YAML::DoubleQuoted;
        }
        out << tree.scalar;
        break;
    case Tree::Type::Sequence:
        if (tree.items.empty()) {
            out << YAML::Flow;
        }
        out << YAML::BeginSeq;
        for (const Tree& item : tree.items) {
            emitTree(out, item);
        }
        out << YAML::EndSeq;
        break;
    case Tree::Type::Mapping:
        if (tree.entries.empty()) {
            out << YAML::Flow;
        }
        out << YAML::BeginMap;
        for (const TreeEntry& entry : tree.entries) {
            out << YAML::Key;
            emitText(out, entry.key);
            out << YAML::Value;
            emitTree(out, entry.value);
        }
        out << YAML::EndMap;
        break;
    }
}

void emitText(YAML::Emitter& out, const std::string& text) {
    if (looksLikeNull(text) || text.find('\n') != std::string::npos) {
        out << YAML::DoubleQuoted;
    }
    out << text;
}

} // namespace topograph::model_yaml
