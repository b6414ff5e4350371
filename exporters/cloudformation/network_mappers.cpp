// SPDX-License-Identifier: Apache-2.0
// VPCs, subnets, route tables, gateways, Elastic IPs, network ACLs, gateway endpoints and
// peering connections.
#include "exporters/cloudformation/resource_mappers.h"

namespace topograph::cfn {

namespace {

void mapVpc(PropertyReader& reader, Resource& resource) {
    Vpc vpc;
    if (auto cidr = reader.text("CidrBlock")) {
        vpc.ipv4Cidrs.push_back(*cidr);
    }
    vpc.enableDnsSupport = reader.boolean("EnableDnsSupport").value_or(true);
    vpc.enableDnsHostnames = reader.boolean("EnableDnsHostnames").value_or(false);
    resource.properties = vpc;
}

void mapSubnet(PropertyReader& reader, Resource& resource) {
    Subnet subnet;
    subnet.vpc = reader.id("VpcId").value_or("");
    subnet.ipv4Cidr = reader.text("CidrBlock").value_or("");
    subnet.ipv6Cidr = reader.text("Ipv6CidrBlock");
    subnet.mapPublicIpOnLaunch = reader.boolean("MapPublicIpOnLaunch").value_or(false);
    std::optional<std::string> zone = reader.text("AvailabilityZone");
    if (!zone) {
        zone = reader.text("AvailabilityZoneId");
    }
    if (zone) {
        subnet.availabilityZone = reader.state().zoneContainer(subnet.vpc, *zone);
    }
    resource.properties = subnet;
}

void mapNatGateway(PropertyReader& reader, Resource& resource) {
    NatGateway nat;
    nat.subnet = reader.id("SubnetId").value_or("");
    if (auto type = reader.text("ConnectivityType"); type && *type == "private") {
        nat.connectivity = NatConnectivity::Private;
    }
    nat.elasticIp = reader.id("AllocationId");
    resource.properties = nat;
}

void mapElasticIp(PropertyReader& reader, Resource& resource) {
    ElasticIp eip;
    eip.associatedWith = reader.id("InstanceId");
    resource.properties = eip;
}

void mapGatewayEndpoint(PropertyReader& reader, Resource& resource) {
    GatewayEndpoint endpoint;
    endpoint.vpc = reader.id("VpcId").value_or("");
    const std::string service = reader.text("ServiceName").value_or("");
    endpoint.service = service.ends_with(".dynamodb") ? GatewayEndpointService::DynamoDb
                                                      : GatewayEndpointService::S3;
    endpoint.routeTables = reader.ids("RouteTableIds");
    reader.value("VpcEndpointType");
    reader.keepSource("ServiceName");
    reader.keepSource("VpcEndpointType");
    resource.properties = endpoint;
}

void mapPeering(PropertyReader& reader, Resource& resource) {
    VpcPeering peering;
    peering.requesterVpc = reader.id("VpcId").value_or("");
    peering.accepterVpc = reader.id("PeerVpcId").value_or("");
    peering.peerRegion = reader.text("PeerRegion").value_or("");
    resource.properties = peering;
}

} // namespace

void mapNetworkResource(const std::string& type, PropertyReader& reader, Resource& resource) {
    if (type == "AWS::EC2::VPC") {
        mapVpc(reader, resource);
    } else if (type == "AWS::EC2::Subnet") {
        mapSubnet(reader, resource);
    } else if (type == "AWS::EC2::RouteTable") {
        resource.properties = RouteTable{reader.id("VpcId").value_or(""), false, {}, {}, {}};
    } else if (type == "AWS::EC2::InternetGateway") {
        resource.properties = InternetGateway{};
    } else if (type == "AWS::EC2::EgressOnlyInternetGateway") {
        resource.properties = EgressOnlyInternetGateway{reader.id("VpcId").value_or("")};
    } else if (type == "AWS::EC2::NatGateway") {
        mapNatGateway(reader, resource);
    } else if (type == "AWS::EC2::EIP") {
        mapElasticIp(reader, resource);
    } else if (type == "AWS::EC2::NetworkAcl") {
        resource.properties = NetworkAcl{reader.id("VpcId").value_or(""), false, {}};
    } else if (type == "AWS::EC2::VPCEndpoint") {
        mapGatewayEndpoint(reader, resource);
    } else if (type == "AWS::EC2::VPCPeeringConnection") {
        mapPeering(reader, resource);
    }
}

} // namespace topograph::cfn
