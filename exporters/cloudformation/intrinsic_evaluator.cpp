// SPDX-License-Identifier: Apache-2.0
#include "exporters/cloudformation/intrinsic_evaluator.h"

#include "exporters/cloudformation/static_functions.h"
#include "exporters/cloudformation/yaml_source.h"

namespace topograph::cfn {

namespace {

std::string scalarOf(const Node& node) {
    return node.IsScalar() ? node.Scalar() : std::string{};
}

bool isListParameterType(const std::string& type) {
    return type == "CommaDelimitedList" || type.rfind("List<", 0) == 0 ||
           type.find("::Value<List<") != std::string::npos ||
           type.find("::Value<CommaDelimitedList>") != std::string::npos;
}

std::vector<Value> literalList(const std::vector<std::string>& texts) {
    std::vector<Value> items;
    for (const std::string& text : texts) {
        items.push_back(Value::literal(text));
    }
    return items;
}

std::string trimmed(const std::string& text) {
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string::npos) {
        return {};
    }
    return text.substr(first, text.find_last_not_of(" \t") - first + 1);
}

/// The attributes whose value is a property of the same resource, by resource type.
struct StaticAttribute {
    const char* type;
    const char* attribute;
    const char* property;
};

constexpr StaticAttribute staticAttributes[] = {
    {"AWS::EC2::VPC", "CidrBlock", "CidrBlock"},
    {"AWS::EC2::Subnet", "CidrBlock", "CidrBlock"},
    {"AWS::EC2::Subnet", "AvailabilityZone", "AvailabilityZone"},
    {"AWS::EC2::Subnet", "VpcId", "VpcId"},
    {"AWS::EC2::SecurityGroup", "VpcId", "VpcId"},
    {"AWS::EC2::Instance", "PrivateIp", "PrivateIpAddress"},
    {"AWS::EC2::Instance", "AvailabilityZone", "AvailabilityZone"},
    {"AWS::EC2::Instance", "PublicIp", "Topograph::Unknown"},
    {"AWS::EC2::EIP", "PublicIp", "Topograph::Unknown"},
};

} // namespace

Evaluator::Evaluator(const Node& templateRoot, const ImportOptions& options, std::string stackName,
                     NoteSink& notes)
    : root_(templateRoot), options_(options), stackName_(std::move(stackName)), notes_(notes) {
    parameters_ = child(root_, "Parameters");
    mappings_ = child(root_, "Mappings");
    conditions_ = child(root_, "Conditions");
    resources_ = child(root_, "Resources");
    if (resources_.IsMap()) {
        for (const auto& entry : resources_) {
            const Node type = entry.second.IsMap() ? child(entry.second, "Type") : absentNode();
            resourceTypes_[entry.first.text()] = scalarOf(type);
        }
    }
}

std::string Evaluator::resourceType(const std::string& logicalId) const {
    const auto found = resourceTypes_.find(logicalId);
    return found == resourceTypes_.end() ? std::string{} : found->second;
}

void Evaluator::note(const std::string& code, const std::string& message, const std::string& fix,
                     Severity severity) {
    std::vector<std::string> about;
    if (!subject_.empty()) {
        about.push_back(subject_);
    }
    notes_.add(severity, code, std::move(about), message, fix);
}

Value Evaluator::evaluate(const Node& node) {
    if (!node.IsDefined()) {
        return Value::null();
    }
    if (const std::string function = functionName(node); !function.empty()) {
        if (function == "Fn::Equals" || function == "Fn::And" || function == "Fn::Or" ||
            function == "Fn::Not" || function == "Condition") {
            const std::optional<bool> result = evaluateCondition(node);
            return result ? Value::literal(*result ? "true" : "false")
                          : Value::symbol(function + "(...)");
        }
        if (intrinsicTag(node).empty()) {
            return call(function, node.begin()->second); // a long form: the only key's value
        }
        // A short form's argument is the tagged node itself, read without its tag (it may
        // still be a long-form call: "!GetAZs {Ref: AWS::Region}").
        return call(function, node.withoutTag());
    }
    return evaluateStructure(node);
}

