// SPDX-License-Identifier: Apache-2.0
// How each CloudFormation type and property lands in the model, and what is kept verbatim.
#include "exporters/cloudformation/cfn_import.h"

#include <algorithm>
#include <gtest/gtest.h>

namespace topograph {
namespace {

const Tree* path(const Tree& tree, std::initializer_list<const char*> keys) {
    const Tree* current = &tree;
    for (const char* key : keys) {
        current = current != nullptr ? current->find(key) : nullptr;
    }
    return current;
}

bool hasNote(const ImportResult& result, const std::string& code, const std::string& resource) {
    return std::any_of(result.notes.begin(), result.notes.end(), [&](const Finding& note) {
        return note.code == code && std::find(note.resources.begin(), note.resources.end(),
                                              resource) != note.resources.end();
    });
}

constexpr const char* networkTemplate = R"(
AWSTemplateFormatVersion: '2010-09-09'
Description: Network for the mapping tests
Parameters:
  Env: {Type: String, Default: prod}
Conditions:
  IsDev: !Equals [!Ref Env, dev]
Resources:
  VPC:
    Type: AWS::EC2::VPC
    DeletionPolicy: Retain
    Metadata: {Owner: network-team}
    Properties:
      CidrBlock: 10.0.0.0/16
      EnableDnsHostnames: 'true'
      InstanceTenancy: default
      Tags: [{Key: Name, Value: !Sub '${Env}-vpc'}, {Key: Team, Value: net}]
  Secondary: {Type: AWS::EC2::VPCCidrBlock, Properties: {VpcId: !Ref VPC, CidrBlock: 10.1.0.0/16}}
  Ipv6: {Type: AWS::EC2::VPCCidrBlock, Properties: {VpcId: !Ref VPC, AmazonProvidedIpv6CidrBlock: true}}
  SubnetA:
    Type: AWS::EC2::Subnet
    Properties:
      VpcId: !Ref VPC
      CidrBlock: !Select [0, !Cidr [!GetAtt VPC.CidrBlock, 4, 8]]
      AvailabilityZone: !Select [0, !GetAZs '']
      MapPublicIpOnLaunch: true
      AssignIpv6AddressOnCreation: false
  SubnetB:
    Type: AWS::EC2::Subnet
    Properties: {VpcId: !Ref VPC, CidrBlock: 10.0.1.0/24, AvailabilityZone: !Select [0, !GetAZs '']}
  SubnetC:
    Type: AWS::EC2::Subnet
    Properties: {VpcId: !Ref VPC, CidrBlock: 10.0.2.0/24, AvailabilityZone: us-east-1b}
  IGW: {Type: AWS::EC2::InternetGateway}
  Attach: {Type: AWS::EC2::VPCGatewayAttachment, Properties: {VpcId: !Ref VPC, InternetGatewayId: !Ref IGW}}
  VGW: {Type: AWS::EC2::VPNGateway, Properties: {Type: ipsec.1, AmazonSideAsn: 65100}}
  AttachVgw: {Type: AWS::EC2::VPCGatewayAttachment, Properties: {VpcId: !Ref VPC, VpnGatewayId: !Ref VGW}}
  EIGW: {Type: AWS::EC2::EgressOnlyInternetGateway, Properties: {VpcId: !Ref VPC}}
  NatEip: {Type: AWS::EC2::EIP, Properties: {Domain: vpc}}
  NAT: {Type: AWS::EC2::NatGateway, Properties: {SubnetId: !Ref SubnetA, AllocationId: !GetAtt NatEip.AllocationId}}
  Peering: {Type: AWS::EC2::VPCPeeringConnection, Properties: {VpcId: !Ref VPC, PeerVpcId: vpc-0abc, PeerRegion: eu-west-1}}
  TGW: {Type: AWS::EC2::TransitGateway, Properties: {DefaultRouteTableAssociation: disable}}
  Box: {Type: AWS::EC2::Instance, Properties: {SubnetId: !Ref SubnetB, ImageId: ami-1}}
  S3Endpoint:
    Type: AWS::EC2::VPCEndpoint
    Properties: {VpcId: !Ref VPC, ServiceName: !Sub 'com.amazonaws.${AWS::Region}.s3', RouteTableIds: [!Ref Table]}
  Table: {Type: AWS::EC2::RouteTable, Properties: {VpcId: !Ref VPC}}
  RouteIgw: {Type: AWS::EC2::Route, DependsOn: Attach, Properties: {RouteTableId: !Ref Table, DestinationCidrBlock: 0.0.0.0/0, GatewayId: !Ref IGW}}
  RouteVgw: {Type: AWS::EC2::Route, Properties: {RouteTableId: !Ref Table, DestinationCidrBlock: 192.168.0.0/16, GatewayId: !Ref VGW}}
  RouteEigw: {Type: AWS::EC2::Route, Properties: {RouteTableId: !Ref Table, DestinationIpv6CidrBlock: '::/0', EgressOnlyInternetGatewayId: !Ref EIGW}}
  RouteNat: {Type: AWS::EC2::Route, Properties: {RouteTableId: !Ref Table, DestinationCidrBlock: 10.9.0.0/16, NatGatewayId: !Ref NAT}}
  RoutePeer: {Type: AWS::EC2::Route, Properties: {RouteTableId: !Ref Table, DestinationCidrBlock: 10.2.0.0/16, VpcPeeringConnectionId: !Ref Peering}}
  RouteTgw: {Type: AWS::EC2::Route, Properties: {RouteTableId: !Ref Table, DestinationCidrBlock: 10.3.0.0/16, TransitGatewayId: !Ref TGW}}
  RouteBox: {Type: AWS::EC2::Route, Properties: {RouteTableId: !Ref Table, DestinationCidrBlock: 10.4.0.0/16, InstanceId: !Ref Box}}
  RouteEni: {Type: AWS::EC2::Route, Properties: {RouteTableId: !Ref Table, DestinationCidrBlock: 10.5.0.0/16, NetworkInterfaceId: eni-0123}}
  RouteVpce: {Type: AWS::EC2::Route, Properties: {RouteTableId: !Ref Table, DestinationCidrBlock: 10.6.0.0/16, VpcEndpointId: vpce-0123}}
  RouteNone: {Type: AWS::EC2::Route, Properties: {RouteTableId: !Ref Table, DestinationCidrBlock: 10.7.0.0/16}}
  RouteDev: {Type: AWS::EC2::Route, Condition: IsDev, Properties: {RouteTableId: !Ref Table, DestinationCidrBlock: 10.8.0.0/16, GatewayId: !Ref IGW}}
  AssocA: {Type: AWS::EC2::SubnetRouteTableAssociation, Properties: {SubnetId: !Ref SubnetA, RouteTableId: !Ref Table}}
  EdgeAssoc: {Type: AWS::EC2::GatewayRouteTableAssociation, Properties: {RouteTableId: !Ref Table, GatewayId: !Ref IGW}}
  Propagation: {Type: AWS::EC2::VPNGatewayRoutePropagation, Properties: {RouteTableIds: [!Ref Table], VpnGatewayId: !Ref VGW}}
  Acl: {Type: AWS::EC2::NetworkAcl, Properties: {VpcId: !Ref VPC}}
  AclIn: {Type: AWS::EC2::NetworkAclEntry, Properties: {NetworkAclId: !Ref Acl, RuleNumber: '100', Protocol: '6', RuleAction: allow, Egress: 'false', CidrBlock: 0.0.0.0/0, PortRange: {From: '443', To: '443'}}}
  AclDeny: {Type: AWS::EC2::NetworkAclEntry, Properties: {NetworkAclId: !Ref Acl, RuleNumber: 90, Protocol: 1, RuleAction: deny, Egress: true, Ipv6CidrBlock: '::/0', Icmp: {Type: 8, Code: -1}}}
  AclAssoc: {Type: AWS::EC2::SubnetNetworkAclAssociation, Properties: {SubnetId: !Ref SubnetB, NetworkAclId: !Ref Acl}}
  Bucket: {Type: AWS::S3::Bucket, Properties: {BucketName: logs}}
)";

class NetworkMapping : public ::testing::Test {
protected:
    NetworkMapping() : result_(importTemplate(networkTemplate, "network.yaml")) {}
    const Document& document() const { return result_.document; }
    ImportResult result_;
};

TEST_F(NetworkMapping, VpcWithSecondaryBlocksAndKeptProperties) {
    const Resource* vpcResource = document().find("VPC");
    ASSERT_NE(vpcResource, nullptr);
    const Vpc& vpc = *vpcResource->as<Vpc>();
    EXPECT_EQ(vpc.ipv4Cidrs, (std::vector<std::string>{"10.0.0.0/16", "10.1.0.0/16"}));
    EXPECT_EQ(vpc.ipv6Cidr, "${VPC.Ipv6CidrBlocks[0]}");
    EXPECT_TRUE(vpc.enableDnsHostnames);
    EXPECT_EQ(vpcResource->name, "prod-vpc");
    EXPECT_EQ(vpcResource->tags, (std::vector<Tag>{{"Name", "prod-vpc"}, {"Team", "net"}}));
    const Tree& kept = vpcResource->cloudFormation;
    EXPECT_EQ(path(kept, {"Type"})->scalar, "AWS::EC2::VPC");
    EXPECT_EQ(path(kept, {"DeletionPolicy"})->scalar, "Retain");
    EXPECT_EQ(path(kept, {"Metadata", "Owner"})->scalar, "network-team");
    EXPECT_EQ(path(kept, {"Properties", "InstanceTenancy"})->scalar, "default");
    EXPECT_EQ(path(kept, {"Properties", "CidrBlock"}), nullptr) << "modelled, not kept twice";
    // The Name tag used !Sub: its expression is kept so an export can restore it.
    EXPECT_EQ(path(kept, {"Topograph::Source", "Tags"})->items.at(0).find("Value")->tag, "!Sub");
    ASSERT_NE(path(kept, {"Topograph::Merged"}), nullptr);
    EXPECT_EQ(path(kept, {"Topograph::Merged"})->items.size(), 2U);
}

TEST_F(NetworkMapping, SubnetsGetOneZoneContainerPerVpcAndZone) {
    const Subnet& a = *document().findAs<Subnet>("SubnetA");
    const Subnet& b = *document().findAs<Subnet>("SubnetB");
    const Subnet& c = *document().findAs<Subnet>("SubnetC");
    EXPECT_EQ(a.ipv4Cidr, "10.0.0.0/24");
    EXPECT_TRUE(a.mapPublicIpOnLaunch);
    EXPECT_EQ(a.availabilityZone, b.availabilityZone);
    EXPECT_NE(a.availabilityZone, c.availabilityZone);
    const auto* zone = document().findAs<AvailabilityZone>(a.availabilityZone);
    ASSERT_NE(zone, nullptr);
    EXPECT_EQ(zone->vpc, "VPC");
    EXPECT_EQ(zone->zone, "us-east-1a");
    // The container comes before the first subnet in it.
    EXPECT_LT(document().positionOf(a.availabilityZone), document().positionOf("SubnetA"));
    EXPECT_EQ(a.routeTable, "Table");
    EXPECT_EQ(b.networkAcl, "Acl");
    EXPECT_EQ(path(document().find("SubnetA")->cloudFormation,
                   {"Properties", "AssignIpv6AddressOnCreation"})
                  ->scalar,
              "false");
}

TEST_F(NetworkMapping, RouteTargetKindFollowsTheProperty) {
    const RouteTable& table = *document().findAs<RouteTable>("Table");
    const std::vector<Route> expected{
        {"0.0.0.0/0", RouteTargetKind::InternetGateway, "IGW"},
        {"192.168.0.0/16", RouteTargetKind::VpnGateway, "VGW"},
        {"::/0", RouteTargetKind::EgressOnlyInternetGateway, "EIGW"},
        {"10.9.0.0/16", RouteTargetKind::NatGateway, "NAT"},
        {"10.2.0.0/16", RouteTargetKind::VpcPeering, "Peering"},
        {"10.3.0.0/16", RouteTargetKind::TransitGateway, "TGW"},
        {"10.4.0.0/16", RouteTargetKind::Instance, "Box"},
        {"10.5.0.0/16", RouteTargetKind::NetworkInterface, "eni-0123"},
        {"10.6.0.0/16", RouteTargetKind::GatewayEndpoint, "vpce-0123"},
        {"10.7.0.0/16", RouteTargetKind::Blackhole, ""},
    };
    EXPECT_EQ(table.routes, expected);
    EXPECT_EQ(table.edgeAssociations, std::vector<ResourceId>{"IGW"});
    EXPECT_EQ(table.propagatingGateways, std::vector<ResourceId>{"VGW"});
    EXPECT_TRUE(hasNote(result_, "ROUTE_WITHOUT_TARGET", "RouteNone"));
    // Each route remembers its logical id and whole definition for the export.
    const Tree& merged = *path(document().find("Table")->cloudFormation, {"Topograph::Merged"});
    EXPECT_EQ(merged.items.at(0).find("LogicalId")->scalar, "RouteIgw");
    EXPECT_EQ(merged.items.at(0).find("Into")->scalar, "routes[0]");
    EXPECT_EQ(path(merged.items.at(0), {"Definition", "DependsOn"})->scalar, "Attach");
}

TEST_F(NetworkMapping, FalseConditionKeepsTheResourceVerbatim) {
    const Resource* route = document().find("RouteDev");
    ASSERT_NE(route, nullptr);
    EXPECT_EQ(route->as<ExternalResource>()->type, "AWS::EC2::Route");
    EXPECT_EQ(path(route->cloudFormation, {"Condition"})->scalar, "IsDev");
    EXPECT_TRUE(hasNote(result_, "CONDITION_FALSE", "RouteDev"));
}

TEST_F(NetworkMapping, GatewaysAttachmentsAndAddresses) {
    EXPECT_EQ(document().findAs<InternetGateway>("IGW")->attachedVpc, "VPC");
    EXPECT_EQ(document().findAs<VpnGateway>("VGW")->attachedVpc, "VPC");
    EXPECT_EQ(document().findAs<VpnGateway>("VGW")->amazonSideAsn, 65100);
    EXPECT_EQ(document().findAs<EgressOnlyInternetGateway>("EIGW")->vpc, "VPC");
    EXPECT_EQ(document().findAs<NatGateway>("NAT")->elasticIp, "NatEip");
    EXPECT_EQ(document().findAs<NatGateway>("NAT")->subnet, "SubnetA");
    const VpcPeering& peering = *document().findAs<VpcPeering>("Peering");
    EXPECT_EQ(peering.requesterVpc, "VPC");
    EXPECT_EQ(peering.accepterVpc, "vpc-0abc");
    EXPECT_EQ(peering.peerRegion, "eu-west-1");
    EXPECT_TRUE(hasNote(result_, "EXTERNAL_REFERENCE", "Peering"));
    EXPECT_FALSE(document().findAs<TransitGateway>("TGW")->defaultRouteTableAssociation);
    const GatewayEndpoint& endpoint = *document().findAs<GatewayEndpoint>("S3Endpoint");
    EXPECT_EQ(endpoint.service, GatewayEndpointService::S3);
    EXPECT_EQ(endpoint.routeTables, std::vector<ResourceId>{"Table"});
}

TEST_F(NetworkMapping, NetworkAclEntries) {
    const NetworkAcl& acl = *document().findAs<NetworkAcl>("Acl");
    ASSERT_EQ(acl.entries.size(), 2U);
    EXPECT_EQ(acl.entries[0], (NaclEntry{100,
                                         false,
                                         RuleAction::Allow,
                                         IpProtocol{6},
                                         PortRange{443, 443},
                                         "0.0.0.0/0",
                                         {},
                                         {}}));
    EXPECT_EQ(acl.entries[1],
              (NaclEntry{90, true, RuleAction::Deny, IpProtocol{1}, std::nullopt, "::/0", 8, -1}));
}

TEST_F(NetworkMapping, TemplateSectionsAndUnmodelledTypesAreKept) {
    EXPECT_EQ(document().description, "Network for the mapping tests");
    const Tree& sections = document().cloudFormation;
    ASSERT_EQ(sections.entries.size(), 4U);
    EXPECT_EQ(sections.entries[0].key, "AWSTemplateFormatVersion");
    EXPECT_EQ(sections.entries[2].key, "Parameters");
    EXPECT_EQ(path(sections, {"Conditions", "IsDev"})->tag, "!Equals");
    const Resource* bucket = document().find("Bucket");
    ASSERT_NE(bucket, nullptr);
    EXPECT_EQ(bucket->as<ExternalResource>()->type, "AWS::S3::Bucket");
    EXPECT_EQ(path(bucket->cloudFormation, {"Properties", "BucketName"})->scalar, "logs");
    EXPECT_TRUE(hasNote(result_, "EXTERNAL_RESOURCE", "Bucket"));
}

TEST_F(NetworkMapping, EveryTemplateResourceIsAccountedFor) {
    int merged = 0;
    int own = 0;
    for (const Resource& resource : document().resources()) {
        if (resource.kind() != ResourceKind::AvailabilityZone) {
            ++own;
        }
        if (const Tree* list = resource.cloudFormation.find("Topograph::Merged")) {
            merged += static_cast<int>(list->items.size());
        }
    }
    EXPECT_EQ(own + merged, 37);
}

constexpr const char* securityTemplate = R"(
Resources:
  VPC: {Type: AWS::EC2::VPC, Properties: {CidrBlock: 10.0.0.0/16}}
  Web:
    Type: AWS::EC2::SecurityGroup
    Properties:
      VpcId: !Ref VPC
      GroupDescription: web
      SecurityGroupIngress:
        - {IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 0.0.0.0/0, Description: https}
        - {IpProtocol: TCP, FromPort: '22', ToPort: '22', CidrIpv6: '::/0'}
        - {IpProtocol: icmp, FromPort: 8, ToPort: -1, CidrIp: 10.0.0.0/8}
        - {IpProtocol: '-1', SourcePrefixListId: pl-123}
  App:
    Type: AWS::EC2::SecurityGroup
    Properties:
      VpcId: !Ref VPC
      GroupDescription: app
      SecurityGroupEgress: [{IpProtocol: tcp, FromPort: 5432, ToPort: 5432, DestinationSecurityGroupId: !GetAtt Db.GroupId}]
  Db: {Type: AWS::EC2::SecurityGroup, Properties: {VpcId: !Ref VPC, GroupDescription: db}}
  AppFromWeb:
    Type: AWS::EC2::SecurityGroupIngress
    Properties: {GroupId: !Ref App, IpProtocol: tcp, FromPort: 8080, ToPort: 8080, SourceSecurityGroupId: !GetAtt Web.GroupId}
  DbFromApp:
    Type: AWS::EC2::SecurityGroupIngress
    Properties: {GroupId: !GetAtt Db.GroupId, IpProtocol: -1, SourceSecurityGroupId: !Ref App}
  WebToApp:
    Type: AWS::EC2::SecurityGroupEgress
    Properties: {GroupId: !Ref Web, IpProtocol: tcp, FromPort: 8080, ToPort: 8080, DestinationSecurityGroupId: !Ref App}
)";

