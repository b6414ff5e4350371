// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string>
#include <string_view>
#include <yaml-cpp/yaml.h>

namespace topograph {

/// One parsed YAML document, or where a second one starts.
struct SingleYamlDocument {
    YAML::Node root;                     // null when the text holds no content
    bool hasSecondDocument = false;      // true: root is not loaded, secondStart says where
    YAML::Mark secondStart;              // 0-based, like every yaml-cpp mark
    bool secondStartsWithMarker = false; // it starts with '---' (else: stray text, such as ',')
};

/// Parses text that must hold exactly one YAML document. yaml-cpp 0.7's LoadAll loops forever
/// (allocating all the while) when a token cannot start a node, as in ",x" or "- 1\n,"
/// (jbeder/yaml-cpp#1040): every call then yields an empty document without consuming the
/// token. Counting documents with a parser that stops at the second one ends on every input,
/// and such text reports as a second document starting at the stray token.
/// Throws YAML::Exception for malformed YAML, as YAML::Load does.
SingleYamlDocument loadSingleYamlDocument(std::string_view text);

/// A sentence naming what starts at `document.secondStart` and what to do about it.
/// `whatHoldsOne` names the file for the '---' case: "a model file", "a template".
std::string describeSecondDocument(const SingleYamlDocument& document, std::string_view text,
                                   const std::string& whatHoldsOne);

} // namespace topograph
