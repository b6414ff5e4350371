// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string_view>

namespace topograph::reach {

// The stable codes of NETWORK_SEMANTICS.md. Never rename one; add new ones at the end.
namespace code {
inline constexpr std::string_view SgEgressDenied = "SG_EGRESS_DENIED";
inline constexpr std::string_view SgIngressDenied = "SG_INGRESS_DENIED";
inline constexpr std::string_view NaclOutboundDenied = "NACL_OUTBOUND_DENIED";
inline constexpr std::string_view NaclInboundDenied = "NACL_INBOUND_DENIED";
inline constexpr std::string_view NaclReturnDenied = "NACL_RETURN_DENIED";
inline constexpr std::string_view NoRoute = "NO_ROUTE";
inline constexpr std::string_view BlackholeRoute = "BLACKHOLE_ROUTE";
inline constexpr std::string_view NoReturnRoute = "NO_RETURN_ROUTE";
inline constexpr std::string_view IgwNotAttached = "IGW_NOT_ATTACHED";
inline constexpr std::string_view NoPublicIp = "NO_PUBLIC_IP";
inline constexpr std::string_view NatInPrivateSubnet = "NAT_IN_PRIVATE_SUBNET";
inline constexpr std::string_view NatNoElasticIp = "NAT_NO_ELASTIC_IP";
inline constexpr std::string_view NonTransitivePeering = "NON_TRANSITIVE_PEERING";
inline constexpr std::string_view CidrOverlap = "CIDR_OVERLAP";
inline constexpr std::string_view TgwNoRoute = "TGW_NO_ROUTE";
inline constexpr std::string_view TgwBlackhole = "TGW_BLACKHOLE";
} // namespace code

// AWS Reachability Analyzer explanation codes used as the nearest equivalent (raCode).
namespace ra {
inline constexpr std::string_view EniSgRulesMismatch = "ENI_SG_RULES_MISMATCH";
inline constexpr std::string_view SubnetAclRestriction = "SUBNET_ACL_RESTRICTION";
inline constexpr std::string_view NoRouteToDestination = "NO_ROUTE_TO_DESTINATION";
inline constexpr std::string_view BadStateRoute = "BAD_STATE_ROUTE";
inline constexpr std::string_view BadStateAttachment = "BAD_STATE_ATTACHMENT";
inline constexpr std::string_view BadState = "BAD_STATE";
inline constexpr std::string_view IgwPublicIpForEgress = "IGW_PUBLIC_IP_ASSOCIATION_FOR_EGRESS";
inline constexpr std::string_view IgwPrivateIpForIngress = "IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS";
inline constexpr std::string_view IgwDestinationNotRfc1918 =
    "IGW_DESTINATION_ADDRESS_NOT_IN_RFC1918_EGRESS";
inline constexpr std::string_view PcxRequiresAddressInVpcCidr = "PCX_REQUIRES_ADDRESS_IN_VPC_CIDR";
inline constexpr std::string_view NoPossibleDestination = "NO_POSSIBLE_DESTINATION";
inline constexpr std::string_view TgwMissingAssociation = "TGW_ATTACH_MISSING_TGW_RTB_ASSOCIATION";
inline constexpr std::string_view TgwRtbCannotRoute = "TGW_RTB_CANNOT_ROUTE";
inline constexpr std::string_view TgwRtbBadStateRoute = "TGW_RTB_BAD_STATE_ROUTE";
} // namespace ra

} // namespace topograph::reach
