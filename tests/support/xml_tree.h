// SPDX-License-Identifier: Apache-2.0
// A small, strict XML 1.0 well-formedness parser for tests, so that exported SVG and draw.io
// files are checked by a real parser rather than by string searches (the exporters link no XML
// library). It accepts what well-formed files contain (declaration, comments, processing
// instructions, CDATA, character and the five predefined entity references) and rejects
// everything else with "line:column: what" - a DOCTYPE included, since no exporter writes one.
// Header-only; use as `const XmlElement root = parseXml(text);`.
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace topograph::testing_support {

struct XmlElement {
    std::string name;
    std::vector<std::pair<std::string, std::string>> attributes; // decoded, in file order
    std::vector<XmlElement> children;
    std::string text; // the decoded character data directly inside, concatenated

    /// The attribute's decoded value, or nullptr.
    const std::string* attribute(std::string_view key) const {
        for (const auto& [name_, value] : attributes) {
            if (name_ == key) {
                return &value;
            }
        }
        return nullptr;
    }
};

class XmlError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

namespace xml_detail {

class Parser {
public:
    explicit Parser(std::string_view text) : text_(text) {}

    XmlElement parseDocument() {
        checkCharacters();
        if (text_.substr(0, 3) == "\xEF\xBB\xBF") {
            position_ = 3;
        }
        if (startsWith("<?xml")) {
            skipProcessingInstruction();
        }
        skipMisc();
        if (startsWith("<!DOCTYPE")) {
            fail("a DOCTYPE is not expected");
        }
        if (!startsWith("<")) {
            fail("expected the root element");
        }
        XmlElement root = parseElement();
        skipMisc();
        if (position_ != text_.size()) {
            fail("content after the root element");
        }
        return root;
    }

private:
    [[noreturn]] void fail(const std::string& what) const {
        int line = 1;
        int column = 1;
        for (std::size_t i = 0; i < position_ && i < text_.size(); ++i) {
            if (text_[i] == '\n') {
                ++line;
                column = 1;
            } else {
                ++column;
            }
        }
        throw XmlError(std::to_string(line) + ":" + std::to_string(column) + ": " + what);
    }

    bool startsWith(std::string_view prefix) const {
        return text_.substr(position_, prefix.size()) == prefix;
    }

    /// Valid UTF-8 and only characters XML 1.0 allows.
    void checkCharacters() {
        for (std::size_t i = 0; i < text_.size();) {
            const auto lead = static_cast<unsigned char>(text_[i]);
            std::size_t length = 1;
            std::uint32_t code = lead;
            if (lead >= 0x80) {
                if ((lead & 0xE0) == 0xC0) {
                    length = 2;
                    code = lead & 0x1F;
                } else if ((lead & 0xF0) == 0xE0) {
                    length = 3;
                    code = lead & 0x0F;
                } else if ((lead & 0xF8) == 0xF0) {
                    length = 4;
                    code = lead & 0x07;
                } else {
                    position_ = i;
                    fail("invalid UTF-8");
                }
                for (std::size_t k = 1; k < length; ++k) {
                    if (i + k >= text_.size() ||
                        (static_cast<unsigned char>(text_[i + k]) & 0xC0) != 0x80) {
                        position_ = i;
                        fail("invalid UTF-8");
                    }
                    code = (code << 6) | (static_cast<unsigned char>(text_[i + k]) & 0x3F);
                }
            }
            const bool allowed =
                code == 0x9 || code == 0xA || code == 0xD || (code >= 0x20 && code <= 0xD7FF) ||
                (code >= 0xE000 && code <= 0xFFFD) || (code >= 0x10000 && code <= 0x10FFFF);
            if (!allowed) {
                position_ = i;
                fail("a character XML does not allow (code " + std::to_string(code) + ")");
            }
            i += length;
        }
    }

    void skipWhitespace() {
        while (position_ < text_.size() && (text_[position_] == ' ' || text_[position_] == '\t' ||
                                            text_[position_] == '\n' || text_[position_] == '\r')) {
            ++position_;
        }
    }

    void skipComment() {
        const auto end = text_.find("--", position_ + 4);
        if (end == std::string_view::npos || text_.substr(end, 3) != "-->") {
            fail("a comment must end with --> and contain no --");
        }
        position_ = end + 3;
    }

    void skipProcessingInstruction() {
        const auto end = text_.find("?>", position_);
        if (end == std::string_view::npos) {
            fail("unterminated processing instruction");
        }
        position_ = end + 2;
    }

    void skipMisc() {
        for (;;) {
            skipWhitespace();
            if (startsWith("<!--")) {
                skipComment();
            } else if (startsWith("<?")) {
                skipProcessingInstruction();
            } else {
                return;
            }
        }
    }

    static bool isNameStart(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_' || c == ':' ||
               (static_cast<unsigned char>(c) >= 0x80);
    }
    static bool isNameChar(char c) {
        return isNameStart(c) || (c >= '0' && c <= '9') || c == '-' || c == '.';
    }

    std::string parseName() {
        if (position_ >= text_.size() || !isNameStart(text_[position_])) {
            fail("expected a name");
        }
        const std::size_t start = position_;
        while (position_ < text_.size() && isNameChar(text_[position_])) {
            ++position_;
        }
        return std::string(text_.substr(start, position_ - start));
    }

    static void appendUtf8(std::string& out, std::uint32_t code) {
        if (code < 0x80) {
            out += static_cast<char>(code);
        } else if (code < 0x800) {
            out += static_cast<char>(0xC0 | (code >> 6));
            out += static_cast<char>(0x80 | (code & 0x3F));
        } else if (code < 0x10000) {
            out += static_cast<char>(0xE0 | (code >> 12));
            out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (code & 0x3F));
        } else {
            out += static_cast<char>(0xF0 | (code >> 18));
            out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
            out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (code & 0x3F));
        }
    }

    /// Decodes the reference at position_ ('&') and appends it.
    void parseReference(std::string& out) {
        const auto end = text_.find(';', position_);
        if (end == std::string_view::npos || end - position_ > 12) {
            fail("& must start an entity reference such as &amp;");
        }
        const std::string_view name = text_.substr(position_ + 1, end - position_ - 1);
        if (name == "lt") {
            out += '<';
        } else if (name == "gt") {
            out += '>';
        } else if (name == "amp") {
            out += '&';
        } else if (name == "quot") {
            out += '"';
        } else if (name == "apos") {
            out += '\'';
        } else if (name.size() > 1 && name[0] == '#') {
            const bool hex = name[1] == 'x';
            const std::string_view digits = name.substr(hex ? 2 : 1);
            if (digits.empty()) {
                fail("empty character reference");
            }
            std::uint32_t code = 0;
            for (const char c : digits) {
                int value = -1;
                if (c >= '0' && c <= '9') {
                    value = c - '0';
                } else if (hex && c >= 'a' && c <= 'f') {
                    value = c - 'a' + 10;
                } else if (hex && c >= 'A' && c <= 'F') {
                    value = c - 'A' + 10;
                }
                if (value < 0 || code > 0x10FFFF) {
                    fail("bad character reference");
                }
                code = code * (hex ? 16 : 10) + static_cast<std::uint32_t>(value);
            }
            const bool allowed =
                code == 0x9 || code == 0xA || code == 0xD || (code >= 0x20 && code <= 0xD7FF) ||
                (code >= 0xE000 && code <= 0xFFFD) || (code >= 0x10000 && code <= 0x10FFFF);
            if (!allowed) {
                fail("character reference to a character XML does not allow");
            }
            appendUtf8(out, code);
        } else {
            fail("unknown entity &" + std::string(name) + ";");
        }
        position_ = end + 1;
    }

    std::string parseAttributeValue() {
        if (position_ >= text_.size() || (text_[position_] != '"' && text_[position_] != '\'')) {
            fail("an attribute value must be quoted");
        }
        const char quote = text_[position_++];
        std::string value;
        while (position_ < text_.size() && text_[position_] != quote) {
            const char c = text_[position_];
            if (c == '<') {
                fail("< inside an attribute value");
            }
            if (c == '&') {
                parseReference(value);
                continue;
            }
            value += (c == '\t' || c == '\n' || c == '\r') ? ' ' : c;
            ++position_;
        }
        if (position_ >= text_.size()) {
            fail("unterminated attribute value");
        }
        ++position_;
        return value;
    }

    XmlElement parseElement() {
        ++position_; // '<'
        XmlElement element;
        element.name = parseName();
        for (;;) {
            const std::size_t before = position_;
            skipWhitespace();
            if (startsWith("/>")) {
                position_ += 2;
                return element;
            }
            if (startsWith(">")) {
                ++position_;
                break;
            }
            if (position_ == before) {
                fail("expected whitespace, > or /> after <" + element.name);
            }
            std::string key = parseName();
            skipWhitespace();
            if (!startsWith("=")) {
                fail("expected = after attribute " + key);
            }
            ++position_;
            skipWhitespace();
            std::string value = parseAttributeValue();
            if (element.attribute(key) != nullptr) {
                fail("attribute " + key + " appears twice on <" + element.name + ">");
            }
            element.attributes.emplace_back(std::move(key), std::move(value));
        }
        parseContent(element);
        return element;
    }

    void parseContent(XmlElement& element) {
        for (;;) {
            if (position_ >= text_.size()) {
                fail("<" + element.name + "> is not closed");
            }
            if (startsWith("</")) {
                const std::size_t tagStart = position_;
                position_ += 2;
                const std::string closing = parseName();
                if (closing != element.name) {
                    position_ = tagStart;
                    fail("</" + closing + "> closes <" + element.name + ">");
                }
                skipWhitespace();
                if (!startsWith(">")) {
                    fail("expected > in the end tag of " + element.name);
                }
                ++position_;
                return;
            }
            if (startsWith("<!--")) {
                skipComment();
            } else if (startsWith("<![CDATA[")) {
                const auto end = text_.find("]]>", position_);
                if (end == std::string_view::npos) {
                    fail("unterminated CDATA section");
                }
                element.text.append(text_.substr(position_ + 9, end - position_ - 9));
                position_ = end + 3;
            } else if (startsWith("<?")) {
                skipProcessingInstruction();
            } else if (startsWith("<!")) {
                fail("a declaration is not allowed inside an element");
            } else if (startsWith("<")) {
                element.children.push_back(parseElement());
            } else if (startsWith("&")) {
                parseReference(element.text);
            } else {
                if (startsWith("]]>")) {
                    fail("]]> in character data");
                }
                element.text += text_[position_++];
            }
        }
    }

    std::string_view text_;
    std::size_t position_ = 0;
};

} // namespace xml_detail

/// Parses a whole document; throws XmlError naming line and column when it is not well-formed.
inline XmlElement parseXml(std::string_view text) {
    return xml_detail::Parser(text).parseDocument();
}

} // namespace topograph::testing_support
