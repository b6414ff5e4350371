// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string_view>

namespace topograph {

/// True when the text is an AWS CloudFormation template (YAML or JSON) rather than a Topograph
/// model: a mapping with a Resources section or an AWSTemplateFormatVersion, and no `topograph`
/// key. Decided from the content, never the file name, so that the CLI and the app can choose
/// the reader. Never throws; text that does not parse is not recognised (the model reader then
/// reports where it is malformed).
///
/// The definition lives with the CloudFormation importer (exporters/cloudformation/
/// cfn_import.cpp), which declares the same function: one definition serves both headers.
bool looksLikeCloudFormation(std::string_view text);

} // namespace topograph