Value Evaluator::evaluateStructure(const Node& node) {
    switch (node.Type()) {
    case NodeType::Scalar:
        return Value::literal(node.Scalar());
    case NodeType::Sequence: {
        Value list = Value::list({});
        for (const Node& item : node) {
            Value value = evaluate(item);
            if (value.kind != Value::Kind::NoValue) {
                list.items.push_back(std::move(value));
            }
        }
        return list;
    }
    case NodeType::Map: {
        Value map;
        map.kind = Value::Kind::Map;
        for (const auto& entry : node) {
            Value value = evaluate(entry.second);
            if (value.kind != Value::Kind::NoValue) {
                map.entries.emplace_back(entry.first.text(), std::move(value));
            }
        }
        return map;
    }
    default:
        return Value::null();
    }
}

Value Evaluator::call(const std::string& function, const Node& argument) {
    if (function == "Ref") {
        return ref(trimmed(asText(evaluate(argument)).text));
    }
    if (function == "Fn::GetAtt") {
        return getAtt(argument);
    }
    if (function == "Fn::Sub") {
        return sub(argument);
    }
    if (function == "Fn::Join") {
        return join(argument);
    }
    if (function == "Fn::Select") {
        return select(argument);
    }
    if (function == "Fn::Split") {
        return split(argument);
    }
    if (function == "Fn::Cidr") {
        return cidr(argument);
    }
    if (function == "Fn::GetAZs") {
        return getAzs(argument);
    }
    if (function == "Fn::FindInMap") {
        return findInMap(argument);
    }
    if (function == "Fn::If") {
        return ifFunction(argument);
    }
    if (function == "Fn::ImportValue") {
        return importValue(argument);
    }
    if (function == "Fn::Base64") {
        return base64(argument);
    }
    return unsupported(function);
}

Value Evaluator::unsupported(const std::string& function) {
    note("UNSUPPORTED_INTRINSIC",
         function + " is not evaluated by the importer; the value is kept symbolic",
         "Replace it with a literal value if the diagram needs it.");
    return Value::symbol(function + "(...)");
}

std::optional<Value> Evaluator::pseudoParameter(const std::string& name) const {
    if (name == "AWS::Region") {
        return Value::literal(options_.region);
    }
    if (name == "AWS::AccountId") {
        return Value::literal(options_.accountId);
    }
    if (name == "AWS::StackName") {
        return Value::literal(stackName_);
    }
    if (name == "AWS::StackId") {
        return Value::literal("arn:" + partitionOf(options_.region) +
                              ":cloudformation:" + options_.region + ":" + options_.accountId +
                              ":stack/" + stackName_ + "/00000000-0000-0000-0000-000000000000");
    }
    if (name == "AWS::Partition") {
        return Value::literal(partitionOf(options_.region));
    }
    if (name == "AWS::URLSuffix") {
        return Value::literal(urlSuffixOf(options_.region));
    }
    if (name == "AWS::NotificationARNs") {
        return Value::list({});
    }
    if (name == "AWS::NoValue") {
        return Value::noValue();
    }
    return std::nullopt;
}

Value Evaluator::ref(const std::string& name) {
    if (auto pseudo = pseudoParameter(name)) {
        return *pseudo;
    }
    if (parameters_.IsMap() && child(parameters_, name).IsDefined()) {
        return parameter(name);
    }
    if (resourceTypes_.contains(name)) {
        return Value::reference(name);
    }
    note("UNRESOLVED_VALUE",
         "Ref names '" + name + "', which is neither a parameter nor a resource",
         "Declare the parameter or resource, or correct the name.", Severity::Warning);
    return Value::symbol(name);
}

