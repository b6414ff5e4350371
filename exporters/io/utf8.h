// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace topograph {

/// Where a text stops being UTF-8: the byte offset of the first byte that does not start or
/// continue a well-formed sequence (overlong forms, surrogates and code points above U+10FFFF
/// are not well-formed either), or nothing when the whole text is UTF-8. Files are checked
/// before parsing because yaml-cpp writes a replacement character for such bytes, so a value
/// would silently change on save.
std::optional<std::size_t> firstInvalidUtf8(std::string_view text);

/// The byte offset of the first control character YAML does not allow in a file (C0 controls
/// other than tab, line feed and carriage return, and DEL), or nothing. Checked before parsing:
/// yaml-cpp 0.7 loops without end on some of them (found by the fuzzer).
std::optional<std::size_t> firstControlCharacter(std::string_view text);

/// 1-based line and column (in bytes) of `offset` in `text`.
struct TextPosition {
    int line = 1;
    int column = 1;
};
TextPosition positionOf(std::string_view text, std::size_t offset);

} // namespace topograph
