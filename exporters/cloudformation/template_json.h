// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/model/tree.h"

#include <string>

// A template Tree written as JSON, the other format CloudFormation reads and the one most AWS
// tooling writes. JSON has no tags, so the short intrinsic forms become their long forms
// ("!Ref X" gives {"Ref": "X"}, "!GetAtt X.Y" gives {"Fn::GetAtt": ["X", "Y"]}). Plain scalars
// that read as JSON numbers or booleans are written as such, everything else as strings.

namespace topograph::cfn {

/// The tree as JSON text, indented by two spaces, ending with a newline.
std::string templateJson(const Tree& root);

} // namespace topograph::cfn
