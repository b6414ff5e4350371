// SPDX-License-Identifier: Apache-2.0
#include "exporters/cloudformation/import_state.h"

#include "exporters/cloudformation/static_functions.h"
#include "exporters/cloudformation/yaml_source.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace topograph::cfn {

namespace {

/// GetAtt attributes that stand for the resource itself where an id is expected.
constexpr std::array identityAttributes{"Id",
                                        "GroupId",
                                        "AllocationId",
                                        "SubnetId",
                                        "RouteTableId",
                                        "NetworkAclId",
                                        "InstanceId",
                                        "TransitGatewayId",
                                        "VpcId",
                                        "LoadBalancerArn",
                                        "TargetGroupArn",
                                        "NetworkInterfaceId",
                                        "VPCPeeringConnectionId",
                                        "InternetGatewayId",
                                        "NatGatewayId",
                                        "VpnGatewayId",
                                        "CustomerGatewayId",
                                        "TransitGatewayAttachmentId",
                                        "TransitGatewayRouteTableId",
                                        "Arn"};

bool isIdentity(const std::string& attribute) {
    return attribute.empty() || std::find(identityAttributes.begin(), identityAttributes.end(),
                                          attribute) != identityAttributes.end();
}

std::string lowercase(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

Tree mapping() {
    Tree tree;
    tree.type = Tree::Type::Mapping;
    return tree;
}

Tree scalar(std::string text) {
    Tree tree;
    tree.type = Tree::Type::Scalar;
    tree.scalar = std::move(text);
    return tree;
}

} // namespace

bool usesIntrinsic(const Node& node) {
    if (!functionName(node).empty()) {
        return true;
    }
    if (node.IsSequence()) {
        for (const Node& item : node) {
            if (usesIntrinsic(item)) {
                return true;
            }
        }
    } else if (node.IsMap()) {
        for (const auto& entry : node) {
            if (usesIntrinsic(entry.second)) {
                return true;
            }
        }
    }
    return false;
}

ResourceId ImportState::zoneContainer(const ResourceId& vpc, const std::string& zone) {
    const auto key = std::make_pair(vpc, zone);
    if (const auto found = zoneContainers.find(key); found != zoneContainers.end()) {
        return found->second;
    }
    // Logical ids are alphanumeric, so an id with '-' never collides with one.
    std::string id = vpc + "-" + zone;
    const bool plain = std::all_of(
        zone.begin(), zone.end(), [](unsigned char c) { return std::isalnum(c) != 0 || c == '-'; });
    if (!plain || zone.empty()) {
        id = vpc + "-az" + std::to_string(zoneContainers.size() + 1);
    }
    while (built.contains(id) || definitions.contains(id)) {
        id += "-";
    }
    Resource container;
    container.id = id;
    container.name = zone;
    container.properties = AvailabilityZone{vpc, zone};
    built.emplace(id, std::move(container));
    order.push_back(id);
    zoneContainers.emplace(key, id);
    return id;
}

void ImportState::recordMerge(Resource& owner, const std::string& logicalId,
                              const std::string& into) {
    if (!keepTemplateDetails) {
        return;
    }
    if (owner.cloudFormation.type != Tree::Type::Mapping) {
        owner.cloudFormation = mapping();
    }
    Tree* merged = owner.cloudFormation.find(mergedKey);
    if (merged == nullptr) {
        Tree list;
        list.type = Tree::Type::Sequence;
        owner.cloudFormation.entries.push_back({mergedKey, std::move(list)});
        merged = &owner.cloudFormation.entries.back().value;
    }
    Tree entry = mapping();
    entry.entries.push_back({"LogicalId", scalar(logicalId)});
    entry.entries.push_back({"Into", scalar(into)});
    entry.entries.push_back({"Definition", toTree(definitions.at(logicalId))});
    merged->items.push_back(std::move(entry));
}

std::string ValueReader::text(const Value& value, const std::string& what) {
    const Value result = state_.evaluator.asText(value);
    if (result.symbolic) {
        state_.notes.info("UNRESOLVED_VALUE", {subject_},
                          subject_ + " " + what + " is not known before deployment; kept as " +
                              result.text,
                          "Give the value (or the parameter it comes from) to see it resolved.");
    }
    return result.text;
}

std::optional<std::string> ValueReader::referencedResource(const Value& value) {
    if (value.kind != Value::Kind::Reference) {
        return std::nullopt;
    }
    if (!value.attribute.empty()) {
        if (auto resolved = state_.evaluator.attributeValue(value.resource, value.attribute)) {
            return referencedResource(*resolved);
        }
        if (!isIdentity(value.attribute)) {
            return std::nullopt;
        }
    }
    if (!state_.modelled.contains(value.resource)) {
        return std::nullopt;
    }
    return value.resource;
}

ResourceId ValueReader::id(const Value& value, const std::string& what) {
    if (auto resource = referencedResource(value)) {
        return *resource;
    }
    if (value.kind == Value::Kind::Null || value.kind == Value::Kind::NoValue) {
        return {};
    }
    const Value textValue = value.kind == Value::Kind::Reference ? Value::symbol(symbolBody(value))
                                                                 : state_.evaluator.asText(value);
    if (textValue.symbolic) {
        state_.notes.info("UNRESOLVED_REFERENCE", {subject_},
                          subject_ + " " + what + " names something outside the model (" +
                              textValue.text + "); the reference is kept as that text",
                          "Add the resource to the model to see the connection.");
    } else if (!textValue.text.empty()) {
        state_.notes.info("EXTERNAL_REFERENCE", {subject_},
                          subject_ + " " + what + " names " + textValue.text +
                              ", which is not in the template",
                          "Import the template that creates it to see the connection.");
    }
    return textValue.text;
}

std::vector<ResourceId> ValueReader::ids(const Value& value, const std::string& what) {
    std::vector<ResourceId> result;
    if (value.kind == Value::Kind::List) {
        for (const Value& item : value.items) {
            if (ResourceId one = id(item, what); !one.empty()) {
                result.push_back(std::move(one));
            }
        }
    } else if (ResourceId one = id(value, what); !one.empty()) {
        result.push_back(std::move(one));
    }
    return result;
}

std::optional<bool> ValueReader::boolean(const Value& value, const std::string& what) {
    if (value.isNull()) {
        return std::nullopt;
    }
    const std::string written = lowercase(text(value, what));
    if (written == "true") {
        return true;
    }
    if (written == "false") {
        return false;
    }
    state_.notes.warning("UNRESOLVED_VALUE", {subject_},
                         subject_ + " " + what + " should be true or false, not '" + written +
                             "'; the default is used",
                         "Write true or false.");
    return std::nullopt;
}

std::optional<long long> ValueReader::integer(const Value& value, const std::string& what) {
    if (value.isNull()) {
        return std::nullopt;
    }
    const std::string written = text(value, what);
    const auto number = parseInteger(written);
    if (!number && written.rfind("${", 0) != 0) {
        state_.notes.warning("UNRESOLVED_VALUE", {subject_},
                             subject_ + " " + what + " should be a whole number, not '" + written +
                                 "'; the default is used",
                             "Write a number.");
    }
    return number;
}

PropertyReader::PropertyReader(ImportState& state, std::string logicalId, const Node& definition)
    : ValueReader(state, std::move(logicalId)), definition_(definition),
      properties_(child(definition, "Properties")) {}

bool PropertyReader::has(const std::string& key) const {
    return properties_.IsMap() && child(properties_, key).IsDefined();
}

Value PropertyReader::value(const std::string& key) {
    if (std::find(taken_.begin(), taken_.end(), key) == taken_.end()) {
        taken_.push_back(key);
    }
    if (!has(key)) {
        return Value::null();
    }
    state().evaluator.setSubject(subject());
    Value result = state().evaluator.evaluate(child(properties_, key));
    return result.kind == Value::Kind::NoValue ? Value::null() : result;
}

std::optional<std::string> PropertyReader::text(const std::string& key) {
    const Value found = value(key);
    if (found.isNull()) {
        return std::nullopt;
    }
    return text(found, key);
}

std::optional<ResourceId> PropertyReader::id(const std::string& key) {
    const Value found = value(key);
    if (found.isNull()) {
        return std::nullopt;
    }
    return id(found, key);
}

std::vector<ResourceId> PropertyReader::ids(const std::string& key) {
    return ids(value(key), key);
}

std::optional<bool> PropertyReader::boolean(const std::string& key) {
    return boolean(value(key), key);
}

std::optional<long long> PropertyReader::integer(const std::string& key) {
    return integer(value(key), key);
}

void PropertyReader::readTags(Resource& resource) {
    const Value tags = value("Tags");
    if (tags.kind != Value::Kind::List) {
        return;
    }
    for (const Value& tag : tags.items) {
        const Value* key = tag.find("Key");
        const Value* text = tag.find("Value");
        if (key == nullptr) {
            continue;
        }
        Tag modelTag{state().evaluator.asText(*key).text,
                     text != nullptr ? state().evaluator.asText(*text).text : std::string{}};
        if (modelTag.key == "Name" && resource.name.empty()) {
            resource.name = modelTag.value;
        }
        resource.tags.push_back(std::move(modelTag));
    }
}

void PropertyReader::addMarker(const std::string& key, const std::string& value) {
    markers_.emplace_back(key, value);
}

Tree PropertyReader::finish() {
    Tree tree = mapping();
    Tree sources = mapping();
    for (const auto& entry : definition_) {
        const std::string key = entry.first.text();
        if (key != "Properties") {
            tree.entries.push_back({key, toTree(entry.second)});
            continue;
        }
        Tree rest = mapping();
        for (const auto& property : entry.second) {
            const std::string name = property.first.text();
            const bool taken = std::find(taken_.begin(), taken_.end(), name) != taken_.end();
            if (!taken) {
                rest.entries.push_back({name, toTree(property.second)});
            } else if (forcedSource_.contains(name) || usesIntrinsic(property.second)) {
                sources.entries.push_back({name, toTree(property.second)});
            }
        }
        if (!rest.entries.empty() || !entry.second.IsMap()) {
            tree.entries.push_back(
                {key, entry.second.IsMap() ? std::move(rest) : toTree(entry.second)});
        }
    }
    if (!sources.entries.empty()) {
        tree.entries.push_back({sourceKey, std::move(sources)});
    }
    for (const auto& [key, text] : markers_) {
        tree.entries.push_back({key, scalar(text)});
    }
    return tree;
}

} // namespace topograph::cfn
