// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/model/tree.h"
#include "exporters/model_yaml/read_context.h"

#include <string>
#include <yaml-cpp/yaml.h>

// Tree <-> YAML. A Tree keeps a scalar's text, whether it was quoted and its tag, so that
// CloudFormation content survives a round trip. Two normalisations (see docs/FORMAT.md): YAML
// nulls (`~`, `null`, an empty value) all read as a Null tree, and a plain scalar whose text
// cannot be written plain (it holds ": " or starts with "-") is written quoted.

namespace topograph::model_yaml {

/// Converts parsed YAML to a Tree. Fails through `context` on a mapping key that is not a
/// single value, a duplicate key, nesting deeper than 200 levels, or aliases that expand to
/// more than 250,000 values.
Tree treeFromYaml(const YAML::Node& node, const ReadContext& context);

void emitTree(YAML::Emitter& out, const Tree& tree);

/// Writes a string field so that it reads back as the same text: quoted when it is empty,
/// looks like a null, or spans lines.
void emitText(YAML::Emitter& out, const std::string& text);

} // namespace topograph::model_yaml
