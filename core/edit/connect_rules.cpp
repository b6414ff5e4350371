// SPDX-License-Identifier: Apache-2.0
// Workload -> workload on a protocol and port: the security group rules that let the request
// through (NETWORK_SEMANTICS.md, "Flows", steps 1 and 4; Precise choice 10). The destination's
// first group gets an inbound rule naming the source's group, the source's first group an
// outbound rule naming the destination's group unless its egress already allows the traffic.
// Where group references do not count between the two VPCs, the rules name the subnets' blocks.
// Internet gateway -> workload: the workload's first group allows the port in from 0.0.0.0/0.
#include "core/check/wording.h"
#include "core/edit/connection_parts.h"
#include "core/model/references.h"
#include "core/reach/reach.h"
#include "core/reach/rule_evaluation.h"
#include "core/reach/vpc_graph.h"

#include <optional>

namespace topograph::connect {

namespace {

using reach::Index;
using reach::none;

/// The security group a workload's rules go in: its first group that exists, else a new one
/// attached to it (keeping the VPC's default group it used, when the model declares that one).
struct GroupChoice {
    ResourceId id;
    std::string label;
};

/// The workload's first group that exists, as the edit leaves it (a group created for the
/// inbound rule serves the outbound one too).
std::optional<GroupChoice> existingGroup(const EditBuilder& builder, const Resource& workload) {
    for (const ResourceId& id : builder.current(workload.id)->placement()->securityGroups) {
        if (const Resource* group = builder.current(id); group && group->as<SecurityGroup>()) {
            return GroupChoice{id, group->label()};
        }
    }
    return std::nullopt;
}

GroupChoice groupFor(EditBuilder& builder, const Resource& workload, const ResourceId& vpc,
                     std::vector<std::string>& changes) {
    const Document& document = builder.document();
    if (auto existing = existingGroup(builder, workload)) {
        return *existing;
    }
    Resource created;
    created.id = builder.freshId("sg");
    created.name = workload.label() + " SG";
    SecurityGroup group;
    group.vpc = vpc;
    group.description = "Security group of " + workload.label();
    // AWS gives every new group a rule allowing all outbound traffic.
    group.egress.push_back(SecurityGroupRule{IpProtocol{IpProtocol::All}, std::nullopt,
                                             SgPeerKind::Cidr, "0.0.0.0/0", "default egress rule"});
    created.properties = group;
    Resource* changed = builder.modify(workload.id);
    auto& groups = changed->placement()->securityGroups;
    std::string previously = "the VPC's default security group";
    if (groups.empty()) {
        for (const Resource& resource : document.resources()) {
            const auto* candidate = resource.as<SecurityGroup>();
            if (candidate != nullptr && candidate->isDefault && candidate->vpc == vpc) {
                groups.push_back(resource.id);
                previously = "the VPC's default group " + resource.label() + ", which it keeps";
                break;
            }
        }
    }
    groups.insert(groups.begin(), created.id);
    changes.push_back(workload.label() + " gets a security group of its own, " + created.name +
                      " (allowing all outbound traffic, as AWS creates it); it used " + previously +
                      ".");
    GroupChoice choice{created.id, created.name};
    builder.add(std::move(created));
    return choice;
}

std::string subnetBlock(const reach::NetworkIndex& index, Index workload) {
    const Index subnet = index.workloads[workload].subnet;
    return subnet != none && index.subnets[subnet].cidr ? index.subnets[subnet].cidr->toString()
                                                        : std::string();
}

SecurityGroupRule ruleFor(IpProtocol protocol, int port, SgPeerKind peerKind, std::string peer,
                          std::string description) {
    SecurityGroupRule rule;
    rule.protocol = protocol;
    if (protocol.hasPorts()) {
        rule.ports = PortRange{port, port};
    }
    rule.peerKind = peerKind;
    rule.peer = std::move(peer);
    rule.description = std::move(description);
    return rule;
}

/// Asks the reachability engine about the flow, for what the rules alone do not settle.
std::string stillBlocked(const reach::NetworkIndex& index, const ResourceId& source,
                         const ResourceId& destination, IpProtocol protocol, int port) {
    try {
        reach::ReachQuery query;
        query.source = source;
        query.destination = destination;
        query.protocol = protocol;
        query.port = port;
        const reach::ReachAnswer answer = reach::reach(index, query);
        return answer.reachable ? std::string() : answer.explanation;
    } catch (const reach::ReachQueryError& error) {
        return error.what();
    }
}

/// The same flow once the proposed edit is made: the edited copy needs an index of its own.
std::string blockedAfter(const Document& document, const DocumentEdit& edit,
                         const ResourceId& source, const ResourceId& destination,
                         IpProtocol protocol, int port) {
    Document after = document;
    applyEdit(after, edit);
    return stillBlocked(reach::NetworkIndex(after), source, destination, protocol, port);
}

} // namespace

void proposeSecurityGroupRules(const reach::NetworkIndex& index, const Resource& source,
                               const Resource& destination, IpProtocol protocol, int port,
                               ConnectionProposal& proposal) {
    if (protocol.hasPorts() && (port < 0 || port > 65535)) {
        proposal.hint = "The port must be a number from 0 to 65535.";
        return;
    }
    const Document& document = index.document();
    const Index from = index.workloadOf(source.id);
    const Index to = index.workloadOf(destination.id);
    if (from == none || to == none || index.workloads[from].subnet == none ||
        index.workloads[to].subnet == none) {
        const Resource& lost =
            from == none || index.workloads[from].subnet == none ? source : destination;
        proposal.hint = wording::quoted(lost.label()) +
                        " is not in any subnet yet, and security group rules need both "
                        "workloads placed. Place it in a subnet first.";
        return;
    }
    const Index fromVpc = index.subnets[index.workloads[from].subnet].vpc;
    const Index toVpc = index.subnets[index.workloads[to].subnet].vpc;
    const bool references = reach::VpcGraph(index).referencesCount(fromVpc, toVpc);
    const std::string traffic = reach::describeTraffic(protocol, port);

    reach::SgPeer sourcePeer;
    sourcePeer.address = index.workloads[from].address.value_or(IpAddress{});
    sourcePeer.workload = from;
    sourcePeer.referencesCount = references;
    reach::SgPeer destinationPeer = sourcePeer;
    destinationPeer.address = index.workloads[to].address.value_or(IpAddress{});
    destinationPeer.workload = to;
    const reach::SgMatch inbound = reach::findSecurityGroupRule(
        index, index.workloads[to].securityGroups, false, protocol, port, sourcePeer);
    const reach::SgMatch outbound = reach::findSecurityGroupRule(
        index, index.workloads[from].securityGroups, true, protocol, port, destinationPeer);
    const auto allowedBy = [&](const reach::SgMatch& match, bool egress) {
        return index.securityGroups[match.group].label + " (" +
               reach::describeSgRule(index, *match.rule, egress) + ")";
    };
    if (inbound.rule != nullptr && outbound.rule != nullptr) {
        proposal.hint = "Traffic " + traffic + " from " + wording::quoted(source.label()) + " to " +
                        wording::quoted(destination.label()) + " is already allowed: in by " +
                        allowedBy(inbound, false) + ", and out by " + allowedBy(outbound, true) +
                        ". Choose another port if you meant a different service.";
        if (const std::string blocked =
                stillBlocked(index, source.id, destination.id, protocol, port);
            !blocked.empty()) {
            proposal.hint += " Something else blocks it: " + blocked;
        }
        return;
    }

    const std::string sourceBlock = subnetBlock(index, from);
    const std::string destinationBlock = subnetBlock(index, to);
    if (!references && (sourceBlock.empty() || destinationBlock.empty())) {
        proposal.hint =
            "Security groups in these two VPCs cannot refer to each other, so the "
            "rules would name a subnet's address block instead, but the subnet of " +
            wording::quoted(sourceBlock.empty() ? source.label() : destination.label()) +
            " has no valid block. Fix its CIDR first.";
        return;
    }
    EditBuilder builder(document);
    std::vector<std::string>& changes = proposal.changes;
    const ResourceId& sourceVpc = index.vpcs[fromVpc].id;
    const ResourceId& destinationVpc = index.vpcs[toVpc].id;
    if (!references) {
        changes.push_back("Security groups cannot name each other between " +
                          index.vpcs[fromVpc].label + " and " + index.vpcs[toVpc].label +
                          ", so the rules name the subnets' blocks.");
    }
    if (inbound.rule == nullptr) {
        const GroupChoice sourceGroup =
            references ? groupFor(builder, source, sourceVpc, changes) : GroupChoice{};
        const GroupChoice destinationGroup =
            groupFor(builder, destination, destinationVpc, changes);
        const std::string peer = references ? sourceGroup.id : sourceBlock;
        Resource* target = builder.modify(destinationGroup.id);
        target->as<SecurityGroup>()->ingress.push_back(
            ruleFor(protocol, port, references ? SgPeerKind::SecurityGroup : SgPeerKind::Cidr, peer,
                    "from " + source.label()));
        changes.push_back("Security group " + destinationGroup.label + " of " +
                          destination.label() + " allows " + traffic + " in from " +
                          (references ? "security group " + sourceGroup.label : sourceBlock) + ".");
    } else {
        changes.push_back("Inbound is already allowed by " + allowedBy(inbound, false) + ".");
    }
    if (outbound.rule == nullptr) {
        const GroupChoice sourceGroup = groupFor(builder, source, sourceVpc, changes);
        // The destination's group as the edit leaves it; a destination that still uses the
        // VPC's default group is named by its subnet's block rather than given a group of its
        // own for this.
        const std::optional<GroupChoice> destinationGroup =
            references ? existingGroup(builder, destination) : std::nullopt;
        const bool byGroup = destinationGroup.has_value();
        const ResourceId destinationGroupId = byGroup ? destinationGroup->id : destinationBlock;
        Resource* target = builder.modify(sourceGroup.id);
        target->as<SecurityGroup>()->egress.push_back(
            ruleFor(protocol, port, byGroup ? SgPeerKind::SecurityGroup : SgPeerKind::Cidr,
                    destinationGroupId, "to " + destination.label()));
        changes.push_back(
            "Security group " + sourceGroup.label + " of " + source.label() + " allows " + traffic +
            " out to " +
            (byGroup ? "security group " + destinationGroup->label : destinationBlock) + ".");
    } else if (builder.current(source.id)->placement()->securityGroups ==
               source.placement()->securityGroups) {
        // A source given a group of its own above lets everything out (said there); otherwise
        // the rule that allows it stays.
        changes.push_back("Outbound is already allowed by " + allowedBy(outbound, true) + ".");
    }
    proposal.edit = builder.finish();
    if (const std::string blocked =
            blockedAfter(document, proposal.edit, source.id, destination.id, protocol, port);
        !blocked.empty()) {
        changes.push_back("The rules alone do not open the path: " + blocked);
    }
    proposal.label = "Allow " + traffic + " from " + source.label() + " to " + destination.label();
    proposal.allowed = true;
}

void proposeInternetIngress(const reach::NetworkIndex& index, const Resource& gateway,
                            const Resource& workload, IpProtocol protocol, int port,
                            ConnectionProposal& proposal) {
    const Document& document = index.document();
    if (protocol.hasPorts() && (port < 0 || port > 65535)) {
        proposal.hint = "The port must be a number from 0 to 65535.";
        return;
    }
    const Placement* placement = workload.placement();
    const std::optional<ResourceId> vpc = placement->subnets.empty()
                                              ? std::nullopt
                                              : enclosingVpc(document, placement->subnets.front());
    if (!vpc) {
        proposal.hint = wording::quoted(workload.label()) +
                        " is not in any subnet yet, so the internet cannot reach it. Place it "
                        "in a subnet first.";
        return;
    }
    const auto& attached = gateway.as<InternetGateway>()->attachedVpc;
    if (attached != vpc) {
        proposal.hint = wording::quoted(gateway.label()) + " does not serve the VPC of " +
                        wording::quoted(workload.label()) +
                        ": the internet reaches a workload only through the internet gateway "
                        "attached to its own VPC. Drop that VPC's gateway on it instead.";
        return;
    }
    const Index to = index.workloadOf(workload.id);
    const std::string traffic = reach::describeTraffic(protocol, port);
    // A documentation address (TEST-NET-3) stands for any client on the internet.
    reach::SgPeer client;
    client.address = IpAddress::v4(0xCB007105); // 203.0.113.5
    const reach::SgMatch inbound =
        to == none ? reach::SgMatch{}
                   : reach::findSecurityGroupRule(index, index.workloads[to].securityGroups, false,
                                                  protocol, port, client);
    if (inbound.rule != nullptr) {
        proposal.hint = "Traffic " + traffic + " from the internet to " +
                        wording::quoted(workload.label()) + " is already allowed in by " +
                        index.securityGroups[inbound.group].label + " (" +
                        reach::describeSgRule(index, *inbound.rule, false) +
                        "). Choose another port if you meant a different service.";
        if (const std::string blocked =
                stillBlocked(index, "internet", workload.id, protocol, port);
            !blocked.empty()) {
            proposal.hint += " Something else blocks it: " + blocked;
        }
        return;
    }
    EditBuilder builder(document);
    std::vector<std::string>& changes = proposal.changes;
    const GroupChoice group = groupFor(builder, workload, *vpc, changes);
    builder.modify(group.id)->as<SecurityGroup>()->ingress.push_back(
        ruleFor(protocol, port, SgPeerKind::Cidr, "0.0.0.0/0", "from the internet"));
    changes.push_back("Security group " + group.label + " of " + workload.label() + " allows " +
                      traffic + " in from anywhere on the internet (0.0.0.0/0).");
    proposal.edit = builder.finish();
    if (const std::string blocked =
            blockedAfter(document, proposal.edit, "internet", workload.id, protocol, port);
        !blocked.empty()) {
        changes.push_back("The rule alone does not open the path: " + blocked);
    }
    proposal.label = "Allow " + traffic + " from the internet to " + workload.label();
    proposal.allowed = true;
}

} // namespace topograph::connect
