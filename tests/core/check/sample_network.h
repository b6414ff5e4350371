// SPDX-License-Identifier: Apache-2.0
// A small but complete network that passes every structural check: every kind of CIDR field
// is filled in, so a test can break exactly one thing and expect exactly one finding.
#pragma once

#include "core/model/document.h"
#include "tests/support/model_builders.h"

namespace topograph::check_tests {

using testing_support::resource;

inline Document validNetwork() {
    Document d;
    d.add(resource("region", Region{.name = "us-east-1"}));
    d.add(resource("vpc", Vpc{.region = "region",
                              .ipv4Cidrs = {"10.0.0.0/16", "10.1.0.0/16"},
                              .ipv6Cidr = "2600:1f18:1234:5600::/56"}));
    d.add(resource("vpc-b", Vpc{.region = "region", .ipv4Cidrs = {"10.0.0.0/16"}}));
    d.add(resource("az-a", AvailabilityZone{.vpc = "vpc", .zone = "us-east-1a"}));
    d.add(resource("public-a", Subnet{.vpc = "vpc",
                                      .availabilityZone = "az-a",
                                      .ipv4Cidr = "10.0.0.0/24",
                                      .ipv6Cidr = "2600:1f18:1234:5600::/64",
                                      .routeTable = "rt-public",
                                      .networkAcl = "acl"}));
    d.add(resource("app-a",
                   Subnet{.vpc = "vpc", .availabilityZone = "az-a", .ipv4Cidr = "10.0.1.0/24"}));
    d.add(resource("data-a", Subnet{.vpc = "vpc", .ipv4Cidr = "10.1.0.0/28"}));
    d.add(resource("ipv6-only", Subnet{.vpc = "vpc", .ipv6Cidr = "2600:1f18:1234:5601::/64"}));
    // Another VPC may reuse the same addresses: that is not a subnet overlap.
    d.add(resource("b-app", Subnet{.vpc = "vpc-b", .ipv4Cidr = "10.0.1.0/24"}));
    d.add(resource("igw", InternetGateway{.attachedVpc = "vpc", .region = "region"}));
    d.add(resource("eip", ElasticIp{.region = "region"}));
    d.add(resource("nat", NatGateway{.subnet = "public-a", .elasticIp = "eip"}));
    d.add(resource("s3", GatewayEndpoint{.vpc = "vpc", .routeTables = {"rt-public"}}));
    d.add(resource(
        "rt-public",
        RouteTable{.vpc = "vpc",
                   .routes = {{"0.0.0.0/0", RouteTargetKind::InternetGateway, "igw"},
                              {"::/0", RouteTargetKind::InternetGateway, "igw"},
                              {"pl-63a5400a", RouteTargetKind::GatewayEndpoint, "s3"},
                              {"172.16.0.0/12", RouteTargetKind::TransitGateway, "tgw"}}}));
    d.add(resource("acl",
                   NetworkAcl{.vpc = "vpc",
                              .entries = {{.ruleNumber = 100, .cidr = "0.0.0.0/0"},
                                          {.ruleNumber = 100, .egress = true, .cidr = "::/0"}}}));
    d.add(resource(
        "sg-web",
        SecurityGroup{.vpc = "vpc",
                      .ingress = {{.protocol = {IpProtocol::Tcp},
                                   .ports = PortRange{443, 443},
                                   .peer = "0.0.0.0/0"},
                                  {.peerKind = SgPeerKind::PrefixList, .peer = "pl-12345678"}},
                      .egress = {{.peerKind = SgPeerKind::SecurityGroup, .peer = "sg-app"}}}));
    d.add(resource("sg-app", SecurityGroup{.vpc = "vpc"}));
    d.add(resource("web",
                   Instance{.placement = {.subnets = {"public-a"}, .securityGroups = {"sg-web"}}}));
    d.add(resource("tgw", TransitGateway{.region = "region"}));
    d.add(resource("tgw-att", TransitGatewayAttachment{
                                  .transitGateway = "tgw", .vpc = "vpc", .subnets = {"app-a"}}));
    d.add(resource("tgw-rt", TransitGatewayRouteTable{.transitGateway = "tgw",
                                                      .routes = {{"10.0.0.0/8", "tgw-att", false},
                                                                 {"192.168.0.0/16", "", true}},
                                                      .associations = {"tgw-att"}}));
    d.add(resource("cgw", CustomerGateway{.region = "region", .ipAddress = "203.0.113.12"}));
    d.add(resource("vpn", VpnConnection{.customerGateway = "cgw",
                                        .transitGateway = "tgw",
                                        .staticRoutes = {"192.168.0.0/16"}}));
    return d;
}

} // namespace topograph::check_tests
