// SPDX-License-Identifier: Apache-2.0
#include "every_kind_document.h"

namespace topograph::testing_support {

namespace {

Tree scalar(std::string text, bool quoted = false, std::string tag = {}) {
    Tree tree;
    tree.type = Tree::Type::Scalar;
    tree.scalar = std::move(text);
    tree.quoted = quoted;
    tree.tag = std::move(tag);
    return tree;
}

Tree sequence(std::vector<Tree> items, std::string tag = {}) {
    Tree tree;
    tree.type = Tree::Type::Sequence;
    tree.items = std::move(items);
    tree.tag = std::move(tag);
    return tree;
}

Tree mapping(std::vector<TreeEntry> entries, std::string tag = {}) {
    Tree tree;
    tree.type = Tree::Type::Mapping;
    tree.entries = std::move(entries);
    tree.tag = std::move(tag);
    return tree;
}

Resource make(std::string id, ResourceProperties properties) {
    Resource resource;
    resource.name = "Name of " + id;
    resource.id = std::move(id);
    resource.properties = std::move(properties);
    return resource;
}

Placement placement(std::vector<ResourceId> subnets) {
    Placement p;
    p.subnets = std::move(subnets);
    p.securityGroups = {"sg", "sg-b"};
    p.privateIp = "10.0.1.10";
    p.publicIp = PublicIpChoice::No;
    return p;
}

} // namespace

Document everyKindDocument() {
    Document d;
    d.title = "Every kind";
    d.description = "A document that uses every field.\nIt spans two lines: and a colon.";
    d.cloudFormation = mapping({
        {"AWSTemplateFormatVersion", scalar("2010-09-09", true)},
        {"Parameters",
         mapping({{"Env", mapping({{"Type", scalar("String")},
                                   {"Default", scalar("prod")},
                                   {"AllowedValues", sequence({scalar("prod"), scalar("dev")})},
                                   {"MaxLength", scalar("10")},
                                   {"QuotedNumber", scalar("10", true)},
                                   {"QuotedBool", scalar("true", true)},
                                   {"Empty", Tree{}},
                                   {"EmptyList", sequence({})},
                                   {"EmptyMap", mapping({})}})}})},
        {"Outputs",
         mapping(
             {{"VpcId",
               mapping(
                   {{"Value", scalar("vpc", false, "!Ref")},
                    {"Export", mapping({{"Name", scalar("${AWS::StackName}-vpc", true, "!Sub")}})},
                    {"Joined", sequence({scalar("", true), sequence({scalar("a"), scalar("b")})},
                                        "!Join")}})}})},
    });

    Resource region = make("region", Region{"eu-west-1"});
    region.tags = {{"Owner", "network-team"}, {"CostCenter", "1234"}, {"Empty", ""}};
    region.notes = "Main region.\nSecond line with 'quotes' and \"double quotes\".";
    region.geometry = Geometry{10.5, -20, 1200.25, 800};
    region.cloudFormation = mapping({{"Condition", scalar("IsProd")}});
    d.add(region);

    d.add(
        make("vpc", Vpc{"region", {"10.0.0.0/16", "10.1.0.0/16"}, "2600:1f18::/56", false, true}));
    d.add(make("az", AvailabilityZone{"vpc", "eu-west-1a"}));
    d.add(make("rt", RouteTable{"vpc",
                                true,
                                {{"0.0.0.0/0", RouteTargetKind::InternetGateway, "igw"},
                                 {"::/0", RouteTargetKind::EgressOnlyInternetGateway, "eigw"},
                                 {"10.2.0.0/16", RouteTargetKind::NatGateway, "nat"},
                                 {"10.3.0.0/16", RouteTargetKind::VpcPeering, "peering"},
                                 {"10.4.0.0/16", RouteTargetKind::TransitGateway, "tgw"},
                                 {"10.5.0.0/16", RouteTargetKind::VpnGateway, "vgw"},
                                 {"10.6.0.0/16", RouteTargetKind::NetworkInterface, "instance"},
                                 {"10.7.0.0/16", RouteTargetKind::Instance, "instance"},
                                 {"10.8.0.0/16", RouteTargetKind::GatewayEndpoint, "gwep"},
                                 {"10.9.0.0/16", RouteTargetKind::Blackhole, ""},
                                 {"10.0.0.0/16", RouteTargetKind::Local, ""}},
                                {"vgw"},
                                {"igw", "vgw"}}));
    d.add(make(
        "nacl",
        NetworkAcl{
            "vpc",
            true,
            {{90,
              false,
              RuleAction::Deny,
              {IpProtocol::Tcp},
              PortRange{22, 22},
              "198.51.100.0/24",
              std::nullopt,
              std::nullopt},
             {200,
              true,
              RuleAction::Allow,
              {IpProtocol::Udp},
              PortRange{1024, 65535},
              "10.0.0.0/16",
              std::nullopt,
              std::nullopt},
             {300, false, RuleAction::Allow, {IpProtocol::Icmp}, std::nullopt, "0.0.0.0/0", 8, 0},
             {400,
              true,
              RuleAction::Allow,
              {47},
              std::nullopt,
              "::/0",
              std::nullopt,
              std::nullopt}}}));
    d.add(make("subnet", Subnet{"vpc", "az", "10.0.1.0/24", "2600:1f18::/64", true,
                                ResourceId("rt"), ResourceId("nacl")}));
    d.add(make("subnet-b",
               Subnet{"vpc", "", "not a cidr", std::nullopt, false, std::nullopt, std::nullopt}));
    d.add(make("igw", InternetGateway{ResourceId("vpc"), "region"}));
    d.add(make("eigw", EgressOnlyInternetGateway{"vpc"}));
    d.add(make("eip", ElasticIp{"region", ResourceId("instance"), "203.0.113.7"}));
    d.add(make("eip-nat", ElasticIp{"region", std::nullopt, ""}));
    d.add(make("nat", NatGateway{"subnet", NatConnectivity::Private, ResourceId("eip-nat")}));
    d.add(make(
        "sg",
        SecurityGroup{
            "vpc",
            "Web servers: \"front\"",
            true,
            {{{IpProtocol::Tcp},
              PortRange{443, 443},
              SgPeerKind::Cidr,
              "0.0.0.0/0",
              "HTTPS from anywhere"},
             {{IpProtocol::Tcp},
              PortRange{8080, 8081},
              SgPeerKind::SecurityGroup,
              "sg-b",
              "from B"},
             {{IpProtocol::All}, std::nullopt, SgPeerKind::PrefixList, "pl-12345", ""}},
            {{{IpProtocol::Udp}, PortRange{53, 53}, SgPeerKind::Cidr, "10.0.0.2/32", "DNS"}}}));
    d.add(make("sg-b", SecurityGroup{"vpc", "", false, {}, {}}));

    Resource instance =
        make("instance", Instance{placement({"subnet"}), "m5.large", "ami-0123456789abcdef0"});
    instance.tags = {{"Name", "web-1"}, {"null", "~"}, {"yes", "no"}};
    d.add(instance);
    d.add(make("lb", LoadBalancer{placement({"subnet", "subnet-b"}),
                                  LoadBalancerType::Network,
                                  LoadBalancerScheme::Internal,
                                  {80, 443},
                                  {"instance", "ecs"},
                                  8443}));
    d.add(make(
        "db", RdsInstance{placement({"subnet", "subnet-b"}), "mysql", 3306, true, "db.r6g.large"}));
    d.add(make("fn", LambdaFunction{placement({"subnet"}), "nodejs20.x"}));
    d.add(make("ecs", EcsService{placement({"subnet"}), 3, 8080}));
    d.add(
        make("ep", InterfaceEndpoint{placement({"subnet"}), "com.amazonaws.eu-west-1.ssm", false}));
    d.add(make("gwep", GatewayEndpoint{"vpc", GatewayEndpointService::DynamoDb, {"rt"}}));
    d.add(make("vpc-peer", Vpc{"", {"10.3.0.0/16"}, std::nullopt, true, false}));
    d.add(make("peering", VpcPeering{"vpc", "vpc-peer", "us-west-2"}));
    d.add(make("tgw", TransitGateway{"region", 4200000000LL, false, false}));
    d.add(make("tgw-att",
               TransitGatewayAttachment{"tgw", "vpc", {"subnet", "subnet-b"}, true, true}));
    d.add(make("tgw-rt", TransitGatewayRouteTable{
                             "tgw",
                             {{"10.0.0.0/8", "tgw-att", false}, {"192.168.0.0/16", "", true}},
                             {"tgw-att"},
                             {"tgw-att"}}));
    d.add(make("vgw", VpnGateway{ResourceId("vpc"), "region", 65010}));
    d.add(make("cgw", CustomerGateway{"region", "198.51.100.20", 65123}));
    d.add(make("vpn",
               VpnConnection{"cgw", "vgw", "tgw", false, {"192.168.0.0/16", "172.16.0.0/12"}}));

    Resource external = make("bucket", ExternalResource{"AWS::S3::Bucket"});
    external.cloudFormation = mapping({
        {"Type", scalar("AWS::S3::Bucket")},
        {"DependsOn", sequence({scalar("vpc"), scalar("igw")})},
        {"Properties",
         mapping({{"BucketName", scalar("my-bucket-${AWS::Region}", false, "!Sub")},
                  {"Tags", sequence({mapping(
                               {{"Key", scalar("a: b", true)}, {"Value", scalar("123", true)}})})},
                  {"Versioning", mapping({{"Status", scalar("Enabled", false, "!Ref")}})},
                  {"Number", scalar("42")},
                  {"Float", scalar("1.5")},
                  {"Bool", scalar("false")},
                  {"Nothing", Tree{}}})},
    });
    d.add(external);
    return d;
}

} // namespace topograph::testing_support
