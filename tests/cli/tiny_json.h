// SPDX-License-Identifier: Apache-2.0
// A strict little JSON reader for checking the CLI's --json output: RFC 8259 syntax, nothing
// extra. Independent of the writer in app/cli, so a bug there cannot hide itself.
#pragma once

#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace topograph::cli_tests {

struct JsonValue {
    enum class Type { Null, Boolean, Number, String, Array, Object };
    Type type = Type::Null;
    bool boolean = false;
    double number = 0;
    std::string text;
    std::vector<JsonValue> items;
    std::vector<std::pair<std::string, JsonValue>> members; // in document order

    /// The member named `key`; throws when absent or when this is not an object.
    const JsonValue& operator[](const std::string& key) const;
};

/// Parses one JSON value filling the whole text (surrounding whitespace allowed); throws
/// std::runtime_error with the offset of the first mistake.
JsonValue parseJson(std::string_view text);

} // namespace topograph::cli_tests
