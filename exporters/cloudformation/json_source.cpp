// SPDX-License-Identifier: Apache-2.0
#include "exporters/cloudformation/json_source.h"

#include "exporters/io/utf8.h"

#include <iterator>
#include <vector>

namespace topograph::cfn {

namespace {

// Far deeper than any template; deeper text goes to yaml-cpp, which has its own limit.
constexpr int maximumDepth = 256;

bool isJsonSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

int hexValue(char c) {
    if (isDigit(c)) {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

void appendUtf8(std::string& out, unsigned code) {
    if (code < 0x80) {
        out += static_cast<char>(code);
    } else if (code < 0x800) {
        out += static_cast<char>(0xC0 | (code >> 6));
        out += static_cast<char>(0x80 | (code & 0x3F));
    } else {
        out += static_cast<char>(0xE0 | (code >> 12));
        out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code & 0x3F));
    }
}

/// Strict JSON, returning false at the first thing it does not accept. Positions follow
/// yaml-cpp: 0-based line, column in bytes, byte offset.
class JsonReader {
public:
    explicit JsonReader(std::string_view text) : text_(text) {}

    bool readDocument(NodeData& root) {
        skipSpace();
        if (at_ >= text_.size() || text_[at_] != '{' || !value(root, 0)) {
            return false;
        }
        skipSpace();
        return at_ == text_.size();
    }

    /// The key of the object member starting here, unescaped when it has no escapes.
    bool string(std::string& out) {
        if (at_ >= text_.size() || text_[at_] != '"') {
            return false;
        }
        ++at_;
        const std::size_t start = at_;
        while (at_ < text_.size() && text_[at_] != '"' && text_[at_] != '\\' &&
               static_cast<unsigned char>(text_[at_]) >= 0x20) {
            ++at_;
        }
        out.assign(text_.substr(start, at_ - start));
        while (at_ < text_.size() && text_[at_] != '"') {
            const char c = text_[at_];
            if (static_cast<unsigned char>(c) < 0x20) {
                return false; // a raw control character or line break: not JSON
            }
            if (c != '\\') {
                out += c;
                ++at_;
                continue;
            }
            if (++at_ >= text_.size() || !escape(out)) {
                return false;
            }
        }
        if (at_ >= text_.size()) {
            return false;
        }
        ++at_;
        return true;
    }

    bool skipValue(int depth) {
        NodeData ignored;
        return value(ignored, depth);
    }

    void skipSpace() {
        while (at_ < text_.size() && isJsonSpace(text_[at_])) {
            if (text_[at_] == '\n') {
                ++line_;
                lineStart_ = at_ + 1;
            }
            ++at_;
        }
    }

    bool take(char expected) {
        if (at_ < text_.size() && text_[at_] == expected) {
            ++at_;
            return true;
        }
        return false;
    }

    char peek() const { return at_ < text_.size() ? text_[at_] : '\0'; }

    bool value(NodeData& node, int depth) {
        if (depth > maximumDepth || at_ >= text_.size()) {
            return false;
        }
        node.mark = SourceMark{line_, static_cast<int>(at_ - lineStart_), static_cast<int>(at_)};
        switch (text_[at_]) {
        case '{':
            return object(node, depth);
        case '[':
            return array(node, depth);
        case '"':
            node.type = NodeType::Scalar;
            node.tag = SourceTree::quotedTag;
            return string(node.scalar);
        default:
            return literal(node);
        }
    }

private:
    // Children are gathered on one stack shared by all levels and moved into a vector of the
    // exact size when their collection closes: growing each vector item by item cost more
    // than the rest of the reading.
    bool object(NodeData& node, int depth) {
        node.type = NodeType::Map;
        node.tag = SourceTree::plainTag;
        ++at_;
        skipSpace();
        if (take('}')) {
            return true;
        }
        const std::size_t first = pending_.size();
        while (true) {
            skipSpace();
            NodeData key;
            key.mark = SourceMark{line_, static_cast<int>(at_ - lineStart_), static_cast<int>(at_)};
            key.type = NodeType::Scalar;
            key.tag = SourceTree::quotedTag;
            if (!string(key.scalar)) {
                return false;
            }
            skipSpace();
            if (!take(':')) {
                return false;
            }
            skipSpace();
            NodeData item;
            if (!value(item, depth + 1)) {
                return false;
            }
            pending_.push_back(std::move(key));
            pending_.push_back(std::move(item));
            skipSpace();
            if (take('}')) {
                collect(node, first);
                return true;
            }
            if (!take(',')) {
                return false;
            }
        }
    }

