// SPDX-License-Identifier: Apache-2.0
#include "core/model/references.h"

#include <algorithm>

namespace topograph {

namespace {

using K = ResourceKind;

class ReferenceCollector {
public:
    std::vector<Reference> result;

    void add(std::string field, const ResourceId& id, std::vector<ResourceKind> kinds) {
        if (!id.empty()) {
            result.push_back({std::move(field), id, std::move(kinds)});
        }
    }
    void add(std::string field, const std::optional<ResourceId>& id,
             std::vector<ResourceKind> kinds) {
        if (id) {
            add(std::move(field), *id, std::move(kinds));
        }
    }
    void addEach(const std::string& field, const std::vector<ResourceId>& ids,
                 const std::vector<ResourceKind>& kinds) {
        for (std::size_t i = 0; i < ids.size(); ++i) {
            add(field + "[" + std::to_string(i) + "]", ids[i], kinds);
        }
    }
    void addPlacement(const Placement& placement) {
        addEach("placement.subnets", placement.subnets, {K::Subnet});
        addEach("placement.securityGroups", placement.securityGroups, {K::SecurityGroup});
    }

    void operator()(const Region&) {}
    void operator()(const AvailabilityZone& p) { add("vpc", p.vpc, {K::Vpc}); }
    void operator()(const Vpc& p) { add("region", p.region, {K::Region}); }
    void operator()(const Subnet& p) {
        add("vpc", p.vpc, {K::Vpc});
        add("availabilityZone", p.availabilityZone, {K::AvailabilityZone});
        add("routeTable", p.routeTable, {K::RouteTable});
        add("networkAcl", p.networkAcl, {K::NetworkAcl});
    }
    void operator()(const RouteTable& p) {
        add("vpc", p.vpc, {K::Vpc});
        for (std::size_t i = 0; i < p.routes.size(); ++i) {
            add("routes[" + std::to_string(i) + "].target", p.routes[i].target,
                routeTargetKinds(p.routes[i].targetKind));
        }
        addEach("propagatingGateways", p.propagatingGateways, {K::VpnGateway});
        addEach("edgeAssociations", p.edgeAssociations, {K::InternetGateway, K::VpnGateway});
    }
    void operator()(const InternetGateway& p) {
        add("attachedVpc", p.attachedVpc, {K::Vpc});
        add("region", p.region, {K::Region});
    }
    void operator()(const EgressOnlyInternetGateway& p) { add("vpc", p.vpc, {K::Vpc}); }
    void operator()(const NatGateway& p) {
        add("subnet", p.subnet, {K::Subnet});
        add("elasticIp", p.elasticIp, {K::ElasticIp});
    }
    void operator()(const ElasticIp& p) {
        add("region", p.region, {K::Region});
        add("associatedWith", p.associatedWith,
            {K::Instance, K::LoadBalancer, K::NatGateway, K::EcsService, K::RdsInstance});
    }
    void operator()(const NetworkAcl& p) { add("vpc", p.vpc, {K::Vpc}); }
    void operator()(const SecurityGroup& p) {
        add("vpc", p.vpc, {K::Vpc});
        addRules("ingress", p.ingress);
        addRules("egress", p.egress);
    }
    void operator()(const Instance& p) { addPlacement(p.placement); }
    void operator()(const LoadBalancer& p) {
        addPlacement(p.placement);
        addEach("targets", p.targets, {K::Instance, K::EcsService, K::LambdaFunction});
    }
    void operator()(const RdsInstance& p) { addPlacement(p.placement); }
    void operator()(const LambdaFunction& p) { addPlacement(p.placement); }
    void operator()(const EcsService& p) { addPlacement(p.placement); }
    void operator()(const InterfaceEndpoint& p) { addPlacement(p.placement); }
    void operator()(const GatewayEndpoint& p) {
        add("vpc", p.vpc, {K::Vpc});
        addEach("routeTables", p.routeTables, {K::RouteTable});
    }
    void operator()(const VpcPeering& p) {
        add("requesterVpc", p.requesterVpc, {K::Vpc});
        add("accepterVpc", p.accepterVpc, {K::Vpc});
    }
    void operator()(const TransitGateway& p) { add("region", p.region, {K::Region}); }
    void operator()(const TransitGatewayAttachment& p) {
        add("transitGateway", p.transitGateway, {K::TransitGateway});
        add("vpc", p.vpc, {K::Vpc});
        addEach("subnets", p.subnets, {K::Subnet});
    }
    void operator()(const TransitGatewayRouteTable& p) {
        add("transitGateway", p.transitGateway, {K::TransitGateway});
        for (std::size_t i = 0; i < p.routes.size(); ++i) {
            add("routes[" + std::to_string(i) + "].attachment", p.routes[i].attachment,
                {K::TransitGatewayAttachment});
        }
        addEach("associations", p.associations, {K::TransitGatewayAttachment});
        addEach("propagations", p.propagations, {K::TransitGatewayAttachment});
    }
    void operator()(const VpnGateway& p) {
        add("attachedVpc", p.attachedVpc, {K::Vpc});
        add("region", p.region, {K::Region});
    }
    void operator()(const CustomerGateway& p) { add("region", p.region, {K::Region}); }
    void operator()(const VpnConnection& p) {
        add("customerGateway", p.customerGateway, {K::CustomerGateway});
        add("vpnGateway", p.vpnGateway, {K::VpnGateway});
        add("transitGateway", p.transitGateway, {K::TransitGateway});
    }
    void operator()(const ExternalResource&) {}

private:
    void addRules(const std::string& field, const std::vector<SecurityGroupRule>& rules) {
        for (std::size_t i = 0; i < rules.size(); ++i) {
            if (rules[i].peerKind == SgPeerKind::SecurityGroup) {
                add(field + "[" + std::to_string(i) + "].peer", rules[i].peer, {K::SecurityGroup});
            }
        }
    }
};

} // namespace

namespace {

/// Prefixes of the AWS resource ids a network template may name (EC2 API reference).
constexpr std::string_view awsIdPrefixes[] = {
    "vpc",      "subnet", "sg",         "igw",     "eigw", "nat",     "rtb",           "acl",
    "eipalloc", "tgw",    "tgw-attach", "tgw-rtb", "pcx",  "vgw",     "cgw",           "vpn",
    "vpce",     "eni",    "i",          "pl",      "cagw", "lgw-rtb", "vpc-cidr-assoc"};

bool isLowerHex(std::string_view text) {
    return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
    });
}

