// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string>
#include <string_view>

namespace topograph {

/// Refuses text no YAML or JSON file can hold before yaml-cpp sees it: bytes that are not UTF-8
/// (yaml-cpp would write them back as U+FFFD, silently changing a value) and control
/// characters (YAML allows none but tab and line ends).
/// Throws ModelLoadError naming `fileName`, line and column.
void checkYamlText(std::string_view text, const std::string& fileName);

} // namespace topograph
