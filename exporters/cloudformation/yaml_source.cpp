// SPDX-License-Identifier: Apache-2.0
#include "exporters/cloudformation/yaml_source.h"

#include "exporters/model_yaml/model_file.h"
#include "exporters/model_yaml/text_check.h"
#include "exporters/model_yaml/yaml_document.h"

#include <array>

namespace topograph::cfn {

namespace {

constexpr std::array knownFunctions{// Functions that may appear in resources and outputs.
                                    "Ref", "Fn::GetAtt", "Fn::Sub", "Fn::Join", "Fn::Select",
                                    "Fn::Split", "Fn::Cidr", "Fn::GetAZs", "Fn::FindInMap",
                                    "Fn::If", "Fn::ImportValue", "Fn::Base64", "Fn::Transform",
                                    // Condition functions.
                                    "Fn::Equals", "Fn::And", "Fn::Or", "Fn::Not", "Condition",
                                    // AWS::LanguageExtensions.
                                    "Fn::Length", "Fn::ToJsonString",
                                    // Rule functions (the Rules section).
                                    "Fn::Contains", "Fn::EachMemberEquals", "Fn::EachMemberIn",
                                    "Fn::RefAll", "Fn::ValueOf", "Fn::ValueOfAll"};

/// Positions are 1-based; an unknown position (an empty document) is reported as 1:1.
int oneBased(int zeroBased) {
    return zeroBased >= 0 ? zeroBased + 1 : 1;
}

} // namespace

[[noreturn]] void failAt(const std::string& fileName, const YAML::Node& node,
                         const std::string& message) {
    const YAML::Mark mark = node.IsDefined() ? node.Mark() : YAML::Mark::null_mark();
    throw ModelLoadError(LoadError{fileName, oneBased(mark.line), oneBased(mark.column), message});
}

YAML::Node parseTemplateText(std::string_view text, const std::string& fileName) {
    checkYamlText(text, fileName);
    SingleYamlDocument parsed;
    try {
        parsed = loadSingleYamlDocument(text);
    } catch (const YAML::ParserException& error) {
        throw ModelLoadError(LoadError{fileName, oneBased(error.mark.line),
                                       oneBased(error.mark.column),
                                       "the template is not valid YAML or JSON: " + error.msg +
                                           "; fix the syntax at this position"});
    } catch (const YAML::Exception& error) {
        throw ModelLoadError(LoadError{fileName, oneBased(error.mark.line),
                                       oneBased(error.mark.column),
                                       "the template cannot be read: " + error.msg});
    }
    if (parsed.hasSecondDocument) {
        throw ModelLoadError(LoadError{fileName, oneBased(parsed.secondStart.line),
                                       oneBased(parsed.secondStart.column),
                                       describeSecondDocument(parsed, text, "a template")});
    }
    return parsed.root;
}

YAML::Node absentNode() {
    return YAML::Node(YAML::NodeType::Undefined);
}

YAML::Node child(const YAML::Node& node, const std::string& key) {
    if (!node.IsDefined() || !node.IsMap()) {
        return absentNode();
    }
    for (const auto& entry : node) {
        if (entry.first.IsScalar() && entry.first.Scalar() == key) {
            return entry.second;
        }
    }
    return absentNode();
}

bool isQuoted(const YAML::Node& node) {
    return node.IsScalar() && node.Tag() == "!";
}

std::string intrinsicTag(const YAML::Node& node) {
    const std::string& tag = node.Tag();
    if (tag.size() < 2 || tag[0] != '!' || tag.rfind("!!", 0) == 0) {
        return {};
    }
    return tag;
}

bool isKnownFunction(const std::string& longName) {
    for (const char* name : knownFunctions) {
        if (longName == name) {
            return true;
        }
    }
    return false;
}

std::string functionName(const YAML::Node& node) {
    if (const std::string tag = intrinsicTag(node); !tag.empty()) {
        const std::string bare = tag.substr(1);
        return bare == "Ref" || bare == "Condition" ? bare : "Fn::" + bare;
    }
    if (node.IsMap() && node.size() == 1) {
        const std::string key = node.begin()->first.as<std::string>("");
        if (key == "Ref" || key.rfind("Fn::", 0) == 0) {
            return key;
        }
    }
    return {};
}

void checkFunctionNames(const YAML::Node& node, const std::string& fileName) {
    const std::string name = functionName(node);
    if (!name.empty() && !isKnownFunction(name)) {
        const std::string written = intrinsicTag(node).empty() ? name : intrinsicTag(node);
        failAt(fileName, node,
               "unknown intrinsic function " + written +
                   "; use one CloudFormation defines (Ref, Fn::GetAtt, Fn::Sub, Fn::Join, "
                   "Fn::Select, Fn::Split, Fn::Cidr, Fn::GetAZs, Fn::FindInMap, Fn::If, ...)");
    }
    if (node.IsSequence()) {
        for (const YAML::Node& item : node) {
            checkFunctionNames(item, fileName);
        }
    } else if (node.IsMap()) {
        for (const auto& entry : node) {
            checkFunctionNames(entry.second, fileName);
        }
    }
}

Tree toTree(const YAML::Node& node) {
    Tree tree;
    tree.tag = intrinsicTag(node);
    switch (node.Type()) {
    case YAML::NodeType::Scalar:
        tree.type = Tree::Type::Scalar;
        tree.scalar = node.Scalar();
        tree.quoted = isQuoted(node);
        break;
    case YAML::NodeType::Sequence:
        tree.type = Tree::Type::Sequence;
        for (const YAML::Node& item : node) {
            tree.items.push_back(toTree(item));
        }
        break;
    case YAML::NodeType::Map:
        tree.type = Tree::Type::Mapping;
        for (const auto& entry : node) {
            tree.entries.push_back({entry.first.as<std::string>(""), toTree(entry.second)});
        }
        break;
    default:
        tree.type = Tree::Type::Null;
        break;
    }
    return tree;
}

} // namespace topograph::cfn