bool isAwsResourceId(std::string_view text) {
    const std::size_t dash = text.rfind('-');
    if (dash == std::string_view::npos) {
        return false;
    }
    // AWS ids end in 8 or 17 lowercase hex digits.
    const std::string_view digits = text.substr(dash + 1);
    if (!isLowerHex(digits) || (digits.size() != 8 && digits.size() != 17)) {
        return false;
    }
    const std::string_view prefix = text.substr(0, dash);
    return std::find(std::begin(awsIdPrefixes), std::end(awsIdPrefixes), prefix) !=
           std::end(awsIdPrefixes);
}

} // namespace

bool isOutsideReference(std::string_view target) {
    if (target.size() > 3 && target.starts_with("${") && target.ends_with('}')) {
        return true;
    }
    return isAwsResourceId(target);
}

std::vector<ResourceKind> routeTargetKinds(RouteTargetKind kind) {
    switch (kind) {
    case RouteTargetKind::Local:
    case RouteTargetKind::Blackhole:
        return {};
    case RouteTargetKind::InternetGateway:
        return {K::InternetGateway};
    case RouteTargetKind::EgressOnlyInternetGateway:
        return {K::EgressOnlyInternetGateway};
    case RouteTargetKind::NatGateway:
        return {K::NatGateway};
    case RouteTargetKind::VpcPeering:
        return {K::VpcPeering};
    case RouteTargetKind::TransitGateway:
        return {K::TransitGateway};
    case RouteTargetKind::VpnGateway:
        return {K::VpnGateway};
    case RouteTargetKind::NetworkInterface:
    case RouteTargetKind::Instance:
        return {K::Instance};
    case RouteTargetKind::GatewayEndpoint:
        return {K::InterfaceEndpoint, K::GatewayEndpoint, K::LoadBalancer};
    }
    return {};
}

