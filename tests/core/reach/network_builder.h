// SPDX-License-Identifier: Apache-2.0
#pragma once

// Small builders for reachability tests: each call adds one resource to a Document.

#include "core/model/document.h"

#include <optional>
#include <string>
#include <vector>

namespace topograph::reach::testing {

class NetworkBuilder {
public:
    Document document;

    NetworkBuilder& vpc(const std::string& id, std::vector<std::string> cidrs);
    NetworkBuilder& zone(const std::string& id, const std::string& vpc, const std::string& name);
    NetworkBuilder& subnet(const std::string& id, const std::string& vpc, const std::string& cidr,
                           std::optional<std::string> routeTable = std::nullopt,
                           std::optional<std::string> nacl = std::nullopt, bool mapPublicIp = false,
                           const std::string& zone = "");
    NetworkBuilder& routeTable(const std::string& id, const std::string& vpc,
                               std::vector<Route> routes, bool main = false);
    NetworkBuilder& internetGateway(const std::string& id, std::optional<std::string> vpc);
    NetworkBuilder& elasticIp(const std::string& id, std::optional<std::string> associatedWith);
    NetworkBuilder& natGateway(const std::string& id, const std::string& subnet,
                               std::optional<std::string> elasticIp);
    NetworkBuilder& nacl(const std::string& id, const std::string& vpc,
                         std::vector<NaclEntry> entries, bool isDefault = false);
    NetworkBuilder& securityGroup(const std::string& id, const std::string& vpc,
                                  std::vector<SecurityGroupRule> ingress,
                                  std::vector<SecurityGroupRule> egress, bool isDefault = false);
    NetworkBuilder& instance(const std::string& id, const std::string& subnet,
                             std::vector<std::string> groups,
                             PublicIpChoice publicIp = PublicIpChoice::SubnetDefault,
                             const std::string& privateIp = "");
    NetworkBuilder& peering(const std::string& id, const std::string& requester,
                            const std::string& accepter);
    NetworkBuilder& transitGateway(const std::string& id, bool defaultAssociation = true,
                                   bool defaultPropagation = true);
    NetworkBuilder& tgwAttachment(const std::string& id, const std::string& tgw,
                                  const std::string& vpc, std::vector<std::string> subnets);
    NetworkBuilder& tgwRouteTable(const std::string& id, const std::string& tgw,
                                  std::vector<TransitGatewayRoute> routes,
                                  std::vector<std::string> associations,
                                  std::vector<std::string> propagations);
    NetworkBuilder& gatewayEndpoint(const std::string& id, const std::string& vpc,
                                    GatewayEndpointService service,
                                    std::vector<std::string> routeTables);

    template <typename T> T& get(const std::string& id) {
        return *document.findMutable(id)->as<T>();
    }

private:
    NetworkBuilder& add(const std::string& id, ResourceProperties properties);
};

Route route(const std::string& destination, RouteTargetKind kind, const std::string& target = "");
/// tcp/udp rule for one port (port < 0: every port) or an all-protocol rule ("all").
SecurityGroupRule sgRule(const std::string& protocol, int port, const std::string& cidr);
SecurityGroupRule sgRuleFromGroup(const std::string& protocol, int port, const std::string& group);
NaclEntry naclEntry(int rule, bool egress, bool allow, const std::string& protocol, int from,
                    int to, const std::string& cidr);
/// Allow-all inbound and outbound entries numbered 100.
std::vector<NaclEntry> allowAllEntries();

/// A VPC 10.0.0.0/16 with a public subnet (10.0.1.0/24, route 0.0.0.0/0 -> igw-1, NAT gateway
/// nat-1 with an Elastic IP) and a private subnet (10.0.2.0/24, route 0.0.0.0/0 -> nat-1),
/// custom NACLs that allow everything, and:
///   web-1 in the public subnet with a public IP and group web-sg (in: tcp 443 from 0.0.0.0/0,
///   out: all), app-1 in the private subnet with group app-sg (in: tcp 8080 from web-sg,
///   out: all).
NetworkBuilder twoTierNetwork();

} // namespace topograph::reach::testing
