// SPDX-License-Identifier: Apache-2.0
#include "exporters/cloudformation/cfn_import.h"

#include "exporters/cloudformation/cfn_export.h"
#include "exporters/cloudformation/diagram_metadata.h"
#include "exporters/cloudformation/import_state.h"
#include "exporters/cloudformation/resource_mappers.h"
#include "exporters/cloudformation/template_tree.h"
#include "exporters/cloudformation/yaml_source.h"
#include "exporters/io/atomic_file.h"
#include "exporters/io/utf8.h"
#include "exporters/model_yaml/model_file.h"
#include "exporters/model_yaml/text_check.h"

#include <filesystem>
#include <set>

namespace topograph {

namespace {

using namespace cfn;

/// "Fn::ForEach::Name" entries of Resources (AWS::LanguageExtensions) expand at deployment.
bool isForEach(const std::string& key) {
    return key.rfind("Fn::ForEach::", 0) == 0;
}

Node checkedResources(const Node& root, const std::string& fileName) {
    if (!root.IsMap()) {
        failAt(fileName, root,
               "a CloudFormation template must be a mapping with a Resources section; this "
               "file holds something else");
    }
    const Node resources = child(root, "Resources");
    if (!resources.IsDefined()) {
        failAt(fileName, root,
               "the template has no Resources section; declare the resources under "
               "'Resources:'");
    }
    if (!resources.IsMap()) {
        failAt(fileName, resources,
               "Resources must be a mapping from logical ids to resource definitions");
    }
    std::set<std::string> seen;
    for (const auto& entry : resources) {
        const std::string id = entry.first.text();
        if (isForEach(id)) {
            continue;
        }
        if (!seen.insert(id).second) {
            failAt(fileName, entry.first,
                   "resource " + id + " is declared twice; logical ids must be unique");
        }
        const Node definition = entry.second;
        if (!definition.IsMap()) {
            failAt(fileName,
                   definition.IsDefined() && !definition.IsNull() ? definition : entry.first,
                   "resource " + id + " must be a mapping with Type and Properties");
        }
        const Node type = child(definition, "Type");
        if (!type.IsDefined()) {
            failAt(fileName, entry.first,
                   "resource " + id + " has no Type; add one, for example 'Type: AWS::EC2::VPC'");
        }
        if (!type.IsScalar() || type.Scalar().empty()) {
            failAt(fileName, type, "resource " + id + " Type must be a resource type name");
        }
        const Node properties = child(definition, "Properties");
        if (properties.IsDefined() && (properties.IsScalar() || properties.IsSequence())) {
            failAt(fileName, properties, "resource " + id + " Properties must be a mapping");
        }
    }
    for (const char* section : {"Resources", "Outputs", "Conditions", "Rules"}) {
        if (child(root, section).IsDefined()) {
            checkFunctionNames(child(root, section), fileName);
        }
    }
    return resources;
}

Tree templateSections(const Node& root) {
    Tree sections;
    sections.type = Tree::Type::Mapping;
    for (const auto& entry : root) {
        const std::string key = entry.first.text();
        if (key != "Resources") {
            sections.entries.push_back({key, toTree(entry.second)});
            continue;
        }
        // Resources are in the model; only entries the importer cannot expand stay here.
        Tree unexpanded;
        unexpanded.type = Tree::Type::Mapping;
        for (const auto& resource : entry.second) {
            const std::string id = resource.first.text();
            if (isForEach(id)) {
                unexpanded.entries.push_back({id, toTree(resource.second)});
            }
        }
        if (!unexpanded.entries.empty()) {
            sections.entries.push_back({key, std::move(unexpanded)});
        }
    }
    return sections;
}

Resource externalResource(const std::string& id, const std::string& type, const Node& definition) {
    Resource resource;
    resource.id = id;
    resource.properties = ExternalResource{type};
    resource.cloudFormation = toTree(definition);
    return resource;
}

/// A template exported by Topograph carries its diagram in one Metadata key: applied to the
/// document (ids, containers, geometry) instead of being kept verbatim.
void restoreDiagram(Document& document) {
    Tree* metadata = document.cloudFormation.find("Metadata");
    const Tree* diagram = metadata != nullptr ? metadata->find(diagramMetadataKey) : nullptr;
    if (diagram == nullptr) {
        return;
    }
    const Tree kept = *diagram;
    removeEntry(*metadata, diagramMetadataKey);
    if (metadata->entries.empty()) {
        removeEntry(document.cloudFormation, "Metadata");
    }
    applyDiagramMetadata(document, kept);
}

std::string stemOf(const std::string& fileName) {
    std::string stem = std::filesystem::path(fileName).stem().string();
    return stem.empty() ? std::string("stack") : stem;
}

} // namespace

ImportResult importTemplate(std::string_view text, const std::string& fileName,
                            const ImportOptions& options) {
    const Node root = parseTemplateText(text, fileName);
    const Node resources = checkedResources(root, fileName);

    NoteSink notes;
    const std::string stackName = options.stackName.empty() ? stemOf(fileName) : options.stackName;
    Evaluator evaluator(root, options, stackName, notes);
    ImportState state{fileName, evaluator, notes, {}, {}, {}, {}, {}, {}};
    state.keepTemplateDetails = options.keepTemplateDetails;

    Document document;
    document.title = stackName;
    if (const Node description = child(root, "Description"); description.IsScalar()) {
        document.description = description.Scalar();
    }
    document.cloudFormation = templateSections(root);

    // Decide what becomes of every resource before mapping any, so that references know
    // which logical ids are model resources.
    std::vector<std::pair<std::string, Disposition>> plan;
    std::set<std::string> conditionFalse;
    for (const auto& entry : resources) {
        const std::string id = entry.first.text();
        if (isForEach(id)) {
            notes.info("UNSUPPORTED_INTRINSIC", {id},
                       id + " expands only at deployment (AWS::LanguageExtensions); kept "
                            "verbatim in the template sections",
                       "Write the resources out to see them in the diagram.");
            continue;
        }
        state.definitions.emplace(id, entry.second);
        const std::string type = child(entry.second, "Type").Scalar();
        Disposition disposition = dispositionOf(type, entry.second, evaluator);
        if (const Node condition = child(entry.second, "Condition"); condition.IsScalar()) {
            evaluator.setSubject(id);
            if (!evaluator.conditionOrAssumeTrue(condition.Scalar())) {
                notes.info("CONDITION_FALSE", {id},
                           id + " (" + type + ") is created only when condition " +
                               condition.Scalar() +
                               " holds, which it does not with these parameters; kept verbatim "
                               "as an external resource",
                           "Pass parameters that make the condition true to model it.");
                disposition = Disposition::External;
                conditionFalse.insert(id);
            }
        }
        if (disposition == Disposition::Modelled) {
            state.modelled.insert(id);
        }
        plan.emplace_back(id, disposition);
    }

    std::vector<std::string> pending;
    for (const auto& [id, disposition] : plan) {
        const Node& definition = state.definitions.at(id);
        const std::string type = state.typeOf(id);
        if (disposition == Disposition::Modelled) {
            Resource resource;
            mapModelled(state, id, resource);
            state.order.push_back(id);
            state.built.emplace(id, std::move(resource));
            continue;
        }
        state.order.push_back(id);
        if (disposition == Disposition::Merged) {
            pending.push_back(id);
            continue;
        }
        if (!conditionFalse.contains(id)) {
            notes.info("EXTERNAL_RESOURCE", {id},
                       id + " (" + type + ") is not part of the network model; kept verbatim", {});
        }
        state.built.emplace(id, externalResource(id, type, definition));
    }
    for (const auto& work : state.deferred) {
        work();
    }
    for (const std::string& id : pending) {
        if (const auto failure = mergeResource(state, id)) {
            const std::string type = state.typeOf(id);
            notes.info("KEPT_EXTERNAL", {id},
                       id + " (" + type + ") is kept verbatim as an external resource: " + *failure,
                       "Import the resources it refers to as well to model it.");
            state.built.emplace(id, externalResource(id, type, state.definitions.at(id)));
        }
    }
    for (const std::string& id : state.order) {
        if (auto found = state.built.find(id); found != state.built.end()) {
            document.add(std::move(found->second));
        }
    }
    restoreDiagram(document);
    return ImportResult{std::move(document), notes.take()};
}

ImportResult importTemplateFile(const std::string& path, const ImportOptions& options) {
    std::string text;
    try {
        text = readWholeFile(path);
    } catch (const std::exception& error) {
        throw ModelLoadError(LoadError{path, 0, 0, error.what()});
    }
    return importTemplate(text, path, options);
}

} // namespace topograph
