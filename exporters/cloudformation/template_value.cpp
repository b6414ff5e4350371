// SPDX-License-Identifier: Apache-2.0
#include "exporters/cloudformation/template_value.h"

namespace topograph::cfn {

Value::Value() = default;
Value::~Value() = default;
Value::Value(const Value&) = default;
Value::Value(Value&&) noexcept = default;
Value& Value::operator=(const Value&) = default;
Value& Value::operator=(Value&&) noexcept = default;

bool Value::hasSymbols() const {
    switch (kind) {
    case Kind::Text:
        return symbolic;
    case Kind::Reference:
        return true;
    case Kind::List:
        for (const Value& item : items) {
            if (item.hasSymbols()) {
                return true;
            }
        }
        return false;
    case Kind::Map:
        for (const auto& [key, item] : entries) {
            if (item.hasSymbols()) {
                return true;
            }
        }
        return false;
    default:
        return false;
    }
}

const Value* Value::find(const std::string& key) const {
    for (const auto& [name, item] : entries) {
        if (name == key) {
            return &item;
        }
    }
    return nullptr;
}

namespace {

/// True when `text` is exactly one "${...}" symbol (no text around it, no second symbol).
bool isSingleSymbol(const std::string& text) {
    if (text.size() < 3 || text.rfind("${", 0) != 0 || text.back() != '}') {
        return false;
    }
    int depth = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '{') {
            ++depth;
        } else if (text[i] == '}') {
            --depth;
            if (depth == 0 && i + 1 != text.size()) {
                return false;
            }
        }
    }
    return depth == 0;
}

} // namespace

std::string symbolBody(const Value& value) {
    if (value.kind == Value::Kind::Reference) {
        return value.attribute.empty() ? value.resource : value.resource + "." + value.attribute;
    }
    if (value.kind == Value::Kind::List) {
        std::string result = "[";
        for (std::size_t i = 0; i < value.items.size(); ++i) {
            result += (i == 0 ? "" : ", ") + symbolBody(value.items[i]);
        }
        return result + "]";
    }
    if (value.symbolic && isSingleSymbol(value.text)) {
        return value.text.substr(2, value.text.size() - 3);
    }
    if (!value.symbolic) {
        return value.text;
    }
    return "'" + value.text + "'";
}

} // namespace topograph::cfn
