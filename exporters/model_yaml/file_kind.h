// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string_view>

namespace topograph {

/// True when the text is an AWS CloudFormation template (YAML or JSON) rather than a Topograph
/// model: a mapping whose first deciding top-level key is `Resources` or
/// `AWSTemplateFormatVersion` (a model's is `topograph`). Decided from the content, never the
/// file name, so that the CLI and the app can choose the reader; parsing stops at the deciding
/// key (a JSON object is read by the JSON template reader's own probe, which never scans past
/// it). Never throws; text that is malformed before such a key is not recognised (the model
/// reader then reports where it is malformed).
bool looksLikeCloudFormation(std::string_view text);

} // namespace topograph
