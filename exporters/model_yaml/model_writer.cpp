// SPDX-License-Identifier: Apache-2.0
// writeModel: Document -> YAML text. Deterministic (the same document gives the same bytes):
// resources in document order, fields in the order of kind_fields.h, defaults left out.
#include "exporters/io/atomic_file.h"
#include "exporters/model_yaml/kind_fields.h"
#include "exporters/model_yaml/model_file.h"
#include "exporters/model_yaml/yaml_tree.h"

#include <charconv>
#include <stdexcept>
#include <yaml-cpp/yaml.h>

namespace topograph {

namespace {

using model_yaml::Emit;
using model_yaml::emitText;
using model_yaml::EnumWord;

/// The shortest text that reads back as the same double.
std::string formatReal(double value) {
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return std::string(buffer, result.ptr);
}

/// Writes the fields of one mapping; the counterpart of model_yaml::FieldReader.
class FieldWriter {
public:
    explicit FieldWriter(YAML::Emitter& out) : out_(out) {}

    void text(std::string_view key, const std::string& value, std::string_view defaultValue = {}) {
        if (value != defaultValue) {
            out_ << YAML::Key << std::string(key) << YAML::Value;
            emitText(out_, value);
        }
    }
    void optionalText(std::string_view key, const std::optional<std::string>& value) {
        if (value) {
            out_ << YAML::Key << std::string(key) << YAML::Value;
            emitText(out_, *value);
        }
    }
    void flag(std::string_view key, bool value, bool defaultValue) {
        if (value != defaultValue) {
            out_ << YAML::Key << std::string(key) << YAML::Value << (value ? "true" : "false");
        }
    }
    template <typename Integer>
    void number(std::string_view key, Integer value, Integer defaultValue,
                Emit emit = Emit::WhenNotDefault) {
        if (value != defaultValue || emit == Emit::Always) {
            out_ << YAML::Key << std::string(key) << YAML::Value << std::to_string(value);
        }
    }
    void optionalNumber(std::string_view key, const std::optional<int>& value) {
        if (value) {
            out_ << YAML::Key << std::string(key) << YAML::Value << std::to_string(*value);
        }
    }
    void textList(std::string_view key, const std::vector<std::string>& values) {
        if (values.empty()) {
            return;
        }
        out_ << YAML::Key << std::string(key) << YAML::Value << YAML::Flow << YAML::BeginSeq;
        for (const std::string& value : values) {
            emitText(out_, value);
        }
        out_ << YAML::EndSeq;
    }
    void numberList(std::string_view key, const std::vector<int>& values) {
        if (values.empty()) {
            return;
        }
        out_ << YAML::Key << std::string(key) << YAML::Value << YAML::Flow << YAML::BeginSeq;
        for (const int value : values) {
            out_ << std::to_string(value);
        }
        out_ << YAML::EndSeq;
    }
    template <typename E>
    void choice(std::string_view key, E value, E defaultValue, std::span<const EnumWord<E>> table,
                Emit emit = Emit::WhenNotDefault) {
        if (value != defaultValue || emit == Emit::Always) {
            out_ << YAML::Key << std::string(key) << YAML::Value
                 << std::string(model_yaml::wordOf(table, value));
        }
    }
    void protocol(std::string_view key, IpProtocol value) {
        out_ << YAML::Key << std::string(key) << YAML::Value << toString(value);
    }
    void ports(std::string_view key, const std::optional<PortRange>& value) {
        if (!value) {
            return;
        }
        const std::string text = value->from == value->to ? std::to_string(value->from)
                                                          : std::to_string(value->from) + "-" +
                                                                std::to_string(value->to);
        out_ << YAML::Key << std::string(key) << YAML::Value << text;
    }
    template <typename T, typename Describe>
    void objects(std::string_view key, const std::vector<T>& values, Describe describeItem) {
        if (values.empty()) {
            return;
        }
        out_ << YAML::Key << std::string(key) << YAML::Value << YAML::BeginSeq;
        for (const T& value : values) {
            out_ << YAML::Flow << YAML::BeginMap;
            describeItem(*this, value);
            out_ << YAML::EndMap;
        }
        out_ << YAML::EndSeq;
    }

private:
    YAML::Emitter& out_;
};

void writeResource(YAML::Emitter& out, const Resource& resource) {
    out << YAML::BeginMap;
    FieldWriter fields(out);
    fields.text("id", resource.id);
    out << YAML::Key << "kind" << YAML::Value << std::string(kindName(resource.kind()));
    fields.text("name", resource.name);
    if (!resource.tags.empty()) {
        out << YAML::Key << "tags" << YAML::Value << YAML::BeginMap;
        for (const Tag& tag : resource.tags) {
            out << YAML::Key;
            emitText(out, tag.key);
            out << YAML::Value;
            emitText(out, tag.value);
        }
        out << YAML::EndMap;
    }
    fields.text("notes", resource.notes);
    if (resource.geometry) {
        const Geometry& g = *resource.geometry;
        out << YAML::Key << "geometry" << YAML::Value << YAML::Flow << YAML::BeginMap;
        out << YAML::Key << "x" << YAML::Value << formatReal(g.x);
        out << YAML::Key << "y" << YAML::Value << formatReal(g.y);
        out << YAML::Key << "width" << YAML::Value << formatReal(g.width);
        out << YAML::Key << "height" << YAML::Value << formatReal(g.height);
        out << YAML::EndMap;
    }
    std::visit([&](const auto& properties) { model_yaml::describe(fields, properties); },
               resource.properties);
    if (!resource.cloudFormation.isNull()) {
        out << YAML::Key << "cloudFormation" << YAML::Value;
        model_yaml::emitTree(out, resource.cloudFormation);
    }
    out << YAML::EndMap;
}

} // namespace

std::string writeModel(const Document& document) {
    YAML::Emitter out;
    out << YAML::BeginMap;
    out << YAML::Key << "topograph" << YAML::Value
        << std::to_string(Document::currentFormatVersion);
    FieldWriter top(out);
    top.text("title", document.title);
    top.text("description", document.description);
    out << YAML::Key << "resources" << YAML::Value;
    if (document.resources().empty()) {
        out << YAML::Flow;
    }
    out << YAML::BeginSeq;
    for (const Resource& resource : document.resources()) {
        writeResource(out, resource);
    }
    out << YAML::EndSeq;
    if (!document.cloudFormation.isNull()) {
        out << YAML::Key << "cloudFormation" << YAML::Value;
        model_yaml::emitTree(out, document.cloudFormation);
    }
    out << YAML::EndMap;
    if (!out.good()) {
        // Only a bug in this writer can get here: the emitter rejects a malformed event order.
        throw std::logic_error("writing the model failed: " + out.GetLastError());
    }
    return std::string(out.c_str()) + "\n";
}

void saveModelFile(const Document& document, const std::string& path) {
    writeFileAtomically(path, writeModel(document));
}

} // namespace topograph
