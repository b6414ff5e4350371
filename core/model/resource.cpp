// SPDX-License-Identifier: Apache-2.0
#include "core/model/resource.h"

#include <array>

namespace topograph {

namespace {

struct KindNames {
    std::string_view name;
    std::string_view label;
};

constexpr std::array<KindNames, resourceKindCount> kindNames{{
    {"region", "Region"},
    {"availability-zone", "Availability zone"},
    {"vpc", "VPC"},
    {"subnet", "Subnet"},
    {"route-table", "Route table"},
    {"internet-gateway", "Internet gateway"},
    {"egress-only-internet-gateway", "Egress-only internet gateway"},
    {"nat-gateway", "NAT gateway"},
    {"elastic-ip", "Elastic IP"},
    {"network-acl", "Network ACL"},
    {"security-group", "Security group"},
    {"instance", "EC2 instance"},
    {"load-balancer", "Load balancer"},
    {"rds-instance", "RDS database"},
    {"lambda-function", "Lambda function"},
    {"ecs-service", "ECS service"},
    {"interface-endpoint", "Interface endpoint"},
    {"gateway-endpoint", "Gateway endpoint"},
    {"vpc-peering", "VPC peering"},
    {"transit-gateway", "Transit gateway"},
    {"transit-gateway-attachment", "Transit gateway attachment"},
    {"transit-gateway-route-table", "Transit gateway route table"},
    {"vpn-gateway", "Virtual private gateway"},
    {"customer-gateway", "Customer gateway"},
    {"vpn-connection", "VPN connection"},
    {"external", "Other resource"},
}};

} // namespace

std::string_view kindName(ResourceKind kind) {
    return kindNames[static_cast<std::size_t>(kind)].name;
}

std::string_view kindLabel(ResourceKind kind) {
    return kindNames[static_cast<std::size_t>(kind)].label;
}

std::optional<ResourceKind> kindFromName(std::string_view name) {
    for (std::size_t i = 0; i < kindNames.size(); ++i) {
        if (kindNames[i].name == name) {
            return static_cast<ResourceKind>(i);
        }
    }
    return std::nullopt;
}

bool isWorkload(ResourceKind kind) {
    switch (kind) {
    case ResourceKind::Instance:
    case ResourceKind::LoadBalancer:
    case ResourceKind::RdsInstance:
    case ResourceKind::LambdaFunction:
    case ResourceKind::EcsService:
    case ResourceKind::InterfaceEndpoint:
        return true;
    default:
        return false;
    }
}

const Placement* Resource::placement() const {
    return std::visit(
        [](const auto& props) -> const Placement* {
            if constexpr (requires { props.placement; }) {
                return &props.placement;
            } else {
                return nullptr;
            }
        },
        properties);
}

Placement* Resource::placement() {
    return const_cast<Placement*>(std::as_const(*this).placement());
}

} // namespace topograph