Value Evaluator::parameter(const std::string& name) {
    if (const auto cached = parameterCache_.find(name); cached != parameterCache_.end()) {
        return cached->second;
    }
    const Node declaration = child(parameters_, name);
    const std::string type = scalarOf(child(declaration, "Type"));
    const bool isList = isListParameterType(type);
    Value value;
    std::optional<std::string> text;
    if (const auto given = options_.parameters.find(name); given != options_.parameters.end()) {
        text = given->second;
    } else if (const Node fallback = child(declaration, "Default");
               fallback.IsDefined() && !fallback.IsNull()) {
        if (fallback.IsSequence()) {
            value = evaluateStructure(fallback);
        } else {
            text = scalarOf(fallback);
        }
    } else if (type == "List<AWS::EC2::AvailabilityZone::Name>" ||
               type == "AWS::EC2::AvailabilityZone::Name") {
        const auto zones = availabilityZones(options_.region, options_.availabilityZones);
        value = type == "AWS::EC2::AvailabilityZone::Name" ? Value::literal(zones.front())
                                                           : Value::list(literalList(zones));
        notes_.info("PARAMETER_ASSUMED", {},
                    "parameter " + name + " has no default; assumed to be the zones of " +
                        options_.region + " (" + symbolBody(value) + ")",
                    "Pass the value with the import options to use other zones.");
    } else {
        value = Value::symbol(name);
        notes_.info("UNRESOLVED_VALUE", {},
                    "parameter " + name + " has no default; values that use it stay symbolic (${" +
                        name + "})",
                    "Pass a value for " + name + " with the import options.");
    }
    if (text) {
        value = isList ? Value::list(literalList([&] {
            std::vector<std::string> pieces;
            if (!text->empty()) {
                for (const std::string& piece : splitText(*text, ",")) {
                    pieces.push_back(trimmed(piece));
                }
            }
            return pieces;
        }()))
                       : Value::literal(*text);
    }
    parameterCache_[name] = value;
    return value;
}

Value Evaluator::getAtt(const Node& argument) {
    std::string logicalId;
    std::string attribute;
    if (argument.IsSequence() && argument.size() >= 2) {
        logicalId = trimmed(asText(evaluate(argument[0])).text);
        attribute = asText(evaluate(argument[1])).text;
    } else {
        const std::string text = asText(evaluate(argument)).text;
        const auto dot = text.find('.');
        logicalId = text.substr(0, dot);
        attribute = dot == std::string::npos ? std::string{} : text.substr(dot + 1);
    }
    if (!resourceTypes_.contains(logicalId)) {
        note("UNRESOLVED_VALUE",
             "Fn::GetAtt names '" + logicalId + "', which is not a resource of the template",
             "Correct the logical id.", Severity::Warning);
        return Value::symbol(logicalId + "." + attribute);
    }
    return Value::reference(logicalId, attribute);
}

std::optional<Value> Evaluator::staticAttribute(const std::string& logicalId,
                                                const std::string& attribute) {
    const std::string type = resourceType(logicalId);
    for (const StaticAttribute& known : staticAttributes) {
        if (type != known.type || attribute != known.attribute) {
            continue;
        }
        const Node property =
            child(child(child(resources_, logicalId), "Properties"), known.property);
        const std::string key = logicalId + "." + attribute;
        if (!property.IsDefined() || attributesInProgress_.contains(key)) {
            return std::nullopt;
        }
        attributesInProgress_.insert(key);
        Value value = evaluate(property);
        attributesInProgress_.erase(key);
        return value;
    }
    return std::nullopt;
}

Value Evaluator::asText(const Value& value) {
    switch (value.kind) {
    case Value::Kind::Text:
        return value;
    case Value::Kind::Null:
    case Value::Kind::NoValue:
        return Value::literal("");
    case Value::Kind::Reference: {
        if (!value.attribute.empty()) {
            if (auto known = staticAttribute(value.resource, value.attribute)) {
                return asText(*known);
            }
        }
        return Value::symbol(symbolBody(value));
    }
    case Value::Kind::List: {
        Value joined = Value::literal("");
        for (std::size_t i = 0; i < value.items.size(); ++i) {
            const Value item = asText(value.items[i]);
            joined.text += (i == 0 ? "" : ",") + item.text;
            joined.symbolic = joined.symbolic || item.symbolic;
        }
        return joined;
    }
    case Value::Kind::Map:
        return Value::symbol("{...}");
    }
    return Value::literal("");
}