TEST(SecurityGroupMapping, InlineAndStandaloneRules) {
    const ImportResult result = importTemplate(securityTemplate, "security.yaml");
    const Document& document = result.document;
    const SecurityGroup& web = *document.findAs<SecurityGroup>("Web");
    EXPECT_EQ(web.description, "web");
    const std::vector<SecurityGroupRule> ingress{
        {IpProtocol{6}, PortRange{443, 443}, SgPeerKind::Cidr, "0.0.0.0/0", "https"},
        {IpProtocol{6}, PortRange{22, 22}, SgPeerKind::Cidr, "::/0", ""},
        {IpProtocol{1}, std::nullopt, SgPeerKind::Cidr, "10.0.0.0/8", ""},
        {IpProtocol{-1}, std::nullopt, SgPeerKind::PrefixList, "pl-123", ""},
    };
    EXPECT_EQ(web.ingress, ingress);
    // No inline egress: the implicit allow-all rule first, marked so an export leaves it out;
    // the standalone egress rule is added after it.
    ASSERT_EQ(web.egress.size(), 2U);
    EXPECT_TRUE(web.egress[0].protocol.isAll());
    EXPECT_EQ(web.egress[0].peer, "0.0.0.0/0");
    EXPECT_EQ(web.egress[1].peer, "App");
    const Tree& webTree = document.find("Web")->cloudFormation;
    EXPECT_EQ(webTree.find("Topograph::DefaultEgress")->scalar, "true");
    // ICMP type and code are not modelled for groups: the inline list is kept as written.
    EXPECT_NE(path(webTree, {"Topograph::Source", "SecurityGroupIngress"}), nullptr);

    const SecurityGroup& app = *document.findAs<SecurityGroup>("App");
    ASSERT_EQ(app.egress.size(), 1U) << "an inline egress list replaces the default rule";
    EXPECT_EQ(app.egress[0], (SecurityGroupRule{IpProtocol{6}, PortRange{5432, 5432},
                                                SgPeerKind::SecurityGroup, "Db", ""}));
    EXPECT_EQ(document.find("App")->cloudFormation.find("Topograph::DefaultEgress"), nullptr);
    ASSERT_EQ(app.ingress.size(), 1U);
    EXPECT_EQ(app.ingress[0].peer, "Web");
    const SecurityGroup& db = *document.findAs<SecurityGroup>("Db");
    ASSERT_EQ(db.ingress.size(), 1U);
    EXPECT_EQ(db.ingress[0].peer, "App");
    EXPECT_EQ(db.ingress[0].ports, std::nullopt);
    const Tree& merged = *document.find("Db")->cloudFormation.find("Topograph::Merged");
    EXPECT_EQ(merged.items.at(0).find("LogicalId")->scalar, "DbFromApp");
    EXPECT_EQ(merged.items.at(0).find("Into")->scalar, "ingress[0]");
}