std::vector<Reference> referencesOf(const Resource& resource) {
    ReferenceCollector collector;
    std::visit(collector, resource.properties);
    return std::move(collector.result);
}

namespace {

std::optional<ResourceId> nonEmpty(const ResourceId& id) {
    if (id.empty()) {
        return std::nullopt;
    }
    return id;
}

} // namespace

std::optional<ResourceId> containerOf(const Document& document, const Resource& resource) {
    if (const Placement* placement = resource.placement()) {
        // A workload in several subnets (a load balancer, a Multi-AZ service) is drawn in
        // the VPC that holds them rather than in one of its subnets.
        if (placement->subnets.size() == 1) {
            return placement->subnets.front();
        }
        if (placement->subnets.empty()) {
            return std::nullopt;
        }
        return enclosingVpc(document, placement->subnets.front());
    }
    return std::visit(
        [&](const auto& p) -> std::optional<ResourceId> {
            using T = std::decay_t<decltype(p)>;
            if constexpr (std::is_same_v<T, Subnet>) {
                return p.availabilityZone.empty() || !document.contains(p.availabilityZone)
                           ? nonEmpty(p.vpc)
                           : nonEmpty(p.availabilityZone);
            } else if constexpr (std::is_same_v<T, InternetGateway> ||
                                 std::is_same_v<T, VpnGateway>) {
                return p.attachedVpc ? p.attachedVpc : nonEmpty(p.region);
            } else if constexpr (std::is_same_v<T, NatGateway>) {
                return nonEmpty(p.subnet);
            } else if constexpr (std::is_same_v<T, AvailabilityZone> ||
                                 std::is_same_v<T, RouteTable> || std::is_same_v<T, NetworkAcl> ||
                                 std::is_same_v<T, SecurityGroup> ||
                                 std::is_same_v<T, EgressOnlyInternetGateway> ||
                                 std::is_same_v<T, GatewayEndpoint> ||
                                 std::is_same_v<T, TransitGatewayAttachment>) {
                return nonEmpty(p.vpc);
            } else if constexpr (std::is_same_v<T, Vpc> || std::is_same_v<T, ElasticIp> ||
                                 std::is_same_v<T, TransitGateway> ||
                                 std::is_same_v<T, CustomerGateway>) {
                return nonEmpty(p.region);
            } else if constexpr (std::is_same_v<T, TransitGatewayRouteTable>) {
                return nonEmpty(p.transitGateway);
            } else {
                return std::nullopt;
            }
        },
        resource.properties);
}

std::optional<ResourceId> enclosingVpc(const Document& document, const ResourceId& id) {
    const Resource* current = document.find(id);
    // Containment is at most five levels deep; the bound also stops a malformed cycle.
    for (int depth = 0; current != nullptr && depth < 8; ++depth) {
        if (current->kind() == ResourceKind::Vpc) {
            return current->id;
        }
        const auto container = containerOf(document, *current);
        if (!container) {
            return std::nullopt;
        }
        current = document.find(*container);
    }
    return std::nullopt;
}

std::vector<ResourceId> referrersOf(const Document& document, const ResourceId& id) {
    std::vector<ResourceId> result;
    for (const Resource& resource : document.resources()) {
        for (const Reference& reference : referencesOf(resource)) {
            if (reference.target == id) {
                result.push_back(resource.id);
                break;
            }
        }
    }
    return result;
}

} // namespace topograph