std::optional<std::vector<Value>> Evaluator::listItems(const Value& value) {
    if (value.kind == Value::Kind::List) {
        return value.items;
    }
    if (value.kind == Value::Kind::Text && !value.symbolic) {
        // A list parameter given as one text: CloudFormation splits it on commas.
        return literalList(splitText(value.text, ","));
    }
    return std::nullopt;
}

Value Evaluator::sub(const Node& argument) {
    std::string pattern;
    std::map<std::string, Value> variables;
    if (argument.IsSequence()) {
        pattern = asText(evaluate(argument[0])).text;
        if (argument.size() > 1 && argument[1].IsMap()) {
            for (const auto& entry : argument[1]) {
                variables[entry.first.text()] = evaluate(entry.second);
            }
        }
    } else {
        pattern = scalarOf(argument);
    }
    auto lookup = [&](const std::string& name) -> Value {
        if (const auto found = variables.find(name); found != variables.end()) {
            return found->second;
        }
        if (name.find('.') != std::string::npos && !pseudoParameter(name) &&
            !(parameters_.IsMap() && child(parameters_, name).IsDefined())) {
            const Node attribute = Node::plainScalar(name);
            return getAtt(attribute);
        }
        return ref(name);
    };
    // "${Name}" alone keeps what it names (a reference stays a reference).
    if (pattern.size() > 3 && pattern.rfind("${", 0) == 0 && pattern.back() == '}' &&
        pattern.find("${", 2) == std::string::npos && pattern[2] != '!') {
        return lookup(trimmed(pattern.substr(2, pattern.size() - 3)));
    }
    Value result = Value::literal("");
    std::size_t position = 0;
    while (position < pattern.size()) {
        const std::size_t open = pattern.find("${", position);
        if (open == std::string::npos) {
            result.text += pattern.substr(position);
            break;
        }
        result.text += pattern.substr(position, open - position);
        const std::size_t close = pattern.find('}', open);
        if (close == std::string::npos) {
            result.text += pattern.substr(open);
            break;
        }
        const std::string name = pattern.substr(open + 2, close - open - 2);
        if (!name.empty() && name[0] == '!') {
            result.text += "${" + name.substr(1) + "}"; // "${!Literal}" writes "${Literal}"
        } else {
            const Value part = asText(lookup(trimmed(name)));
            result.text += part.text;
            result.symbolic = result.symbolic || part.symbolic;
        }
        position = close + 1;
    }
    return result;
}

Value Evaluator::join(const Node& argument) {
    if (!argument.IsSequence() || argument.size() != 2) {
        note("UNRESOLVED_VALUE", "Fn::Join needs [delimiter, list]", {}, Severity::Warning);
        return Value::symbol("Join(...)");
    }
    const std::string delimiter = asText(evaluate(argument[0])).text;
    const Value list = evaluate(argument[1]);
    const auto items = listItems(list);
    if (!items) {
        return Value::symbol("Join('" + delimiter + "', " + symbolBody(asText(list)) + ")");
    }
    Value result = Value::literal("");
    for (std::size_t i = 0; i < items->size(); ++i) {
        const Value part = asText((*items)[i]);
        result.text += (i == 0 ? "" : delimiter) + part.text;
        result.symbolic = result.symbolic || part.symbolic;
    }
    return result;
}

Value Evaluator::select(const Node& argument) {
    if (!argument.IsSequence() || argument.size() != 2) {
        note("UNRESOLVED_VALUE", "Fn::Select needs [index, list]", {}, Severity::Warning);
        return Value::symbol("Select(...)");
    }
    const Value indexText = asText(evaluate(argument[0]));
    const Value list = evaluate(argument[1]);
    const auto index = parseInteger(indexText.text);
    const auto items = listItems(list);
    if (!index || indexText.symbolic || !items) {
        const std::string body =
            list.kind == Value::Kind::List ? symbolBody(list) : symbolBody(asText(list));
        return Value::symbol(body + "[" + symbolBody(indexText) + "]");
    }
    if (*index < 0 || static_cast<std::size_t>(*index) >= items->size()) {
        note("UNRESOLVED_VALUE",
             "Fn::Select index " + std::to_string(*index) + " is outside a list of " +
                 std::to_string(items->size()) + " items",
             "Use an index below the list's length.", Severity::Warning);
        return Value::symbol(symbolBody(list) + "[" + std::to_string(*index) + "]");
    }
    return (*items)[static_cast<std::size_t>(*index)];
}

