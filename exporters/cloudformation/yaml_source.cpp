// SPDX-License-Identifier: Apache-2.0
#include "exporters/cloudformation/yaml_source.h"

#include "exporters/cloudformation/json_source.h"
#include "exporters/model_yaml/model_file.h"
#include "exporters/model_yaml/text_check.h"
#include "exporters/model_yaml/yaml_document.h"

#include <array>
#include <stdexcept>

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

[[noreturn]] void failAt(const std::string& fileName, const Node& node,
                         const std::string& message) {
    const SourceMark mark = node.IsDefined() ? node.Mark() : SourceMark{};
    throw ModelLoadError(LoadError{fileName, oneBased(mark.line), oneBased(mark.column), message});
}

Node parseTemplateText(std::string_view text, const std::string& fileName) {
    checkYamlText(text, fileName);
    // Strict JSON is read without yaml-cpp; anything else (errors included) takes the path
    // below, which reads it or says where it is wrong.
    if (auto json = readJsonTemplate(text)) {
        return Node(std::move(json));
    }
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
    // Written out, a value takes a byte of text or more (with its separator), so a tree with
    // far more values than the text has bytes comes from aliases: expanded here as the
    // importer reads them, so an alias bomb stops here instead of filling the memory.
    SourceMark where;
    try {
        return Node(copyYamlTree(parsed.root, 2 * text.size() + 64, &where));
    } catch (const std::length_error& error) {
        throw ModelLoadError(
            LoadError{fileName, oneBased(where.line), oneBased(where.column), error.what()});
    }
}

Node absentNode() {
    return {};
}

Node child(const Node& node, const std::string& key) {
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

bool isQuoted(const Node& node) {
    return node.IsScalar() && node.Tag() == "!";
}

std::string intrinsicTag(const Node& node) {
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

std::string functionName(const Node& node) {
    if (const std::string tag = intrinsicTag(node); !tag.empty()) {
        const std::string bare = tag.substr(1);
        return bare == "Ref" || bare == "Condition" ? bare : "Fn::" + bare;
    }
    if (node.IsMap() && node.size() == 1) {
        const std::string key = node.begin()->first.text();
        if (key == "Ref" || key.rfind("Fn::", 0) == 0) {
            return key;
        }
    }
    return {};
}

void checkFunctionNames(const Node& node, const std::string& fileName) {
    const std::string name = functionName(node);
    if (!name.empty() && !isKnownFunction(name)) {
        const std::string written = intrinsicTag(node).empty() ? name : intrinsicTag(node);
        failAt(fileName, node,
               "unknown intrinsic function " + written +
                   "; use one CloudFormation defines (Ref, Fn::GetAtt, Fn::Sub, Fn::Join, "
                   "Fn::Select, Fn::Split, Fn::Cidr, Fn::GetAZs, Fn::FindInMap, Fn::If, ...)");
    }
    if (node.IsSequence()) {
        for (const Node& item : node) {
            checkFunctionNames(item, fileName);
        }
    } else if (node.IsMap()) {
        for (const auto& entry : node) {
            checkFunctionNames(entry.second, fileName);
        }
    }
}

Tree toTree(const Node& node) {
    Tree tree;
    tree.tag = intrinsicTag(node);
    switch (node.Type()) {
    case NodeType::Scalar:
        tree.type = Tree::Type::Scalar;
        tree.scalar = node.Scalar();
        tree.quoted = isQuoted(node);
        break;
    case NodeType::Sequence:
        tree.type = Tree::Type::Sequence;
        tree.items.reserve(node.size());
        for (const Node& item : node) {
            tree.items.push_back(toTree(item));
        }
        break;
    case NodeType::Map:
        tree.type = Tree::Type::Mapping;
        tree.entries.reserve(node.size());
        for (const auto& entry : node) {
            tree.entries.push_back({entry.first.text(), toTree(entry.second)});
        }
        break;
    default:
        tree.type = Tree::Type::Null;
        break;
    }
    return tree;
}

} // namespace topograph::cfn
