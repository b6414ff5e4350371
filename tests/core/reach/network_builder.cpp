// SPDX-License-Identifier: Apache-2.0
#include "network_builder.h"

namespace topograph::reach::testing {

NetworkBuilder& NetworkBuilder::add(const std::string& id, ResourceProperties properties) {
    Resource resource;
    resource.id = id;
    resource.properties = std::move(properties);
    document.add(std::move(resource));
    return *this;
}

NetworkBuilder& NetworkBuilder::vpc(const std::string& id, std::vector<std::string> cidrs) {
    Vpc vpc;
    vpc.ipv4Cidrs = std::move(cidrs);
    return add(id, vpc);
}

NetworkBuilder& NetworkBuilder::zone(const std::string& id, const std::string& vpc,
                                     const std::string& name) {
    return add(id, AvailabilityZone{vpc, name});
}

NetworkBuilder& NetworkBuilder::subnet(const std::string& id, const std::string& vpc,
                                       const std::string& cidr,
                                       std::optional<std::string> routeTable,
                                       std::optional<std::string> nacl, bool mapPublicIp,
                                       const std::string& zone) {
    Subnet subnet;
    subnet.vpc = vpc;
    subnet.ipv4Cidr = cidr;
    subnet.routeTable = std::move(routeTable);
    subnet.networkAcl = std::move(nacl);
    subnet.mapPublicIpOnLaunch = mapPublicIp;
    subnet.availabilityZone = zone;
    return add(id, subnet);
}

NetworkBuilder& NetworkBuilder::routeTable(const std::string& id, const std::string& vpc,
                                           std::vector<Route> routes, bool main) {
    RouteTable table;
    table.vpc = vpc;
    table.routes = std::move(routes);
    table.main = main;
    return add(id, table);
}

NetworkBuilder& NetworkBuilder::internetGateway(const std::string& id,
                                                std::optional<std::string> vpc) {
    InternetGateway igw;
    igw.attachedVpc = std::move(vpc);
    return add(id, igw);
}

NetworkBuilder& NetworkBuilder::elasticIp(const std::string& id,
                                          std::optional<std::string> associatedWith) {
    ElasticIp eip;
    eip.associatedWith = std::move(associatedWith);
    return add(id, eip);
}

NetworkBuilder& NetworkBuilder::natGateway(const std::string& id, const std::string& subnet,
                                           std::optional<std::string> elasticIp) {
    NatGateway nat;
    nat.subnet = subnet;
    nat.elasticIp = std::move(elasticIp);
    return add(id, nat);
}

NetworkBuilder& NetworkBuilder::nacl(const std::string& id, const std::string& vpc,
                                     std::vector<NaclEntry> entries, bool isDefault) {
    NetworkAcl acl;
    acl.vpc = vpc;
    acl.entries = std::move(entries);
    acl.isDefault = isDefault;
    return add(id, acl);
}

NetworkBuilder& NetworkBuilder::securityGroup(const std::string& id, const std::string& vpc,
                                              std::vector<SecurityGroupRule> ingress,
                                              std::vector<SecurityGroupRule> egress,
                                              bool isDefault) {
    SecurityGroup group;
    group.vpc = vpc;
    group.ingress = std::move(ingress);
    group.egress = std::move(egress);
    group.isDefault = isDefault;
    return add(id, group);
}

NetworkBuilder& NetworkBuilder::instance(const std::string& id, const std::string& subnet,
                                         std::vector<std::string> groups, PublicIpChoice publicIp,
                                         const std::string& privateIp) {
    Instance instance;
    instance.placement.subnets = {subnet};
    instance.placement.securityGroups = std::move(groups);
    instance.placement.publicIp = publicIp;
    instance.placement.privateIp = privateIp;
    return add(id, instance);
}

NetworkBuilder& NetworkBuilder::peering(const std::string& id, const std::string& requester,
                                        const std::string& accepter) {
    return add(id, VpcPeering{requester, accepter, ""});
}

NetworkBuilder& NetworkBuilder::transitGateway(const std::string& id, bool defaultAssociation,
                                               bool defaultPropagation) {
    TransitGateway tgw;
    tgw.defaultRouteTableAssociation = defaultAssociation;
    tgw.defaultRouteTablePropagation = defaultPropagation;
    return add(id, tgw);
}

NetworkBuilder& NetworkBuilder::tgwAttachment(const std::string& id, const std::string& tgw,
                                              const std::string& vpc,
                                              std::vector<std::string> subnets) {
    TransitGatewayAttachment attachment;
    attachment.transitGateway = tgw;
    attachment.vpc = vpc;
    attachment.subnets = std::move(subnets);
    return add(id, attachment);
}

NetworkBuilder& NetworkBuilder::tgwRouteTable(const std::string& id, const std::string& tgw,
                                              std::vector<TransitGatewayRoute> routes,
                                              std::vector<std::string> associations,
                                              std::vector<std::string> propagations) {
    TransitGatewayRouteTable table;
    table.transitGateway = tgw;
    table.routes = std::move(routes);
    table.associations = std::move(associations);
    table.propagations = std::move(propagations);
    return add(id, table);
}

NetworkBuilder& NetworkBuilder::gatewayEndpoint(const std::string& id, const std::string& vpc,
                                                GatewayEndpointService service,
                                                std::vector<std::string> routeTables) {
    GatewayEndpoint endpoint;
    endpoint.vpc = vpc;
    endpoint.service = service;
    endpoint.routeTables = std::move(routeTables);
    return add(id, endpoint);
}

Route route(const std::string& destination, RouteTargetKind kind, const std::string& target) {
    return Route{destination, kind, target};
}

SecurityGroupRule sgRule(const std::string& protocol, int port, const std::string& cidr) {
    SecurityGroupRule rule;
    rule.protocol = *parseIpProtocol(protocol);
    if (port >= 0) {
        rule.ports = PortRange{port, port};
    }
    rule.peerKind = SgPeerKind::Cidr;
    rule.peer = cidr;
    return rule;
}

SecurityGroupRule sgRuleFromGroup(const std::string& protocol, int port, const std::string& group) {
    SecurityGroupRule rule = sgRule(protocol, port, "");
    rule.peerKind = SgPeerKind::SecurityGroup;
    rule.peer = group;
    return rule;
}

NaclEntry naclEntry(int rule, bool egress, bool allow, const std::string& protocol, int from,
                    int to, const std::string& cidr) {
    NaclEntry entry;
    entry.ruleNumber = rule;
    entry.egress = egress;
    entry.action = allow ? RuleAction::Allow : RuleAction::Deny;
    entry.protocol = *parseIpProtocol(protocol);
    if (from >= 0) {
        entry.ports = PortRange{from, to};
    }
    entry.cidr = cidr;
    return entry;
}

std::vector<NaclEntry> allowAllEntries() {
    return {naclEntry(100, false, true, "all", -1, -1, "0.0.0.0/0"),
            naclEntry(100, true, true, "all", -1, -1, "0.0.0.0/0")};
}

NetworkBuilder twoTierNetwork() {
    NetworkBuilder b;
    b.vpc("vpc-1", {"10.0.0.0/16"})
        .internetGateway("igw-1", "vpc-1")
        .routeTable("rt-public", "vpc-1",
                    {route("0.0.0.0/0", RouteTargetKind::InternetGateway, "igw-1")})
        .routeTable("rt-private", "vpc-1",
                    {route("0.0.0.0/0", RouteTargetKind::NatGateway, "nat-1")})
        .nacl("acl-public", "vpc-1", allowAllEntries())
        .nacl("acl-private", "vpc-1", allowAllEntries())
        .subnet("public", "vpc-1", "10.0.1.0/24", "rt-public", "acl-public", true)
        .subnet("private", "vpc-1", "10.0.2.0/24", "rt-private", "acl-private", false)
        .elasticIp("eip-nat", std::nullopt)
        .natGateway("nat-1", "public", "eip-nat")
        .securityGroup("web-sg", "vpc-1", {sgRule("tcp", 443, "0.0.0.0/0")},
                       {sgRule("all", -1, "0.0.0.0/0")})
        .securityGroup("app-sg", "vpc-1", {sgRuleFromGroup("tcp", 8080, "web-sg")},
                       {sgRule("all", -1, "0.0.0.0/0")})
        .instance("web-1", "public", {"web-sg"})
        .instance("app-1", "private", {"app-sg"});
    return b;
}

} // namespace topograph::reach::testing
