// SPDX-License-Identifier: Apache-2.0
#include "core/layout/labels.h"

#include <type_traits>

namespace topograph {

namespace {

std::string orKind(const std::string& text, const Resource& resource) {
    return text.empty() ? std::string(kindLabel(resource.kind())) : text;
}

std::string loadBalancerSubtitle(const LoadBalancer& balancer) {
    std::string type;
    switch (balancer.type) {
    case LoadBalancerType::Application:
        type = "Application LB";
        break;
    case LoadBalancerType::Network:
        type = "Network LB";
        break;
    case LoadBalancerType::Gateway:
        type = "Gateway LB";
        break;
    }
    return type + (balancer.scheme == LoadBalancerScheme::Internal ? ", internal" : "");
}

} // namespace

std::string subtitleOf(const Resource& resource) {
    return std::visit(
        [&](const auto& p) -> std::string {
            using T = std::decay_t<decltype(p)>;
            if constexpr (std::is_same_v<T, Region>) {
                return orKind(p.name, resource);
            } else if constexpr (std::is_same_v<T, AvailabilityZone>) {
                return orKind(p.zone, resource);
            } else if constexpr (std::is_same_v<T, Vpc>) {
                return p.ipv4Cidrs.empty() ? orKind("", resource) : p.ipv4Cidrs.front();
            } else if constexpr (std::is_same_v<T, Subnet>) {
                return orKind(p.ipv4Cidr, resource);
            } else if constexpr (std::is_same_v<T, Instance>) {
                return orKind(p.instanceType, resource);
            } else if constexpr (std::is_same_v<T, LoadBalancer>) {
                return loadBalancerSubtitle(p);
            } else if constexpr (std::is_same_v<T, RdsInstance>) {
                return orKind(p.engine, resource) + (p.multiAz ? ", Multi-AZ" : "");
            } else if constexpr (std::is_same_v<T, LambdaFunction>) {
                return orKind(p.runtime, resource);
            } else if constexpr (std::is_same_v<T, EcsService>) {
                return "ECS, " + std::to_string(p.desiredCount) + " task" +
                       (p.desiredCount == 1 ? "" : "s");
            } else if constexpr (std::is_same_v<T, InterfaceEndpoint>) {
                const auto dot = p.serviceName.rfind('.');
                return orKind(dot == std::string::npos ? p.serviceName
                                                       : p.serviceName.substr(dot + 1),
                              resource);
            } else if constexpr (std::is_same_v<T, GatewayEndpoint>) {
                return p.service == GatewayEndpointService::S3 ? "S3 endpoint"
                                                               : "DynamoDB endpoint";
            } else if constexpr (std::is_same_v<T, NatGateway>) {
                return p.connectivity == NatConnectivity::Public ? "NAT gateway"
                                                                 : "NAT gateway, private";
            } else if constexpr (std::is_same_v<T, TransitGateway> ||
                                 std::is_same_v<T, VpnGateway>) {
                return "ASN " + std::to_string(p.amazonSideAsn);
            } else if constexpr (std::is_same_v<T, CustomerGateway>) {
                return orKind(p.ipAddress, resource);
            } else if constexpr (std::is_same_v<T, VpcPeering>) {
                return p.peerRegion.empty() ? "VPC peering" : "peering to " + p.peerRegion;
            } else if constexpr (std::is_same_v<T, ElasticIp>) {
                return orKind(p.publicIp, resource);
            } else if constexpr (std::is_same_v<T, ExternalResource>) {
                return orKind(p.type, resource);
            } else {
                return orKind("", resource);
            }
        },
        resource.properties);
}

} // namespace topograph
