// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "exporters/cloudformation/source_node.h"

#include <memory>
#include <optional>
#include <string_view>

// A reader for templates written as JSON, the format most AWS tooling writes. yaml-cpp reads
// JSON too (it is YAML), but scans a 30 MB template at a few MB per second; this reader builds
// the same tree (the same scalars, tags and positions yaml-cpp would give) in one pass. It
// accepts only strict JSON: anything else, errors included, is left to yaml-cpp, which then
// reads it or says where it is wrong, exactly as before.

namespace topograph::cfn {

/// The tree of a JSON text whose top value is an object; nullptr when the text is not strict
/// JSON of that shape, or nests deeper than 256 levels (yaml-cpp then says what it makes of it).
std::shared_ptr<const SourceTree> readJsonTemplate(std::string_view text);

/// For a JSON object, the rule of looksLikeCloudFormation (exporters/model_yaml/file_kind.h)
/// without a YAML scan: true when its first deciding top-level key is Resources or
/// AWSTemplateFormatVersion, false when it is topograph. std::nullopt when the text is not a
/// JSON object, not UTF-8 free of control characters, or gives no answer before its end: ask
/// looksLikeCloudFormation then. Reads only up to the deciding key.
std::optional<bool> jsonLooksLikeCloudFormation(std::string_view text);

} // namespace topograph::cfn
