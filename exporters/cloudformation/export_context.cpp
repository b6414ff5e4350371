// SPDX-License-Identifier: Apache-2.0
#include "exporters/cloudformation/export_context.h"

#include "exporters/cloudformation/diagram_metadata.h"
#include "exporters/cloudformation/import_state.h"

#include <algorithm>
#include <cctype>

namespace topograph::cfn {

namespace {

bool isTemplateResource(const Resource& resource) {
    return resource.kind() != ResourceKind::Region &&
           resource.kind() != ResourceKind::AvailabilityZone;
}

const Tree* mergedEntries(const Resource& resource) {
    const Tree* merged = resource.cloudFormation.find(mergedKey);
    return merged != nullptr && merged->type == Tree::Type::Sequence ? merged : nullptr;
}

std::string mergedIdFor(const Resource& resource, const std::string& into) {
    if (const Tree* merged = mergedEntries(resource)) {
        for (const Tree& entry : merged->items) {
            const Tree* target = entry.find("Into");
            const Tree* id = entry.find("LogicalId");
            if (target != nullptr && id != nullptr && target->scalar == into) {
                return id->scalar;
            }
        }
    }
    return {};
}

} // namespace

bool isLogicalId(const std::string& id) {
    return !id.empty() && id.size() <= 255 &&
           std::isdigit(static_cast<unsigned char>(id.front())) == 0 &&
           std::all_of(id.begin(), id.end(), [](unsigned char c) { return std::isalnum(c) != 0; });
}

std::string sanitizedLogicalId(const std::string& modelId) {
    std::string result;
    bool upper = true;
    for (const char c : modelId) {
        if (std::isalnum(static_cast<unsigned char>(c)) == 0) {
            upper = true;
            continue;
        }
        result += upper ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c;
        upper = false;
    }
    if (result.empty() || std::isdigit(static_cast<unsigned char>(result.front())) != 0) {
        result.insert(0, "Resource");
    }
    return result.substr(0, 200);
}

ExportContext::ExportContext(const Document& document, const ExportOptions& options,
                             std::set<ResourceId> literal)
    : document_(document), options_(options), literal_(std::move(literal)) {
    // Names that are not ours to take: the template's own parameters (they share the
    // resources' namespace) and every merged resource's logical id (they come back out).
    for (const char* section : {"Parameters"}) {
        if (const Tree* entries = document.cloudFormation.find(section)) {
            for (const TreeEntry& entry : entries->entries) {
                taken_.insert(entry.key);
            }
        }
    }
    for (const Resource& resource : document.resources()) {
        if (const Tree* merged = mergedEntries(resource)) {
            for (const Tree& entry : merged->items) {
                const Tree* id = entry.find("LogicalId");
                const Tree* definition = entry.find("Definition");
                if (id != nullptr) {
                    taken_.insert(id->scalar);
                }
                if (id != nullptr && definition != nullptr) {
                    mergedDefinitions_.emplace(id->scalar, *definition);
                }
            }
        }
    }
    for (const char* generated : {"LatestAmiId", "KeyName", "HasKeyName"}) {
        taken_.insert(generated);
    }
    // A logical id recorded by an import of an earlier export is kept first.
    for (const Resource& resource : document.resources()) {
        const Tree* recorded = resource.cloudFormation.find(logicalIdKey);
        if (recorded != nullptr && isTemplateResource(resource) && isLogicalId(recorded->scalar) &&
            !taken_.contains(recorded->scalar) && !document.contains(recorded->scalar)) {
            logicalIds_[resource.id] = recorded->scalar;
            taken_.insert(recorded->scalar);
        }
    }
    // Ids that are already logical ids keep them; the others get a sanitized one.
    for (const Resource& resource : document.resources()) {
        // An imported resource's id is its logical id: kept exactly, whatever its case.
        const bool keep = isLogicalId(resource.id) &&
                          (!drawn(resource) || sanitizedLogicalId(resource.id) == resource.id);
        if (isTemplateResource(resource) && keep && !taken_.contains(resource.id) &&
            !logicalIds_.contains(resource.id)) {
            logicalIds_[resource.id] = resource.id;
            taken_.insert(resource.id);
        }
    }
    for (const Resource& resource : document.resources()) {
        if (isTemplateResource(resource) && !logicalIds_.contains(resource.id)) {
            logicalIds_[resource.id] = freshId(sanitizedLogicalId(resource.id));
        }
    }
    for (const Resource& resource : document.resources()) {
        const bool attached =
            (resource.as<InternetGateway>() != nullptr &&
             resource.as<InternetGateway>()->attachedVpc) ||
            (resource.as<VpnGateway>() != nullptr && resource.as<VpnGateway>()->attachedVpc);
        if (attached) {
            const std::string merged = mergedIdFor(resource, "attachedVpc");
            attachments_[resource.id] =
                merged.empty() ? freshId(logicalIds_.at(resource.id) + "Attachment") : merged;
        }
    }
}

const std::string& ExportContext::logicalId(const ResourceId& id) const {
    static const std::string none;
    const auto found = logicalIds_.find(id);
    return found == logicalIds_.end() ? none : found->second;
}

Tree ExportContext::ref(const ResourceId& id) const {
    const std::string& logical = logicalId(id);
    return logical.empty() ? textScalar(id) : refTree(logical);
}

Tree ExportContext::attribute(const ResourceId& id, const std::string& name) const {
    const std::string& logical = logicalId(id);
    return logical.empty() ? textScalar(id) : getAttTree(logical, name);
}

Tree ExportContext::groupRef(const ResourceId& id) const {
    return document_.findAs<SecurityGroup>(id) != nullptr ? attribute(id, "GroupId")
                                                          : textScalar(id);
}

bool ExportContext::verbatim(const Resource& resource) const {
    return !drawn(resource) && !literal_.contains(resource.id);
}

bool ExportContext::covered(const Resource& resource, const std::string& into) const {
    return verbatim(resource) && !mergedIdFor(resource, into).empty();
}

bool ExportContext::wasMerged(const Resource& resource, const std::string& into) const {
    return !mergedIdFor(resource, into).empty();
}

std::string ExportContext::childId(const Resource& resource, const std::string& into,
                                   const std::string& stem) {
    const auto key = std::make_pair(resource.id, into);
    if (const auto found = childIds_.find(key); found != childIds_.end()) {
        return found->second;
    }
    std::string merged = mergedIdFor(resource, into);
    std::string id = merged.empty() ? freshId(stem) : merged;
    childIds_.emplace(key, id);
    return id;
}

std::string ExportContext::freshId(const std::string& stem) {
    std::string id = stem;
    for (int suffix = 2; taken_.contains(id) || document_.contains(id); ++suffix) {
        id = stem + std::to_string(suffix);
    }
    taken_.insert(id);
    return id;
}

void ExportContext::addChild(const std::string& logicalId, const ResourceDraft& draft) {
    const auto kept = mergedDefinitions_.find(logicalId);
    if (kept == mergedDefinitions_.end()) {
        children_.emplace_back(logicalId, draftTree(draft));
        return;
    }
    // A template resource the import merged, written anew from the model: what the model does
    // not hold of it (a health check, a Condition) comes from its kept definition.
    ResourceDraft merged = draft;
    Tree definition = draftTree(merged);
    const Tree* properties = kept->second.find("Properties");
    const std::set<std::string> alternatives = modelledAlternatives(draft.type);
    if (properties != nullptr && properties->type == Tree::Type::Mapping) {
        for (const TreeEntry& entry : properties->entries) {
            if (merged.properties.find(entry.key) == nullptr && !alternatives.contains(entry.key)) {
                setEntry(merged.properties, entry.key, entry.value);
            }
        }
    }
    for (const TreeEntry& entry : kept->second.entries) {
        if (entry.key != "Properties" && entry.key != "DependsOn" && entry.key != "Type") {
            merged.attributes.push_back(entry);
        }
    }
    if (const Tree* dependsOn = kept->second.find("DependsOn")) {
        std::vector<std::string> ids;
        if (dependsOn->type == Tree::Type::Scalar) {
            ids.push_back(dependsOn->scalar);
        }
        for (const Tree& item : dependsOn->items) {
            ids.push_back(item.scalar);
        }
        for (const std::string& id : ids) {
            if (std::find(merged.dependsOn.begin(), merged.dependsOn.end(), id) ==
                merged.dependsOn.end()) {
                merged.dependsOn.push_back(id);
            }
        }
    }
    children_.emplace_back(logicalId, draftTree(merged));
}

std::set<std::string> ExportContext::modelledAlternatives(const std::string& type) {
    // Properties that say what the model says in another way: kept ones would contradict the
    // model (a route's old target next to its new one).
    if (type == "AWS::EC2::Route") {
        return {"DestinationCidrBlock",
                "DestinationIpv6CidrBlock",
                "DestinationPrefixListId",
                "GatewayId",
                "NatGatewayId",
                "VpcPeeringConnectionId",
                "TransitGatewayId",
                "InstanceId",
                "NetworkInterfaceId",
                "VpcEndpointId",
                "EgressOnlyInternetGatewayId",
                "CarrierGatewayId",
                "LocalGatewayId",
                "CoreNetworkArn"};
    }
    if (type == "AWS::EC2::SecurityGroupIngress" || type == "AWS::EC2::SecurityGroupEgress") {
        return {"CidrIp",
                "CidrIpv6",
                "SourceSecurityGroupId",
                "SourceSecurityGroupName",
                "SourceSecurityGroupOwnerId",
                "DestinationSecurityGroupId",
                "SourcePrefixListId",
                "DestinationPrefixListId",
                "FromPort",
                "ToPort",
                "GroupName",
                "Description"};
    }
    if (type == "AWS::EC2::NetworkAclEntry") {
        return {"CidrBlock", "Ipv6CidrBlock", "PortRange", "Icmp"};
    }
    if (type == "AWS::ElasticLoadBalancingV2::TargetGroup") {
        return {"Targets"};
    }
    if (type == "AWS::EC2::EIPAssociation") {
        return {"InstanceId", "NetworkInterfaceId", "EIP"};
    }
    if (type == "AWS::EC2::VPCCidrBlock") {
        return {"CidrBlock",         "Ipv6CidrBlock",    "AmazonProvidedIpv6CidrBlock",
                "Ipv6Pool",          "Ipv6IpamPoolId",   "Ipv4IpamPoolId",
                "Ipv4NetmaskLength", "Ipv6NetmaskLength"};
    }
    if (type == "AWS::EC2::TransitGatewayRoute") {
        return {"TransitGatewayAttachmentId", "Blackhole"};
    }
    return {};
}

std::vector<std::pair<std::string, Tree>> ExportContext::takeChildren() {
    return std::exchange(children_, {});
}

std::string ExportContext::gatewayAttachment(const ResourceId& gateway) const {
    const auto found = attachments_.find(gateway);
    return found == attachments_.end() ? std::string() : found->second;
}

std::vector<std::string> ExportContext::routeDependencies(const ResourceId& gateway,
                                                          const ResourceId& vpc) const {
    if (document_.findAs<TransitGateway>(gateway) == nullptr) {
        const std::string attachment = gatewayAttachment(gateway);
        return attachment.empty() ? std::vector<std::string>{}
                                  : std::vector<std::string>{attachment};
    }
    // A route to a transit gateway fails until the VPC's attachment exists.
    std::vector<std::string> result;
    for (const Resource& resource : document_.resources()) {
        const auto* attachment = resource.as<TransitGatewayAttachment>();
        if (attachment != nullptr && attachment->transitGateway == gateway &&
            attachment->vpc == vpc) {
            result.push_back(logicalId(resource.id));
        }
    }
    return result;
}

Tree ExportContext::amiParameter() {
    if (parameters_.find("LatestAmiId") == nullptr) {
        Tree parameter = mappingTree();
        setEntry(parameter, "Type", plainScalar("AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>"));
        setEntry(parameter, "Default",
                 plainScalar("/aws/service/ami-amazon-linux-latest/"
                             "al2023-ami-kernel-default-x86_64"));
        setEntry(parameter, "Description",
                 plainScalar("Image for instances that name none in the model (Amazon Linux "
                             "2023 by default)"));
        setEntry(parameters_, "LatestAmiId", std::move(parameter));
    }
    return refTree("LatestAmiId");
}

Tree ExportContext::keyNameProperty() {
    if (parameters_.find("KeyName") == nullptr) {
        Tree parameter = mappingTree();
        setEntry(parameter, "Type", plainScalar("String"));
        setEntry(parameter, "Default", textScalar(""));
        setEntry(parameter, "Description",
                 plainScalar("EC2 key pair for SSH to the instances; leave empty for none"));
        setEntry(parameters_, "KeyName", std::move(parameter));
        Tree equals = sequenceTree({refTree("KeyName"), textScalar("")});
        equals.tag = "!Equals";
        Tree negation = sequenceTree({std::move(equals)});
        negation.tag = "!Not";
        setEntry(conditions_, "HasKeyName", std::move(negation));
    }
    Tree choice =
        sequenceTree({plainScalar("HasKeyName"), refTree("KeyName"), refTree("AWS::NoValue")});
    choice.tag = "!If";
    return choice;
}

Tree ExportContext::adminCidr(const std::string& cidr) {
    auto found = adminCidrs_.find(cidr);
    if (found == adminCidrs_.end()) {
        const std::string name = freshId("AdminCidr");
        Tree parameter = mappingTree();
        setEntry(parameter, "Type", plainScalar("String"));
        setEntry(parameter, "Default", textScalar(cidr));
        setEntry(parameter, "AllowedPattern", plainScalar(R"(^(\d{1,3}\.){3}\d{1,3}/\d{1,2}$)"));
        setEntry(parameter, "Description",
                 plainScalar("Addresses allowed to reach the instances over SSH (port 22)"));
        setEntry(parameters_, name, std::move(parameter));
        found = adminCidrs_.emplace(cidr, name).first;
    }
    return refTree(found->second);
}

Tree ExportContext::draftTree(const ResourceDraft& draft) {
    Tree tree = mappingTree();
    setEntry(tree, "Type", plainScalar(draft.type));
    if (draft.dependsOn.size() == 1) {
        setEntry(tree, "DependsOn", plainScalar(draft.dependsOn.front()));
    } else if (!draft.dependsOn.empty()) {
        Tree list = sequenceTree();
        for (const std::string& id : draft.dependsOn) {
            list.items.push_back(plainScalar(id));
        }
        setEntry(tree, "DependsOn", std::move(list));
    }
    for (const TreeEntry& attribute : draft.attributes) {
        setEntry(tree, attribute.key, attribute.value);
    }
    if (!draft.properties.entries.empty()) {
        setEntry(tree, "Properties", draft.properties);
    }
    return tree;
}

bool deployableRoute(const Document& document, const Route& route) {
    if (route.targetKind == RouteTargetKind::Local ||
        route.targetKind == RouteTargetKind::Blackhole) {
        return false;
    }
    return route.targetKind != RouteTargetKind::GatewayEndpoint ||
           document.findAs<GatewayEndpoint>(route.target) == nullptr;
}

ResourceId internetGatewayOf(const Document& document, const ResourceId& vpc) {
    for (const Resource& resource : document.resources()) {
        const auto* gateway = resource.as<InternetGateway>();
        if (gateway != nullptr && gateway->attachedVpc == vpc) {
            return resource.id;
        }
    }
    return {};
}

std::optional<ResourceId> mainRouteTableOf(const Document& document, const ResourceId& vpc) {
    for (const Resource& resource : document.resources()) {
        const auto* table = resource.as<RouteTable>();
        if (table != nullptr && table->main && table->vpc == vpc) {
            return resource.id;
        }
    }
    return std::nullopt;
}

std::optional<ResourceId> defaultNetworkAclOf(const Document& document, const ResourceId& vpc) {
    for (const Resource& resource : document.resources()) {
        const auto* acl = resource.as<NetworkAcl>();
        if (acl != nullptr && acl->isDefault && acl->vpc == vpc) {
            return resource.id;
        }
    }
    return std::nullopt;
}

ResourceId vpcOfSubnet(const Document& document, const ResourceId& subnet) {
    const auto* found = document.findAs<Subnet>(subnet);
    return found != nullptr ? found->vpc : ResourceId{};
}

Tree tagsTree(const Resource& resource) {
    Tree tags = sequenceTree();
    const bool hasNameTag = std::any_of(resource.tags.begin(), resource.tags.end(),
                                        [](const Tag& tag) { return tag.key == "Name"; });
    auto add = [&](const std::string& key, const std::string& value) {
        Tree tag = mappingTree();
        setEntry(tag, "Key", textScalar(key));
        setEntry(tag, "Value", textScalar(value));
        tags.items.push_back(std::move(tag));
    };
    if (!hasNameTag && !resource.name.empty()) {
        add("Name", resource.name);
    }
    for (const Tag& tag : resource.tags) {
        add(tag.key, tag.value);
    }
    return tags;
}

} // namespace topograph::cfn