Value Evaluator::split(const Node& argument) {
    if (!argument.IsSequence() || argument.size() != 2) {
        note("UNRESOLVED_VALUE", "Fn::Split needs [delimiter, text]", {}, Severity::Warning);
        return Value::symbol("Split(...)");
    }
    const std::string delimiter = asText(evaluate(argument[0])).text;
    const Value source = asText(evaluate(argument[1]));
    if (source.symbolic) {
        return Value::symbol("Split('" + delimiter + "', " + symbolBody(source) + ")");
    }
    return Value::list(literalList(splitText(source.text, delimiter)));
}

Value Evaluator::cidr(const Node& argument) {
    if (!argument.IsSequence() || argument.size() != 3) {
        note("UNRESOLVED_VALUE", "Fn::Cidr needs [ipBlock, count, cidrBits]", {},
             Severity::Warning);
        return Value::symbol("Cidr(...)");
    }
    const Value block = asText(evaluate(argument[0]));
    const Value count = asText(evaluate(argument[1]));
    const Value bits = asText(evaluate(argument[2]));
    const std::string body =
        "Cidr(" + symbolBody(block) + ", " + symbolBody(count) + ", " + symbolBody(bits) + ")";
    if (block.symbolic || count.symbolic || bits.symbolic) {
        return Value::symbol(body);
    }
    const auto countNumber = parseInteger(count.text);
    const auto bitsNumber = parseInteger(bits.text);
    std::string error = "Fn::Cidr: count and cidrBits must be whole numbers";
    std::optional<std::vector<std::string>> blocks;
    if (countNumber && bitsNumber) {
        blocks = cidrBlocks(block.text, *countNumber, *bitsNumber, error);
    }
    if (!blocks) {
        note("UNRESOLVED_VALUE", error, "Correct the Fn::Cidr arguments.", Severity::Warning);
        return Value::symbol(body);
    }
    return Value::list(literalList(*blocks));
}

Value Evaluator::getAzs(const Node& argument) {
    // `!GetAZs` with no argument, `"Fn::GetAZs": ""` and `"Fn::GetAZs": null` all mean the
    // stack's region.
    const Value region = asText(evaluate(argument));
    if (region.symbolic) {
        return Value::symbol("GetAZs(" + symbolBody(region) + ")");
    }
    const std::string name = region.text.empty() ? options_.region : region.text;
    return Value::list(literalList(availabilityZones(name, options_.availabilityZones)));
}

Value Evaluator::findInMap(const Node& argument) {
    if (!argument.IsSequence() || argument.size() < 3) {
        note("UNRESOLVED_VALUE", "Fn::FindInMap needs [map, top-level key, second-level key]", {},
             Severity::Warning);
        return Value::symbol("FindInMap(...)");
    }
    const Value map = asText(evaluate(argument[0]));
    const Value top = asText(evaluate(argument[1]));
    const Value second = asText(evaluate(argument[2]));
    const std::string body =
        "FindInMap(" + symbolBody(map) + ", " + symbolBody(top) + ", " + symbolBody(second) + ")";
    if (map.symbolic || top.symbolic || second.symbolic) {
        return Value::symbol(body);
    }
    const Node found = mappings_.IsMap() ? child(mappings_, map.text) : absentNode();
    const Node level = found.IsMap() ? child(found, top.text) : absentNode();
    const Node entry = level.IsMap() ? child(level, second.text) : absentNode();
    if (entry.IsDefined()) {
        return evaluate(entry);
    }
    if (argument.size() > 3 && argument[3].IsMap() &&
        child(argument[3], "DefaultValue").IsDefined()) {
        return evaluate(child(argument[3], "DefaultValue"));
    }
    note("UNRESOLVED_VALUE", "Fn::FindInMap finds nothing at " + body,
         "Add the entry to the Mappings section.", Severity::Warning);
    return Value::symbol(body);
}