constexpr const char* workloadTemplate = R"(
Resources:
  VPC: {Type: AWS::EC2::VPC, Properties: {CidrBlock: 10.0.0.0/16}}
  SubnetA: {Type: AWS::EC2::Subnet, Properties: {VpcId: !Ref VPC, CidrBlock: 10.0.0.0/24, AvailabilityZone: us-east-1a}}
  SubnetB: {Type: AWS::EC2::Subnet, Properties: {VpcId: !Ref VPC, CidrBlock: 10.0.1.0/24, AvailabilityZone: us-east-1b}}
  Sg: {Type: AWS::EC2::SecurityGroup, Properties: {VpcId: !Ref VPC, GroupDescription: sg}}
  Web:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-1
      InstanceType: t3.small
      NetworkInterfaces:
        - {DeviceIndex: '0', SubnetId: !Ref SubnetA, GroupSet: [!Ref Sg], AssociatePublicIpAddress: true, PrivateIpAddress: 10.0.0.10}
  Worker: {Type: AWS::EC2::Instance, Properties: {SubnetId: !Ref SubnetB, SecurityGroupIds: [!GetAtt Sg.GroupId], PrivateIpAddress: 10.0.1.20}}
  WorkerIp: {Type: AWS::EC2::EIP, Properties: {Domain: vpc}}
  WorkerIpAssoc: {Type: AWS::EC2::EIPAssociation, Properties: {AllocationId: !GetAtt WorkerIp.AllocationId, InstanceId: !Ref Worker}}
  WebIp: {Type: AWS::EC2::EIP, Properties: {InstanceId: !Ref Web, Domain: vpc}}
  Alb:
    Type: AWS::ElasticLoadBalancingV2::LoadBalancer
    Properties: {Scheme: internal, Subnets: [!Ref SubnetA, !Ref SubnetB], SecurityGroups: [!Ref Sg]}
  Listener:
    Type: AWS::ElasticLoadBalancingV2::Listener
    Properties: {LoadBalancerArn: !Ref Alb, Port: 443, Protocol: HTTPS, DefaultActions: [{Type: forward, TargetGroupArn: !Ref Targets}]}
  Targets:
    Type: AWS::ElasticLoadBalancingV2::TargetGroup
    Properties: {Port: 8080, Protocol: HTTP, VpcId: !Ref VPC, Targets: [{Id: !Ref Web}, {Id: 10.0.1.20}]}
  Unused: {Type: AWS::ElasticLoadBalancingV2::TargetGroup, Properties: {Port: 80, Protocol: HTTP}}
  Service:
    Type: AWS::ECS::Service
    Properties:
      DesiredCount: 3
      LoadBalancers: [{ContainerName: app, ContainerPort: 8080, TargetGroupArn: !Ref Targets}]
      NetworkConfiguration: {AwsvpcConfiguration: {AssignPublicIp: DISABLED, Subnets: [!Ref SubnetA], SecurityGroups: [!Ref Sg]}}
  DbSubnets: {Type: AWS::RDS::DBSubnetGroup, Properties: {DBSubnetGroupDescription: db, SubnetIds: [!Ref SubnetA, !Ref SubnetB]}}
  Db:
    Type: AWS::RDS::DBInstance
    Properties: {Engine: mysql, DBInstanceClass: db.t3.small, MultiAZ: true, DBSubnetGroupName: !Ref DbSubnets, VPCSecurityGroups: [!Ref Sg]}
  InVpc:
    Type: AWS::Lambda::Function
    Properties: {Runtime: nodejs20.x, VpcConfig: {SubnetIds: [!Ref SubnetB], SecurityGroupIds: [!Ref Sg]}}
  Plain: {Type: AWS::Lambda::Function, Properties: {Runtime: python3.12}}
  Ssm:
    Type: AWS::EC2::VPCEndpoint
    Properties: {VpcEndpointType: Interface, VpcId: !Ref VPC, ServiceName: com.amazonaws.us-east-1.ssm, PrivateDnsEnabled: true, SubnetIds: [!Ref SubnetA], SecurityGroupIds: [!Ref Sg]}
  Dynamo: {Type: AWS::EC2::VPCEndpoint, Properties: {VpcId: !Ref VPC, ServiceName: com.amazonaws.us-east-1.dynamodb}}
  Other: {Type: AWS::EC2::VPCEndpoint, Properties: {VpcId: !Ref VPC, ServiceName: com.example.custom}}
)";

