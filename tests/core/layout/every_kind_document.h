// SPDX-License-Identifier: Apache-2.0
// A small but complete architecture with one or more resources of every kind, built in code so
// the layout tests do not depend on the model file reader.
#pragma once

#include "core/model/document.h"
#include "tests/support/model_builders.h"

namespace topograph::testing_support {

inline Resource named(Resource item, std::string name) {
    item.name = std::move(name);
    return item;
}

inline Document everyKindDocument() {
    Document document;
    document.add(resource("region", Region{"us-east-1"}));
    Vpc mainVpc;
    mainVpc.region = "region";
    mainVpc.ipv4Cidrs = {"10.0.0.0/16"};
    document.add(named(resource("vpc", mainVpc), "Production VPC"));
    Vpc peerVpc;
    peerVpc.region = "region";
    peerVpc.ipv4Cidrs = {"10.1.0.0/16"};
    document.add(resource("vpc-peer", peerVpc));
    document.add(resource("az-a", AvailabilityZone{"vpc", "us-east-1a"}));
    document.add(resource("az-b", AvailabilityZone{"vpc", "us-east-1b"}));
    InternetGateway igw;
    igw.attachedVpc = "vpc";
    igw.region = "region";
    document.add(resource("igw", igw));
    RouteTable publicTable;
    publicTable.vpc = "vpc";
    publicTable.routes.push_back(Route{"0.0.0.0/0", RouteTargetKind::InternetGateway, "igw"});
    document.add(resource("rt-public", publicTable));
    RouteTable mainTable;
    mainTable.vpc = "vpc";
    mainTable.main = true;
    mainTable.routes.push_back(Route{"0.0.0.0/0", RouteTargetKind::NatGateway, "nat"});
    document.add(resource("rt-main", mainTable));
    // Private subnets come first in the file: the layout must still stack public ones on top.
    document.add(subnet("private-a", "vpc", "10.0.10.0/24", "az-a"));
    document.add(subnet("private-b", "vpc", "10.0.11.0/24", "az-b"));
    for (const auto& [id, cidr, zone] :
         {std::tuple{"public-a", "10.0.0.0/24", "az-a"}, {"public-b", "10.0.1.0/24", "az-b"}}) {
        Resource item = subnet(id, "vpc", cidr, zone);
        item.as<Subnet>()->routeTable = "rt-public";
        document.add(item);
    }
    document.add(subnet("loose-subnet", "vpc", "10.0.99.0/24"));
    document.add(subnet("peer-subnet", "vpc-peer", "10.1.0.0/24"));
    document.add(resource("eigw", EgressOnlyInternetGateway{"vpc"}));
    ElasticIp address;
    address.region = "region";
    document.add(resource("eip", address));
    NatGateway nat;
    nat.subnet = "public-a";
    nat.elasticIp = "eip";
    document.add(resource("nat", nat));
    NetworkAcl acl;
    acl.vpc = "vpc";
    document.add(resource("acl", acl));
    SecurityGroup group;
    group.vpc = "vpc";
    document.add(resource("sg", group));
    for (const char* id : {"web-a", "web-b", "app-a"}) {
        document.add(
            instance(id, {id[0] == 'w' && id[4] == 'b' ? "public-b" : "private-a"}, {"sg"}));
    }
    LoadBalancer balancer;
    balancer.placement.subnets = {"public-a", "public-b"};
    document.add(resource("alb", balancer));
    RdsInstance database;
    database.placement.subnets = {"private-b"};
    document.add(resource("db", database));
    LambdaFunction function;
    function.placement.subnets = {"private-a"};
    document.add(resource("fn", function));
    EcsService service;
    service.placement.subnets = {"private-b"};
    document.add(resource("ecs", service));
    InterfaceEndpoint endpoint;
    endpoint.placement.subnets = {"private-a"};
    endpoint.serviceName = "com.amazonaws.us-east-1.ssm";
    document.add(resource("ssm", endpoint));
    GatewayEndpoint s3;
    s3.vpc = "vpc";
    s3.routeTables = {"rt-main"};
    document.add(resource("s3", s3));
    document.add(resource("peering", VpcPeering{"vpc", "vpc-peer", ""}));
    TransitGateway hub;
    hub.region = "region";
    document.add(resource("tgw", hub));
    TransitGatewayAttachment attachment;
    attachment.transitGateway = "tgw";
    attachment.vpc = "vpc-peer";
    attachment.subnets = {"peer-subnet"};
    document.add(resource("tgw-attach", attachment));
    TransitGatewayRouteTable hubTable;
    hubTable.transitGateway = "tgw";
    document.add(resource("tgw-rt", hubTable));
    VpnGateway vgw;
    vgw.attachedVpc = "vpc";
    vgw.region = "region";
    document.add(resource("vgw", vgw));
    CustomerGateway office;
    office.region = "region";
    office.ipAddress = "203.0.113.10";
    document.add(resource("cgw", office));
    VpnConnection vpn;
    vpn.customerGateway = "cgw";
    vpn.vpnGateway = "vgw";
    document.add(resource("vpn", vpn));
    document.add(resource("bucket", ExternalResource{"AWS::S3::Bucket"}));
    return document;
}

} // namespace topograph::testing_support
