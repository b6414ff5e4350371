// SPDX-License-Identifier: Apache-2.0
#include "tiny_json.h"

#include <cstdlib>

namespace topograph::cli_tests {

const JsonValue& JsonValue::operator[](const std::string& key) const {
    if (type != Type::Object) {
        throw std::runtime_error("not a JSON object, looking for '" + key + "'");
    }
    for (const auto& [name, value] : members) {
        if (name == key) {
            return value;
        }
    }
    throw std::runtime_error("no member '" + key + "'");
}

namespace {

class Parser {
public:
    explicit Parser(std::string_view text) : text_(text) {}

    JsonValue parseDocument() {
        JsonValue value = parseValue();
        skipSpace();
        if (position_ != text_.size()) {
            fail("text after the JSON value");
        }
        return value;
    }

private:
    [[noreturn]] void fail(const std::string& what) const {
        throw std::runtime_error("invalid JSON at offset " + std::to_string(position_) + ": " +
                                 what);
    }

    void skipSpace() {
        while (position_ < text_.size() && (text_[position_] == ' ' || text_[position_] == '\n' ||
                                            text_[position_] == '\r' || text_[position_] == '\t')) {
            ++position_;
        }
    }

    char peek() const { return position_ < text_.size() ? text_[position_] : '\0'; }

    void expect(char c) {
        if (peek() != c) {
            fail(std::string("expected '") + c + "'");
        }
        ++position_;
    }

    void expectWord(std::string_view word) {
        if (text_.substr(position_, word.size()) != word) {
            fail("expected " + std::string(word));
        }
        position_ += word.size();
    }

    JsonValue parseValue() {
        skipSpace();
        JsonValue value;
        switch (peek()) {
        case '{':
            return parseObject();
        case '[':
            return parseArray();
        case '"':
            value.type = JsonValue::Type::String;
            value.text = parseString();
            return value;
        case 't':
            expectWord("true");
            value.type = JsonValue::Type::Boolean;
            value.boolean = true;
            return value;
        case 'f':
            expectWord("false");
            value.type = JsonValue::Type::Boolean;
            return value;
        case 'n':
            expectWord("null");
            return value;
        default:
            return parseNumber();
        }
    }

    JsonValue parseObject() {
        JsonValue value;
        value.type = JsonValue::Type::Object;
        expect('{');
        skipSpace();
        if (peek() == '}') {
            ++position_;
            return value;
        }
        while (true) {
            skipSpace();
            std::string key = parseString();
            skipSpace();
            expect(':');
            value.members.emplace_back(std::move(key), parseValue());
            skipSpace();
            if (peek() == ',') {
                ++position_;
                continue;
            }
            expect('}');
            return value;
        }
    }

    JsonValue parseArray() {
        JsonValue value;
        value.type = JsonValue::Type::Array;
        expect('[');
        skipSpace();
        if (peek() == ']') {
            ++position_;
            return value;
        }
        while (true) {
            value.items.push_back(parseValue());
            skipSpace();
            if (peek() == ',') {
                ++position_;
                continue;
            }
            expect(']');
            return value;
        }
    }

    std::string parseString() {
        expect('"');
        std::string result;
        while (true) {
            if (position_ >= text_.size()) {
                fail("unterminated string");
            }
            const char c = text_[position_++];
            if (c == '"') {
                return result;
            }
            if (static_cast<unsigned char>(c) < 0x20) {
                fail("unescaped control character in a string");
            }
            if (c != '\\') {
                result += c;
                continue;
            }
            const char escape = peek();
            ++position_;
            switch (escape) {
            case '"':
            case '\\':
            case '/':
                result += escape;
                break;
            case 'n':
                result += '\n';
                break;
            case 't':
                result += '\t';
                break;
            case 'r':
                result += '\r';
                break;
            case 'b':
                result += '\b';
                break;
            case 'f':
                result += '\f';
                break;
            case 'u': {
                const std::string hex(text_.substr(position_, 4));
                if (hex.size() != 4 ||
                    hex.find_first_not_of("0123456789abcdefABCDEF") != std::string::npos) {
                    fail("bad \\u escape");
                }
                position_ += 4;
                const unsigned long code = std::strtoul(hex.c_str(), nullptr, 16);
                if (code >= 0x80) {
                    fail("this reader only checks ASCII \\u escapes");
                }
                result += static_cast<char>(code);
                break;
            }
            default:
                fail("bad escape");
            }
        }
    }

    JsonValue parseNumber() {
        const std::size_t start = position_;
        if (peek() == '-') {
            ++position_;
        }
        if (peek() == '0') {
            ++position_;
        } else if (peek() >= '1' && peek() <= '9') {
            while (peek() >= '0' && peek() <= '9') {
                ++position_;
            }
        } else {
            fail("expected a value");
        }
        if (peek() == '.') {
            ++position_;
            if (!(peek() >= '0' && peek() <= '9')) {
                fail("expected digits after '.'");
            }
            while (peek() >= '0' && peek() <= '9') {
                ++position_;
            }
        }
        if (peek() == 'e' || peek() == 'E') {
            ++position_;
            if (peek() == '+' || peek() == '-') {
                ++position_;
            }
            if (!(peek() >= '0' && peek() <= '9')) {
                fail("expected digits in the exponent");
            }
            while (peek() >= '0' && peek() <= '9') {
                ++position_;
            }
        }
        JsonValue value;
        value.type = JsonValue::Type::Number;
        value.number =
            std::strtod(std::string(text_.substr(start, position_ - start)).c_str(), nullptr);
        return value;
    }

    std::string_view text_;
    std::size_t position_ = 0;
};

} // namespace

JsonValue parseJson(std::string_view text) {
    return Parser(text).parseDocument();
}

} // namespace topograph::cli_tests