TEST(WorkloadMapping, PlacementsTargetsAndEndpoints) {
    const ImportResult result = importTemplate(workloadTemplate, "workloads.yaml");
    const Document& document = result.document;
    const Instance& web = *document.findAs<Instance>("Web");
    EXPECT_EQ(web.placement, (Placement{{"SubnetA"}, {"Sg"}, "10.0.0.10", PublicIpChoice::Yes}));
    EXPECT_EQ(web.instanceType, "t3.small");
    const Instance& worker = *document.findAs<Instance>("Worker");
    EXPECT_EQ(worker.placement.securityGroups, std::vector<ResourceId>{"Sg"});
    EXPECT_EQ(document.findAs<ElasticIp>("WorkerIp")->associatedWith, "Worker");
    EXPECT_EQ(document.findAs<ElasticIp>("WebIp")->associatedWith, "Web");

    const LoadBalancer& alb = *document.findAs<LoadBalancer>("Alb");
    EXPECT_EQ(alb.scheme, LoadBalancerScheme::Internal);
    EXPECT_EQ(alb.listenerPorts, std::vector<int>{443});
    EXPECT_EQ(alb.targets, (std::vector<ResourceId>{"Web", "Worker", "Service"}));
    EXPECT_EQ(alb.targetPort, 8080);
    EXPECT_EQ(document.find("Unused")->as<ExternalResource>()->type,
              "AWS::ElasticLoadBalancingV2::TargetGroup");
    EXPECT_TRUE(hasNote(result, "KEPT_EXTERNAL", "Unused"));

    const EcsService& service = *document.findAs<EcsService>("Service");
    EXPECT_EQ(service.desiredCount, 3);
    EXPECT_EQ(service.containerPort, 8080);
    EXPECT_EQ(service.placement.publicIp, PublicIpChoice::No);

    const RdsInstance& db = *document.findAs<RdsInstance>("Db");
    EXPECT_EQ(db.placement.subnets, (std::vector<ResourceId>{"SubnetA", "SubnetB"}));
    EXPECT_EQ(db.port, 3306);
    EXPECT_TRUE(db.multiAz);
    EXPECT_EQ(document.find("DbSubnets"), nullptr) << "merged into the database";

    EXPECT_EQ(document.findAs<LambdaFunction>("InVpc")->placement.subnets,
              std::vector<ResourceId>{"SubnetB"});
    EXPECT_EQ(document.find("Plain")->as<ExternalResource>()->type, "AWS::Lambda::Function");

    const InterfaceEndpoint& ssm = *document.findAs<InterfaceEndpoint>("Ssm");
    EXPECT_EQ(ssm.serviceName, "com.amazonaws.us-east-1.ssm");
    EXPECT_TRUE(ssm.privateDns);
    EXPECT_EQ(document.findAs<GatewayEndpoint>("Dynamo")->service,
              GatewayEndpointService::DynamoDb);
    EXPECT_NE(document.find("Other")->as<ExternalResource>(), nullptr);
}

