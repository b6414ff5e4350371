// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/model/document.h"
#include "core/model/document_edit.h"

#include <string>
#include <string_view>
#include <variant>
#include <vector>

// The kind-specific settings the inspector edits (a subnet's "public IP on launch", a load
// balancer's subnets, scheme, listeners and targets, a database's engine and Multi-AZ, ...):
// which fields a resource has, their values as text, and the edit a new value makes. The
// rules live here, in plain C++, so the GUI only shows the fields and passes text back.

namespace topograph {

enum class FieldType {
    Flag,       // "true" / "false"
    Choice,     // one of `choices`' values
    Number,     // a whole number
    NumberList, // whole numbers separated by commas: "443, 80"
    Text,
    References, // ids separated by commas, each one of `choices`' values
};

struct FieldChoice {
    std::string value; // what `value` holds: an id, an engine name, an enum's index
    std::string label; // what people read
    bool operator==(const FieldChoice&) const = default;
};

struct PropertyField {
    std::string key;   // stable: "multiAz", the model file's name of the property
    std::string label; // "Multi-AZ"
    FieldType type = FieldType::Text;
    std::string value;
    std::vector<FieldChoice> choices; // Choice: the allowed values; References: the candidates
    std::string help;                 // why the setting matters, in one sentence
};

/// The editable settings of `resource`, in the order the inspector shows them; empty for
/// kinds whose settings are edited elsewhere (rule tables, CIDR blocks) or not at all.
std::vector<PropertyField> propertyFieldsOf(const Document& document, const Resource& resource);

/// Why a value was refused, in a sentence that says what to enter instead.
struct FieldError {
    std::string message;
};

/// The edit that gives `resource`'s field `key` the value `text`: the resource rewritten and,
/// when a new set of subnets moves a workload to another container on the canvas (one subnet:
/// drawn in it; several: drawn in their VPC), its new place and the containers that grow to
/// hold it. An unchanged value gives an empty edit.
std::variant<DocumentEdit, FieldError> propertyEdit(const Document& document,
                                                    const Resource& resource, std::string_view key,
                                                    std::string_view text);

} // namespace topograph
