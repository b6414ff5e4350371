// SPDX-License-Identifier: Apache-2.0
// A small two-zone web network built in code that passes every check of the validator: an
// internet-facing load balancer in two public subnets, one app instance per zone in private
// subnets, one NAT gateway per zone. Rule tests break one thing and expect one code.
#pragma once

#include "core/model/document.h"
#include "tests/support/model_builders.h"

namespace topograph::check_tests {

inline Document webNetwork() {
    using testing_support::resource;
    Document d;
    d.add(resource("region", Region{.name = "us-east-1"}));
    d.add(resource("vpc", Vpc{.region = "region", .ipv4Cidrs = {"10.0.0.0/16"}}));
    d.add(resource("az-a", AvailabilityZone{.vpc = "vpc", .zone = "us-east-1a"}));
    d.add(resource("az-b", AvailabilityZone{.vpc = "vpc", .zone = "us-east-1b"}));
    d.add(resource("igw", InternetGateway{.attachedVpc = "vpc", .region = "region"}));
    d.add(resource("public-rt",
                   RouteTable{.vpc = "vpc",
                              .routes = {{"0.0.0.0/0", RouteTargetKind::InternetGateway, "igw"}}}));
    d.add(resource(
        "private-rt-a",
        RouteTable{.vpc = "vpc", .routes = {{"0.0.0.0/0", RouteTargetKind::NatGateway, "nat-a"}}}));
    d.add(resource(
        "private-rt-b",
        RouteTable{.vpc = "vpc", .routes = {{"0.0.0.0/0", RouteTargetKind::NatGateway, "nat-b"}}}));
    d.add(resource("public-a", Subnet{.vpc = "vpc",
                                      .availabilityZone = "az-a",
                                      .ipv4Cidr = "10.0.0.0/24",
                                      .mapPublicIpOnLaunch = true,
                                      .routeTable = "public-rt"}));
    d.add(resource("public-b", Subnet{.vpc = "vpc",
                                      .availabilityZone = "az-b",
                                      .ipv4Cidr = "10.0.1.0/24",
                                      .mapPublicIpOnLaunch = true,
                                      .routeTable = "public-rt"}));
    d.add(resource("app-a", Subnet{.vpc = "vpc",
                                   .availabilityZone = "az-a",
                                   .ipv4Cidr = "10.0.10.0/24",
                                   .routeTable = "private-rt-a"}));
    d.add(resource("app-b", Subnet{.vpc = "vpc",
                                   .availabilityZone = "az-b",
                                   .ipv4Cidr = "10.0.11.0/24",
                                   .routeTable = "private-rt-b"}));
    d.add(resource("eip-a", ElasticIp{.region = "region"}));
    d.add(resource("eip-b", ElasticIp{.region = "region"}));
    d.add(resource("nat-a", NatGateway{.subnet = "public-a", .elasticIp = "eip-a"}));
    d.add(resource("nat-b", NatGateway{.subnet = "public-b", .elasticIp = "eip-b"}));
    d.add(resource("web-sg", SecurityGroup{.vpc = "vpc",
                                           .ingress = {{.protocol = {IpProtocol::Tcp},
                                                        .ports = PortRange{443, 443},
                                                        .peer = "0.0.0.0/0"}},
                                           .egress = {{.protocol = {IpProtocol::Tcp},
                                                       .ports = PortRange{8080, 8080},
                                                       .peerKind = SgPeerKind::SecurityGroup,
                                                       .peer = "app-sg"}}}));
    d.add(resource("app-sg", SecurityGroup{.vpc = "vpc",
                                           .ingress = {{.protocol = {IpProtocol::Tcp},
                                                        .ports = PortRange{8080, 8080},
                                                        .peerKind = SgPeerKind::SecurityGroup,
                                                        .peer = "web-sg"}}}));
    d.add(resource("alb", LoadBalancer{.placement = {.subnets = {"public-a", "public-b"},
                                                     .securityGroups = {"web-sg"}},
                                       .listenerPorts = {443},
                                       .targets = {"app-1", "app-2"},
                                       .targetPort = 8080}));
    d.add(resource("app-1",
                   Instance{.placement = {.subnets = {"app-a"}, .securityGroups = {"app-sg"}}}));
    d.add(resource("app-2",
                   Instance{.placement = {.subnets = {"app-b"}, .securityGroups = {"app-sg"}}}));
    return d;
}

/// A second VPC, 10.1.0.0/16 unless told otherwise, with one subnet, route table and group.
inline void addOtherVpc(Document& d, const std::string& cidr = "10.1.0.0/16") {
    using testing_support::resource;
    d.add(resource("vpc-2", Vpc{.region = "region", .ipv4Cidrs = {cidr}}));
    d.add(resource("rt-2", RouteTable{.vpc = "vpc-2"}));
    d.add(resource("subnet-2", Subnet{.vpc = "vpc-2",
                                      .ipv4Cidr = cidr.substr(0, cidr.find('/')) + "/24",
                                      .routeTable = "rt-2"}));
    d.add(resource("sg-2", SecurityGroup{.vpc = "vpc-2"}));
    d.add(resource("server-2",
                   Instance{.placement = {.subnets = {"subnet-2"}, .securityGroups = {"sg-2"}}}));
}

} // namespace topograph::check_tests
