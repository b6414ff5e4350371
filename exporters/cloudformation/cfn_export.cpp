// SPDX-License-Identifier: Apache-2.0
#include "exporters/cloudformation/cfn_export.h"

#include "exporters/cloudformation/cfn_import.h"
#include "exporters/cloudformation/diagram_metadata.h"
#include "exporters/cloudformation/export_context.h"
#include "exporters/cloudformation/import_state.h"
#include "exporters/cloudformation/template_json.h"
#include "exporters/io/atomic_file.h"
#include "exporters/model_yaml/model_file.h"
#include "exporters/model_yaml/yaml_tree.h"

#include <algorithm>
#include <sstream>

namespace topograph {

namespace {

using namespace cfn;

bool isTopographKey(const std::string& key) {
    return key.rfind("Topograph::", 0) == 0;
}

std::vector<std::string> dependsOnList(const Tree* tree) {
    std::vector<std::string> ids;
    if (tree == nullptr) {
        return ids;
    }
    if (tree->type == Tree::Type::Scalar) {
        ids.push_back(tree->scalar);
    }
    for (const Tree& item : tree->items) {
        ids.push_back(item.scalar);
    }
    return ids;
}

/// Tags read best after the properties that say what a resource is.
void tagsLast(Tree& properties) {
    std::stable_partition(properties.entries.begin(), properties.entries.end(),
                          [](const TreeEntry& entry) { return entry.key != "Tags"; });
}

/// The definition of a resource that came from a template: what the model says, with what the
/// import kept verbatim (unmodelled properties and attributes, and in verbatim mode the
/// original expressions) laid over it.
Tree definitionOf(const ExportContext& context, const Resource& resource,
                  const ResourceDraft& draft) {
    if (ExportContext::drawn(resource)) {
        ResourceDraft ordered = draft;
        tagsLast(ordered.properties);
        return ExportContext::draftTree(ordered);
    }
    const Tree& kept = resource.cloudFormation;
    const bool verbatim = context.verbatim(resource);
    Tree properties = draft.properties;
    if (const Tree* rest = kept.find("Properties"); rest && rest->type == Tree::Type::Mapping) {
        for (const TreeEntry& entry : rest->entries) {
            setEntry(properties, entry.key, entry.value);
        }
    }
    if (const Tree* sources = kept.find(sourceKey); verbatim && sources != nullptr) {
        for (const TreeEntry& entry : sources->entries) {
            setEntry(properties, entry.key, entry.value);
        }
    }
    Tree definition = mappingTree();
    const Tree* type = kept.find("Type");
    setEntry(definition, "Type", type != nullptr ? *type : plainScalar(draft.type));
    std::vector<std::string> dependsOn = dependsOnList(kept.find("DependsOn"));
    if (!verbatim) {
        for (const std::string& id : draft.dependsOn) {
            if (std::find(dependsOn.begin(), dependsOn.end(), id) == dependsOn.end()) {
                dependsOn.push_back(id);
            }
        }
    }
    for (const TreeEntry& entry : kept.entries) {
        if (entry.key == "Type" || entry.key == "Properties" || isTopographKey(entry.key)) {
            continue;
        }
        if (entry.key == "DependsOn" && verbatim) {
            setEntry(definition, entry.key, entry.value);
        } else if (entry.key != "DependsOn") {
            setEntry(definition, entry.key, entry.value);
        }
    }
    if (!verbatim && !dependsOn.empty()) {
        ResourceDraft only;
        only.dependsOn = dependsOn;
        setEntry(definition, "DependsOn", *ExportContext::draftTree(only).find("DependsOn"));
    }
    tagsLast(properties);
    if (!properties.entries.empty() || kept.find("Properties") != nullptr) {
        setEntry(definition, "Properties", std::move(properties));
    }
    return definition;
}

Tree externalDefinition(const Resource& resource) {
    if (resource.cloudFormation.type == Tree::Type::Mapping &&
        resource.cloudFormation.find("Type") != nullptr) {
        Tree definition = resource.cloudFormation;
        definition.entries.erase(
            std::remove_if(definition.entries.begin(), definition.entries.end(),
                           [](const TreeEntry& entry) { return isTopographKey(entry.key); }),
            definition.entries.end());
        return definition;
    }
    Tree definition = mappingTree();
    setEntry(definition, "Type", plainScalar(resource.as<ExternalResource>()->type));
    return definition;
}

void addOutput(ExportContext& context, Tree& outputs, const std::string& stem,
               const std::string& description, Tree value) {
    const std::string name = context.freshId(stem);
    Tree output = mappingTree();
    setEntry(output, "Description", textScalar(description));
    setEntry(output, "Value", std::move(value));
    Tree exported = mappingTree();
    setEntry(exported, "Name", subTree("${AWS::StackName}-" + name));
    setEntry(output, "Export", std::move(exported));
    setEntry(outputs, name, std::move(output));
}

/// The ids people need after deployment: VPCs, subnets, security groups, ALB DNS names.
Tree generatedOutputs(ExportContext& context) {
    Tree outputs = mappingTree();
    for (const Resource& resource : context.document().resources()) {
        const std::string& logical = context.logicalId(resource.id);
        switch (resource.kind()) {
        case ResourceKind::Vpc:
            addOutput(context, outputs, logical + "Id", "VPC " + resource.label(),
                      refTree(logical));
            break;
        case ResourceKind::Subnet:
            addOutput(context, outputs, logical + "Id", "Subnet " + resource.label(),
                      refTree(logical));
            break;
        case ResourceKind::SecurityGroup:
            addOutput(context, outputs, logical + "Id", "Security group " + resource.label(),
                      getAttTree(logical, "GroupId"));
            break;
        case ResourceKind::LoadBalancer:
            if (resource.as<LoadBalancer>()->type == LoadBalancerType::Application) {
                addOutput(context, outputs, logical + "DnsName",
                          "DNS name of load balancer " + resource.label(),
                          getAttTree(logical, "DNSName"));
            }
            break;
        default:
            break;
        }
    }
    return outputs;
}

bool takesNameTag(ResourceKind kind) {
    return kind != ResourceKind::EgressOnlyInternetGateway && kind != ResourceKind::External &&
           kind != ResourceKind::Region && kind != ResourceKind::AvailabilityZone;
}

DiagramFlags flagsOf(const ExportContext& context, const Resource& resource) {
    DiagramFlags flags;
    const bool hasNameTag = std::any_of(resource.tags.begin(), resource.tags.end(),
                                        [](const Tag& tag) { return tag.key == "Name"; });
    flags.nameTagKept = hasNameTag && takesNameTag(resource.kind());
    flags.denyAllEgress = context.hasPlaceholderEgress(resource.id);
    if (const auto* balancer = resource.as<LoadBalancer>()) {
        flags.targetPortFromListener = balancer->targetPort == 0 &&
                                       !balancer->listenerPorts.empty() &&
                                       !context.covered(resource, "targets");
    }
    if (const auto* instance = resource.as<Instance>()) {
        flags.imageFromParameter = instance->imageId.empty();
    }
    if (const auto* subnet = resource.as<Subnet>()) {
        const Document& document = context.document();
        flags.implicitRouteTable =
            !subnet->routeTable && mainRouteTableOf(document, subnet->vpc).has_value();
        flags.implicitNetworkAcl =
            !subnet->networkAcl && defaultNetworkAclOf(document, subnet->vpc).has_value();
    }
    return flags;
}

void mergeSection(Tree& section, const Tree& generated) {
    for (const TreeEntry& entry : generated.entries) {
        if (section.find(entry.key) == nullptr) {
            setEntry(section, entry.key, entry.value);
        }
    }
}

/// Inserts `key` before the first of `before` present, else at the end.
void insertSection(Tree& root, const std::string& key, Tree value,
                   std::initializer_list<const char*> before) {
    for (const char* next : before) {
        const auto at = std::find_if(root.entries.begin(), root.entries.end(),
                                     [&](const TreeEntry& entry) { return entry.key == next; });
        if (at != root.entries.end()) {
            root.entries.insert(at, TreeEntry{key, std::move(value)});
            return;
        }
    }
    root.entries.push_back({key, std::move(value)});
}

Tree buildTemplate(const Document& document, const ExportOptions& options,
                   std::set<ResourceId> literal) {
    ExportContext context(document, options, std::move(literal));
    Tree resources = mappingTree();
    auto add = [&](const std::string& id, Tree definition) {
        resources.entries.push_back({id, std::move(definition)});
    };
    for (const Resource& resource : document.resources()) {
        if (resource.kind() == ResourceKind::External) {
            add(context.logicalId(resource.id), externalDefinition(resource));
            continue;
        }
        ResourceDraft draft;
        if (!writeModelled(context, resource, draft)) {
            continue;
        }
        add(context.logicalId(resource.id), definitionOf(context, resource, draft));
        if (const Tree* merged = resource.cloudFormation.find(mergedKey);
            merged != nullptr && context.verbatim(resource)) {
            for (const Tree& entry : merged->items) {
                const Tree* id = entry.find("LogicalId");
                const Tree* definition = entry.find("Definition");
                if (id != nullptr && definition != nullptr) {
                    add(id->scalar, *definition);
                }
            }
        }
        for (auto& [id, definition] : context.takeChildren()) {
            add(id, std::move(definition));
        }
    }

    Tree root = document.cloudFormation.type == Tree::Type::Mapping ? document.cloudFormation
                                                                    : mappingTree();
    const bool imported = !root.entries.empty();
    if (!imported) {
        Tree version = plainScalar("2010-09-09");
        version.quoted = true;
        setEntry(root, "AWSTemplateFormatVersion", std::move(version));
    }
    std::string description = document.description;
    if (description.empty() && !imported) {
        description = "Network of " +
                      (document.title.empty() ? "a Topograph model" : document.title) +
                      ", exported by Topograph";
    }
    if (!description.empty()) {
        if (root.find("Description") != nullptr) {
            setEntry(root, "Description", textScalar(description));
        } else {
            insertSection(root, "Description", textScalar(description),
                          {"Metadata", "Parameters", "Mappings", "Conditions", "Rules", "Transform",
                           "Resources", "Outputs"});
        }
    }
    // Resources: ours, then the entries an import could not expand (Fn::ForEach).
    if (Tree* kept = root.find("Resources")) {
        for (const TreeEntry& entry : kept->entries) {
            resources.entries.push_back(entry);
        }
        *kept = std::move(resources);
    } else {
        insertSection(root, "Resources", std::move(resources), {"Outputs"});
    }
    const std::pair<const char*, const Tree*> generated[] = {{"Parameters", &context.parameters()},
                                                             {"Conditions", &context.conditions()}};
    for (const auto& [key, section] : generated) {
        if (section->entries.empty()) {
            continue;
        }
        if (Tree* existing = root.find(key)) {
            mergeSection(*existing, *section);
        } else {
            insertSection(root, key, *section,
                          {key == std::string("Parameters") ? "Mappings" : "Rules", "Conditions",
                           "Resources"});
        }
    }
    if (root.find("Outputs") == nullptr) {
        Tree outputs = generatedOutputs(context);
        if (!outputs.entries.empty()) {
            root.entries.push_back({"Outputs", std::move(outputs)});
        }
    }
    if (options.includeDiagram) {
        Tree diagram = diagramMetadata(
            document, [&](const ResourceId& id) { return context.logicalId(id); },
            [&](const Resource& resource) { return flagsOf(context, resource); });
        Tree* metadata = root.find("Metadata");
        if (metadata == nullptr || metadata->type != Tree::Type::Mapping) {
            removeEntry(root, "Metadata");
            root.entries.push_back({"Metadata", mappingTree()});
            metadata = &root.entries.back().value;
        }
        setEntry(*metadata, diagramMetadataKey, std::move(diagram));
    }
    return root;
}

/// A blank line before each top-level section and between resources, as people write
/// templates.
std::string spaced(const std::string& text) {
    std::istringstream lines(text);
    std::string line;
    std::string result;
    std::string section;
    bool firstInSection = false;
    while (std::getline(lines, line)) {
        const bool topLevel = !line.empty() && line[0] != ' ' && line[0] != '-';
        const bool resource = section == "Resources" && line.size() > 2 && line[0] == ' ' &&
                              line[1] == ' ' && line[2] != ' ' && line[2] != '-';
        if (topLevel) {
            if (!result.empty()) {
                result += '\n';
            }
            section = line.substr(0, line.find(':'));
            firstInSection = true;
        } else if (resource) {
            if (!firstInSection) {
                result += '\n';
            }
            firstInSection = false;
        }
        result += line;
        result += '\n';
    }
    return result;
}

std::string emitTemplate(const Tree& root) {
    YAML::Emitter out;
    out.SetIndent(2);
    model_yaml::emitTree(out, root);
    return spaced(out.c_str());
}

bool sameModel(const Resource& original, const Resource& reimported) {
    return original.properties == reimported.properties && original.name == reimported.name &&
           original.tags == reimported.tags;
}

/// Imported resources whose model no longer matches what their kept template text gives:
/// those are written from the model. Found by importing the candidate template, the inverse
/// this export must satisfy; repeated because one resource written anew can change how
/// another one's kept text reads.
std::set<ResourceId> changedSinceImport(const Document& document, const ExportOptions& options) {
    std::set<ResourceId> literal;
    const bool anyImported = std::any_of(
        document.resources().begin(), document.resources().end(), [](const Resource& resource) {
            return resource.kind() != ResourceKind::External && !ExportContext::drawn(resource);
        });
    if (!anyImported) {
        return literal;
    }
    ImportOptions importOptions;
    importOptions.region = options.region;
    importOptions.stackName = document.title;
    for (int round = 0; round < 4; ++round) {
        const std::string text = emitTemplate(buildTemplate(document, options, literal));
        Document back;
        try {
            back = importTemplate(text, "export.yaml", importOptions).document;
        } catch (const ModelLoadError&) {
            back = Document{};
        }
        bool changed = false;
        for (const Resource& resource : document.resources()) {
            if (resource.kind() == ResourceKind::External || ExportContext::drawn(resource) ||
                literal.contains(resource.id)) {
                continue;
            }
            const Resource* reimported = back.find(resource.id);
            if (reimported == nullptr || !sameModel(resource, *reimported)) {
                literal.insert(resource.id);
                changed = true;
            }
        }
        if (!changed) {
            break;
        }
    }
    return literal;
}

[[noreturn]] void tooManyResources(std::size_t count) {
    throw TemplateTooLargeError(
        "the template would declare " + std::to_string(count) +
            " resources; CloudFormation allows at most " + std::to_string(maxTemplateResources) +
            " resources (and a 1 MB template body) in one stack. Split the model into several "
            "documents and export each (Topograph does not generate nested stacks).",
        count, maxTemplateResources);
}

} // namespace

std::string exportTemplate(const Document& document, const ExportOptions& options) {
    // Every model resource but the diagram-only containers is at least one template resource:
    // a model far too large is refused before any work.
    const auto lowerBound = static_cast<std::size_t>(std::count_if(
        document.resources().begin(), document.resources().end(), [](const Resource& resource) {
            return resource.kind() != ResourceKind::Region &&
                   resource.kind() != ResourceKind::AvailabilityZone;
        }));
    if (lowerBound > maxTemplateResources && !options.ignoreTemplateLimits) {
        tooManyResources(lowerBound);
    }
    const Tree root = buildTemplate(document, options, changedSinceImport(document, options));
    const Tree* resources = root.find("Resources");
    const std::size_t count = resources != nullptr ? resources->entries.size() : 0;
    if (count == 0) {
        throw NothingToExportError(
            "the model has no resource CloudFormation can create (regions and availability "
            "zones are drawing containers only), and a template needs at least one; add a VPC "
            "first");
    }
    if (count > maxTemplateResources && !options.ignoreTemplateLimits) {
        tooManyResources(count);
    }
    std::string text =
        options.format == TemplateFormat::Json ? templateJson(root) : emitTemplate(root);
    if (text.size() > maxTemplateBodyBytes && !options.ignoreTemplateLimits) {
        throw TemplateTooLargeError(
            "the template would be " + std::to_string(text.size()) +
                " bytes; CloudFormation allows at most " + std::to_string(maxTemplateBodyBytes) +
                " bytes (1 MB, uploaded through S3) and 500 resources in one stack. Split the "
                "model into several documents, or export without the diagram metadata "
                "(Topograph does not generate nested stacks).",
            text.size(), maxTemplateBodyBytes);
    }
    return text;
}

void exportTemplateFile(const Document& document, const std::string& path,
                        const ExportOptions& options) {
    writeFileAtomically(path, exportTemplate(document, options));
}

} // namespace topograph
