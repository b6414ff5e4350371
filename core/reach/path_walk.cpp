// SPDX-License-Identifier: Apache-2.0
// The checks of one walk and the two ways a walk starts: from a workload (steps 1-4 of
// NETWORK_SEMANTICS.md) or from the internet (step 5, Precise choice 8).
#include "core/reach/path_walk.h"

#include "core/reach/reach_codes.h"
#include "core/reach/rule_evaluation.h"

#include <array>

namespace topograph::reach {

namespace {

struct Block {
    std::uint32_t network;
    int prefix;
};

constexpr std::array<Block, 9> nonPublicBlocks{{
    {0x00000000U, 8},  // 0.0.0.0/8 "this network"
    {0x0A000000U, 8},  // 10.0.0.0/8
    {0x64400000U, 10}, // 100.64.0.0/10 carrier-grade NAT (RFC 6598)
    {0x7F000000U, 8},  // 127.0.0.0/8
    {0xA9FE0000U, 16}, // 169.254.0.0/16 link-local
    {0xAC100000U, 12}, // 172.16.0.0/12
    {0xC0A80000U, 16}, // 192.168.0.0/16
    {0xE0000000U, 4},  // 224.0.0.0/4 multicast
    {0xF0000000U, 4},  // 240.0.0.0/4 reserved and broadcast
}};

/// "App security group (app-sg)", or just the id when the resource has no name of its own.
std::string named(const std::string& label, const std::string& id) {
    return label == id ? id : label + " (" + id + ")";
}

} // namespace

bool isNonPublicAddress(const IpAddress& address) {
    if (address.family() != IpFamily::V4) {
        return true;
    }
    for (const Block& block : nonPublicBlocks) {
        const std::uint32_t mask = ~std::uint32_t{0} << (32 - block.prefix);
        if ((address.v4Value() & mask) == block.network) {
            return true;
        }
    }
    return false;
}

PathWalk::PathWalk(const NetworkIndex& index, const ReachQuery& query, const Endpoint& source,
                   const Endpoint& destination, const IpAddress& remote)
    : net_(index), query_(query), source_(source), destination_(destination) {
    if (source.kind == EndpointKind::Workload) {
        sourceWorkload_ = source.workload;
        sourceAddress_ = *source.address;
        sourceSubnet_ = net_.workloads[sourceWorkload_].subnet;
        sourceVpc_ = net_.subnets[sourceSubnet_].vpc;
        destinationAddress_ = remote;
    } else {
        sourceAddress_ = remote;
        destinationAddress_ = *destination.address;
    }
    destinationWorkload_ = destination.workload;
    result_.ports = query.protocol.hasPorts()
                        ? PortSet::range(query.ephemeral.from, query.ephemeral.to)
                        : PortSet::range(0, 0); // one placeholder "port" for port-less protocols
}

WalkResult PathWalk::run() {
    const bool ok =
        source_.kind == EndpointKind::Workload ? outboundFromWorkload() : inboundFromInternet();
    result_.reachable = ok;
    if (!query_.protocol.hasPorts()) {
        result_.ports = PortSet{};
    }
    return std::move(result_);
}

// ---- The two starts ------------------------------------------------------------------------

bool PathWalk::outboundFromWorkload() {
    if (!securityGroupEgress()) {
        return false;
    }
    const bool sameSubnet = destinationWorkload_ != none &&
                            net_.workloads[destinationWorkload_].subnet == sourceSubnet_;
    const bool addressInSameSubnet =
        destination_.kind == EndpointKind::Address && net_.subnets[sourceSubnet_].cidr &&
        net_.subnets[sourceSubnet_].cidr->contains(destinationAddress_);
    if (sameSubnet || addressInSameSubnet) {
        // Traffic between two ENIs of one subnet crosses neither NACLs nor route tables.
        pass("request", tableId(net_.subnets[sourceSubnet_].routeTable), "route-table",
             "same subnet " + net_.subnets[sourceSubnet_].label + ": delivered locally");
        if (destinationWorkload_ != none &&
            !securityGroupIngress(destinationWorkload_, sourceAddress_, sourceWorkload_)) {
            return false;
        }
        return true;
    }
    if (!naclRequest(sourceSubnet_, true, destinationAddress_)) {
        return false;
    }
    Position start;
    start.vpc = sourceVpc_;
    start.table = net_.subnets[sourceSubnet_].routeTable;
    start.sendingSubnet = sourceSubnet_;
    return forward(start);
}

bool PathWalk::inboundFromInternet() {
    const WorkloadView& target = net_.workloads[destinationWorkload_];
    const SubnetView& subnet = net_.subnets[target.subnet];
    if (!target.publicIp) {
        return fail(code::NoPublicIp, ra::IgwPrivateIpForIngress, target.id,
                    target.label + " has no public IPv4 address, so nothing on the internet can "
                                   "address it (a NAT gateway only lets connections out).",
                    "Give " + target.label +
                        " a public IP (an Elastic IP, or AssociatePublicIpAddress: true in a "
                        "public subnet), or put an internet-facing load balancer in front of it.");
    }
    pass("request", target.id, "public-ip", "public IPv4 address of " + target.label);
    const auto choice = lookupRoute(net_, subnet.vpc, subnet.routeTable, sourceAddress_);
    const InternetGateway* igw = nullptr;
    if (choice && !choice->local &&
        choice->route->route.targetKind == RouteTargetKind::InternetGateway) {
        igw = net_.document().findAs<InternetGateway>(choice->route->route.target);
    }
    if (igw == nullptr) {
        return fail(code::NoRoute, ra::NoRouteToDestination, tableId(subnet.routeTable),
                    "Route table " + tableId(subnet.routeTable) + " of subnet " + subnet.label +
                        " has no route to an internet gateway for " + sourceAddress_.toString() +
                        ", so replies to the internet cannot leave and " + target.label +
                        " is not reachable from there.",
                    "Add the route 0.0.0.0/0 -> an internet gateway attached to " +
                        net_.vpcs[subnet.vpc].label + " to route table " +
                        tableId(subnet.routeTable) + ".");
    }
    const Route& route = choice->route->route;
    if (!igw->attachedVpc || *igw->attachedVpc != net_.vpcs[subnet.vpc].id) {
        return fail(
            code::IgwNotAttached, ra::BadStateAttachment, route.target,
            "Internet gateway " + route.target + " is not attached to " +
                net_.vpcs[subnet.vpc].label + ", so traffic from the internet cannot enter it.",
            "Attach internet gateway " + route.target + " to " + net_.vpcs[subnet.vpc].label + ".");
    }
    pass("request", route.target, "internet-gateway",
         "translates the public address to " + target.label + "'s private IP " +
             destinationAddress_.toString());
    pass("request", tableId(subnet.routeTable), "route-table",
         "return route " + routeText(*choice->route));
    if (!naclRequest(target.subnet, false, sourceAddress_)) {
        return false;
    }
    if (!securityGroupIngress(destinationWorkload_, sourceAddress_, none)) {
        return false;
    }
    return naclResponse(target.subnet, true, sourceAddress_);
}

// ---- Filters -------------------------------------------------------------------------------

bool PathWalk::securityGroupEgress() {
    const WorkloadView& source = net_.workloads[sourceWorkload_];
    SgPeer peer;
    peer.address = destinationAddress_;
    peer.workload = destinationWorkload_;
    if (destinationWorkload_ != none) {
        peer.referencesCount = referencesCount(
            sourceVpc_, net_.subnets[net_.workloads[destinationWorkload_].subnet].vpc);
    }
    if (destination_.kind == EndpointKind::Service) {
        peer.prefixList = "pl-" + destination_.service;
    }
    const SgMatch match = findSecurityGroupRule(net_, source.securityGroups, true, query_.protocol,
                                                query_.port, peer);
    if (match.rule != nullptr) {
        const SecurityGroupView& group = net_.securityGroups[match.group];
        pass("request", group.id, "security-group-egress", describeSgRule(net_, *match.rule, true));
        return true;
    }
    const std::string groupId = source.securityGroups.empty()
                                    ? std::string("(none)")
                                    : net_.securityGroups[source.securityGroups.front()].id;
    const std::string groupLabel =
        source.securityGroups.empty()
            ? groupId
            : named(net_.securityGroups[source.securityGroups.front()].label, groupId);
    std::string to = destinationAddress_.toString() + "/32";
    // The rule the fix adds; a service's prefix list has no id in the model, so 0.0.0.0/0.
    RuleRemedy remedy = groupRemedy(groupId, true);
    remedy.peer = to;
    if (destination_.kind == EndpointKind::Internet) {
        to = "0.0.0.0/0";
        remedy.peer = to;
    } else if (destination_.kind == EndpointKind::Service) {
        to = "pl-" + destination_.service + " (or 0.0.0.0/0)";
        remedy.peer = "0.0.0.0/0";
    } else if (const SecurityGroupView* group = referableGroup(destinationWorkload_, peer)) {
        to = named(group->label, group->id);
        remedy.peerKind = SgPeerKind::SecurityGroup;
        remedy.peer = group->id;
    }
    return fail(code::SgEgressDenied, ra::EniSgRulesMismatch, groupId,
                "Security group " + groupLabel + " of " + source.label +
                    " has no outbound rule for " + traffic() + " to " + destinationText() +
                    ", so the request never leaves " + source.label + ".",
                "Add an outbound rule to " + groupLabel + ": " + ruleSpec() + " to " + to + ".",
                source.securityGroups.empty() ? std::nullopt : std::optional(remedy));
}

bool PathWalk::securityGroupIngress(Index workload, const IpAddress& from, Index fromWorkload) {
    const WorkloadView& target = net_.workloads[workload];
    SgPeer peer;
    peer.address = from;
    peer.workload = fromWorkload;
    if (fromWorkload != none) {
        peer.referencesCount = referencesCount(sourceVpc_, net_.subnets[target.subnet].vpc);
    }
    const SgMatch match = findSecurityGroupRule(net_, target.securityGroups, false, query_.protocol,
                                                query_.port, peer);
    if (match.rule != nullptr) {
        pass("request", net_.securityGroups[match.group].id, "security-group-ingress",
             describeSgRule(net_, *match.rule, false));
        return true;
    }
    const std::string groupId = target.securityGroups.empty()
                                    ? std::string("(none)")
                                    : net_.securityGroups[target.securityGroups.front()].id;
    const std::string groupLabel =
        target.securityGroups.empty()
            ? groupId
            : named(net_.securityGroups[target.securityGroups.front()].label, groupId);
    std::string fromText = from.toString() + "/32";
    RuleRemedy remedy = groupRemedy(groupId, false);
    if (source_.kind == EndpointKind::Internet) {
        fromText = "0.0.0.0/0";
    } else if (const SecurityGroupView* group = referableGroup(fromWorkload, peer)) {
        fromText = named(group->label, group->id);
        remedy.peerKind = SgPeerKind::SecurityGroup;
        remedy.peer = group->id;
    }
    if (remedy.peerKind == SgPeerKind::Cidr) {
        remedy.peer = fromText;
    }
    return fail(
        code::SgIngressDenied, ra::EniSgRulesMismatch, groupId,
        "Security group " + groupLabel + " of " + target.label + " has no inbound rule for " +
            traffic() + " from " + sourceText() + " (" + from.toString() + ").",
        "Add an inbound rule to " + groupLabel + ": " + ruleSpec() + " from " + fromText + ".",
        target.securityGroups.empty() ? std::nullopt : std::optional(remedy));
}

bool PathWalk::naclRequest(Index subnet, bool outbound, const IpAddress& remote) {
    const SubnetView& view = net_.subnets[subnet];
    const NaclView& nacl = net_.nacls[view.nacl];
    const PortSet port = query_.protocol.hasPorts() ? PortSet::range(query_.port, query_.port)
                                                    : PortSet::range(0, 0);
    const NaclVerdict verdict = evaluateNacl(nacl, outbound, query_.protocol, remote, port);
    const char* kind = outbound ? "network-acl-outbound" : "network-acl-inbound";
    if (!verdict.allowed.empty()) {
        pass("request", nacl.id, kind, describeNaclEntry(*verdict.allowingEntries.front()));
        return true;
    }
    const std::string direction = outbound ? "outbound" : "inbound";
    const std::string toFrom = outbound ? " to " : " from ";
    const std::string why = verdict.firstDeny != nullptr
                                ? "its " + describeNaclEntry(*verdict.firstDeny) + " matches first"
                                : "no rule matches, so the final deny (*) applies";
    std::string fix = "Add an " + direction + " rule to " + named(nacl.label, nacl.id) +
                      ": allow " + ruleSpec() + toFrom + remoteBlock(remote);
    fix += verdict.firstDeny != nullptr
               ? ", numbered below " + std::to_string(verdict.firstDeny->entry.ruleNumber) + "."
               : ".";
    return fail(
        outbound ? code::NaclOutboundDenied : code::NaclInboundDenied, ra::SubnetAclRestriction,
        nacl.id,
        "Network ACL " + named(nacl.label, nacl.id) + " of subnet " + view.label + " blocks " +
            traffic() + toFrom + remote.toString() + ": " + why + ".",
        fix, naclRemedy(nacl.id, outbound, requestPorts(), remoteCidr(remote), verdict.firstDeny));
}

bool PathWalk::naclResponse(Index subnet, bool outbound, const IpAddress& remote) {
    const SubnetView& view = net_.subnets[subnet];
    const NaclView& nacl = net_.nacls[view.nacl];
    const NaclVerdict verdict =
        evaluateNacl(nacl, outbound, query_.protocol, remote, result_.ports);
    const char* kind = outbound ? "network-acl-outbound" : "network-acl-inbound";
    const std::string toFrom = outbound ? " to " : " from ";
    if (!verdict.allowed.empty()) {
        std::string detail;
        for (const NaclEntryView* entry : verdict.allowingEntries) {
            detail += (detail.empty() ? "" : "; ") + describeNaclEntry(*entry);
        }
        if (query_.protocol.hasPorts()) {
            detail += " (client ports " + verdict.allowed.toString() + ")";
            if (verdict.allowed != result_.ports) {
                result_.narrowedBy.push_back(nacl.id);
            }
        }
        pass("response", nacl.id, kind, detail);
        result_.ports = verdict.allowed;
        return true;
    }
    const std::string ports =
        query_.protocol.hasPorts() ? " on client ports " + result_.ports.toString() : "";
    const std::string why = verdict.firstDeny != nullptr
                                ? "its " + describeNaclEntry(*verdict.firstDeny) + " matches first"
                                : "no rule matches, so the final deny (*) applies";
    const std::string spec = query_.protocol.hasPorts()
                                 ? toString(query_.protocol) + " " +
                                       std::to_string(query_.ephemeral.from) + "-" +
                                       std::to_string(query_.ephemeral.to)
                                 : ruleSpec();
    return fail(
        code::NaclReturnDenied, ra::SubnetAclRestriction, nacl.id,
        "The request gets through, but network ACL " + named(nacl.label, nacl.id) + " of subnet " +
            view.label + " drops the response" + toFrom + remote.toString() + ports + ": " + why +
            ". NACLs are stateless, so responses need their own rule.",
        "Add an " + std::string(outbound ? "outbound" : "inbound") + " rule to " +
            named(nacl.label, nacl.id) + ": allow " + spec + toFrom + remoteBlock(remote) +
            ", the client's ephemeral ports.",
        naclRemedy(nacl.id, outbound,
                   query_.protocol.hasPorts() ? std::optional(query_.ephemeral) : std::nullopt,
                   remoteCidr(remote), verdict.firstDeny));
}

bool PathWalk::naclResponseAnyPort(Index subnet, const IpAddress& remote) {
    // The NAT gateway picks its own source port in 1024-65535 on the internet side.
    const SubnetView& view = net_.subnets[subnet];
    const NaclView& nacl = net_.nacls[view.nacl];
    const PortSet natPorts =
        query_.protocol.hasPorts() ? PortSet::range(1024, 65535) : PortSet::range(0, 0);
    const NaclVerdict verdict = evaluateNacl(nacl, false, query_.protocol, remote, natPorts);
    if (!verdict.allowed.empty()) {
        pass("response", nacl.id, "network-acl-inbound",
             describeNaclEntry(*verdict.allowingEntries.front()) + " (NAT gateway ports " +
                 verdict.allowed.toString() + ")");
        return true;
    }
    return fail(
        code::NaclReturnDenied, ra::SubnetAclRestriction, nacl.id,
        "Network ACL " + named(nacl.label, nacl.id) + " of the NAT gateway's subnet " + view.label +
            " drops the response from " + remote.toString() +
            " to the NAT gateway's ports 1024-65535.",
        "Add an inbound rule to " + named(nacl.label, nacl.id) + ": allow " +
            (query_.protocol.hasPorts() ? toString(query_.protocol) + " 1024-65535" : ruleSpec()) +
            " from 0.0.0.0/0.",
        naclRemedy(nacl.id, false,
                   query_.protocol.hasPorts() ? std::optional(PortRange{1024, 65535})
                                              : std::nullopt,
                   "0.0.0.0/0", verdict.firstDeny));
}

// ---- Small helpers ---------------------------------------------------------------------------

bool PathWalk::fail(std::string_view code, std::string_view raCode, std::string blockedAt,
                    std::string explanation, std::string fix, std::optional<RuleRemedy> remedy) {
    result_.failure =
        Failure{code,           raCode,           std::move(blockedAt), std::move(explanation),
                std::move(fix), std::move(remedy)};
    return false;
}

void PathWalk::pass(const char* direction, std::string component, std::string kind,
                    std::string detail) {
    ++result_.depth;
    result_.hops.push_back({direction, std::move(component), std::move(kind), std::move(detail)});
}

bool PathWalk::referencesCount(Index vpcA, Index vpcB) const {
    if (vpcA == none || vpcB == none) {
        return false;
    }
    if (vpcA == vpcB) {
        return true;
    }
    const std::string& a = net_.vpcs[vpcA].id;
    const std::string& b = net_.vpcs[vpcB].id;
    for (const Resource& resource : net_.document().resources()) {
        if (const auto* peering = resource.as<VpcPeering>()) {
            const bool joins = (peering->requesterVpc == a && peering->accepterVpc == b) ||
                               (peering->requesterVpc == b && peering->accepterVpc == a);
            if (joins && peering->peerRegion.empty()) {
                return true;
            }
        }
    }
    for (const TgwAttachmentView& first : net_.tgwAttachments) {
        if (first.vpc != vpcA || !first.securityGroupReferencing) {
            continue;
        }
        const Index second = net_.attachmentOf(vpcB, first.transitGateway);
        if (second != none && net_.tgwAttachments[second].securityGroupReferencing) {
            return true;
        }
    }
    return false;
}

bool PathWalk::privateDestination() const {
    switch (destination_.kind) {
    case EndpointKind::Workload:
        return true;
    case EndpointKind::Address:
        return isNonPublicAddress(destinationAddress_) || net_.anyVpcHolds(destinationAddress_);
    case EndpointKind::Internet:
    case EndpointKind::Service:
        return false;
    }
    return false;
}

Index PathWalk::attachmentSubnet(Index attachment, Index nearSubnet) const {
    const auto& subnets = net_.tgwAttachments[attachment].subnets;
    if (subnets.empty()) {
        return none;
    }
    if (nearSubnet != none) {
        for (Index s : subnets) {
            if (!net_.subnets[s].zone.empty() &&
                net_.subnets[s].zone == net_.subnets[nearSubnet].zone) {
                return s;
            }
        }
    }
    return subnets.front();
}

std::string PathWalk::routeText(const RouteView& route) const {
    std::string target = route.route.target;
    if (route.route.targetKind == RouteTargetKind::Blackhole) {
        target = "blackhole";
    }
    return "route " + route.route.destination + " -> " + target;
}

std::string PathWalk::tableId(Index table) const {
    return table == none ? std::string("(no route table)") : net_.routeTables[table].id;
}

std::string PathWalk::subnetLabel(Index subnet) const {
    return subnet == none ? std::string("(no subnet)") : net_.subnets[subnet].label;
}

std::string PathWalk::remoteBlock(const IpAddress& remote) const {
    const std::string cidr = remoteCidr(remote);
    const auto subnetOf = [&](Index workload) -> const SubnetView& {
        return net_.subnets[net_.workloads[workload].subnet];
    };
    for (const auto& [address, workload] : {std::pair{sourceAddress_, sourceWorkload_},
                                            std::pair{destinationAddress_, destinationWorkload_}}) {
        if (remote == address && workload != none && subnetOf(workload).cidr) {
            return cidr + " (" + subnetOf(workload).label + ")";
        }
    }
    return cidr;
}

std::string PathWalk::remoteCidr(const IpAddress& remote) const {
    // A workload's whole subnet is what people write in NACLs; an internet peer is anyone.
    const auto subnetBlockOf = [&](Index workload) -> std::string {
        const SubnetView& subnet = net_.subnets[net_.workloads[workload].subnet];
        return subnet.cidr ? subnet.cidr->toString() : remote.toString() + "/32";
    };
    if (remote == sourceAddress_ && sourceWorkload_ != none) {
        return subnetBlockOf(sourceWorkload_);
    }
    if (remote == destinationAddress_ && destinationWorkload_ != none) {
        return subnetBlockOf(destinationWorkload_);
    }
    if ((remote == sourceAddress_ && source_.kind == EndpointKind::Internet && !source_.address) ||
        (remote == destinationAddress_ &&
         (destination_.kind == EndpointKind::Service ||
          (destination_.kind == EndpointKind::Internet && !destination_.address)))) {
        return "0.0.0.0/0";
    }
    return remote.toString() + "/32";
}

RuleRemedy PathWalk::naclRemedy(const std::string& nacl, bool egress,
                                std::optional<PortRange> ports, const std::string& cidr,
                                const NaclEntryView* firstDeny) const {
    RuleRemedy remedy;
    remedy.filter = RuleRemedy::Filter::NetworkAcl;
    remedy.resource = nacl;
    remedy.egress = egress;
    remedy.protocol = query_.protocol;
    remedy.ports = ports;
    remedy.peer = cidr;
    remedy.firstDenyNumber = firstDeny != nullptr ? firstDeny->entry.ruleNumber : 0;
    return remedy;
}

const SecurityGroupView* PathWalk::referableGroup(Index workload, const SgPeer& peer) const {
    if (workload == none || !peer.referencesCount ||
        net_.workloads[workload].securityGroups.empty()) {
        return nullptr;
    }
    const SecurityGroupView& group =
        net_.securityGroups[net_.workloads[workload].securityGroups.front()];
    // AWS's implicit default group is not in the file: a rule naming it would dangle.
    return group.implicitDefault ? nullptr : &group;
}

RuleRemedy PathWalk::groupRemedy(const std::string& group, bool egress) const {
    RuleRemedy remedy;
    remedy.filter = RuleRemedy::Filter::SecurityGroup;
    remedy.resource = group;
    remedy.egress = egress;
    remedy.protocol = query_.protocol;
    remedy.ports = requestPorts();
    return remedy;
}

std::optional<PortRange> PathWalk::requestPorts() const {
    if (!query_.protocol.hasPorts()) {
        return std::nullopt;
    }
    return PortRange{query_.port, query_.port};
}

std::string PathWalk::traffic() const {
    return describeTraffic(query_.protocol, query_.port);
}

std::string PathWalk::ruleSpec() const {
    if (query_.protocol.isAll()) {
        return "all traffic";
    }
    if (query_.protocol.hasPorts()) {
        return toString(query_.protocol) + " " + std::to_string(query_.port);
    }
    return toString(query_.protocol);
}

std::string PathWalk::sourceText() const {
    if (source_.kind == EndpointKind::Internet) {
        return "the internet";
    }
    return source_.name;
}

std::string PathWalk::destinationText() const {
    switch (destination_.kind) {
    case EndpointKind::Internet:
        return "the internet (" + destinationAddress_.toString() + ")";
    case EndpointKind::Service:
        return destination_.name + " (" + destinationAddress_.toString() + ")";
    case EndpointKind::Workload:
        return destination_.name + " (" + destinationAddress_.toString() + ")";
    case EndpointKind::Address:
        return destinationAddress_.toString();
    }
    return destination_.name;
}

} // namespace topograph::reach
