// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string>
#include <vector>

namespace topograph {

struct TreeEntry;

/// A YAML/JSON-shaped value kept verbatim: the parts of a CloudFormation template the model
/// does not represent (unknown properties, DependsOn, Conditions, Outputs, ...), so an
/// import followed by an export loses nothing. Mappings keep their keys in file order.
struct Tree {
    enum class Type : unsigned char { Null, Scalar, Sequence, Mapping };

    Type type = Type::Null;
    std::string scalar;      // the text of a scalar as written
    bool quoted = false;     // written in quotes: a string even where it looks like a number
    std::string tag;         // a YAML tag such as "!Ref", kept so short intrinsic forms survive
    std::vector<Tree> items; // Sequence
    std::vector<TreeEntry> entries; // Mapping

    bool isNull() const { return type == Type::Null; }
    /// The value stored under `key` in a mapping, or nullptr.
    const Tree* find(const std::string& key) const;
    Tree* find(const std::string& key);

    bool operator==(const Tree&) const;
};

struct TreeEntry {
    std::string key;
    Tree value;
    bool operator==(const TreeEntry&) const = default;
};

inline bool Tree::operator==(const Tree& other) const {
    return type == other.type && scalar == other.scalar && quoted == other.quoted &&
           tag == other.tag && items == other.items && entries == other.entries;
}

inline const Tree* Tree::find(const std::string& key) const {
    for (const TreeEntry& entry : entries) {
        if (entry.key == key) {
            return &entry.value;
        }
    }
    return nullptr;
}

inline Tree* Tree::find(const std::string& key) {
    for (TreeEntry& entry : entries) {
        if (entry.key == key) {
            return &entry.value;
        }
    }
    return nullptr;
}

} // namespace topograph
