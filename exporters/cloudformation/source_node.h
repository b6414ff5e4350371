// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>
#include <yaml-cpp/yaml.h>

// The parsed template as the importer reads it: a plain, immutable tree of values with their
// positions, built either by the JSON reader (json_source.h) or from yaml-cpp's nodes. yaml-cpp
// keeps every node in a shared pool (a set of shared pointers per document): on a 30 MB
// template, building and freeing that pool took longer than the whole import. Node is a handle
// with the subset of yaml-cpp's Node interface the importer uses, under the same names, so the
// importer reads the same either way.

namespace topograph::cfn {

enum class NodeType : unsigned char { Undefined, Null, Scalar, Sequence, Map };

/// A position in the text, 0-based like yaml-cpp's marks; -1 when unknown.
struct SourceMark {
    int line = -1;
    int column = -1;
    int pos = -1;
};

/// One value of the tree. 72 bytes: a 30 MB template holds some two million of them.
struct NodeData {
    std::string scalar;
    /// Sequence: the items. Map: key, value, key, value... in file order.
    std::vector<NodeData> children;
    SourceMark mark;
    /// Index of the tag in SourceTree::tags.
    std::uint16_t tag = 0;
    NodeType type = NodeType::Undefined;
};

/// A parsed text: the root value and the tags its values use.
struct SourceTree {
    /// Tags as yaml-cpp reports them: "" (a null), "?" (a plain scalar or a collection without
    /// a tag), "!" (a quoted scalar), then explicit tags such as "!Ref" in order of appearance.
    static constexpr std::uint16_t noTag = 0;
    static constexpr std::uint16_t plainTag = 1;
    static constexpr std::uint16_t quotedTag = 2;
    /// More different tags than this in one text is refused (real templates use some twenty).
    static constexpr std::size_t maximumTags = 60000;

    NodeData root;
    std::vector<std::string> tags{"", "?", "!"};

    /// The index of `tag`, added on first use. Throws std::length_error beyond maximumTags.
    std::uint16_t tagIndex(const std::string& tag);
};

struct NodeEntry;
class NodeIterator;

/// A node of a parsed tree (it keeps the whole tree alive), or an undefined node.
class Node {
public:
    Node() = default;
    /// A copy of a yaml-cpp tree, for callers that parsed with yaml-cpp themselves (tests).
    /// Aliases are expanded.
    Node(const YAML::Node& yaml); // NOLINT(google-explicit-constructor): a drop-in
    /// The root of a tree built by a reader.
    explicit Node(std::shared_ptr<const SourceTree> tree)
        : tree_(std::move(tree)), data_(tree_ != nullptr ? &tree_->root : nullptr) {}
    /// A plain scalar of its own (no position).
    static Node plainScalar(std::string text);

    bool IsDefined() const { return data_ != nullptr && data_->type != NodeType::Undefined; }
    bool IsNull() const { return Type() == NodeType::Null; }
    bool IsScalar() const { return Type() == NodeType::Scalar; }
    bool IsSequence() const { return Type() == NodeType::Sequence; }
    bool IsMap() const { return Type() == NodeType::Map; }
    NodeType Type() const { return data_ != nullptr ? data_->type : NodeType::Undefined; }
    /// The scalar's text; empty for other nodes.
    const std::string& Scalar() const;
    const std::string& Tag() const;
    SourceMark Mark() const { return data_ != nullptr ? data_->mark : SourceMark{}; }
    /// Items of a sequence, entries of a map; 0 otherwise.
    std::size_t size() const;
    /// The item of a sequence; an undefined node when out of range or not a sequence.
    Node operator[](int index) const;
    /// A key's text as yaml-cpp's as<std::string>("") gives it: "null" for a null key, empty
    /// for a collection.
    std::string text() const;
    /// The same node read without its tag: the argument of a short-form intrinsic.
    Node withoutTag() const;

    NodeIterator begin() const;
    NodeIterator end() const;

private:
    Node(std::shared_ptr<const SourceTree> tree, const NodeData* data, bool untagged)
        : tree_(std::move(tree)), data_(data), untagged_(untagged) {}
    Node at(std::size_t child) const;

    std::shared_ptr<const SourceTree> tree_;
    const NodeData* data_ = nullptr; // inside *tree_
    bool untagged_ = false;
    friend class NodeIterator;
};

/// What iterating a node yields: for a sequence the item itself, for a map `first` (the key)
/// and `second` (the value), as yaml-cpp's iterator does.
struct NodeEntry : Node {
    Node first;
    Node second;
};

class NodeIterator {
public:
    struct Arrow {
        NodeEntry entry;
        const NodeEntry* operator->() const { return &entry; }
    };
    NodeIterator(Node node, std::size_t child) : node_(std::move(node)), child_(child) {}
    NodeEntry operator*() const;
    Arrow operator->() const { return Arrow{**this}; }
    NodeIterator& operator++();
    bool operator==(const NodeIterator& other) const { return child_ == other.child_; }
    bool operator!=(const NodeIterator& other) const { return child_ != other.child_; }

private:
    Node node_;
    std::size_t child_;
};

/// Converts a yaml-cpp tree; more than `maximumNodes` values (aliases expanding without end) or
/// more than SourceTree::maximumTags different tags throws std::length_error at the node where
/// the limit was passed, marked in `where`.
std::shared_ptr<const SourceTree> copyYamlTree(const YAML::Node& yaml, std::size_t maximumNodes,
                                               SourceMark* where = nullptr);

} // namespace topograph::cfn