    bool array(NodeData& node, int depth) {
        node.type = NodeType::Sequence;
        node.tag = SourceTree::plainTag;
        ++at_;
        skipSpace();
        if (take(']')) {
            return true;
        }
        const std::size_t first = pending_.size();
        while (true) {
            skipSpace();
            NodeData item;
            if (!value(item, depth + 1)) {
                return false;
            }
            pending_.push_back(std::move(item));
            skipSpace();
            if (take(']')) {
                collect(node, first);
                return true;
            }
            if (!take(',')) {
                return false;
            }
        }
    }

    void collect(NodeData& node, std::size_t first) {
        const auto begin = pending_.begin() + static_cast<std::ptrdiff_t>(first);
        node.children.reserve(pending_.size() - first);
        node.children.insert(node.children.end(), std::make_move_iterator(begin),
                             std::make_move_iterator(pending_.end()));
        pending_.erase(begin, pending_.end());
    }

    /// true, false, null or a number, kept as written (a plain scalar to yaml-cpp).
    bool literal(NodeData& node) {
        const std::size_t start = at_;
        while (at_ < text_.size() && !isJsonSpace(text_[at_]) && text_[at_] != ',' &&
               text_[at_] != '}' && text_[at_] != ']' && text_[at_] != ':') {
            ++at_;
        }
        const std::string_view word = text_.substr(start, at_ - start);
        if (word == "null") {
            node.type = NodeType::Null; // yaml-cpp gives a null no tag
            return true;
        }
        if (word != "true" && word != "false" && !isNumber(word)) {
            return false;
        }
        node.type = NodeType::Scalar;
        node.tag = SourceTree::plainTag;
        node.scalar.assign(word);
        return true;
    }

    static bool isNumber(std::string_view word) {
        std::size_t i = 0;
        const auto digits = [&] {
            const std::size_t first = i;
            while (i < word.size() && isDigit(word[i])) {
                ++i;
            }
            return i - first;
        };
        if (i < word.size() && word[i] == '-') {
            ++i;
        }
        const std::size_t integerStart = i;
        const std::size_t integerDigits = digits();
        if (integerDigits == 0 || (integerDigits > 1 && word[integerStart] == '0')) {
            return false;
        }
        if (i < word.size() && word[i] == '.') {
            ++i;
            if (digits() == 0) {
                return false;
            }
        }
        if (i < word.size() && (word[i] == 'e' || word[i] == 'E')) {
            ++i;
            if (i < word.size() && (word[i] == '+' || word[i] == '-')) {
                ++i;
            }
            if (digits() == 0) {
                return false;
            }
        }
        return i == word.size();
    }

    /// After a backslash. Surrogates (\ud83d) are left to yaml-cpp, which refuses them.
    bool escape(std::string& out) {
        const char c = text_[at_++];
        switch (c) {
        case '"':
        case '\\':
        case '/':
            out += c;
            return true;
        case 'b':
            out += '\b';
            return true;
        case 'f':
            out += '\f';
            return true;
        case 'n':
            out += '\n';
            return true;
        case 'r':
            out += '\r';
            return true;
        case 't':
            out += '\t';
            return true;
        case 'u': {
            if (at_ + 4 > text_.size()) {
                return false;
            }
            unsigned code = 0;
            for (int i = 0; i < 4; ++i) {
                const int digit = hexValue(text_[at_++]);
                if (digit < 0) {
                    return false;
                }
                code = code * 16 + static_cast<unsigned>(digit);
            }
            if (code >= 0xD800 && code <= 0xDFFF) {
                return false;
            }
            appendUtf8(out, code);
            return true;
        }
        default:
            return false;
        }
    }

    std::string_view text_;
    std::vector<NodeData> pending_;
    std::size_t at_ = 0;
    int line_ = 0;
    std::size_t lineStart_ = 0;
};

} // namespace

std::shared_ptr<const SourceTree> readJsonTemplate(std::string_view text) {
    auto tree = std::make_shared<SourceTree>();
    JsonReader reader(text);
    if (!reader.readDocument(tree->root)) {
        return nullptr;
    }
    return tree;
}

std::optional<bool> jsonLooksLikeCloudFormation(std::string_view text) {
    if (firstControlCharacter(text) || firstInvalidUtf8(text)) {
        return std::nullopt;
    }
    JsonReader reader(text);
    reader.skipSpace();
    if (!reader.take('{')) {
        return std::nullopt;
    }
    reader.skipSpace();
    std::string key;
    while (reader.peek() == '"' && reader.string(key)) {
        if (key == "topograph") {
            return false;
        }
        if (key == "Resources" || key == "AWSTemplateFormatVersion") {
            return true;
        }
        reader.skipSpace();
        if (!reader.take(':')) {
            return std::nullopt;
        }
        reader.skipSpace();
        if (!reader.skipValue(1)) {
            return std::nullopt;
        }
        reader.skipSpace();
        if (!reader.take(',')) {
            return std::nullopt;
        }
        reader.skipSpace();
    }
    return std::nullopt;
}

} // namespace topograph::cfn
