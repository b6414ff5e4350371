// SPDX-License-Identifier: Apache-2.0
#include "exporters/model_yaml/text_check.h"

#include "exporters/io/utf8.h"
#include "exporters/model_yaml/model_file.h"

#include <cstdio>

namespace topograph {

namespace {

std::string hexByte(char byte) {
    char text[8];
    std::snprintf(text, sizeof text, "0x%02X",
                  static_cast<unsigned>(static_cast<unsigned char>(byte)));
    return text;
}

[[noreturn]] void failAt(std::string_view text, std::size_t offset, const std::string& fileName,
                         const std::string& message) {
    const TextPosition where = positionOf(text, offset);
    throw ModelLoadError(LoadError{fileName, where.line, where.column, message});
}

} // namespace

namespace {

/// In block context a bracket opens a flow collection only where a node starts: first on its
/// line, or after "- ", ": " or "? ". Elsewhere ("-{", "a[1]") it is part of a plain scalar.
bool startsNode(std::string_view text, std::size_t at) {
    std::size_t i = at;
    bool spaced = false;
    while (i > 0 && (text[i - 1] == ' ' || text[i - 1] == '\t')) {
        --i;
        spaced = true;
    }
    if (i == 0 || text[i - 1] == '\n' || text[i - 1] == '\r') {
        return true;
    }
    const char before = text[i - 1];
    return spaced && (before == '-' || before == ':' || before == '?');
}

} // namespace

std::optional<std::size_t> firstLineStartingWithComma(std::string_view text) {
    long depth = 0;
    bool lineStart = true;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\n') {
            lineStart = true;
            continue;
        }
        if (lineStart && (c == ' ' || c == '\t' || c == '\r')) {
            continue;
        }
        if (lineStart && c == ',' && depth == 0) {
            return i;
        }
        // A comment runs to the end of the line; its brackets count for nothing.
        if (c == '#' && (lineStart || text[i - 1] == ' ' || text[i - 1] == '\t')) {
            const std::size_t end = text.find('\n', i);
            if (end == std::string_view::npos) {
                break;
            }
            i = end - 1;
            lineStart = false;
            continue;
        }
        lineStart = false;
        if ((c == '[' || c == '{') && (depth > 0 || startsNode(text, i))) {
            ++depth;
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
        }
    }
    return std::nullopt;
}

void checkYamlText(std::string_view text, const std::string& fileName) {
    if (const auto offset = firstInvalidUtf8(text)) {
        failAt(text, *offset, fileName,
               "byte " + hexByte(text[*offset]) +
                   " is not UTF-8 text; model files are UTF-8: save the file as UTF-8 in your "
                   "editor");
    }
    if (const auto offset = firstControlCharacter(text)) {
        failAt(text, *offset, fileName,
               "control character " + hexByte(text[*offset]) +
                   " cannot appear in a YAML or JSON file; is this a binary file? Remove the "
                   "character or open the right file");
    }
    if (const auto offset = firstLineStartingWithComma(text)) {
        failAt(text, *offset, fileName,
               "a line cannot start with ',' outside [ ] or { }; remove the comma or put the "
               "list in brackets");
    }
}

} // namespace topograph
