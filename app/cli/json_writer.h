// SPDX-License-Identifier: Apache-2.0
// A small JSON writer for the CLI's machine-readable output: objects, arrays, strings (escaped
// per RFC 8259), booleans, null and integers. It tracks commas itself, so callers only say
// what comes next.
#pragma once

#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace topograph::cli {

/// `text` as a JSON string literal, quotes included: '"', '\\' and control characters escaped;
/// other bytes (UTF-8) passed through.
std::string jsonString(std::string_view text);

class JsonWriter {
public:
    explicit JsonWriter(std::ostream& out) : out_(out) {}

    JsonWriter& beginObject();
    JsonWriter& endObject();
    JsonWriter& beginArray();
    JsonWriter& endArray();
    /// The key of the next member of the current object.
    JsonWriter& key(std::string_view name);
    JsonWriter& value(std::string_view text);
    JsonWriter& value(const char* text) { return value(std::string_view(text)); }
    JsonWriter& value(bool flag);
    JsonWriter& value(std::int64_t number);
    JsonWriter& null();

private:
    void beforeValue();

    std::ostream& out_;
    // One entry per open object or array: whether it already holds a member.
    std::vector<bool> hasMembers_;
    bool afterKey_ = false;
};

} // namespace topograph::cli
