// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/model/values.h"

#include <optional>
#include <string>
#include <vector>

// One plain value type per component. References to other resources are ids; containment in
// the diagram is derived from these references (see containment.h), never stored twice.
// CIDR blocks are kept as written: an invalid one must load so that it can be reported.

namespace topograph {

struct Region {
    std::string name; // "us-east-1"
    bool operator==(const Region&) const = default;
};

/// An availability zone as drawn inside one VPC (AWS diagrams repeat the zone per VPC).
struct AvailabilityZone {
    ResourceId vpc;
    std::string zone; // "us-east-1a"; may be empty when the template leaves it to AWS
    bool operator==(const AvailabilityZone&) const = default;
};

struct Vpc {
    ResourceId region;                   // may be empty: the document's only region
    std::vector<std::string> ipv4Cidrs;  // primary first, then up to four secondary blocks
    std::optional<std::string> ipv6Cidr; // Amazon-provided or BYOIP /56
    bool enableDnsSupport = true;
    bool enableDnsHostnames = false;
    bool operator==(const Vpc&) const = default;
};

struct Subnet {
    ResourceId vpc;
    ResourceId availabilityZone; // an AvailabilityZone resource; may be empty
    std::string ipv4Cidr;
    std::optional<std::string> ipv6Cidr;
    bool mapPublicIpOnLaunch = false;
    std::optional<ResourceId> routeTable; // absent: the VPC's main route table
    std::optional<ResourceId> networkAcl; // absent: the VPC's default network ACL
    bool operator==(const Subnet&) const = default;
};

enum class RouteTargetKind : std::uint8_t {
    Local,
    InternetGateway,
    EgressOnlyInternetGateway,
    NatGateway,
    VpcPeering,
    TransitGateway,
    VpnGateway,
    NetworkInterface, // a middlebox: an instance's ENI
    Instance,
    GatewayEndpoint, // VPC endpoint of type Gateway Load Balancer or Network Firewall
    Blackhole,       // a target that is gone; kept so the route can be shown and fixed
};

struct Route {
    /// "10.1.0.0/16", "::/0", or a prefix list ("pl-s3", "pl-dynamodb") for gateway endpoints.
    std::string destination;
    RouteTargetKind targetKind = RouteTargetKind::Local;
    ResourceId target; // empty for Local and Blackhole
    bool operator==(const Route&) const = default;
};

struct RouteTable {
    ResourceId vpc;
    bool main = false; // the VPC's main table: used by subnets without an explicit association
    std::vector<Route> routes;                   // the local routes are implicit
    std::vector<ResourceId> propagatingGateways; // VPN gateways whose routes propagate here
    std::vector<ResourceId> edgeAssociations;    // gateways (IGW, VGW) for ingress routing
    bool operator==(const RouteTable&) const = default;
};

struct InternetGateway {
    std::optional<ResourceId> attachedVpc;
    ResourceId region;
    bool operator==(const InternetGateway&) const = default;
};

struct EgressOnlyInternetGateway {
    ResourceId vpc;
    bool operator==(const EgressOnlyInternetGateway&) const = default;
};

enum class NatConnectivity : std::uint8_t { Public, Private };

struct NatGateway {
    ResourceId subnet;
    NatConnectivity connectivity = NatConnectivity::Public;
    std::optional<ResourceId> elasticIp;
    bool operator==(const NatGateway&) const = default;
};

struct ElasticIp {
    ResourceId region;
    /// The instance or network interface it is associated with; NAT gateways name their
    /// Elastic IP themselves.
    std::optional<ResourceId> associatedWith;
    std::string publicIp; // optional, for display and queries by address
    bool operator==(const ElasticIp&) const = default;
};

struct NaclEntry {
    int ruleNumber = 100; // 1-32766, evaluated in ascending order
    bool egress = false;
    RuleAction action = RuleAction::Allow;
    IpProtocol protocol;
    std::optional<PortRange> ports; // tcp/udp only; absent: every port
    std::string cidr;               // IPv4 or IPv6 block
    std::optional<int> icmpType;
    std::optional<int> icmpCode;
    bool operator==(const NaclEntry&) const = default;
};

struct NetworkAcl {
    ResourceId vpc;
    bool isDefault = false; // the VPC's default NACL: used by subnets without an association
    std::vector<NaclEntry> entries;
    bool operator==(const NetworkAcl&) const = default;
};

enum class SgPeerKind : std::uint8_t { Cidr, SecurityGroup, PrefixList };

struct SecurityGroupRule {
    IpProtocol protocol;
    std::optional<PortRange> ports; // absent, or -1 in AWS terms: every port
    SgPeerKind peerKind = SgPeerKind::Cidr;
    std::string peer; // a CIDR, a security group id, or a prefix list id
    std::string description;
    bool operator==(const SecurityGroupRule&) const = default;
};

struct SecurityGroup {
    ResourceId vpc;
    std::string description;
    bool isDefault = false; // the VPC's default group: given to workloads that name none
    std::vector<SecurityGroupRule> ingress;
    std::vector<SecurityGroupRule> egress;
    bool operator==(const SecurityGroup&) const = default;
};

/// Whether a workload gets a public IPv4 address at launch.
enum class PublicIpChoice : std::uint8_t { SubnetDefault, Yes, No };

/// What every workload with network interfaces shares: where it sits and what guards it.
struct Placement {
    std::vector<ResourceId> subnets; // one for an instance; one per AZ for load balancers
    std::vector<ResourceId> securityGroups;
    std::string privateIp; // optional explicit primary private IPv4 address
    PublicIpChoice publicIp = PublicIpChoice::SubnetDefault;
    bool operator==(const Placement&) const = default;
};

struct Instance {
    Placement placement;
    std::string instanceType = "t3.micro";
    std::string imageId;
    bool operator==(const Instance&) const = default;
};

enum class LoadBalancerType : std::uint8_t { Application, Network, Gateway };
enum class LoadBalancerScheme : std::uint8_t { InternetFacing, Internal };

struct LoadBalancer {
    Placement placement;
    LoadBalancerType type = LoadBalancerType::Application;
    LoadBalancerScheme scheme = LoadBalancerScheme::InternetFacing;
    std::vector<int> listenerPorts;
    std::vector<ResourceId> targets; // workloads the load balancer forwards to
    int targetPort = 0;              // 0: the listener port
    bool operator==(const LoadBalancer&) const = default;
};

struct RdsInstance {
    Placement placement;
    std::string engine = "postgres";
    int port = 5432;
    bool multiAz = false;
    std::string instanceClass = "db.t3.micro";
    bool operator==(const RdsInstance&) const = default;
};

struct LambdaFunction {
    Placement placement;
    std::string runtime = "python3.12";
    bool operator==(const LambdaFunction&) const = default;
};

struct EcsService {
    Placement placement;
    int desiredCount = 1;
    int containerPort = 80;
    bool operator==(const EcsService&) const = default;
};

struct InterfaceEndpoint {
    Placement placement;
    std::string serviceName; // "com.amazonaws.us-east-1.ssm"
    bool privateDns = true;
    bool operator==(const InterfaceEndpoint&) const = default;
};

enum class GatewayEndpointService : std::uint8_t { S3, DynamoDb };

struct GatewayEndpoint {
    ResourceId vpc;
    GatewayEndpointService service = GatewayEndpointService::S3;
    std::vector<ResourceId> routeTables; // each gets a route to the service's prefix list
    bool operator==(const GatewayEndpoint&) const = default;
};

struct VpcPeering {
    ResourceId requesterVpc;
    ResourceId accepterVpc;
    std::string peerRegion; // empty: same region
    bool operator==(const VpcPeering&) const = default;
};

struct TransitGateway {
    ResourceId region;
    long long amazonSideAsn = 64512;
    bool defaultRouteTableAssociation = true;
    bool defaultRouteTablePropagation = true;
    bool operator==(const TransitGateway&) const = default;
};

struct TransitGatewayAttachment {
    ResourceId transitGateway;
    ResourceId vpc;
    std::vector<ResourceId> subnets;
    bool applianceMode = false;
    bool securityGroupReferencingSupport = false;
    bool operator==(const TransitGatewayAttachment&) const = default;
};

struct TransitGatewayRoute {
    std::string destination;
    ResourceId attachment; // empty together with blackhole
    bool blackhole = false;
    bool operator==(const TransitGatewayRoute&) const = default;
};

struct TransitGatewayRouteTable {
    ResourceId transitGateway;
    std::vector<TransitGatewayRoute> routes; // static routes
    std::vector<ResourceId> associations;    // attachments whose traffic this table routes
    std::vector<ResourceId> propagations;    // attachments whose VPC blocks are learned
    bool operator==(const TransitGatewayRouteTable&) const = default;
};

struct VpnGateway {
    std::optional<ResourceId> attachedVpc;
    ResourceId region;
    long long amazonSideAsn = 64512;
    bool operator==(const VpnGateway&) const = default;
};

struct CustomerGateway {
    ResourceId region;
    std::string ipAddress; // the on-premises device's public address
    long long bgpAsn = 65000;
    bool operator==(const CustomerGateway&) const = default;
};

struct VpnConnection {
    ResourceId customerGateway;
    ResourceId vpnGateway; // one of these two gateways is set
    ResourceId transitGateway;
    bool staticRoutesOnly = true;
    std::vector<std::string> staticRoutes; // on-premises blocks
    bool operator==(const VpnConnection&) const = default;
};

/// A resource the model does not represent (a Lambda function, an IAM role, an S3 bucket):
/// kept with its type so it survives a round trip and can be reported; its definition lives in
/// Resource::cloudFormation.
struct ExternalResource {
    std::string type; // "AWS::Lambda::Function"
    bool operator==(const ExternalResource&) const = default;
};

} // namespace topograph
