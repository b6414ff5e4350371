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
}

} // namespace topograph
