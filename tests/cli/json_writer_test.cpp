// SPDX-License-Identifier: Apache-2.0
// The CLI's JSON writer: escaping per RFC 8259 and comma placement, checked against exact text
// and against the independent reader in tiny_json.h.
#include "app/cli/json_writer.h"
#include "tiny_json.h"

#include <gtest/gtest.h>
#include <sstream>
#include <string>

namespace topograph::cli {
namespace {

struct EscapeRow {
    std::string text;
    std::string json;
};

TEST(JsonString, EscapesWhatJsonRequires) {
    const EscapeRow rows[] = {
        {"", "\"\""},
        {"plain", "\"plain\""},
        {"say \"hi\"", "\"say \\\"hi\\\"\""},
        {"C:\\path", "\"C:\\\\path\""},
        {"a\nb\tc\rd", "\"a\\nb\\tc\\rd\""},
        {"\b\f", "\"\\b\\f\""},
        {std::string("nul\0x", 5), "\"nul\\u0000x\""},
        {"\x01\x1f", "\"\\u0001\\u001f\""},
        {"/ and \x7f stay", "\"/ and \x7f stay\""},
        {"caf\xc3\xa9 \xe2\x86\x92 \xf0\x9f\x8c\x90",
         "\"caf\xc3\xa9 \xe2\x86\x92 \xf0\x9f\x8c\x90\""},
        // Bytes that are not UTF-8 become U+FFFD so the output always parses.
        {"bad \xff byte", "\"bad \\ufffd byte\""},
        {"cut \xe2\x86", "\"cut \\ufffd\\ufffd\""},
        {"overlong \xc0\xaf", "\"overlong \\ufffd\\ufffd\""},
        {"surrogate \xed\xa0\x80", "\"surrogate \\ufffd\\ufffd\\ufffd\""},
    };
    for (const EscapeRow& row : rows) {
        SCOPED_TRACE(row.json);
        EXPECT_EQ(jsonString(row.text), row.json);
    }
}

TEST(JsonString, ReadsBackAsTheSameText) {
    for (const std::string text :
         {"quote \" backslash \\ newline \n tab \t", "{\"json\": [1]}", "\x02 control"}) {
        const auto value = cli_tests::parseJson(jsonString(text));
        EXPECT_EQ(value.type, cli_tests::JsonValue::Type::String);
        EXPECT_EQ(value.text, text);
    }
}

TEST(JsonWriter, PlacesCommasAndNestsValues) {
    std::ostringstream out;
    JsonWriter json(out);
    json.beginObject();
    json.key("empty").beginArray().endArray();
    json.key("list").beginArray().value("a").value(true).value(std::int64_t{-3}).null().endArray();
    json.key("object").beginObject().key("x").value(false).endObject();
    json.key("nested").beginArray().beginObject().endObject().beginObject().endObject().endArray();
    json.endObject();
    EXPECT_EQ(out.str(), "{\"empty\": [], \"list\": [\"a\", true, -3, null], \"object\": "
                         "{\"x\": false}, \"nested\": [{}, {}]}");
    EXPECT_NO_THROW(cli_tests::parseJson(out.str()));
}

} // namespace
} // namespace topograph::cli
