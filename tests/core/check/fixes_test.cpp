// SPDX-License-Identifier: Apache-2.0
// One-click fixes: for each supported code, break a design that passes every check, apply the
// proposed edit, validate again: the finding is gone and no other error or warning appeared.
#include "core/check/fixes.h"
#include "core/model/document_edit.h"
#include "core/reach/reach.h"
#include "exporters/model_yaml/model_file.h"
#include "validator_test_support.h"
#include "web_network.h"

#include <gtest/gtest.h>

namespace topograph {
namespace {

using namespace check_tests;
using testing_support::resource;

bool contains(const std::vector<Finding>& findings, const Finding& finding) {
    return std::find(findings.begin(), findings.end(), finding) != findings.end();
}

/// True when `finding` was there before the fix: the same finding, or the same blocked flow
/// (source, destination, group) now blocked at a later hop, which is no new problem.
bool wasThere(const std::vector<Finding>& before, const Finding& finding) {
    if (finding.code != "ALLOWED_FLOW_BLOCKED") {
        return contains(before, finding);
    }
    const auto sameFlow = [&](const Finding& old) {
        return old.code == finding.code && old.resources.size() >= 3 &&
               std::equal(old.resources.begin(), old.resources.begin() + 3,
                          finding.resources.begin());
    };
    return std::any_of(before.begin(), before.end(), sameFlow);
}

/// Applies the fix of the first finding with `code` to `document` and returns the fix; fails
/// the test when the finding is missing, has no fix, survives the fix, or the fix brings an
/// error or warning that was not there before.
std::optional<ProposedFix> applyFixOf(Document& document, const std::string& code) {
    const std::vector<Finding> before = validate(document);
    const std::vector<Finding> hits = withCode(before, code);
    if (hits.empty()) {
        ADD_FAILURE() << "no " << code << " in:\n" << describeAll(before);
        return std::nullopt;
    }
    std::optional<ProposedFix> fix = proposeFix(document, hits.front());
    if (!fix) {
        ADD_FAILURE() << "no fix for " << hits.front().message;
        return std::nullopt;
    }
    applyEdit(document, fix->edit);
    const std::vector<Finding> after = validate(document);
    EXPECT_FALSE(contains(after, hits.front())) << fix->label << "\n" << describeAll(after);
    for (const Finding& finding : after) {
        if (finding.severity != Severity::Info) {
            EXPECT_TRUE(wasThere(before, finding))
                << "the fix \"" << fix->label << "\" brought: " << finding.code << " "
                << finding.message;
        }
    }
    return fix;
}

std::optional<ProposedFix> fixOfFirst(const Document& document, const std::string& code) {
    const std::vector<Finding> hits = withCode(validate(document), code);
    if (hits.empty()) {
        ADD_FAILURE() << "no " << code;
        return std::nullopt;
    }
    return proposeFix(document, hits.front());
}

// The app subnet A gets its own NACL: requests from the public subnets on 8080 allowed in,
// and outbound everything but `outbound` denied.
Document withAppNacl(std::vector<NaclEntry> outbound) {
    Document d = webNetwork();
    std::vector<NaclEntry> entries = {{.ruleNumber = 100,
                                       .protocol = {IpProtocol::Tcp},
                                       .ports = PortRange{8080, 8080},
                                       .cidr = "10.0.0.0/23"}};
    entries.insert(entries.end(), outbound.begin(), outbound.end());
    d.add(resource("app-nacl", NetworkAcl{.vpc = "vpc", .entries = entries}));
    propertiesOf<Subnet>(d, "app-a").networkAcl = "app-nacl";
    return d;
}

TEST(ProposeFix, NaclEphemeralAddsTheOutboundResponseRule) {
    Document d = withAppNacl({});
    const auto fix = applyFixOf(d, "NACL_EPHEMERAL_BLOCKED");
    ASSERT_TRUE(fix);
    EXPECT_EQ(fix->label, "Add outbound NACL rule 100: allow tcp 1024-65535 to 10.0.0.0/23");
}

TEST(ProposeFix, NaclEphemeralNumbersTheRuleBeforeTheDenyThatWouldShadowIt) {
    Document d = withAppNacl({{.ruleNumber = 100,
                               .egress = true,
                               .protocol = {IpProtocol::Udp},
                               .ports = PortRange{53, 53},
                               .cidr = "10.0.0.2/32"},
                              {.ruleNumber = 110,
                               .egress = true,
                               .action = RuleAction::Deny,
                               .protocol = {IpProtocol::All},
                               .cidr = "0.0.0.0/0"}});
    const auto fix = applyFixOf(d, "NACL_EPHEMERAL_BLOCKED");
    ASSERT_TRUE(fix);
    const auto& entries = d.findAs<NetworkAcl>("app-nacl")->entries;
    const auto added = std::find_if(entries.begin(), entries.end(), [](const NaclEntry& entry) {
        return entry.egress && entry.action == RuleAction::Allow && entry.cidr == "10.0.0.0/23";
    });
    ASSERT_NE(added, entries.end());
    EXPECT_LT(added->ruleNumber, 110);
    EXPECT_NE(added->ruleNumber, 100);
}

TEST(ProposeFix, NaclEphemeralForAnOutboundRequestAllowsTheResponsesIn) {
    Document d = webNetwork();
    d.add(resource("app-nacl", NetworkAcl{.vpc = "vpc",
                                          .entries = {{.ruleNumber = 100,
                                                       .egress = true,
                                                       .protocol = {IpProtocol::Tcp},
                                                       .ports = PortRange{443, 443},
                                                       .cidr = "0.0.0.0/0"}}}));
    propertiesOf<Subnet>(d, "app-b").networkAcl = "app-nacl";
    const auto fix = applyFixOf(d, "NACL_EPHEMERAL_BLOCKED");
    ASSERT_TRUE(fix);
    EXPECT_EQ(fix->label, "Add inbound NACL rule 100: allow tcp 1024-65535 from 0.0.0.0/0");
}

TEST(ProposeFix, NatWithoutElasticIpGetsANewOne) {
    Document d = webNetwork();
    propertiesOf<NatGateway>(d, "nat-a").elasticIp.reset();
    d.remove("eip-a");
    const std::size_t size = d.size();
    const auto fix = applyFixOf(d, "NAT_NO_ELASTIC_IP");
    ASSERT_TRUE(fix);
    EXPECT_EQ(d.size(), size + 1);
    const ResourceId eip = *d.findAs<NatGateway>("nat-a")->elasticIp;
    ASSERT_NE(d.findAs<ElasticIp>(eip), nullptr);
    EXPECT_EQ(d.findAs<ElasticIp>(eip)->region, "region");
}

TEST(ProposeFix, HostBitsGiveTheNetworkAddress) {
    Document d = webNetwork();
    propertiesOf<Subnet>(d, "app-a").ipv4Cidr = "10.0.10.7/24";
    ASSERT_TRUE(applyFixOf(d, "CIDR_HOST_BITS_SET"));
    EXPECT_EQ(d.findAs<Subnet>("app-a")->ipv4Cidr, "10.0.10.0/24");

    propertiesOf<Vpc>(d, "vpc").ipv4Cidrs = {"10.0.3.0/16"};
    ASSERT_TRUE(applyFixOf(d, "CIDR_HOST_BITS_SET"));
    EXPECT_EQ(d.findAs<Vpc>("vpc")->ipv4Cidrs.front(), "10.0.0.0/16");
}

TEST(ProposeFix, VpcTooLargeShrinksWhenEverySubnetStaysInside) {
    Document d = webNetwork();
    propertiesOf<Vpc>(d, "vpc").ipv4Cidrs = {"10.0.0.0/12"};
    ASSERT_TRUE(applyFixOf(d, "VPC_CIDR_SIZE"));
    EXPECT_EQ(d.findAs<Vpc>("vpc")->ipv4Cidrs.front(), "10.0.0.0/16");

    Document spread = webNetwork();
    propertiesOf<Vpc>(spread, "vpc").ipv4Cidrs = {"10.0.0.0/12"};
    propertiesOf<Subnet>(spread, "app-b").ipv4Cidr = "10.1.11.0/24";
    EXPECT_FALSE(fixOfFirst(spread, "VPC_CIDR_SIZE")); // app-b would fall out of the VPC
}

TEST(ProposeFix, SubnetTooSmallGrowsIntoFreeAddresses) {
    Document d = webNetwork();
    propertiesOf<Subnet>(d, "app-b").ipv4Cidr = "10.0.11.0/30";
    ASSERT_TRUE(applyFixOf(d, "SUBNET_CIDR_SIZE"));
    EXPECT_EQ(d.findAs<Subnet>("app-b")->ipv4Cidr, "10.0.11.0/28");
}

TEST(ProposeFix, OverlappingSubnetMovesToAFreeBlock) {
    Document d = webNetwork();
    propertiesOf<Subnet>(d, "app-b").ipv4Cidr = "10.0.10.0/24";
    const auto fix = applyFixOf(d, "SUBNET_OVERLAP");
    ASSERT_TRUE(fix);
    EXPECT_EQ(d.findAs<Subnet>("app-a")->ipv4Cidr, "10.0.10.0/24"); // the first one stays
    EXPECT_NE(d.findAs<Subnet>("app-b")->ipv4Cidr, "10.0.10.0/24");
}

TEST(ProposeFix, SubnetOutsideItsVpcMovesInside) {
    Document d = webNetwork();
    propertiesOf<Subnet>(d, "app-b").ipv4Cidr = "10.5.0.0/24";
    ASSERT_TRUE(applyFixOf(d, "SUBNET_OUTSIDE_VPC"));

    Document pinned = webNetwork();
    propertiesOf<Subnet>(pinned, "app-b").ipv4Cidr = "10.5.0.0/24";
    propertiesOf<Instance>(pinned, "app-2").placement.privateIp = "10.5.0.10";
    // Moving the subnet would leave the instance's explicit address outside it.
    EXPECT_FALSE(fixOfFirst(pinned, "SUBNET_OUTSIDE_VPC"));
}

TEST(ProposeFix, PublicSubnetGetsItsInternetRoute) {
    Document d = webNetwork();
    d.add(resource("web-rt", RouteTable{.vpc = "vpc"}));
    d.add(resource("web-c", Subnet{.vpc = "vpc",
                                   .availabilityZone = "az-a",
                                   .ipv4Cidr = "10.0.2.0/24",
                                   .mapPublicIpOnLaunch = true,
                                   .routeTable = "web-rt"}));
    const auto fix = applyFixOf(d, "PUBLIC_SUBNET_NO_IGW_ROUTE");
    ASSERT_TRUE(fix);
    const Route expected{"0.0.0.0/0", RouteTargetKind::InternetGateway, "igw"};
    EXPECT_EQ(d.findAs<RouteTable>("web-rt")->routes, std::vector<Route>{expected});
}

TEST(ProposeFix, SubnetOnASharedTableGetsItsOwnCopyWithTheRoute) {
    Document d = webNetwork();
    propertiesOf<RouteTable>(d, "public-rt").routes.clear();
    d.add(resource("s3", GatewayEndpoint{.vpc = "vpc", .routeTables = {"public-rt"}}));
    const Document broken = d;
    const auto fix = applyFixOf(d, "PUBLIC_SUBNET_NO_IGW_ROUTE");
    ASSERT_TRUE(fix);
    // The shared table is untouched, so public-b keeps its finding; public-a has its own table.
    EXPECT_EQ(*d.find("public-rt"), *broken.find("public-rt"));
    const auto publicB = withCode(validate(d), "PUBLIC_SUBNET_NO_IGW_ROUTE");
    ASSERT_EQ(publicB.size(), 1u);
    EXPECT_EQ(publicB.front().resources.front(), "public-b");
    const ResourceId own = *d.findAs<Subnet>("public-a")->routeTable;
    ASSERT_NE(own, "public-rt");
    const Route expected{"0.0.0.0/0", RouteTargetKind::InternetGateway, "igw"};
    EXPECT_EQ(d.findAs<RouteTable>(own)->routes, std::vector<Route>{expected});
    EXPECT_EQ(d.findAs<GatewayEndpoint>("s3")->routeTables,
              (std::vector<ResourceId>{"public-rt", own}));
}

TEST(ProposeFix, SubnetOnTheImplicitMainTableGetsItsOwnTable) {
    Document d = webNetwork();
    d.add(resource("web-c", Subnet{.vpc = "vpc",
                                   .availabilityZone = "az-a",
                                   .ipv4Cidr = "10.0.2.0/24",
                                   .mapPublicIpOnLaunch = true}));
    ASSERT_TRUE(applyFixOf(d, "PUBLIC_SUBNET_NO_IGW_ROUTE"));
    ASSERT_TRUE(d.findAs<Subnet>("web-c")->routeTable);
}

TEST(ProposeFix, NoneWhenTheSubnetAlreadySendsItsTrafficElsewhere) {
    Document d = webNetwork();
    // App subnet A set to map public IPs: its table's default route goes to a NAT gateway, a
    // choice the designer made; replacing it is not for a button to decide.
    propertiesOf<Subnet>(d, "app-a").mapPublicIpOnLaunch = true;
    EXPECT_FALSE(fixOfFirst(d, "PUBLIC_SUBNET_NO_IGW_ROUTE"));
}

TEST(ProposeFix, PrivateSubnetGetsTheNatGatewayOfItsZone) {
    Document d = webNetwork();
    propertiesOf<RouteTable>(d, "private-rt-b").routes.clear();
    ASSERT_TRUE(applyFixOf(d, "PRIVATE_SUBNET_NO_EGRESS"));
    const Route expected{"0.0.0.0/0", RouteTargetKind::NatGateway, "nat-b"};
    EXPECT_EQ(d.findAs<RouteTable>("private-rt-b")->routes, std::vector<Route>{expected});
}

TEST(ProposeFix, UnattachedInternetGatewayIsAttached) {
    Document d = webNetwork();
    propertiesOf<InternetGateway>(d, "igw").attachedVpc.reset();
    ASSERT_TRUE(applyFixOf(d, "IGW_NOT_ATTACHED"));
    EXPECT_EQ(d.findAs<InternetGateway>("igw")->attachedVpc, "vpc");
}

TEST(ProposeFix, DuplicateRouteIsRemoved) {
    Document d = webNetwork();
    propertiesOf<RouteTable>(d, "private-rt-a")
        .routes.push_back({"0.0.0.0/0", RouteTargetKind::NatGateway, "nat-b"});
    ASSERT_TRUE(applyFixOf(d, "ROUTE_DUPLICATE_DESTINATION"));
    const Route kept{"0.0.0.0/0", RouteTargetKind::NatGateway, "nat-a"};
    EXPECT_EQ(d.findAs<RouteTable>("private-rt-a")->routes, std::vector<Route>{kept});
}

TEST(ProposeFix, RouteInsideTheVpcIsRemoved) {
    Document d = webNetwork();
    propertiesOf<RouteTable>(d, "private-rt-a")
        .routes.push_back({"10.0.1.0/24", RouteTargetKind::NatGateway, "nat-a"});
    ASSERT_TRUE(applyFixOf(d, "ROUTE_INSIDE_VPC_CIDR"));
    EXPECT_EQ(d.findAs<RouteTable>("private-rt-a")->routes,
              webNetwork().findAs<RouteTable>("private-rt-a")->routes);
}

TEST(ProposeFix, SecondMainTableIsUnflagged) {
    Document d = webNetwork();
    propertiesOf<RouteTable>(d, "public-rt").main = true;
    propertiesOf<RouteTable>(d, "private-rt-a").main = true;
    ASSERT_TRUE(applyFixOf(d, "VPC_DUPLICATE_DEFAULT"));
    EXPECT_TRUE(d.findAs<RouteTable>("public-rt")->main);
    EXPECT_FALSE(d.findAs<RouteTable>("private-rt-a")->main);
}

TEST(ProposeFix, ExplicitPrivateIpOutsideTheSubnetIsCleared) {
    Document d = webNetwork();
    propertiesOf<Instance>(d, "app-1").placement.privateIp = "10.0.99.10";
    ASSERT_TRUE(applyFixOf(d, "PRIVATE_IP_OUTSIDE_SUBNET"));
    EXPECT_TRUE(d.findAs<Instance>("app-1")->placement.privateIp.empty());
}

// A NAT gateway dropped in a subnet with no way out: the subnet gets the route to the
// internet gateway (in a table of its own), and the gateway can reach the internet.
TEST(ProposeFix, NatInAPrivateSubnetRoutesTheSubnetToTheInternetGateway) {
    Document d = webNetwork();
    d.add(resource("spare",
                   Subnet{.vpc = "vpc", .availabilityZone = "az-a", .ipv4Cidr = "10.0.50.0/24"}));
    d.add(resource("eip-c", ElasticIp{.region = "region"}));
    d.add(resource("nat-c", NatGateway{.subnet = "spare", .elasticIp = "eip-c"}));
    const auto fix = applyFixOf(d, "NAT_IN_PRIVATE_SUBNET");
    ASSERT_TRUE(fix);
    EXPECT_NE(fix->label.find("internet gateway 'igw'"), std::string::npos) << fix->label;
    const Subnet* spare = d.findAs<Subnet>("spare");
    ASSERT_TRUE(spare->routeTable.has_value());
    const auto& routes = d.findAs<RouteTable>(*spare->routeTable)->routes;
    ASSERT_EQ(routes.size(), 1u);
    EXPECT_EQ(routes[0].target, "igw");
}

TEST(ProposeFix, NoneForTheDefaultSecurityGroup) {
    Document d = webNetwork();
    propertiesOf<Instance>(d, "app-1").placement.securityGroups.clear();
    EXPECT_FALSE(fixOfFirst(d, "DEFAULT_SG_IN_USE"));
}

// The scenario: the database tier's NACL loses its outbound rule for responses; the
// app tier can no longer reach PostgreSQL; the proposed fix restores it.
TEST(ProposeFix, ThreeTierDatabaseNaclRegainsItsResponses) {
    Document d = loadModelFile(std::string(TOPOGRAPH_EXAMPLES_DIR) + "/three-tier-web.yaml");
    const reach::ReachQuery query{.source = "app-instance-a", .destination = "db", .port = 5432};
    ASSERT_TRUE(reach::reach(d, query).reachable);
    std::erase_if(propertiesOf<NetworkAcl>(d, "db-nacl").entries,
                  [](const NaclEntry& entry) { return entry.egress; });
    EXPECT_FALSE(reach::reach(d, query).reachable);

    const auto fix = applyFixOf(d, "NACL_EPHEMERAL_BLOCKED");
    ASSERT_TRUE(fix);
    EXPECT_EQ(fix->label, "Add outbound NACL rule 100: allow tcp 1024-65535 to 10.0.10.0/23");
    EXPECT_TRUE(reach::reach(d, query).reachable);
}

TEST(ProposeFix, RevertingTheEditBringsTheFindingBack) {
    Document d = withAppNacl({});
    const Document broken = d;
    const auto finding = withCode(validate(d), "NACL_EPHEMERAL_BLOCKED").front();
    const auto fix = proposeFix(d, finding);
    ASSERT_TRUE(fix);
    applyEdit(d, fix->edit);
    revertEdit(d, fix->edit);
    EXPECT_EQ(d, broken);
    EXPECT_TRUE(contains(validate(d), finding));
}

} // namespace
} // namespace topograph
