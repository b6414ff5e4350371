// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/model/document.h"
#include "exporters/cloudformation/cfn_export.h"
#include "exporters/cloudformation/template_tree.h"

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace topograph::cfn {

/// One template resource being written: its type, properties and DependsOn.
struct ResourceDraft {
    ResourceDraft() = default;
    explicit ResourceDraft(std::string resourceType) : type(std::move(resourceType)) {}

    std::string type;
    Tree properties = mappingTree();
    std::vector<std::string> dependsOn;
    std::vector<TreeEntry> attributes; // DeletionPolicy, ...
};

/// What the per-kind writers share during one export.
class ExportContext {
public:
    ExportContext(const Document& document, const ExportOptions& options,
                  std::set<ResourceId> literal);

    const Document& document() const { return document_; }
    const ExportOptions& options() const { return options_; }

    /// The logical id of a model resource written to Resources; empty for diagram-only kinds.
    const std::string& logicalId(const ResourceId& id) const;
    /// A reference to a model resource (!Ref), or its text when it names nothing in the model
    /// (a physical id such as "vpc-0abc", or a symbol kept by an import).
    Tree ref(const ResourceId& id) const;
    /// !GetAtt of a model resource, or the text as for ref().
    Tree attribute(const ResourceId& id, const std::string& name) const;
    /// !GetAtt X.GroupId for a security group of the model, else the text.
    Tree groupRef(const ResourceId& id) const;

    /// True when the resource came from a template and is written back from what the import
    /// kept (Topograph::Source, Topograph::Merged) rather than from the model alone.
    bool verbatim(const Resource& resource) const;
    /// True for a resource drawn in Topograph: the exporter adds what deployment needs and the
    /// model does not hold (an IAM role for a Lambda function, a task definition, ...).
    static bool drawn(const Resource& resource) { return resource.cloudFormation.isNull(); }
    /// True when a verbatim resource's merged template resource became `into`; the writers
    /// then leave that part to the kept definition.
    bool covered(const Resource& resource, const std::string& into) const;
    /// True when a template resource of its own became `into` on import (verbatim or not).
    bool wasMerged(const Resource& resource, const std::string& into) const;
    /// The logical id of the merged template resource that became `into`, else a fresh id
    /// from `stem`; the same answer every time for one (resource, into).
    std::string childId(const Resource& resource, const std::string& into, const std::string& stem);
    /// A fresh logical id from `stem` ("PublicRtRoute1").
    std::string freshId(const std::string& stem);

    /// Queues a template resource that belongs to the one being written (a route, a rule...).
    void addChild(const std::string& logicalId, const ResourceDraft& draft);
    std::vector<std::pair<std::string, Tree>> takeChildren();

    /// The VPCGatewayAttachment's logical id for an internet or VPN gateway, or empty.
    std::string gatewayAttachment(const ResourceId& gateway) const;
    /// The attachments that must exist before routes to `gateway` (IGW, VGW, TGW) in `vpc`.
    std::vector<std::string> routeDependencies(const ResourceId& gateway,
                                               const ResourceId& vpc) const;

    /// Parameters the writers asked for.
    Tree amiParameter();
    Tree keyNameProperty();
    Tree adminCidr(const std::string& cidr);
    const Tree& parameters() const { return parameters_; }
    const Tree& conditions() const { return conditions_; }

    static Tree draftTree(const ResourceDraft& draft);

    /// Security groups whose egress got the "disallow all" placeholder rule, so that
    /// CloudFormation's default allow-all rule is not left in place.
    void markPlaceholderEgress(const ResourceId& id) { placeholderEgress_.insert(id); }
    bool hasPlaceholderEgress(const ResourceId& id) const {
        return placeholderEgress_.contains(id);
    }

    /// A resource shared by the workloads that need it (the ECS cluster), queued once.
    /// Returns its logical id, and whether this is the first use (the caller then adds it).
    std::pair<std::string, bool> shared(const std::string& stem) {
        if (const auto found = shared_.find(stem); found != shared_.end()) {
            return {found->second, false};
        }
        return {shared_.emplace(stem, freshId(stem)).first->second, true};
    }

private:
    static std::set<std::string> modelledAlternatives(const std::string& type);

    const Document& document_;
    const ExportOptions& options_;
    std::set<ResourceId> literal_;
    std::map<ResourceId, std::string> logicalIds_;
    std::set<std::string> taken_;
    std::map<ResourceId, std::string> attachments_;
    std::vector<std::pair<std::string, Tree>> children_;
    std::map<std::pair<ResourceId, std::string>, std::string> childIds_;
    Tree parameters_ = mappingTree();
    Tree conditions_ = mappingTree();
    std::map<std::string, std::string> adminCidrs_;
    std::map<std::string, std::string> shared_; // stem -> logical id
    std::set<ResourceId> placeholderEgress_;
    std::map<std::string, Tree> mergedDefinitions_; // logical id -> kept definition
};

/// "public-rt" -> "PublicRt": the alphanumeric logical id CloudFormation requires.
std::string sanitizedLogicalId(const std::string& modelId);
/// True for an id CloudFormation accepts as a logical id.
bool isLogicalId(const std::string& id);

/// Writes the properties of a modelled resource and queues its children. Returns false for
/// kinds that are not template resources (regions, availability zones).
bool writeModelled(ExportContext& context, const Resource& resource, ResourceDraft& draft);

// Per-family writers, one file each.
void writeNetwork(ExportContext& context, const Resource& resource, ResourceDraft& draft);
void writeSecurity(ExportContext& context, const Resource& resource, ResourceDraft& draft);
void writeWorkload(ExportContext& context, const Resource& resource, ResourceDraft& draft);
void writeTransit(ExportContext& context, const Resource& resource, ResourceDraft& draft);

/// False for routes CloudFormation does not create: the implicit local route, a blackhole,
/// and a gateway endpoint's routes (the endpoint's RouteTableIds make those). The diagram
/// metadata keeps them.
bool deployableRoute(const Document& document, const Route& route);

/// The internet gateway attached to `vpc`, or empty.
ResourceId internetGatewayOf(const Document& document, const ResourceId& vpc);
/// The VPC's main route table and default network ACL in the model, if it has them.
std::optional<ResourceId> mainRouteTableOf(const Document& document, const ResourceId& vpc);
std::optional<ResourceId> defaultNetworkAclOf(const Document& document, const ResourceId& vpc);
/// The VPC of a subnet, or empty.
ResourceId vpcOfSubnet(const Document& document, const ResourceId& subnet);

/// Tags from the model (the name as a Name tag when the tags have none).
Tree tagsTree(const Resource& resource);

} // namespace topograph::cfn
