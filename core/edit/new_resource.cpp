// SPDX-License-Identifier: Apache-2.0
#include "core/edit/new_resource.h"

#include "core/edit/placement.h"
#include "core/edit/proposed_cidr.h"

#include <algorithm>
#include <stdexcept>
#include <unordered_set>

namespace topograph {

namespace {

using K = ResourceKind;

constexpr std::string_view defaultRegionName = "us-east-1";

struct KnownRegion {
    std::string_view code;
    std::string_view label;
};

/// The regions offered to new Region items, most used first (AWS's region list).
constexpr KnownRegion knownRegions[] = {
    {"us-east-1", "US East (N. Virginia)"},     {"us-east-2", "US East (Ohio)"},
    {"us-west-1", "US West (N. California)"},   {"us-west-2", "US West (Oregon)"},
    {"eu-west-1", "Europe (Ireland)"},          {"eu-central-1", "Europe (Frankfurt)"},
    {"eu-west-2", "Europe (London)"},           {"ap-southeast-1", "Asia Pacific (Singapore)"},
    {"ap-northeast-1", "Asia Pacific (Tokyo)"}, {"ap-southeast-2", "Asia Pacific (Sydney)"},
};

std::vector<const Resource*> resourcesOfKind(const Document& document, ResourceKind kind) {
    std::vector<const Resource*> result;
    for (const Resource& resource : document.resources()) {
        if (resource.kind() == kind) {
            result.push_back(&resource);
        }
    }
    return result;
}

/// The AWS name of the region `vpc` lives in.
std::string regionNameOf(const Document& document, const Vpc& vpc) {
    const Region* region = document.findAs<Region>(vpc.region);
    if (region == nullptr && vpc.region.empty()) {
        // An empty region field means the document's only region.
        const auto regions = resourcesOfKind(document, K::Region);
        if (regions.size() == 1) {
            region = regions.front()->as<Region>();
        }
    }
    return region != nullptr && !region->name.empty() ? region->name
                                                      : std::string(defaultRegionName);
}

Region newRegion(const Document& document, std::string& displayName) {
    std::unordered_set<std::string> used;
    for (const Resource* resource : resourcesOfKind(document, K::Region)) {
        used.insert(resource->as<Region>()->name);
    }
    for (const KnownRegion& known : knownRegions) {
        if (!used.contains(std::string(known.code))) {
            displayName = known.label;
            return Region{std::string(known.code)};
        }
    }
    return Region{};
}

template <typename T> T inVpc(const ResourceId& vpc) {
    T properties;
    properties.vpc = vpc;
    return properties;
}

template <typename T> T inRegion(const ResourceId& region) {
    T properties;
    properties.region = region;
    return properties;
}

/// A workload in one subnet.
template <typename T> T inSubnet(const ResourceId& subnet) {
    T properties;
    properties.placement.subnets = {subnet};
    return properties;
}

std::string regionOfVpc(const Document& document, const ResourceId& vpc) {
    const Vpc* found = document.findAs<Vpc>(vpc);
    return found != nullptr ? found->region : std::string();
}

/// The kind-specific properties of a new resource in `container`, which canPlace() accepted.
ResourceProperties propertiesFor(const Document& document, ResourceKind kind,
                                 const std::optional<ResourceId>& container,
                                 std::string& displayName) {
    const ResourceId parent = container.value_or(ResourceId());
    switch (kind) {
    case K::Region:
        return newRegion(document, displayName);
    case K::AvailabilityZone: {
        AvailabilityZone zone{parent, nextZoneName(document, parent)};
        if (!zone.zone.empty()) {
            displayName = zone.zone;
        }
        return zone;
    }
    case K::Vpc: {
        Vpc vpc;
        vpc.region = parent;
        vpc.ipv4Cidrs = {proposeVpcCidr(document).value_or(std::string())};
        return vpc;
    }
    case K::Subnet: {
        Subnet subnet;
        subnet.vpc = document.findAs<AvailabilityZone>(parent)->vpc;
        subnet.availabilityZone = parent;
        subnet.ipv4Cidr = proposeSubnetCidr(document, subnet.vpc).value_or(std::string());
        return subnet;
    }
    case K::RouteTable:
        return inVpc<RouteTable>(parent);
    case K::InternetGateway:
        return InternetGateway{parent, regionOfVpc(document, parent)};
    case K::EgressOnlyInternetGateway:
        return EgressOnlyInternetGateway{parent};
    case K::NatGateway: {
        NatGateway nat;
        nat.subnet = parent;
        return nat;
    }
    case K::ElasticIp:
        return inRegion<ElasticIp>(parent);
    case K::NetworkAcl:
        return inVpc<NetworkAcl>(parent);
    case K::SecurityGroup: {
        SecurityGroup group;
        group.vpc = parent;
        group.description = displayName;
        // AWS gives every new group a rule allowing all outbound traffic.
        SecurityGroupRule allowAll;
        allowAll.protocol = IpProtocol{IpProtocol::All};
        allowAll.peer = "0.0.0.0/0";
        allowAll.description = "default egress rule";
        group.egress.push_back(allowAll);
        return group;
    }
    case K::Instance:
        return inSubnet<Instance>(parent);
    case K::LoadBalancer: {
        // As the console's wizard starts one: a listener on HTTP 80 (HTTPS needs a
        // certificate first).
        auto balancer = inSubnet<LoadBalancer>(parent);
        balancer.listenerPorts = {80};
        return balancer;
    }
    case K::RdsInstance:
        return inSubnet<RdsInstance>(parent);
    case K::LambdaFunction:
        return inSubnet<LambdaFunction>(parent);
    case K::EcsService:
        return inSubnet<EcsService>(parent);
    case K::InterfaceEndpoint:
        return inSubnet<InterfaceEndpoint>(parent);
    case K::GatewayEndpoint:
        return inVpc<GatewayEndpoint>(parent);
    case K::VpcPeering:
        return VpcPeering{};
    case K::TransitGateway:
        return inRegion<TransitGateway>(parent);
    case K::TransitGatewayAttachment:
        return inVpc<TransitGatewayAttachment>(parent);
    case K::TransitGatewayRouteTable: {
        TransitGatewayRouteTable table;
        table.transitGateway = parent;
        return table;
    }
    case K::VpnGateway: {
        VpnGateway gateway;
        gateway.attachedVpc = parent;
        gateway.region = regionOfVpc(document, parent);
        return gateway;
    }
    case K::CustomerGateway:
        return inRegion<CustomerGateway>(parent);
    case K::VpnConnection:
        return VpnConnection{};
    case K::External:
        break;
    }
    throw std::invalid_argument(placementHint(kind));
}

} // namespace

std::string_view idStem(ResourceKind kind) {
    switch (kind) {
    case K::Region:
        return "region";
    case K::AvailabilityZone:
        return "az";
    case K::Vpc:
        return "vpc";
    case K::Subnet:
        return "subnet";
    case K::RouteTable:
        return "rt";
    case K::InternetGateway:
        return "igw";
    case K::EgressOnlyInternetGateway:
        return "eigw";
    case K::NatGateway:
        return "nat";
    case K::ElasticIp:
        return "eip";
    case K::NetworkAcl:
        return "nacl";
    case K::SecurityGroup:
        return "sg";
    case K::Instance:
        return "instance";
    case K::LoadBalancer:
        return "lb";
    case K::RdsInstance:
        return "db";
    case K::LambdaFunction:
        return "function";
    case K::EcsService:
        return "service";
    case K::InterfaceEndpoint:
        return "endpoint";
    case K::GatewayEndpoint:
        return "gateway-endpoint";
    case K::VpcPeering:
        return "peering";
    case K::TransitGateway:
        return "tgw";
    case K::TransitGatewayAttachment:
        return "tgw-attachment";
    case K::TransitGatewayRouteTable:
        return "tgw-rt";
    case K::VpnGateway:
        return "vgw";
    case K::CustomerGateway:
        return "cgw";
    case K::VpnConnection:
        return "vpn";
    case K::External:
        return "resource";
    }
    return "resource";
}

std::string newDisplayName(const Document& document, ResourceKind kind) {
    std::unordered_set<std::string> used;
    const auto sameKind = resourcesOfKind(document, kind);
    for (const Resource* resource : sameKind) {
        used.insert(resource->name);
    }
    const std::string label(kindLabel(kind));
    for (std::size_t n = sameKind.size() + 1;; ++n) {
        std::string candidate = label + " " + std::to_string(n);
        if (!used.contains(candidate)) {
            return candidate;
        }
    }
}

std::string nextZoneName(const Document& document, const ResourceId& vpcId) {
    const Vpc* vpc = document.findAs<Vpc>(vpcId);
    const std::string region =
        vpc != nullptr ? regionNameOf(document, *vpc) : std::string(defaultRegionName);
    std::unordered_set<std::string> used;
    for (const Resource* resource : resourcesOfKind(document, K::AvailabilityZone)) {
        const auto* zone = resource->as<AvailabilityZone>();
        if (zone->vpc == vpcId) {
            used.insert(zone->zone);
        }
    }
    for (char letter = 'a'; letter <= 'z'; ++letter) {
        std::string candidate = region + letter;
        if (!used.contains(candidate)) {
            return candidate;
        }
    }
    return {};
}

Resource makeResource(const Document& document, ResourceKind kind,
                      const std::optional<ResourceId>& parent) {
    const PlacementCheck check = canPlace(document, kind, parent);
    if (!check.allowed) {
        throw std::invalid_argument(check.hint);
    }
    Resource resource;
    resource.id = document.freshId(std::string(idStem(kind)));
    resource.name = newDisplayName(document, kind);
    resource.properties =
        propertiesFor(document, kind, resolvedParent(document, kind, parent), resource.name);
    return resource;
}

Resource newElasticIpFor(const Document& document, const Resource& natGateway) {
    const NatGateway* nat = natGateway.as<NatGateway>();
    const Subnet* subnet = nat != nullptr ? document.findAs<Subnet>(nat->subnet) : nullptr;
    Resource eip;
    eip.id = document.freshId(std::string(idStem(ResourceKind::ElasticIp)));
    eip.name = natGateway.label() + " address";
    eip.properties = ElasticIp{
        subnet != nullptr ? regionOfVpc(document, subnet->vpc) : ResourceId(), std::nullopt, ""};
    return eip;
}

std::vector<Resource> companionsOf(const Document& document, Resource& created) {
    NatGateway* nat = created.as<NatGateway>();
    if (nat == nullptr || nat->connectivity != NatConnectivity::Public || nat->elasticIp) {
        return {};
    }
    Resource eip = newElasticIpFor(document, created);
    nat->elasticIp = eip.id;
    return {std::move(eip)};
}

} // namespace topograph
