// SPDX-License-Identifier: Apache-2.0
// template -> model -> template for every template of the shared corpus: every resource and
// every property comes back; values the exporter writes differently are listed and must mean
// the same (importing the export gives the same model); cfn-lint finds no error or warning in
// an export that the original does not have.
#include "cfn_lint_runner.h"
#include "exporters/cloudformation/cfn_export.h"
#include "exporters/cloudformation/cfn_import.h"
#include "exporters/model_yaml/model_file.h"

#include <algorithm>
#include <filesystem>
#include <gtest/gtest.h>
#include <iostream>
#include <map>
#include <set>
#include <unistd.h>
#include <yaml-cpp/yaml.h>

namespace topograph {
namespace {

namespace fs = std::filesystem;

const fs::path corpusDir = fs::path(TOPOGRAPH_SHARED_DIR) / "corpus" / "cfn";

std::vector<fs::path> corpusTemplates() {
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(corpusDir)) {
        const std::string extension = entry.path().extension().string();
        if (entry.is_regular_file() && (extension == ".yaml" || extension == ".json")) {
            files.push_back(entry.path());
        }
    }
    std::sort(files.begin(), files.end());
    return files;
}

std::string functionOf(const YAML::Node& node) {
    const std::string& tag = node.Tag();
    if (tag.size() > 1 && tag[0] == '!' && tag[1] != '!') {
        const std::string bare = tag.substr(1);
        return bare == "Ref" || bare == "Condition" ? bare : "Fn::" + bare;
    }
    return {};
}

/// A canonical text of a template value: short and long intrinsic forms alike, mapping keys
/// sorted, quoting and the case of booleans ignored.
std::string canonical(const YAML::Node& node) {
    const std::string function = functionOf(node);
    if (!function.empty()) {
        if (function == "Fn::GetAtt" && node.IsScalar()) {
            const std::string text = node.Scalar();
            const auto dot = text.find('.');
            return "{Fn::GetAtt:[" + text.substr(0, dot) + "," + text.substr(dot + 1) + "]}";
        }
        YAML::Node bare = YAML::Clone(node);
        bare.SetTag("");
        return "{" + function + ":" + canonical(bare) + "}";
    }
    switch (node.Type()) {
    case YAML::NodeType::Scalar: {
        std::string text = node.Scalar();
        std::string lower = text;
        std::transform(lower.begin(), lower.end(), lower.begin(),
                       [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        return lower == "true" || lower == "false" ? lower : text;
    }
    case YAML::NodeType::Sequence: {
        std::string text = "[";
        for (const YAML::Node& item : node) {
            text += canonical(item) + ",";
        }
        return text + "]";
    }
    case YAML::NodeType::Map: {
        if (node.size() == 1 && node.begin()->first.Scalar() == "Fn::GetAtt" &&
            node.begin()->second.IsScalar()) {
            const std::string text = node.begin()->second.Scalar();
            const auto dot = text.find('.');
            return "{Fn::GetAtt:[" + text.substr(0, dot) + "," + text.substr(dot + 1) + "]}";
        }
        std::map<std::string, std::string> entries;
        for (const auto& entry : node) {
            entries[entry.first.Scalar()] = canonical(entry.second);
        }
        std::string text = "{";
        for (const auto& [key, value] : entries) {
            text += key + ":" + value + ",";
        }
        return text + "}";
    }
    default:
        return "~";
    }
}

struct Comparison {
    int resources = 0;
    int properties = 0;
    std::vector<std::string> missing;   // resources or properties that did not come back
    std::vector<std::string> rewritten; // same meaning, written differently
    std::vector<std::string> added;     // properties the export adds (model values)
};

Comparison compareTemplates(const YAML::Node& original, const YAML::Node& exported) {
    Comparison result;
    const YAML::Node after = exported["Resources"];
    for (const auto& entry : original["Resources"]) {
        const std::string id = entry.first.Scalar();
        ++result.resources;
        const YAML::Node definition = after[id];
        if (!definition) {
            result.missing.push_back(id);
            continue;
        }
        for (const auto& attribute : entry.second) {
            const std::string key = attribute.first.Scalar();
            if (key == "Properties") {
                continue;
            }
            if (!definition[key]) {
                result.missing.push_back(id + "." + key);
            } else if (canonical(attribute.second) != canonical(definition[key])) {
                result.rewritten.push_back(id + "." + key + ": " + canonical(attribute.second) +
                                           " -> " + canonical(definition[key]));
            }
        }
        const YAML::Node before = entry.second["Properties"];
        const YAML::Node now = definition["Properties"];
        for (const auto& property : before) {
            const std::string key = property.first.Scalar();
            ++result.properties;
            if (!now || !now[key]) {
                result.missing.push_back(id + ".Properties." + key);
            } else if (canonical(property.second) != canonical(now[key])) {
                result.rewritten.push_back(id + "." + key + ": " + canonical(property.second) +
                                           " -> " + canonical(now[key]));
            }
        }
        for (const auto& property : now) {
            if (!before || !before[property.first.Scalar()]) {
                result.added.push_back(id + "." + property.first.Scalar() + ": " +
                                       canonical(property.second));
            }
        }
    }
    for (const char* section : {"Parameters", "Mappings", "Conditions", "Outputs", "Rules"}) {
        if (original[section] && canonical(original[section]) != canonical(exported[section])) {
            result.missing.push_back(std::string("section ") + section);
        }
    }
    return result;
}

bool sameModel(const Document& a, const Document& b) {
    if (a.size() != b.size()) {
        return false;
    }
    for (const Resource& resource : a.resources()) {
        const Resource* other = b.find(resource.id);
        if (other == nullptr || other->properties != resource.properties ||
            other->name != resource.name || other->tags != resource.tags) {
            ADD_FAILURE() << resource.id << " imports differently from the export";
            return false;
        }
    }
    return true;
}

TEST(ExportCorpus, EveryResourceAndPropertyComesBack) {
    const auto files = corpusTemplates();
    ASSERT_FALSE(files.empty()) << "no templates in " << corpusDir;
    std::cout << "| template | resources | properties | missing | rewritten | added |\n"
                 "|---|---|---|---|---|---|\n";
    for (const fs::path& file : files) {
        SCOPED_TRACE(file.filename().string());
        const ImportResult imported = importTemplateFile(file.string());
        const std::string text = exportTemplate(imported.document);
        const Comparison comparison =
            compareTemplates(YAML::LoadFile(file.string()), YAML::Load(text));
        std::cout << "| " << file.filename().string() << " | " << comparison.resources << " | "
                  << comparison.properties << " | " << comparison.missing.size() << " | "
                  << comparison.rewritten.size() << " | " << comparison.added.size() << " |\n";
        for (const std::string& line : comparison.rewritten) {
            std::cout << "    rewritten " << line << "\n";
        }
        for (const std::string& line : comparison.added) {
            std::cout << "    added " << line << "\n";
        }
        for (const std::string& line : comparison.missing) {
            ADD_FAILURE() << "lost in the round trip: " << line;
        }
        // Whatever is written differently means the same: the export imports to the model
        // the original imports to.
        const Document back = importTemplate(text, file.filename().string()).document;
        EXPECT_TRUE(sameModel(imported.document, back));
        // And the export is stable: exporting the import of the export gives the same text.
        EXPECT_EQ(exportTemplate(back), text);
    }
}

TEST(ExportCorpus, ChangedResourcesAreWrittenFromTheModel) {
    // After an edit, the kept template text no longer says what the model says: the changed
    // resources are written from the model, the rest stays as it was.
    const fs::path file = corpusDir / "ecs-fargate-private-vpc-alb-sg-refs.yaml";
    Document document = importTemplateFile(file.string()).document;
    Resource* table = nullptr;
    Resource* group = nullptr;
    for (const Resource& resource : document.resources()) {
        if (table == nullptr && resource.as<RouteTable>() != nullptr &&
            !resource.as<RouteTable>()->routes.empty()) {
            table = document.findMutable(resource.id);
        }
        if (group == nullptr && resource.as<SecurityGroup>() != nullptr) {
            group = document.findMutable(resource.id);
        }
    }
    ASSERT_NE(table, nullptr);
    ASSERT_NE(group, nullptr);
    table->as<RouteTable>()->routes.front().destination = "192.0.2.0/24";
    table->as<RouteTable>()->routes.push_back({"198.51.100.0/24", RouteTargetKind::Blackhole, ""});
    group->as<SecurityGroup>()->ingress.push_back(
        {IpProtocol{IpProtocol::Udp}, PortRange{53, 53}, SgPeerKind::Cidr, "10.0.0.0/8", "DNS"});
    const std::string text = exportTemplate(document);
    const Document back = importTemplate(text, file.filename().string()).document;
    EXPECT_TRUE(sameModel(document, back));
    const YAML::Node original = YAML::LoadFile(file.string());
    const YAML::Node exported = YAML::Load(text);
    for (const auto& entry : original["Resources"]) {
        EXPECT_TRUE(exported["Resources"][entry.first.Scalar()])
            << entry.first.Scalar() << " was dropped";
    }
}

TEST(ExportCorpus, CfnLintFindsNothingNew) {
    const auto linter = testing::findCfnLint();
    ASSERT_TRUE(linter.has_value()) << testing::cfnLintMissingMessage();
    const fs::path folder =
        fs::temp_directory_path() / ("topograph-cfn-export-corpus-" + std::to_string(::getpid()));
    fs::create_directories(folder);
    std::vector<fs::path> originals;
    std::vector<fs::path> exports;
    for (const fs::path& file : corpusTemplates()) {
        originals.push_back(file);
        const fs::path out =
            folder / (file.stem().string() + "-" + file.extension().string().substr(1) + ".yaml");
        exportTemplateFile(importTemplateFile(file.string()).document, out.string());
        exports.push_back(out);
    }
    auto rulesByFile = [](const std::vector<testing::LintMessage>& messages) {
        std::map<std::string, std::multiset<std::string>> result;
        for (const auto& message : messages) {
            // Warnings too: the export adds none that the original does not have.
            result[fs::path(message.file).filename().string()].insert(message.rule);
        }
        return result;
    };
    const auto before = rulesByFile(testing::runCfnLint(*linter, originals));
    const auto afterMessages = testing::runCfnLint(*linter, exports);
    const auto after = rulesByFile(afterMessages);
    std::cout << "cfn-lint on " << exports.size() << " re-exported corpus templates:\n";
    for (const auto& message : afterMessages) {
        std::cout << "  " << fs::path(message.file).filename().string() << ":" << message.line
                  << " " << message.rule << " " << message.message << "\n";
    }
    for (std::size_t i = 0; i < originals.size(); ++i) {
        const std::string original = originals[i].filename().string();
        const std::string exported = exports[i].filename().string();
        const auto found = after.find(exported);
        if (found == after.end()) {
            continue;
        }
        const auto known = before.find(original);
        for (const std::string& rule : found->second) {
            const std::size_t allowed = known == before.end() ? 0 : known->second.count(rule);
            EXPECT_LE(found->second.count(rule), allowed)
                << exported << ": " << rule << " is not in " << original;
        }
    }
    fs::remove_all(folder);
}

} // namespace
} // namespace topograph
