// SPDX-License-Identifier: Apache-2.0
#include "exporters/cloudformation/template_tree.h"

#include <algorithm>
#include <cctype>
#include <charconv>

namespace topograph::cfn {

namespace {

/// True when YAML 1.1 or 1.2 (as CloudFormation's parser reads it) would not read the plain
/// text as a string.
bool readsAsNonString(const std::string& text) {
    if (text.empty()) {
        return true;
    }
    std::string lower = text;
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    for (const char* word : {"true", "false", "yes", "no", "on", "off", "y", "n", "null", "~"}) {
        if (lower == word) {
            return true;
        }
    }
    double number = 0;
    const char* end = text.data() + text.size();
    const auto [last, error] = std::from_chars(text.data(), end, number);
    return error == std::errc() && last == end;
}

Tree tagged(Tree tree, const char* tag) {
    tree.tag = tag;
    return tree;
}

} // namespace

Tree mappingTree() {
    Tree tree;
    tree.type = Tree::Type::Mapping;
    return tree;
}

Tree sequenceTree(std::vector<Tree> items) {
    Tree tree;
    tree.type = Tree::Type::Sequence;
    tree.items = std::move(items);
    return tree;
}

Tree plainScalar(std::string text) {
    Tree tree;
    tree.type = Tree::Type::Scalar;
    tree.scalar = std::move(text);
    return tree;
}

Tree textScalar(std::string text) {
    Tree tree = plainScalar(std::move(text));
    tree.quoted = readsAsNonString(tree.scalar);
    return tree;
}

Tree numberScalar(long long number) {
    return plainScalar(std::to_string(number));
}

Tree booleanScalar(bool value) {
    return plainScalar(value ? "true" : "false");
}

Tree refTree(const std::string& logicalId) {
    return tagged(plainScalar(logicalId), "!Ref");
}

Tree getAttTree(const std::string& logicalId, const std::string& attribute) {
    return tagged(plainScalar(logicalId + "." + attribute), "!GetAtt");
}

Tree subTree(const std::string& text) {
    return tagged(textScalar(text), "!Sub");
}

Tree selectTree(int index, Tree list) {
    return tagged(sequenceTree({numberScalar(index), std::move(list)}), "!Select");
}

Tree getAzsTree() {
    Tree tree = plainScalar("");
    tree.quoted = true;
    return tagged(std::move(tree), "!GetAZs");
}

void setEntry(Tree& mapping, const std::string& key, Tree value) {
    if (mapping.type != Tree::Type::Mapping) {
        mapping = mappingTree();
    }
    if (Tree* existing = mapping.find(key)) {
        *existing = std::move(value);
        return;
    }
    mapping.entries.push_back({key, std::move(value)});
}

bool removeEntry(Tree& mapping, const std::string& key) {
    const auto found = std::find_if(mapping.entries.begin(), mapping.entries.end(),
                                    [&](const TreeEntry& entry) { return entry.key == key; });
    if (found == mapping.entries.end()) {
        return false;
    }
    mapping.entries.erase(found);
    return true;
}

} // namespace topograph::cfn
