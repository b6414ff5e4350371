// SPDX-License-Identifier: Apache-2.0
// Security groups and their rules. Rules that reference a group which (through its own rules)
// references this one back are written as standalone SecurityGroupIngress/Egress resources:
// inline they would make a circular dependency CloudFormation refuses.
#include "core/cidr/cidr.h"
#include "exporters/cloudformation/export_context.h"
#include "exporters/cloudformation/import_state.h"

#include <functional>

namespace topograph::cfn {

namespace {

bool isPrivate(const Cidr& block) {
    for (const char* range : {"10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"}) {
        if (Cidr::parse(range).contains(block)) {
            return true;
        }
    }
    return false;
}

/// SSH from a public IPv4 block: the administrator's address, a parameter of the template.
bool isAdminSsh(const SecurityGroupRule& rule, bool egress) {
    if (egress || rule.peerKind != SgPeerKind::Cidr || rule.protocol.number != IpProtocol::Tcp ||
        rule.ports != PortRange{22, 22}) {
        return false;
    }
    CidrParseError error;
    const auto block = Cidr::tryParse(rule.peer, error);
    return block && rule.peer.find(':') == std::string::npos && !isPrivate(*block);
}

/// True when group `from` reaches group `to` through security-group references in rules.
bool reaches(const Document& document, const ResourceId& from, const ResourceId& to) {
    std::set<ResourceId> seen;
    std::function<bool(const ResourceId&)> visit = [&](const ResourceId& id) {
        if (id == to) {
            return true;
        }
        if (!seen.insert(id).second) {
            return false;
        }
        const auto* group = document.findAs<SecurityGroup>(id);
        if (group == nullptr) {
            return false;
        }
        for (const auto* rules : {&group->ingress, &group->egress}) {
            for (const SecurityGroupRule& rule : *rules) {
                if (rule.peerKind == SgPeerKind::SecurityGroup && visit(rule.peer)) {
                    return true;
                }
            }
        }
        return false;
    };
    return visit(from);
}

Tree ruleTree(ExportContext& context, const ResourceId& owner, const SecurityGroupRule& rule,
              bool egress) {
    Tree tree = mappingTree();
    setEntry(tree, "IpProtocol",
             textScalar(rule.protocol.isAll() ? "-1" : toString(rule.protocol)));
    if (rule.protocol.hasPorts()) {
        const PortRange ports = rule.ports.value_or(PortRange{});
        setEntry(tree, "FromPort", numberScalar(ports.from));
        setEntry(tree, "ToPort", numberScalar(ports.to));
    } else if (rule.protocol.number == IpProtocol::Icmp) {
        // Every ICMP type and code; for ICMPv6 CloudFormation ignores the ports.
        setEntry(tree, "FromPort", numberScalar(-1));
        setEntry(tree, "ToPort", numberScalar(-1));
    }
    switch (rule.peerKind) {
    case SgPeerKind::Cidr:
        if (isAdminSsh(rule, egress) && ExportContext::drawn(*context.document().find(owner))) {
            setEntry(tree, "CidrIp", context.adminCidr(rule.peer));
        } else {
            setEntry(tree, rule.peer.find(':') != std::string::npos ? "CidrIpv6" : "CidrIp",
                     textScalar(rule.peer));
        }
        break;
    case SgPeerKind::SecurityGroup:
        setEntry(tree, egress ? "DestinationSecurityGroupId" : "SourceSecurityGroupId",
                 context.groupRef(rule.peer));
        break;
    case SgPeerKind::PrefixList:
        setEntry(tree, egress ? "DestinationPrefixListId" : "SourcePrefixListId",
                 textScalar(rule.peer));
        break;
    }
    if (!rule.description.empty()) {
        setEntry(tree, "Description", textScalar(rule.description));
    }
    return tree;
}

bool isAllowAll(const SecurityGroupRule& rule) {
    return rule.protocol.isAll() && rule.peerKind == SgPeerKind::Cidr && rule.peer == "0.0.0.0/0";
}

} // namespace

namespace {

Tree denyAllEgressRule() {
    // No egress rule at all would leave CloudFormation's default allow-all rule in place; a
    // rule no packet matches replaces it (the same rule AWS CDK writes).
    Tree rule = mappingTree();
    setEntry(rule, "IpProtocol", textScalar("icmp"));
    setEntry(rule, "FromPort", numberScalar(252));
    setEntry(rule, "ToPort", numberScalar(86));
    setEntry(rule, "CidrIp", textScalar("255.255.255.255/32"));
    setEntry(rule, "Description", textScalar("Disallow all traffic"));
    return rule;
}

} // namespace

void writeSecurity(ExportContext& context, const Resource& resource, ResourceDraft& draft) {
    const SecurityGroup& group = *resource.as<SecurityGroup>();
    const std::string& self = context.logicalId(resource.id);
    draft.type = "AWS::EC2::SecurityGroup";
    std::string description = group.description;
    if (description.empty()) {
        description = "Security group " + resource.label();
    }
    setEntry(draft.properties, "GroupDescription", textScalar(description));
    setEntry(draft.properties, "VpcId", context.ref(group.vpc));
    const bool implicitEgress = resource.cloudFormation.find(defaultEgressKey) != nullptr &&
                                !group.egress.empty() && isAllowAll(group.egress.front());
    for (const bool egress : {false, true}) {
        const auto& rules = egress ? group.egress : group.ingress;
        const std::string field = egress ? "egress" : "ingress";
        Tree inline_ = sequenceTree();
        // The import reads inline rules first and standalone ones after them: once a rule must
        // stand alone (a circular reference, or it was a resource of its own in the template),
        // the rules after it stand alone too, so that their order survives.
        bool standalone = false;
        for (std::size_t i = 0; i < rules.size(); ++i) {
            const std::string into = field + "[" + std::to_string(i) + "]";
            if (context.covered(resource, into) || (egress && implicitEgress && i == 0)) {
                continue;
            }
            const SecurityGroupRule& rule = rules[i];
            Tree tree = ruleTree(context, resource.id, rule, egress);
            const bool circular = rule.peerKind == SgPeerKind::SecurityGroup &&
                                  context.document().findAs<SecurityGroup>(rule.peer) != nullptr &&
                                  reaches(context.document(), rule.peer, resource.id);
            standalone = standalone || circular || context.wasMerged(resource, into);
            if (!standalone) {
                inline_.items.push_back(std::move(tree));
                continue;
            }
            ResourceDraft child(egress ? "AWS::EC2::SecurityGroupEgress"
                                       : "AWS::EC2::SecurityGroupIngress");
            setEntry(child.properties, "GroupId", getAttTree(self, "GroupId"));
            for (TreeEntry& entry : tree.entries) {
                setEntry(child.properties, entry.key, std::move(entry.value));
            }
            const std::string stem = self + (egress ? "Egress" : "Ingress") + std::to_string(i + 1);
            context.addChild(context.childId(resource, into, stem), child);
        }
        if (egress && inline_.items.empty() && !implicitEgress && !context.verbatim(resource)) {
            inline_.items.push_back(denyAllEgressRule());
            context.markPlaceholderEgress(resource.id);
        }
        if (!inline_.items.empty()) {
            setEntry(draft.properties, egress ? "SecurityGroupEgress" : "SecurityGroupIngress",
                     std::move(inline_));
        }
    }
}

} // namespace topograph::cfn
