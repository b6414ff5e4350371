// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string>
#include <string_view>

namespace topograph::diagram {

/// Text safe inside an XML element or a double-quoted attribute: & < > " ' become entities,
/// and characters XML 1.0 forbids (C0 controls other than tab and newline, invalid UTF-8)
/// are dropped, so that a name pasted with a stray control character cannot break the file.
std::string xmlEscape(std::string_view text);

/// The text with invalid UTF-8 and control characters (other than tab and newline) removed:
/// what DOT and Mermaid files may safely carry.
std::string cleanText(std::string_view text);

/// Shortens text to at most `maxCharacters` code points, ending with an ellipsis when cut.
std::string ellipsize(std::string_view text, std::size_t maxCharacters);

/// A number as SVG and draw.io want it: no exponent, at most two decimals, no trailing zeros.
std::string formatNumber(double value);

} // namespace topograph::diagram