constexpr const char* transitTemplate = R"(
Parameters:
  Mode: {Type: String}
Conditions:
  Unknown: !Equals [!Ref Mode, x]
Resources:
  VPC: {Type: AWS::EC2::VPC, Properties: {CidrBlock: 10.0.0.0/16}}
  Subnet: {Type: AWS::EC2::Subnet, Properties: {VpcId: !Ref VPC, CidrBlock: 10.0.0.0/24}}
  TGW: {Type: AWS::EC2::TransitGateway, Properties: {AmazonSideAsn: 64600, DefaultRouteTablePropagation: disable}}
  Attachment:
    Type: AWS::EC2::TransitGatewayVpcAttachment
    Condition: Unknown
    Properties: {TransitGatewayId: !Ref TGW, VpcId: !Ref VPC, SubnetIds: [!Ref Subnet], Options: {ApplianceModeSupport: enable}}
  Table: {Type: AWS::EC2::TransitGatewayRouteTable, Properties: {TransitGatewayId: !Ref TGW}}
  Association: {Type: AWS::EC2::TransitGatewayRouteTableAssociation, Properties: {TransitGatewayRouteTableId: !Ref Table, TransitGatewayAttachmentId: !Ref Attachment}}
  Propagation: {Type: AWS::EC2::TransitGatewayRouteTablePropagation, Properties: {TransitGatewayRouteTableId: !Ref Table, TransitGatewayAttachmentId: !Ref Attachment}}
  Default: {Type: AWS::EC2::TransitGatewayRoute, Properties: {TransitGatewayRouteTableId: !Ref Table, DestinationCidrBlock: 0.0.0.0/0, TransitGatewayAttachmentId: !Ref Attachment}}
  Drop: {Type: AWS::EC2::TransitGatewayRoute, Properties: {TransitGatewayRouteTableId: !Ref Table, DestinationCidrBlock: 192.168.0.0/16, Blackhole: true}}
  Office: {Type: AWS::EC2::CustomerGateway, Properties: {IpAddress: 203.0.113.7, BgpAsn: 65010, Type: ipsec.1}}
  Vpn: {Type: AWS::EC2::VPNConnection, Properties: {CustomerGatewayId: !Ref Office, TransitGatewayId: !Ref TGW, StaticRoutesOnly: true, Type: ipsec.1}}
  VpnRoute: {Type: AWS::EC2::VPNConnectionRoute, Properties: {VpnConnectionId: !Ref Vpn, DestinationCidrBlock: 172.16.0.0/16}}
)";

