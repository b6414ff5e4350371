// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace topograph::cfn {

/// The result of evaluating a template value with its intrinsic functions.
///
/// Text that could not be resolved statically (a parameter without a default, an
/// Fn::ImportValue, an attribute known only after deployment) is kept symbolic: `symbolic` is
/// set and the unknown parts are written `${...}` ("${ImportValue:Shared-VPC}",
/// "${VPC.Ipv6CidrBlocks[0]}"), so nothing is dropped and a reader sees what it stands for.
struct Value {
    enum class Kind : unsigned char {
        Null,      // absent or YAML null
        NoValue,   // AWS::NoValue: removes the property or list item that holds it
        Text,      // a scalar (numbers and booleans too, as written)
        List,      // a sequence
        Map,       // a mapping in file order
        Reference, // Ref or Fn::GetAtt naming a resource of the template
    };

    Kind kind = Kind::Null;
    std::string text;
    bool symbolic = false;
    std::vector<Value> items;
    std::vector<std::pair<std::string, Value>> entries;
    std::string resource;  // Reference: the logical id
    std::string attribute; // Reference: empty for Ref

    // The special members are defined out of line (template_value.cpp): `entries` holds
    // pairs of Value, and clang, asked whether Value is copyable or nothrow-constructible
    // while std::pair<std::string, Value> is still being instantiated, would otherwise need
    // that pair complete and reject the type.
    Value();
    ~Value();
    Value(const Value&);
    Value(Value&&) noexcept;
    Value& operator=(const Value&);
    Value& operator=(Value&&) noexcept;

    static Value null();
    static Value noValue();
    static Value literal(std::string text);
    /// A value known only after deployment, written as "${body}".
    static Value symbol(const std::string& body);
    static Value list(std::vector<Value> items);
    static Value reference(std::string resource, std::string attribute = {});

    bool isNull() const { return kind == Kind::Null; }
    bool isText() const { return kind == Kind::Text; }
    bool isList() const { return kind == Kind::List; }
    bool isMap() const { return kind == Kind::Map; }
    bool isReference() const { return kind == Kind::Reference; }
    /// True when some part of the value (or of an item) is not known statically.
    bool hasSymbols() const;
    const Value* find(const std::string& key) const;
};

inline Value Value::null() {
    return {};
}
inline Value Value::noValue() {
    Value v;
    v.kind = Kind::NoValue;
    return v;
}
inline Value Value::literal(std::string text) {
    Value v;
    v.kind = Kind::Text;
    v.text = std::move(text);
    return v;
}
inline Value Value::symbol(const std::string& body) {
    Value v;
    v.kind = Kind::Text;
    v.text = "${" + body + "}";
    v.symbolic = true;
    return v;
}
inline Value Value::list(std::vector<Value> items) {
    Value v;
    v.kind = Kind::List;
    v.items = std::move(items);
    return v;
}
inline Value Value::reference(std::string resource, std::string attribute) {
    Value v;
    v.kind = Kind::Reference;
    v.resource = std::move(resource);
    v.attribute = std::move(attribute);
    return v;
}

/// The body of a value for nesting inside another symbol: "${X}" gives "X", a literal gives
/// itself, anything longer is quoted.
std::string symbolBody(const Value& value);

} // namespace topograph::cfn
