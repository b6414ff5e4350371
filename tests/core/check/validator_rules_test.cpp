// SPDX-License-Identifier: Apache-2.0
// One row per rule of the validator: breaking the clean web network in one way gives the code
// with its severity and resources (most relevant first); a near miss does not.
#include "core/check/validator.h"
#include "validator_test_support.h"
#include "web_network.h"

#include <functional>
#include <gtest/gtest.h>
#include <ostream>

namespace topograph {
namespace {

using namespace check_tests;
using testing_support::resource;

TEST(Validator, TheWebNetworkIsClean) {
    const auto findings = validate(webNetwork());
    EXPECT_TRUE(findings.empty()) << describeAll(findings);
}

TEST(Validator, AnEmptyDocumentIsClean) {
    EXPECT_TRUE(validate(Document{}).empty());
}

TEST(Validator, ReportsTheStructuralFindingsToo) {
    Document document = webNetwork();
    propertiesOf<Subnet>(document, "app-a").ipv4Cidr = "10.0.10.0/16";
    propertiesOf<Instance>(document, "app-1").placement.securityGroups = {"missing-sg"};
    const auto findings = validate(document);
    EXPECT_EQ(withCode(findings, "CIDR_HOST_BITS_SET").size(), 1U) << describeAll(findings);
    EXPECT_EQ(withCode(findings, "DANGLING_REFERENCE").size(), 1U) << describeAll(findings);
    EXPECT_EQ(withCode(findings, "SUBNET_OVERLAP").size(), 3U) << describeAll(findings);
}

TEST(Validator, SymbolicValuesOfATemplateAreNeitherDanglingNorInvalid) {
    Document document = webNetwork();
    propertiesOf<RouteTable>(document, "private-rt-a")
        .routes.push_back({"192.168.0.0/16", RouteTargetKind::NetworkInterface,
                           "${Split(':', Firewall.EndpointIds[0])[1]}"});
    propertiesOf<SecurityGroup>(document, "web-sg")
        .ingress.push_back({.protocol = {IpProtocol::Tcp},
                            .ports = PortRange{443, 443},
                            .peer = "${AllowedCidr}"});
    const auto findings = validate(document);
    EXPECT_TRUE(findings.empty()) << describeAll(findings);
    // The same texts without the symbolic marker are errors.
    propertiesOf<SecurityGroup>(document, "web-sg").ingress.back().peer = "AllowedCidr";
    propertiesOf<RouteTable>(document, "private-rt-a").routes.back().target = "firewall";
    const auto broken = validate(document);
    EXPECT_EQ(withCode(broken, "CIDR_INVALID").size(), 1U) << describeAll(broken);
    EXPECT_EQ(withCode(broken, "DANGLING_REFERENCE").size(), 1U) << describeAll(broken);
}

struct RuleRow {
    std::string name;
    std::function<void(Document&)> change;
    std::string code;
    Severity severity = Severity::Error;
    std::vector<ResourceId> resources; // empty: the code must be absent (a near miss)
    std::string messageContains;
};

void PrintTo(const RuleRow& row, std::ostream* out) {
    *out << row.name;
}

class Rule : public testing::TestWithParam<RuleRow> {};

TEST_P(Rule, GivesTheCodeOnlyWhenBroken) {
    const RuleRow& row = GetParam();
    Document document = webNetwork();
    row.change(document);
    const auto findings = validate(document);
    const auto found = withCode(findings, row.code);
    if (row.resources.empty()) {
        EXPECT_TRUE(found.empty()) << describeAll(findings);
        return;
    }
    ASSERT_EQ(found.size(), 1U) << describeAll(findings);
    EXPECT_EQ(found.front().severity, row.severity);
    EXPECT_EQ(found.front().resources, row.resources) << describeAll(found);
    EXPECT_NE(found.front().message.find(row.messageContains), std::string::npos)
        << found.front().message;
    EXPECT_FALSE(found.front().fix.empty());
}

std::string rowName(const testing::TestParamInfo<RuleRow>& info) {
    return info.param.name;
}

void addInstance(Document& d, const ResourceId& id, const ResourceId& subnet,
                 const std::string& privateIp = "") {
    d.add(resource(id, Instance{.placement = {.subnets = {subnet},
                                              .securityGroups = {"app-sg"},
                                              .privateIp = privateIp}}));
}

void addNacl(Document& d, std::vector<NaclEntry> entries) {
    d.add(resource("app-nacl", NetworkAcl{.vpc = "vpc", .entries = std::move(entries)}));
    propertiesOf<Subnet>(d, "app-a").networkAcl = "app-nacl";
}

NaclEntry naclEntry(int number, bool egress, RuleAction action, int from, int to,
                    std::string cidr) {
    return {.ruleNumber = number,
            .egress = egress,
            .action = action,
            .protocol = {IpProtocol::Tcp},
            .ports = PortRange{from, to},
            .cidr = std::move(cidr)};
}

void peerWithOtherVpc(Document& d) {
    addOtherVpc(d);
    d.add(resource("peering", VpcPeering{.requesterVpc = "vpc", .accepterVpc = "vpc-2"}));
    propertiesOf<RouteTable>(d, "private-rt-a")
        .routes.push_back({"10.1.0.0/16", RouteTargetKind::VpcPeering, "peering"});
}

const auto allow = RuleAction::Allow;
const auto deny = RuleAction::Deny;

// clang-format off
INSTANTIATE_TEST_SUITE_P(Addresses, Rule, testing::Values(
    RuleRow{"PrivateIpInvalid", [](Document& d) {
        propertiesOf<Instance>(d, "app-1").placement.privateIp = "10.0.10"; },
        "PRIVATE_IP_INVALID", Severity::Error, {"app-1"}, "10.0.10"},
    RuleRow{"PrivateIpOutsideSubnet", [](Document& d) {
        propertiesOf<Instance>(d, "app-1").placement.privateIp = "10.0.11.20"; },
        "PRIVATE_IP_OUTSIDE_SUBNET", Severity::Error, {"app-1", "app-a"}, "10.0.10.0/24"},
    RuleRow{"PrivateIpOnTheRouterAddress", [](Document& d) {
        propertiesOf<Instance>(d, "app-1").placement.privateIp = "10.0.10.1"; },
        "PRIVATE_IP_RESERVED", Severity::Error, {"app-1", "app-a"}, "VPC router"},
    RuleRow{"PrivateIpOnTheBroadcastAddress", [](Document& d) {
        propertiesOf<Instance>(d, "app-1").placement.privateIp = "10.0.10.255"; },
        "PRIVATE_IP_RESERVED", Severity::Error, {"app-1", "app-a"}, "broadcast"},
    RuleRow{"FirstUsableAddressIsFine", [](Document& d) {
        propertiesOf<Instance>(d, "app-1").placement.privateIp = "10.0.10.4"; },
        "PRIVATE_IP_RESERVED"},
    RuleRow{"PrivateIpDuplicate", [](Document& d) {
        propertiesOf<Instance>(d, "app-1").placement.privateIp = "10.0.10.10";
        addInstance(d, "app-3", "app-a", "10.0.10.10"); },
        "PRIVATE_IP_DUPLICATE", Severity::Error, {"app-3", "app-1"}, "already used"},
    RuleRow{"TwelveInterfacesInASlash28", [](Document& d) {
        d.add(resource("tiny", Subnet{.vpc = "vpc", .availabilityZone = "az-a",
                                      .ipv4Cidr = "10.0.20.0/28", .routeTable = "private-rt-a"}));
        for (int i = 0; i < 12; ++i) { addInstance(d, "w" + std::to_string(i), "tiny"); } },
        "SUBNET_ADDRESSES_EXHAUSTED", Severity::Error,
        {"tiny", "w0", "w1", "w2", "w3", "w4", "w5", "w6", "w7", "w8", "w9", "w10", "w11"},
        "11 usable"},
    RuleRow{"ElevenInterfacesFitASlash28", [](Document& d) {
        d.add(resource("tiny", Subnet{.vpc = "vpc", .availabilityZone = "az-a",
                                      .ipv4Cidr = "10.0.20.0/28", .routeTable = "private-rt-a"}));
        for (int i = 0; i < 11; ++i) { addInstance(d, "w" + std::to_string(i), "tiny"); } },
        "SUBNET_ADDRESSES_EXHAUSTED"},
    RuleRow{"NatGatewaysUseAnAddressToo", [](Document& d) {
        d.add(resource("tiny", Subnet{.vpc = "vpc", .availabilityZone = "az-a",
                                      .ipv4Cidr = "10.0.20.0/28", .routeTable = "public-rt"}));
        for (int i = 0; i < 11; ++i) { addInstance(d, "w" + std::to_string(i), "tiny"); }
        propertiesOf<NatGateway>(d, "nat-a").subnet = "tiny"; },
        "SUBNET_ADDRESSES_EXHAUSTED", Severity::Error,
        {"tiny", "w0", "w1", "w2", "w3", "w4", "w5", "w6", "w7", "w8", "w9", "w10", "nat-a"},
        "12 network interfaces"}
), rowName);

INSTANTIATE_TEST_SUITE_P(Routes, Rule, testing::Values(
    RuleRow{"DuplicateDestination", [](Document& d) {
        propertiesOf<RouteTable>(d, "public-rt").routes.push_back(
            {"0.0.0.0/0", RouteTargetKind::NatGateway, "nat-a"}); },
        "ROUTE_DUPLICATE_DESTINATION", Severity::Error, {"public-rt"}, "routes[0] (0.0.0.0/0)"},
    RuleRow{"NestedDestinationsAreNoDuplicates", [](Document& d) {
        auto& routes = propertiesOf<RouteTable>(d, "private-rt-a").routes;
        addOtherVpc(d);
        d.add(resource("peering", VpcPeering{.requesterVpc = "vpc", .accepterVpc = "vpc-2"}));
        routes.push_back({"10.1.0.0/16", RouteTargetKind::VpcPeering, "peering"});
        routes.push_back({"10.1.0.0/17", RouteTargetKind::VpcPeering, "peering"}); },
        "ROUTE_DUPLICATE_DESTINATION"},
    RuleRow{"NatGatewayOfAnotherVpc", [](Document& d) {
        addOtherVpc(d);
        d.add(resource("eip-2", ElasticIp{.region = "region"}));
        d.add(resource("nat-2", NatGateway{.subnet = "subnet-2", .elasticIp = "eip-2"}));
        propertiesOf<RouteTable>(d, "private-rt-a").routes[0].target = "nat-2"; },
        "ROUTE_TARGET_OTHER_VPC", Severity::Error, {"private-rt-a", "nat-2"}, "vpc-2"},
    RuleRow{"PeeringThatDoesNotInvolveTheVpc", [](Document& d) {
        addOtherVpc(d);
        d.add(resource("vpc-3", Vpc{.region = "region", .ipv4Cidrs = {"10.2.0.0/16"}}));
        d.add(resource("peering", VpcPeering{.requesterVpc = "vpc-2", .accepterVpc = "vpc-3"}));
        propertiesOf<RouteTable>(d, "private-rt-a").routes.push_back(
            {"10.2.0.0/16", RouteTargetKind::VpcPeering, "peering"}); },
        "ROUTE_TARGET_OTHER_VPC", Severity::Error, {"private-rt-a", "peering"}, "not this VPC"},
    RuleRow{"TransitGatewayWithoutAttachment", [](Document& d) {
        d.add(resource("tgw", TransitGateway{.region = "region"}));
        propertiesOf<RouteTable>(d, "private-rt-a").routes.push_back(
            {"172.16.0.0/12", RouteTargetKind::TransitGateway, "tgw"}); },
        "ROUTE_TARGET_OTHER_VPC", Severity::Error, {"private-rt-a", "tgw"}, "no attachment"},
    RuleRow{"TransitGatewayWithAttachment", [](Document& d) {
        d.add(resource("tgw", TransitGateway{.region = "region"}));
        d.add(resource("attachment", TransitGatewayAttachment{
            .transitGateway = "tgw", .vpc = "vpc", .subnets = {"app-a", "app-b"}}));
        propertiesOf<RouteTable>(d, "private-rt-a").routes.push_back(
            {"172.16.0.0/12", RouteTargetKind::TransitGateway, "tgw"}); },
        "ROUTE_TARGET_OTHER_VPC"},
    RuleRow{"UnattachedInternetGateway", [](Document& d) {
        d.add(resource("igw-2", InternetGateway{.region = "region"}));
        propertiesOf<RouteTable>(d, "public-rt").routes[0].target = "igw-2"; },
        "IGW_NOT_ATTACHED", Severity::Error, {"public-rt", "igw-2"}, "attached to no VPC"},
    RuleRow{"RouteInsideTheVpcBlock", [](Document& d) {
        propertiesOf<RouteTable>(d, "private-rt-a").routes.push_back(
            {"10.0.11.0/24", RouteTargetKind::NatGateway, "nat-a"}); },
        "ROUTE_INSIDE_VPC_CIDR", Severity::Error, {"private-rt-a"}, "10.0.0.0/16"},
    RuleRow{"RouteInsideTheVpcBlockToAMiddlebox", [](Document& d) {
        propertiesOf<RouteTable>(d, "private-rt-a").routes.push_back(
            {"10.0.11.0/24", RouteTargetKind::NetworkInterface, "app-1"}); },
        "ROUTE_INSIDE_VPC_CIDR"},
    RuleRow{"PeerDoesNotRouteBack", peerWithOtherVpc,
        "PEERING_NO_RETURN_ROUTE", Severity::Warning, {"private-rt-a", "peering", "vpc-2"},
        "responses cannot return"},
    RuleRow{"PeerRoutesBack", [](Document& d) {
        peerWithOtherVpc(d);
        propertiesOf<RouteTable>(d, "rt-2").routes.push_back(
            {"10.0.0.0/16", RouteTargetKind::VpcPeering, "peering"}); },
        "PEERING_NO_RETURN_ROUTE"}
), rowName);

INSTANTIATE_TEST_SUITE_P(Gateways, Rule, testing::Values(
    RuleRow{"TwoInternetGateways", [](Document& d) {
        d.add(resource("igw-2", InternetGateway{.attachedVpc = "vpc", .region = "region"})); },
        "VPC_MULTIPLE_IGWS", Severity::Error, {"vpc", "igw", "igw-2"}, "only one"},
    RuleRow{"NatWithoutElasticIp", [](Document& d) {
        propertiesOf<NatGateway>(d, "nat-a").elasticIp.reset(); },
        "NAT_NO_ELASTIC_IP", Severity::Error, {"nat-a"}, "no Elastic IP"},
    RuleRow{"NatWithAnAssociatedElasticIp", [](Document& d) {
        propertiesOf<NatGateway>(d, "nat-a").elasticIp.reset();
        propertiesOf<ElasticIp>(d, "eip-a").associatedWith = "nat-a"; },
        "NAT_NO_ELASTIC_IP"},
    RuleRow{"PrivateNatNeedsNoElasticIp", [](Document& d) {
        auto& nat = propertiesOf<NatGateway>(d, "nat-a");
        nat.elasticIp.reset();
        nat.connectivity = NatConnectivity::Private; },
        "NAT_NO_ELASTIC_IP"},
    RuleRow{"NatInPrivateSubnet", [](Document& d) {
        propertiesOf<NatGateway>(d, "nat-a").subnet = "app-a"; },
        "NAT_IN_PRIVATE_SUBNET", Severity::Warning, {"nat-a", "app-a", "private-rt-a"},
        "private subnet"},
    RuleRow{"NatInSubnetOfAnUnattachedGateway", [](Document& d) {
        propertiesOf<InternetGateway>(d, "igw").attachedVpc.reset();
        d.remove("nat-b");
        propertiesOf<RouteTable>(d, "private-rt-b").routes[0].target = "nat-a"; },
        "NAT_IN_PRIVATE_SUBNET", Severity::Warning, {"nat-a", "public-a", "public-rt"},
        "private subnet"},
    RuleRow{"OneNatForTwoZones", [](Document& d) {
        propertiesOf<Subnet>(d, "app-b").routeTable = "private-rt-a"; },
        "NAT_SERVES_MULTIPLE_AZS", Severity::Warning, {"nat-a", "app-a", "app-b"},
        "us-east-1a, us-east-1b"}
), rowName);

INSTANTIATE_TEST_SUITE_P(Exposure, Rule, testing::Values(
    RuleRow{"PublicSubnetWithoutInternetRoute", [](Document& d) {
        d.add(resource("public-c", Subnet{.vpc = "vpc", .availabilityZone = "az-a",
                                          .ipv4Cidr = "10.0.2.0/24",
                                          .mapPublicIpOnLaunch = true})); },
        "PUBLIC_SUBNET_NO_IGW_ROUTE", Severity::Warning, {"public-c"}, "main route table"},
    RuleRow{"PublicInstanceInPrivateSubnet", [](Document& d) {
        propertiesOf<Instance>(d, "app-1").placement.publicIp = PublicIpChoice::Yes; },
        "PUBLIC_SUBNET_NO_IGW_ROUTE", Severity::Warning, {"app-a", "private-rt-a", "app-1"},
        "public address"},
    RuleRow{"ElasticIpOnInstanceInPrivateSubnet", [](Document& d) {
        d.add(resource("eip-app", ElasticIp{.region = "region", .associatedWith = "app-2"})); },
        "PUBLIC_SUBNET_NO_IGW_ROUTE", Severity::Warning, {"app-b", "private-rt-b", "app-2"},
        "public address"},
    RuleRow{"PrivateSubnetWithoutWayOut", [](Document& d) {
        d.add(resource("empty-rt", RouteTable{.vpc = "vpc"}));
        propertiesOf<Subnet>(d, "app-b").routeTable = "empty-rt"; },
        "PRIVATE_SUBNET_NO_EGRESS", Severity::Warning, {"app-b", "empty-rt", "nat-a", "app-2"},
        "cannot reach the internet"},
    RuleRow{"DatabasesNeedNoWayOut", [](Document& d) {
        d.add(resource("empty-rt", RouteTable{.vpc = "vpc"}));
        propertiesOf<Subnet>(d, "app-b").routeTable = "empty-rt";
        d.remove("app-2");
        propertiesOf<LoadBalancer>(d, "alb").targets = {"app-1"};
        d.add(resource("db", RdsInstance{.placement = {.subnets = {"app-b", "app-a"},
                                                       .securityGroups = {"app-sg"}},
                                         .multiAz = true})); },
        "PRIVATE_SUBNET_NO_EGRESS"},
    RuleRow{"DatabaseInPublicSubnet", [](Document& d) {
        d.add(resource("db", RdsInstance{.placement = {.subnets = {"public-a", "app-b"},
                                                       .securityGroups = {"app-sg"}},
                                         .multiAz = true})); },
        "DATABASE_IN_PUBLIC_SUBNET", Severity::Warning, {"public-a", "public-rt", "db"},
        "'db'"},
    RuleRow{"DatabaseInPrivateSubnets", [](Document& d) {
        d.add(resource("db", RdsInstance{.placement = {.subnets = {"app-a", "app-b"},
                                                       .securityGroups = {"app-sg"}},
                                         .multiAz = true})); },
        "DATABASE_IN_PUBLIC_SUBNET"}
), rowName);

INSTANTIATE_TEST_SUITE_P(Nacls, Rule, testing::Values(
    RuleRow{"RuleNumberUsedTwice", [](Document& d) {
        addNacl(d, {naclEntry(100, false, allow, 8080, 8080, "10.0.0.0/23"),
                    naclEntry(100, false, deny, 22, 22, "0.0.0.0/0"),
                    naclEntry(100, true, allow, 1024, 65535, "10.0.0.0/16")}); },
        "NACL_RULE_NUMBER_INVALID", Severity::Error, {"app-nacl"}, "two inbound entries"},
    RuleRow{"RuleNumberOutOfRange", [](Document& d) {
        addNacl(d, {naclEntry(32767, false, allow, 8080, 8080, "10.0.0.0/23"),
                    naclEntry(100, true, allow, 1024, 65535, "10.0.0.0/16")}); },
        "NACL_RULE_NUMBER_INVALID", Severity::Error, {"app-nacl"}, "1 to 32766"},
    RuleRow{"SameNumberInBothDirections", [](Document& d) {
        addNacl(d, {naclEntry(100, false, allow, 8080, 8080, "10.0.0.0/23"),
                    naclEntry(100, true, allow, 1024, 65535, "10.0.0.0/16")}); },
        "NACL_RULE_NUMBER_INVALID"},
    RuleRow{"NoRuleForResponses", [](Document& d) {
        addNacl(d, {naclEntry(100, false, allow, 8080, 8080, "10.0.0.0/23")}); },
        "NACL_EPHEMERAL_BLOCKED", Severity::Warning, {"app-nacl", "app-a"}, "1024-65535"},
    RuleRow{"ResponsesOnlyPartlyAllowed", [](Document& d) {
        addNacl(d, {naclEntry(100, false, allow, 8080, 8080, "10.0.0.0/23"),
                    naclEntry(100, true, allow, 32768, 65535, "10.0.0.0/16")}); },
        "NACL_EPHEMERAL_BLOCKED", Severity::Warning, {"app-nacl", "app-a"},
        "denied on ports 1024-32767"},
    RuleRow{"ResponsesToHalfTheClients", [](Document& d) {
        addNacl(d, {naclEntry(100, false, allow, 8080, 8080, "10.0.0.0/23"),
                    naclEntry(100, true, allow, 1024, 65535, "10.0.0.0/24")}); },
        "NACL_EPHEMERAL_BLOCKED", Severity::Warning, {"app-nacl", "app-a"}, "10.0.0.0/23"},
    RuleRow{"ResponsesDeniedBeforeAllowed", [](Document& d) {
        addNacl(d, {naclEntry(100, true, allow, 443, 443, "0.0.0.0/0"),
                    naclEntry(50, false, deny, 1024, 65535, "0.0.0.0/0"),
                    naclEntry(100, false, allow, 1024, 65535, "0.0.0.0/0")}); },
        "NACL_EPHEMERAL_BLOCKED", Severity::Warning, {"app-nacl", "app-a"}, "outbound rule 100"},
    RuleRow{"ResponsesAllowed", [](Document& d) {
        addNacl(d, {naclEntry(100, false, allow, 8080, 8080, "10.0.0.0/23"),
                    naclEntry(100, true, allow, 1024, 65535, "10.0.0.0/16")}); },
        "NACL_EPHEMERAL_BLOCKED"},
    RuleRow{"SshOpenToTheWorld", [](Document& d) {
        addNacl(d, {naclEntry(100, false, allow, 22, 22, "0.0.0.0/0"),
                    naclEntry(100, true, allow, 1024, 65535, "0.0.0.0/0")}); },
        "NACL_OPEN_TO_WORLD", Severity::Warning, {"app-nacl", "app-a"}, "SSH (22)"},
    RuleRow{"DatabaseOpenToTheWorldOverIpv6", [](Document& d) {
        addNacl(d, {naclEntry(100, false, allow, 5432, 5432, "::/0"),
                    naclEntry(100, true, allow, 1024, 65535, "::/0")}); },
        "NACL_OPEN_TO_WORLD", Severity::Warning, {"app-nacl", "app-a"}, "PostgreSQL (5432)"},
    RuleRow{"SshDeniedFirst", [](Document& d) {
        addNacl(d, {naclEntry(90, false, deny, 22, 22, "0.0.0.0/0"),
                    naclEntry(100, false, allow, 20, 23, "0.0.0.0/0"),
                    naclEntry(100, true, allow, 1024, 65535, "0.0.0.0/0")}); },
        "NACL_OPEN_TO_WORLD"},
    RuleRow{"EphemeralRangeForResponsesIsNoOpening", [](Document& d) {
        addNacl(d, {naclEntry(100, true, allow, 443, 443, "0.0.0.0/0"),
                    naclEntry(100, false, allow, 1024, 65535, "0.0.0.0/0")}); },
        "NACL_OPEN_TO_WORLD"},
    RuleRow{"SshFromTheOfficeOnly", [](Document& d) {
        addNacl(d, {naclEntry(100, false, allow, 22, 22, "203.0.113.0/24"),
                    naclEntry(100, true, allow, 1024, 65535, "203.0.113.0/24")}); },
        "NACL_OPEN_TO_WORLD"}
), rowName);

INSTANTIATE_TEST_SUITE_P(SecurityGroups, Rule, testing::Values(
    RuleRow{"SshOpenToTheWorld", [](Document& d) {
        propertiesOf<SecurityGroup>(d, "web-sg").ingress.push_back(
            {.protocol = {IpProtocol::Tcp}, .ports = PortRange{22, 22}, .peer = "0.0.0.0/0"}); },
        "SG_OPEN_TO_WORLD", Severity::Warning, {"web-sg", "alb"}, "SSH (22)"},
    RuleRow{"EverythingOpenToIpv6World", [](Document& d) {
        propertiesOf<SecurityGroup>(d, "app-sg").ingress.push_back({.peer = "::/0"}); },
        "SG_OPEN_TO_WORLD", Severity::Warning, {"app-sg", "app-1", "app-2"}, "MySQL (3306)"},
    RuleRow{"SshFromTheOffice", [](Document& d) {
        propertiesOf<SecurityGroup>(d, "web-sg").ingress.push_back(
            {.protocol = {IpProtocol::Tcp}, .ports = PortRange{22, 22},
             .peer = "203.0.113.0/24"}); },
        "SG_OPEN_TO_WORLD"},
    RuleRow{"UdpIsNotSsh", [](Document& d) {
        propertiesOf<SecurityGroup>(d, "web-sg").ingress.push_back(
            {.protocol = {IpProtocol::Udp}, .ports = PortRange{22, 22}, .peer = "0.0.0.0/0"}); },
        "SG_OPEN_TO_WORLD"},
    RuleRow{"WorkloadWithoutGroup", [](Document& d) {
        propertiesOf<Instance>(d, "app-1").placement.securityGroups.clear(); },
        "DEFAULT_SG_IN_USE", Severity::Warning, {"app-1", "vpc"}, "names no security group"},
    RuleRow{"WorkloadNamingTheDefaultGroup", [](Document& d) {
        d.add(resource("default-sg", SecurityGroup{.vpc = "vpc", .isDefault = true}));
        propertiesOf<Instance>(d, "app-2").placement.securityGroups.push_back("default-sg"); },
        "DEFAULT_SG_IN_USE", Severity::Warning, {"app-2", "default-sg"}, "uses the default"},
    RuleRow{"NetworkLoadBalancerWithoutGroups", [](Document& d) {
        auto& alb = propertiesOf<LoadBalancer>(d, "alb");
        alb.type = LoadBalancerType::Network;
        alb.placement.securityGroups.clear();
        d.remove("web-sg");
        propertiesOf<SecurityGroup>(d, "app-sg").ingress[0] = {
            .protocol = {IpProtocol::Tcp}, .ports = PortRange{8080, 8080},
            .peer = "10.0.0.0/23"}; },
        "DEFAULT_SG_IN_USE"}
), rowName);

INSTANTIATE_TEST_SUITE_P(Associations, Rule, testing::Values(
    RuleRow{"GroupOfAnotherVpc", [](Document& d) {
        addOtherVpc(d);
        propertiesOf<Instance>(d, "app-1").placement.securityGroups = {"sg-2"}; },
        "CROSS_VPC_ASSOCIATION", Severity::Error, {"app-1", "sg-2"}, "vpc-2"},
    RuleRow{"RouteTableOfAnotherVpc", [](Document& d) {
        addOtherVpc(d);
        propertiesOf<RouteTable>(d, "rt-2").routes.push_back(
            {"0.0.0.0/0", RouteTargetKind::NatGateway, "nat-a"});
        propertiesOf<Subnet>(d, "app-b").routeTable = "rt-2";
        d.remove("private-rt-b"); },
        "CROSS_VPC_ASSOCIATION", Severity::Error, {"app-b", "rt-2"}, "routeTable"},
    RuleRow{"TwoMainRouteTables", [](Document& d) {
        propertiesOf<RouteTable>(d, "private-rt-a").main = true;
        propertiesOf<RouteTable>(d, "private-rt-b").main = true; },
        "VPC_DUPLICATE_DEFAULT", Severity::Error, {"vpc", "private-rt-a", "private-rt-b"},
        "2 main route tables"},
    RuleRow{"UnusedSecurityGroup", [](Document& d) {
        d.add(resource("spare-sg", SecurityGroup{.vpc = "vpc"})); },
        "UNUSED_SECURITY_GROUP", Severity::Info, {"spare-sg"}, "no workload"},
    RuleRow{"GroupOfALaunchTemplateKeptVerbatim", [](Document& d) {
        d.add(resource("spare-sg", SecurityGroup{.vpc = "vpc"}));
        d.add(launchTemplateNaming("spare-sg")); },
        "UNUSED_SECURITY_GROUP"},
    RuleRow{"GroupExportedByTheTemplate", [](Document& d) {
        d.add(resource("spare-sg", SecurityGroup{.vpc = "vpc"}));
        d.cloudFormation = mappingTree({{"Outputs", mappingTree({{"Group", mappingTree({{"Value",
            referenceTree("spare-sg")}})}})}}); },
        "UNUSED_SECURITY_GROUP"},
    RuleRow{"GroupAttributeExportedByTheTemplate", [](Document& d) {
        d.add(resource("spare-sg", SecurityGroup{.vpc = "vpc"}));
        d.cloudFormation = mappingTree({{"Outputs", mappingTree({{"Group", mappingTree({{"Value",
            scalarTree("spare-sg.GroupId")}})}})}}); },
        "UNUSED_SECURITY_GROUP"},
    RuleRow{"AnotherGroupExportedIsNoExcuse", [](Document& d) {
        d.add(resource("spare-sg", SecurityGroup{.vpc = "vpc"}));
        d.cloudFormation = mappingTree({{"Outputs", mappingTree({{"Group", mappingTree({{"Value",
            scalarTree("spare-sg-2.GroupId")}})}})}}); },
        "UNUSED_SECURITY_GROUP", Severity::Info, {"spare-sg"}, "no workload"},
    RuleRow{"UnusedDefaultSecurityGroupIsNormal", [](Document& d) {
        d.add(resource("default-sg", SecurityGroup{.vpc = "vpc", .isDefault = true})); },
        "UNUSED_SECURITY_GROUP"},
    RuleRow{"UnusedNacl", [](Document& d) {
        d.add(resource("spare-nacl", NetworkAcl{.vpc = "vpc"})); },
        "UNUSED_NACL", Severity::Info, {"spare-nacl"}, "no subnet"},
    RuleRow{"UnusedRouteTable", [](Document& d) {
        d.add(resource("spare-rt", RouteTable{.vpc = "vpc"})); },
        "UNUSED_ROUTE_TABLE", Severity::Info, {"spare-rt"}, "no subnet"},
    RuleRow{"TheMainRouteTableIsUsedImplicitly", [](Document& d) {
        d.add(resource("main-rt", RouteTable{.vpc = "vpc", .main = true})); },
        "UNUSED_ROUTE_TABLE"}
), rowName);

INSTANTIATE_TEST_SUITE_P(Zones, Rule, testing::Values(
    RuleRow{"AppTierInOneZone", [](Document& d) {
        propertiesOf<Instance>(d, "app-2").placement.subnets = {"app-a"}; },
        "TIER_SINGLE_AZ", Severity::Warning, {"app-1", "app-2"}, "us-east-1a"},
    RuleRow{"LoadBalancerInOneZone", [](Document& d) {
        propertiesOf<LoadBalancer>(d, "alb").placement.subnets = {"public-a"}; },
        "TIER_SINGLE_AZ", Severity::Warning, {"alb"}, "us-east-1a"},
    RuleRow{"SingleAzDatabase", [](Document& d) {
        d.add(resource("db", RdsInstance{.placement = {.subnets = {"app-a", "app-b"},
                                                       .securityGroups = {"app-sg"}}})); },
        "TIER_SINGLE_AZ", Severity::Warning, {"db"}, "us-east-1a"},
    RuleRow{"MultiAzDatabase", [](Document& d) {
        d.add(resource("db", RdsInstance{.placement = {.subnets = {"app-a", "app-b"},
                                                       .securityGroups = {"app-sg"}},
                                         .multiAz = true})); },
        "TIER_SINGLE_AZ"},
    RuleRow{"ALoneInstanceIsNoTier", [](Document& d) {
        propertiesOf<Instance>(d, "app-2").placement.securityGroups = {"web-sg"}; },
        "TIER_SINGLE_AZ"}
), rowName);

INSTANTIATE_TEST_SUITE_P(Overlaps, Rule, testing::Values(
    RuleRow{"PeeredVpcsOverlap", [](Document& d) {
        addOtherVpc(d, "10.0.0.0/16");
        d.add(resource("peering", VpcPeering{.requesterVpc = "vpc", .accepterVpc = "vpc-2"})); },
        "CIDR_OVERLAP", Severity::Error, {"vpc", "vpc-2", "peering"}, "refuses to peer"},
    RuleRow{"TransitConnectedVpcsOverlap", [](Document& d) {
        addOtherVpc(d, "10.0.128.0/17");
        d.add(resource("tgw", TransitGateway{.region = "region"}));
        d.add(resource("att-1", TransitGatewayAttachment{
            .transitGateway = "tgw", .vpc = "vpc", .subnets = {"app-a"}}));
        d.add(resource("att-2", TransitGatewayAttachment{
            .transitGateway = "tgw", .vpc = "vpc-2", .subnets = {"subnet-2"}})); },
        "CIDR_OVERLAP", Severity::Error, {"vpc", "vpc-2", "tgw"}, "10.0.128.0/17"},
    RuleRow{"TransitAttachedWithoutRoutesBetween", [](Document& d) {
        addOtherVpc(d, "10.0.0.0/16");
        d.add(resource("tgw", TransitGateway{.region = "region",
                                             .defaultRouteTableAssociation = false,
                                             .defaultRouteTablePropagation = false}));
        d.add(resource("att-1", TransitGatewayAttachment{
            .transitGateway = "tgw", .vpc = "vpc", .subnets = {"app-a"}}));
        d.add(resource("att-2", TransitGatewayAttachment{
            .transitGateway = "tgw", .vpc = "vpc-2", .subnets = {"subnet-2"}})); },
        "CIDR_OVERLAP"},
    RuleRow{"UnconnectedVpcsOverlap", [](Document& d) { addOtherVpc(d, "10.0.0.0/16"); },
        "VPC_OVERLAP_UNCONNECTED", Severity::Info, {"vpc", "vpc-2"}, "not connected"},
    RuleRow{"DistinctVpcs", [](Document& d) { addOtherVpc(d); }, "VPC_OVERLAP_UNCONNECTED"}
), rowName);
// clang-format on

} // namespace
} // namespace topograph