Value Evaluator::ifFunction(const Node& argument) {
    if (!argument.IsSequence() || argument.size() != 3) {
        note("UNRESOLVED_VALUE", "Fn::If needs [condition, value if true, value if false]", {},
             Severity::Warning);
        return Value::symbol("If(...)");
    }
    const bool holds = conditionOrAssumeTrue(trimmed(scalarOf(argument[0])));
    return evaluate(argument[holds ? 1 : 2]);
}

Value Evaluator::importValue(const Node& argument) {
    const Value name = asText(evaluate(argument));
    return Value::symbol("ImportValue:" + name.text);
}

Value Evaluator::base64(const Node& argument) {
    const Value text = asText(evaluate(argument));
    if (text.symbolic) {
        return Value::symbol("Base64(" + symbolBody(text) + ")");
    }
    return Value::literal(base64Encode(text.text));
}

std::optional<bool> Evaluator::condition(const std::string& name) {
    if (const auto cached = conditionCache_.find(name); cached != conditionCache_.end()) {
        return cached->second;
    }
    const Node definition = conditions_.IsMap() ? child(conditions_, name) : absentNode();
    if (!definition.IsDefined() || conditionsInProgress_.contains(name)) {
        notes_.warning("UNRESOLVED_VALUE",
                       subject_.empty() ? std::vector<std::string>{}
                                        : std::vector<std::string>{subject_},
                       "condition '" + name + "' is not defined (or defined in terms of itself)",
                       "Define the condition in the Conditions section.");
        return std::nullopt;
    }
    conditionsInProgress_.insert(name);
    const std::optional<bool> result = evaluateCondition(definition);
    conditionsInProgress_.erase(name);
    conditionCache_[name] = result;
    return result;
}

bool Evaluator::conditionOrAssumeTrue(const std::string& name) {
    const std::optional<bool> result = condition(name);
    if (result) {
        return *result;
    }
    note("CONDITION_ASSUMED",
         "condition '" + name + "' depends on values unknown before deployment; assumed true",
         "Pass the parameters it depends on with the import options.");
    return true;
}

std::optional<bool> Evaluator::evaluateCondition(const Node& node) {
    std::string function = functionName(node);
    Node argument;
    if (function.empty() && node.IsMap() && node.size() == 1 &&
        node.begin()->first.text() == "Condition") {
        function = "Condition";
    }
    if (!intrinsicTag(node).empty()) {
        argument = node;
    } else if (node.IsMap() && node.size() == 1) {
        argument = node.begin()->second;
    }
    if (function == "Condition") {
        return condition(trimmed(scalarOf(argument)));
    }
    if (function == "Fn::Equals") {
        if (!argument.IsSequence() || argument.size() != 2) {
            return std::nullopt;
        }
        const Value left = asText(evaluate(argument[0]));
        const Value right = asText(evaluate(argument[1]));
        if (left.symbolic || right.symbolic) {
            return std::nullopt;
        }
        return left.text == right.text;
    }
    if (function == "Fn::Not") {
        const Node inner = argument.IsSequence() ? argument[0] : argument;
        const auto value = evaluateCondition(inner);
        return value ? std::optional<bool>(!*value) : std::nullopt;
    }
    if (function == "Fn::And" || function == "Fn::Or") {
        const bool isAnd = function == "Fn::And";
        bool unknown = false;
        for (const Node& item : argument) {
            const auto value = evaluateCondition(item);
            if (!value) {
                unknown = true;
            } else if (*value != isAnd) {
                return !isAnd; // a false in And, a true in Or decides
            }
        }
        return unknown ? std::nullopt : std::optional<bool>(isAnd);
    }
    // A literal or another function used as a condition: its text must be "true" or "false".
    const Value value = asText(evaluate(node));
    if (value.symbolic) {
        return std::nullopt;
    }
    if (value.text == "true" || value.text == "false") {
        return value.text == "true";
    }
    return std::nullopt;
}

} // namespace topograph::cfn
