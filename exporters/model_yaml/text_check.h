// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace topograph {

/// The offset of the first line that starts with ',' outside any [ ] or { } (a bracket counts
/// where it starts a node or inside brackets, not in comments; quotes ignored): never valid YAML,
/// and yaml-cpp 0.7 loops forever on some such texts (",x", "- 1\n,", "{a: 1}\n,": found by the
/// fuzzer). Nothing when there is none.
std::optional<std::size_t> firstLineStartingWithComma(std::string_view text);

/// Refuses text no YAML or JSON file can hold before yaml-cpp sees it: bytes that are not UTF-8
/// (yaml-cpp would write them back as U+FFFD, silently changing a value) and control
/// characters, and lines starting with ',' outside brackets (some make yaml-cpp 0.7 loop forever).
/// Throws ModelLoadError naming `fileName`, line and column.
void checkYamlText(std::string_view text, const std::string& fileName);

} // namespace topograph
