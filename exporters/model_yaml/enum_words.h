// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/model/resource_kinds.h"

#include <array>
#include <optional>
#include <span>
#include <string>
#include <string_view>

// The words a model file uses for each enumeration. One table per enum serves both reading and
// writing, so the two directions cannot disagree. The first word of a table is what is written.

namespace topograph::model_yaml {

template <typename E> struct EnumWord {
    E value;
    std::string_view word;
};

inline constexpr std::array<EnumWord<RuleAction>, 2> ruleActionWords{{
    {RuleAction::Allow, "allow"},
    {RuleAction::Deny, "deny"},
}};

inline constexpr std::array<EnumWord<RouteTargetKind>, 11> routeTargetWords{{
    {RouteTargetKind::Local, "local"},
    {RouteTargetKind::InternetGateway, "internet-gateway"},
    {RouteTargetKind::EgressOnlyInternetGateway, "egress-only-internet-gateway"},
    {RouteTargetKind::NatGateway, "nat-gateway"},
    {RouteTargetKind::VpcPeering, "vpc-peering"},
    {RouteTargetKind::TransitGateway, "transit-gateway"},
    {RouteTargetKind::VpnGateway, "vpn-gateway"},
    {RouteTargetKind::NetworkInterface, "network-interface"},
    {RouteTargetKind::Instance, "instance"},
    {RouteTargetKind::GatewayEndpoint, "gateway-endpoint"},
    {RouteTargetKind::Blackhole, "blackhole"},
}};

inline constexpr std::array<EnumWord<NatConnectivity>, 2> natConnectivityWords{{
    {NatConnectivity::Public, "public"},
    {NatConnectivity::Private, "private"},
}};

inline constexpr std::array<EnumWord<SgPeerKind>, 3> sgPeerKindWords{{
    {SgPeerKind::Cidr, "cidr"},
    {SgPeerKind::SecurityGroup, "security-group"},
    {SgPeerKind::PrefixList, "prefix-list"},
}};

// "true"/"false" are accepted on reading as well (see FieldReader::choice).
inline constexpr std::array<EnumWord<PublicIpChoice>, 3> publicIpWords{{
    {PublicIpChoice::SubnetDefault, "subnet-default"},
    {PublicIpChoice::Yes, "yes"},
    {PublicIpChoice::No, "no"},
}};

inline constexpr std::array<EnumWord<LoadBalancerType>, 3> loadBalancerTypeWords{{
    {LoadBalancerType::Application, "application"},
    {LoadBalancerType::Network, "network"},
    {LoadBalancerType::Gateway, "gateway"},
}};

inline constexpr std::array<EnumWord<LoadBalancerScheme>, 2> loadBalancerSchemeWords{{
    {LoadBalancerScheme::InternetFacing, "internet-facing"},
    {LoadBalancerScheme::Internal, "internal"},
}};

inline constexpr std::array<EnumWord<GatewayEndpointService>, 2> gatewayServiceWords{{
    {GatewayEndpointService::S3, "s3"},
    {GatewayEndpointService::DynamoDb, "dynamodb"},
}};

template <typename E> std::string_view wordOf(std::span<const EnumWord<E>> words, E value) {
    for (const auto& entry : words) {
        if (entry.value == value) {
            return entry.word;
        }
    }
    return {};
}

template <typename E>
std::optional<E> valueOf(std::span<const EnumWord<E>> words, std::string_view word) {
    for (const auto& entry : words) {
        if (entry.word == word) {
            return entry.value;
        }
    }
    return std::nullopt;
}

/// "allow, deny": the valid words, for error messages and the documentation.
template <typename E> std::string listOfWords(std::span<const EnumWord<E>> words) {
    std::string result;
    for (const auto& entry : words) {
        if (!result.empty()) {
            result += ", ";
        }
        result += entry.word;
    }
    return result;
}

} // namespace topograph::model_yaml
