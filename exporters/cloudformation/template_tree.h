// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/model/tree.h"

#include <string>
#include <vector>

// Building template values as Trees, with the YAML short forms of the intrinsic functions
// (a Tree's tag), so that the exporter writes "!Ref Vpc" rather than "{Ref: Vpc}".

namespace topograph::cfn {

Tree mappingTree();
Tree sequenceTree(std::vector<Tree> items = {});
/// A plain scalar: numbers and booleans as YAML reads them.
Tree plainScalar(std::string text);
/// A string: quoted where YAML would read it as a number, a boolean or a null.
Tree textScalar(std::string text);
Tree numberScalar(long long number);
Tree booleanScalar(bool value);

Tree refTree(const std::string& logicalId);
Tree getAttTree(const std::string& logicalId, const std::string& attribute);
Tree subTree(const std::string& text);
Tree selectTree(int index, Tree list);
/// !GetAZs '' : the zones of the stack's region.
Tree getAzsTree();

/// Sets `key` in a mapping, replacing an existing entry in place, else appending.
void setEntry(Tree& mapping, const std::string& key, Tree value);
/// Removes `key` from a mapping; true when it was there.
bool removeEntry(Tree& mapping, const std::string& key);

} // namespace topograph::cfn
