// SPDX-License-Identifier: Apache-2.0
#include "exporters/io/utf8.h"

namespace topograph {

namespace {

bool isContinuation(unsigned char byte) {
    return (byte & 0xC0U) == 0x80U;
}

/// Length of the well-formed sequence starting at `i`, or 0 (Unicode table 3-7).
std::size_t sequenceLength(std::string_view text, std::size_t i) {
    const auto at = [&](std::size_t k) {
        return static_cast<unsigned char>(text[k]);
    };
    const unsigned char lead = at(i);
    if (lead < 0x80U) {
        return 1;
    }
    std::size_t length = 0;
    unsigned char secondLow = 0x80U;
    unsigned char secondHigh = 0xBFU;
    if (lead >= 0xC2U && lead <= 0xDFU) {
        length = 2;
    } else if (lead >= 0xE0U && lead <= 0xEFU) {
        length = 3;
        secondLow = lead == 0xE0U ? 0xA0U : 0x80U;  // no overlong forms
        secondHigh = lead == 0xEDU ? 0x9FU : 0xBFU; // no surrogates
    } else if (lead >= 0xF0U && lead <= 0xF4U) {
        length = 4;
        secondLow = lead == 0xF0U ? 0x90U : 0x80U;  // no overlong forms
        secondHigh = lead == 0xF4U ? 0x8FU : 0xBFU; // nothing above U+10FFFF
    } else {
        return 0;
    }
    if (i + length > text.size()) {
        return 0;
    }
    if (at(i + 1) < secondLow || at(i + 1) > secondHigh) {
        return 0;
    }
    for (std::size_t k = 2; k < length; ++k) {
        if (!isContinuation(at(i + k))) {
            return 0;
        }
    }
    return length;
}

} // namespace

std::optional<std::size_t> firstInvalidUtf8(std::string_view text) {
    std::size_t i = 0;
    while (i < text.size()) {
        const std::size_t length = sequenceLength(text, i);
        if (length == 0) {
            return i;
        }
        i += length;
    }
    return std::nullopt;
}

std::optional<std::size_t> firstControlCharacter(std::string_view text) {
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        const bool allowed = byte == '\t' || byte == '\n' || byte == '\r';
        if ((byte < 0x20U && !allowed) || byte == 0x7FU) {
            return i;
        }
    }
    return std::nullopt;
}

TextPosition positionOf(std::string_view text, std::size_t offset) {
    TextPosition position;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++position.line;
            position.column = 1;
        } else {
            ++position.column;
        }
    }
    return position;
}

} // namespace topograph
