// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/model/resource_kinds.h"
#include "exporters/model_yaml/enum_words.h"

#include <concepts>
#include <span>
#include <type_traits>

// The fields of every kind in a model file, described once. A description is a function of a
// visitor: FieldReader reads the fields from a YAML mapping, FieldWriter writes them, in this
// order. Keys are the camelCase names of the struct fields in core/model/resource_kinds.h;
// placement fields sit flat on the workload. See docs/FORMAT.md.
//
// Visitor calls (default values are omitted on writing unless Emit::Always):
//   text(key, string[, default])   optionalText(key, optional<string>)
//   flag(key, bool, default)       number(key, int|long long, default[, emit])
//   optionalNumber(key, optional<int>)   textList(key, vector<string>)
//   numberList(key, vector<int>)   choice(key, enum, default, words[, emit])
//   protocol(key, IpProtocol)      ports(key, optional<PortRange>)
//   objects(key, vector<T>, describe-one-item)

namespace topograph::model_yaml {

enum class Emit : unsigned char { WhenNotDefault, Always };

template <typename S, typename T>
concept Is = std::same_as<std::remove_const_t<S>, T>;

template <typename E> constexpr std::span<const EnumWord<E>> words(const auto& table) {
    return std::span<const EnumWord<E>>(table);
}

template <typename V> void describe(V& v, Is<Region> auto& p) {
    v.text("regionName", p.name);
}

template <typename V> void describe(V& v, Is<AvailabilityZone> auto& p) {
    v.text("vpc", p.vpc);
    v.text("zone", p.zone);
}

template <typename V> void describe(V& v, Is<Vpc> auto& p) {
    v.text("region", p.region);
    v.textList("ipv4Cidrs", p.ipv4Cidrs);
    v.optionalText("ipv6Cidr", p.ipv6Cidr);
    v.flag("enableDnsSupport", p.enableDnsSupport, true);
    v.flag("enableDnsHostnames", p.enableDnsHostnames, false);
}

template <typename V> void describe(V& v, Is<Subnet> auto& p) {
    v.text("vpc", p.vpc);
    v.text("availabilityZone", p.availabilityZone);
    v.text("ipv4Cidr", p.ipv4Cidr);
    v.optionalText("ipv6Cidr", p.ipv6Cidr);
    v.flag("mapPublicIpOnLaunch", p.mapPublicIpOnLaunch, false);
    v.optionalText("routeTable", p.routeTable);
    v.optionalText("networkAcl", p.networkAcl);
}

template <typename V> void describe(V& v, Is<Route> auto& p) {
    v.text("destination", p.destination);
    v.choice("targetKind", p.targetKind, RouteTargetKind::Local,
             words<RouteTargetKind>(routeTargetWords), Emit::Always);
    v.text("target", p.target);
}

template <typename V> void describe(V& v, Is<RouteTable> auto& p) {
    v.text("vpc", p.vpc);
    v.flag("main", p.main, false);
    v.objects("routes", p.routes, [](auto& item, auto& route) { describe(item, route); });
    v.textList("propagatingGateways", p.propagatingGateways);
    v.textList("edgeAssociations", p.edgeAssociations);
}

template <typename V> void describe(V& v, Is<InternetGateway> auto& p) {
    v.optionalText("attachedVpc", p.attachedVpc);
    v.text("region", p.region);
}

template <typename V> void describe(V& v, Is<EgressOnlyInternetGateway> auto& p) {
    v.text("vpc", p.vpc);
}

template <typename V> void describe(V& v, Is<NatGateway> auto& p) {
    v.text("subnet", p.subnet);
    v.choice("connectivity", p.connectivity, NatConnectivity::Public,
             words<NatConnectivity>(natConnectivityWords));
    v.optionalText("elasticIp", p.elasticIp);
}

template <typename V> void describe(V& v, Is<ElasticIp> auto& p) {
    v.text("region", p.region);
    v.optionalText("associatedWith", p.associatedWith);
    v.text("publicIp", p.publicIp);
}

template <typename V> void describe(V& v, Is<NaclEntry> auto& p) {
    v.number("ruleNumber", p.ruleNumber, 100, Emit::Always);
    v.flag("egress", p.egress, false);
    v.choice("action", p.action, RuleAction::Allow, words<RuleAction>(ruleActionWords),
             Emit::Always);
    v.protocol("protocol", p.protocol);
    v.ports("ports", p.ports);
    v.text("cidr", p.cidr);
    v.optionalNumber("icmpType", p.icmpType);
    v.optionalNumber("icmpCode", p.icmpCode);
}

template <typename V> void describe(V& v, Is<NetworkAcl> auto& p) {
    v.text("vpc", p.vpc);
    v.flag("isDefault", p.isDefault, false);
    v.objects("entries", p.entries, [](auto& item, auto& entry) { describe(item, entry); });
}

template <typename V> void describe(V& v, Is<SecurityGroupRule> auto& p) {
    v.protocol("protocol", p.protocol);
    v.ports("ports", p.ports);
    v.choice("peerKind", p.peerKind, SgPeerKind::Cidr, words<SgPeerKind>(sgPeerKindWords));
    v.text("peer", p.peer);
    v.text("description", p.description);
}

template <typename V> void describe(V& v, Is<SecurityGroup> auto& p) {
    v.text("vpc", p.vpc);
    v.text("description", p.description);
    v.flag("isDefault", p.isDefault, false);
    const auto rule = [](auto& item, auto& r) {
        describe(item, r);
    };
    v.objects("ingress", p.ingress, rule);
    v.objects("egress", p.egress, rule);
}

template <typename V> void describe(V& v, Is<Placement> auto& p) {
    v.textList("subnets", p.subnets);
    v.textList("securityGroups", p.securityGroups);
    v.text("privateIp", p.privateIp);
    v.choice("publicIp", p.publicIp, PublicIpChoice::SubnetDefault,
             words<PublicIpChoice>(publicIpWords));
}

template <typename V> void describe(V& v, Is<Instance> auto& p) {
    describe(v, p.placement);
    v.text("instanceType", p.instanceType, "t3.micro");
    v.text("imageId", p.imageId);
}

template <typename V> void describe(V& v, Is<LoadBalancer> auto& p) {
    describe(v, p.placement);
    v.choice("type", p.type, LoadBalancerType::Application,
             words<LoadBalancerType>(loadBalancerTypeWords), Emit::Always);
    v.choice("scheme", p.scheme, LoadBalancerScheme::InternetFacing,
             words<LoadBalancerScheme>(loadBalancerSchemeWords), Emit::Always);
    v.numberList("listenerPorts", p.listenerPorts);
    v.textList("targets", p.targets);
    v.number("targetPort", p.targetPort, 0);
}

template <typename V> void describe(V& v, Is<RdsInstance> auto& p) {
    describe(v, p.placement);
    v.text("engine", p.engine, "postgres");
    v.number("port", p.port, 5432);
    v.flag("multiAz", p.multiAz, false);
    v.text("instanceClass", p.instanceClass, "db.t3.micro");
}

template <typename V> void describe(V& v, Is<LambdaFunction> auto& p) {
    describe(v, p.placement);
    v.text("runtime", p.runtime, "python3.12");
}

template <typename V> void describe(V& v, Is<EcsService> auto& p) {
    describe(v, p.placement);
    v.number("desiredCount", p.desiredCount, 1);
    v.number("containerPort", p.containerPort, 80);
}

template <typename V> void describe(V& v, Is<InterfaceEndpoint> auto& p) {
    describe(v, p.placement);
    v.text("serviceName", p.serviceName);
    v.flag("privateDns", p.privateDns, true);
}

template <typename V> void describe(V& v, Is<GatewayEndpoint> auto& p) {
    v.text("vpc", p.vpc);
    v.choice("service", p.service, GatewayEndpointService::S3,
             words<GatewayEndpointService>(gatewayServiceWords), Emit::Always);
    v.textList("routeTables", p.routeTables);
}

template <typename V> void describe(V& v, Is<VpcPeering> auto& p) {
    v.text("requesterVpc", p.requesterVpc);
    v.text("accepterVpc", p.accepterVpc);
    v.text("peerRegion", p.peerRegion);
}

template <typename V> void describe(V& v, Is<TransitGateway> auto& p) {
    v.text("region", p.region);
    v.number("amazonSideAsn", p.amazonSideAsn, 64512LL);
    v.flag("defaultRouteTableAssociation", p.defaultRouteTableAssociation, true);
    v.flag("defaultRouteTablePropagation", p.defaultRouteTablePropagation, true);
}

template <typename V> void describe(V& v, Is<TransitGatewayAttachment> auto& p) {
    v.text("transitGateway", p.transitGateway);
    v.text("vpc", p.vpc);
    v.textList("subnets", p.subnets);
    v.flag("applianceMode", p.applianceMode, false);
    v.flag("securityGroupReferencingSupport", p.securityGroupReferencingSupport, false);
}

template <typename V> void describe(V& v, Is<TransitGatewayRoute> auto& p) {
    v.text("destination", p.destination);
    v.text("attachment", p.attachment);
    v.flag("blackhole", p.blackhole, false);
}

template <typename V> void describe(V& v, Is<TransitGatewayRouteTable> auto& p) {
    v.text("transitGateway", p.transitGateway);
    v.objects("routes", p.routes, [](auto& item, auto& route) { describe(item, route); });
    v.textList("associations", p.associations);
    v.textList("propagations", p.propagations);
}

template <typename V> void describe(V& v, Is<VpnGateway> auto& p) {
    v.optionalText("attachedVpc", p.attachedVpc);
    v.text("region", p.region);
    v.number("amazonSideAsn", p.amazonSideAsn, 64512LL);
}

template <typename V> void describe(V& v, Is<CustomerGateway> auto& p) {
    v.text("region", p.region);
    v.text("ipAddress", p.ipAddress);
    v.number("bgpAsn", p.bgpAsn, 65000LL);
}

template <typename V> void describe(V& v, Is<VpnConnection> auto& p) {
    v.text("customerGateway", p.customerGateway);
    v.text("vpnGateway", p.vpnGateway);
    v.text("transitGateway", p.transitGateway);
    v.flag("staticRoutesOnly", p.staticRoutesOnly, true);
    v.textList("staticRoutes", p.staticRoutes);
}

template <typename V> void describe(V& v, Is<ExternalResource> auto& p) {
    v.text("type", p.type);
}

} // namespace topograph::model_yaml