TEST(TransitMapping, TransitGatewayAndVpn) {
    const ImportResult result = importTemplate(transitTemplate, "transit.yaml");
    const Document& document = result.document;
    const TransitGateway& gateway = *document.findAs<TransitGateway>("TGW");
    EXPECT_EQ(gateway.amazonSideAsn, 64600);
    EXPECT_TRUE(gateway.defaultRouteTableAssociation);
    EXPECT_FALSE(gateway.defaultRouteTablePropagation);
    const TransitGatewayAttachment& attachment =
        *document.findAs<TransitGatewayAttachment>("Attachment");
    EXPECT_EQ(attachment.subnets, std::vector<ResourceId>{"Subnet"});
    EXPECT_TRUE(attachment.applianceMode);
    EXPECT_TRUE(hasNote(result, "CONDITION_ASSUMED", "Attachment"));
    const TransitGatewayRouteTable& table = *document.findAs<TransitGatewayRouteTable>("Table");
    EXPECT_EQ(table.associations, std::vector<ResourceId>{"Attachment"});
    EXPECT_EQ(table.propagations, std::vector<ResourceId>{"Attachment"});
    EXPECT_EQ(table.routes, (std::vector<TransitGatewayRoute>{{"0.0.0.0/0", "Attachment", false},
                                                              {"192.168.0.0/16", "", true}}));
    const CustomerGateway& office = *document.findAs<CustomerGateway>("Office");
    EXPECT_EQ(office.ipAddress, "203.0.113.7");
    EXPECT_EQ(office.bgpAsn, 65010);
    const VpnConnection& vpn = *document.findAs<VpnConnection>("Vpn");
    EXPECT_EQ(vpn.customerGateway, "Office");
    EXPECT_EQ(vpn.transitGateway, "TGW");
    EXPECT_TRUE(vpn.staticRoutesOnly);
    EXPECT_EQ(vpn.staticRoutes, std::vector<std::string>{"172.16.0.0/16"});
    EXPECT_EQ(path(document.find("Vpn")->cloudFormation, {"Properties", "Type"})->scalar,
              "ipsec.1");
}

TEST(ImportOptionsTest, RegionZonesAndParametersChangeTheResult) {
    ImportOptions options;
    options.region = "eu-central-1";
    options.availabilityZones["eu-central-1"] = {"eu-central-1b", "eu-central-1c"};
    options.parameters["Mode"] = "x";
    const ImportResult result = importTemplate(
        std::string(transitTemplate) +
            "  Zoned: {Type: AWS::EC2::Subnet, Properties: {VpcId: !Ref VPC, CidrBlock: "
            "10.0.1.0/24, AvailabilityZone: !Select [0, !GetAZs '']}}\n",
        "transit.yaml", options);
    const Subnet& zoned = *result.document.findAs<Subnet>("Zoned");
    EXPECT_EQ(result.document.findAs<AvailabilityZone>(zoned.availabilityZone)->zone,
              "eu-central-1b");
    EXPECT_FALSE(hasNote(result, "CONDITION_ASSUMED", "Attachment"));
    EXPECT_EQ(result.document.title, "transit");
}

} // namespace
} // namespace topograph
