// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/model/tree.h"
#include "exporters/cloudformation/source_node.h"

#include <string>
#include <string_view>

// The template as the importer reads it (source_node.h): strict JSON through json_source.h,
// everything else through yaml-cpp, with the positions needed for error messages and the
// conversion to the model's verbatim Tree.

namespace topograph::cfn {

/// Parses the text; throws ModelLoadError naming the file, line and column of a syntax error, or
/// of aliases that expand to more values than the text has bytes.
Node parseTemplateText(std::string_view text, const std::string& fileName);

/// The value under `key` of a mapping (the first, when a key is repeated); an undefined node
/// (IsDefined() false, safe to query further) when `node` is not a mapping or has no such key.
Node child(const Node& node, const std::string& key);
Node absentNode();

/// Throws ModelLoadError at the node's position (1-based line and column in the message).
[[noreturn]] void failAt(const std::string& fileName, const Node& node, const std::string& message);

/// The node verbatim: scalars as written (quoted or not), short-form tags kept.
Tree toTree(const Node& node);

/// The short-form tag of a node ("!Ref"), or empty for untagged and standard tags.
std::string intrinsicTag(const Node& node);

/// The name of the intrinsic function a node calls ("Ref", "Fn::Sub"), or empty. Short forms
/// are named by their long form ("!GetAtt" gives "Fn::GetAtt", "!Condition" gives
/// "Condition").
std::string functionName(const Node& node);

/// True for the names of functions CloudFormation defines (Ref, Fn::*, Condition).
bool isKnownFunction(const std::string& longName);

/// Throws ModelLoadError for an unknown function ("!Foo", "Fn::Foo") anywhere under `node`.
void checkFunctionNames(const Node& node, const std::string& fileName);

/// True when the scalar was written in quotes (a string even when it looks like a number).
bool isQuoted(const Node& node);

} // namespace topograph::cfn
