// SPDX-License-Identifier: Apache-2.0
// ALLOWED_FLOW_BLOCKED: a security group admits traffic that something else on its path blocks.
// The web network's app group admits tcp/8080 from the load balancer's group; each test breaks
// that path in one place, or changes what the group admits, and looks at what is reported.
#include "core/check/fixes.h"
#include "core/check/validator.h"
#include "core/model/document_edit.h"
#include "validator_test_support.h"
#include "web_network.h"

#include <gtest/gtest.h>

namespace topograph {
namespace {

using namespace check_tests;
using testing_support::resource;

std::vector<Finding> blockedFlows(const Document& document) {
    return withCode(validate(document), "ALLOWED_FLOW_BLOCKED");
}

/// App subnet A gets a network ACL with `entries` (none: AWS denies everything).
Document withAppAcl(std::vector<NaclEntry> entries) {
    Document d = webNetwork();
    d.add(resource("app-nacl", NetworkAcl{.vpc = "vpc", .entries = std::move(entries)}));
    propertiesOf<Subnet>(d, "app-a").networkAcl = "app-nacl";
    return d;
}

NaclEntry allow(int number, bool egress, PortRange ports, std::string cidr) {
    return {.ruleNumber = number,
            .egress = egress,
            .protocol = {IpProtocol::Tcp},
            .ports = ports,
            .cidr = std::move(cidr)};
}

/// Adds web-2, a second member of the load balancer's group in public-a, and expects its flow
/// to the app tier, and only that one, to be reported.
void expectOnlyWeb2Blocked(Document& d) {
    d.add(resource("web-2",
                   Instance{.placement = {.subnets = {"public-a"}, .securityGroups = {"web-sg"}}}));
    const auto findings = blockedFlows(d);
    ASSERT_EQ(findings.size(), 1U) << describeAll(validate(d));
    EXPECT_EQ(findings.front().resources.front(), "web-2");
}

TEST(AllowedFlow, AnEmptiedAclBlocksWhatTheGroupAdmits) {
    const auto findings = blockedFlows(withAppAcl({}));
    ASSERT_EQ(findings.size(), 1U) << describeAll(validate(withAppAcl({})));
    const Finding& finding = findings.front();
    EXPECT_EQ(finding.severity, Severity::Warning);
    EXPECT_EQ(finding.resources, (std::vector<ResourceId>{"alb", "app-1", "app-sg", "app-nacl"}));
    EXPECT_NE(finding.message.find("Security group 'app-sg' admits tcp/8080 from load balancer "
                                   "'alb' to EC2 instance 'app-1' (its ingress rule 0), but the "
                                   "traffic is stopped at network ACL 'app-nacl' "
                                   "(NACL_INBOUND_DENIED)"),
              std::string::npos)
        << finding.message;
    EXPECT_NE(finding.fix.find("app-nacl"), std::string::npos) << finding.fix;
}

TEST(AllowedFlow, OneFindingPerBlockerCountsTheOtherSubnets) {
    Document d = withAppAcl({});
    propertiesOf<Subnet>(d, "app-b").networkAcl = "app-nacl";
    const auto findings = blockedFlows(d);
    ASSERT_EQ(findings.size(), 1U) << describeAll(findings);
    EXPECT_EQ(findings.front().resources,
              (std::vector<ResourceId>{"alb", "app-1", "app-sg", "app-nacl", "app-2"}));
    EXPECT_NE(findings.front().message.find("It stops 1 more flow this group admits"),
              std::string::npos)
        << findings.front().message;
    // One click opens both zones, not one zone and then a new finding for the other.
    const auto fix = proposeFix(d, findings.front());
    ASSERT_TRUE(fix);
    EXPECT_EQ(fix->label, "Open tcp/8080 from alb to app-1 and app-2");
    applyEdit(d, fix->edit);
    EXPECT_TRUE(blockedFlows(d).empty()) << describeAll(validate(d));
}

TEST(AllowedFlow, AMissingReturnRuleIsLeftToTheEphemeralFinding) {
    // Requests in, no responses out: NACL_EPHEMERAL_BLOCKED says so already, with its fix.
    const Document d = withAppAcl({allow(100, false, {8080, 8080}, "10.0.0.0/23")});
    const auto findings = validate(d);
    EXPECT_EQ(withCode(findings, "NACL_EPHEMERAL_BLOCKED").size(), 1U) << describeAll(findings);
    EXPECT_TRUE(withCode(findings, "ALLOWED_FLOW_BLOCKED").empty()) << describeAll(findings);
}

TEST(AllowedFlow, AnAclThatLetsTheFlowThroughIsQuiet) {
    const Document d = withAppAcl({allow(100, false, {8080, 8080}, "10.0.0.0/23"),
                                   allow(100, true, {1024, 65535}, "10.0.0.0/23")});
    EXPECT_TRUE(blockedFlows(d).empty()) << describeAll(validate(d));
}

TEST(AllowedFlow, TheSourcesOwnEgressRulesCount) {
    Document d = webNetwork();
    propertiesOf<SecurityGroup>(d, "web-sg").egress.clear();
    const auto findings = blockedFlows(d);
    // One finding per rule and blocker: app-2 is blocked by the same group for the same reason.
    ASSERT_EQ(findings.size(), 1U) << describeAll(findings);
    EXPECT_NE(findings.front().message.find("SG_EGRESS_DENIED"), std::string::npos);
    EXPECT_EQ(findings.front().resources,
              (std::vector<ResourceId>{"alb", "app-1", "app-sg", "web-sg", "app-2"}));
}

TEST(AllowedFlow, ABlockInsideTheVpcCountsAsTheSource) {
    Document d = withAppAcl({});
    propertiesOf<SecurityGroup>(d, "app-sg").ingress.front() = {
        .protocol = {IpProtocol::Tcp}, .ports = PortRange{8080, 8080}, .peer = "10.0.0.0/23"};
    EXPECT_EQ(blockedFlows(d).size(), 1U) << describeAll(validate(d));
}

TEST(AllowedFlow, RulesWithoutOneIntendedPortAreNotJudged) {
    // The whole internet, every port, every protocol: no flow between two workloads is meant.
    for (const SecurityGroupRule& rule :
         {SecurityGroupRule{
              .protocol = {IpProtocol::Tcp}, .ports = PortRange{8080, 8080}, .peer = "0.0.0.0/0"},
          SecurityGroupRule{.protocol = {IpProtocol::Tcp},
          .peerKind = SgPeerKind::SecurityGroup,
          .peer = "web-sg"},
          SecurityGroupRule{.protocol = {IpProtocol::All},
          .peerKind = SgPeerKind::SecurityGroup,
          .peer = "web-sg"}}) {
        Document d = withAppAcl({});
        propertiesOf<SecurityGroup>(d, "app-sg").ingress = {rule};
        EXPECT_TRUE(blockedFlows(d).empty()) << describeAll(validate(d));
    }
}

TEST(AllowedFlow, AMiddleboxRouteLeavesTheFlowAlone) {
    // A route as specific as the VPC's block toward a network interface (an appliance) may
    // replace the local route: the answer would read outside the VPC, so the check does not ask.
    Document d = withAppAcl({});
    propertiesOf<RouteTable>(d, "private-rt-a")
        .routes.push_back({"10.0.0.0/16", RouteTargetKind::NetworkInterface, "eni-firewall"});
    EXPECT_TRUE(blockedFlows(d).empty()) << describeAll(validate(d));
}

TEST(AllowedFlow, ARouteAwsRefusesDoesNotHideTheBlock) {
    // A NAT gateway cannot take traffic inside the VPC: the lookup ignores the route (and
    // ROUTE_INSIDE_VPC_CIDR reports it), so the flow is still judged.
    Document d = withAppAcl({});
    propertiesOf<RouteTable>(d, "private-rt-a")
        .routes.push_back({"10.0.0.0/24", RouteTargetKind::NatGateway, "nat-a"});
    EXPECT_EQ(blockedFlows(d).size(), 1U) << describeAll(validate(d));
}

TEST(AllowedFlow, SourcesWithOtherGroupsAreAskedApart) {
    // alb may send through its second group; web-2, in the same subnet, has only web-sg, which
    // sends nothing: only web-2's flow is blocked, and alb must not stand for it.
    Document d = webNetwork();
    propertiesOf<SecurityGroup>(d, "web-sg").egress.clear();
    d.add(resource("open-sg", SecurityGroup{.vpc = "vpc",
                                            .egress = {{.protocol = {IpProtocol::All},
                                                        .peer = "0.0.0.0/0"}}}));
    propertiesOf<LoadBalancer>(d, "alb").placement.securityGroups = {"web-sg", "open-sg"};
    expectOnlyWeb2Blocked(d);
}

TEST(AllowedFlow, TwoPortsStoppedByOneAclAreOneFindingAndOneFix) {
    Document d = withAppAcl({});
    propertiesOf<SecurityGroup>(d, "app-sg")
        .ingress.push_back({.protocol = {IpProtocol::Tcp},
                            .ports = PortRange{9090, 9090},
                            .peerKind = SgPeerKind::SecurityGroup,
                            .peer = "web-sg"});
    propertiesOf<SecurityGroup>(d, "web-sg")
        .egress.push_back({.protocol = {IpProtocol::Tcp},
                           .ports = PortRange{9090, 9090},
                           .peerKind = SgPeerKind::SecurityGroup,
                           .peer = "app-sg"});
    const auto findings = blockedFlows(d);
    ASSERT_EQ(findings.size(), 1U) << describeAll(validate(d));
    const auto fix = proposeFix(d, findings.front());
    ASSERT_TRUE(fix);
    EXPECT_EQ(fix->label, "Open tcp/8080 and tcp/9090 from alb to app-1");
    applyEdit(d, fix->edit);
    EXPECT_TRUE(blockedFlows(d).empty()) << describeAll(validate(d));
}

TEST(AllowedFlow, AnAclNamingSingleAddressesIsAskedPerWorkload) {
    // web-2 shares public-a with the load balancer, but app-a's ACL admits only the load
    // balancer's address (10.0.0.4): the load balancer must not stand for web-2.
    Document d = withAppAcl({allow(100, false, {8080, 8080}, "10.0.0.4/32"),
                             allow(100, true, {1024, 65535}, "10.0.0.0/23")});
    expectOnlyWeb2Blocked(d);
}

TEST(AllowedFlow, ItsFixOpensThePathInOneEdit) {
    Document d = withAppAcl({});
    const auto findings = blockedFlows(d);
    ASSERT_EQ(findings.size(), 1U);
    const auto fix = proposeFix(d, findings.front());
    ASSERT_TRUE(fix);
    EXPECT_EQ(fix->label.rfind("Open tcp/8080 from", 0), 0U) << fix->label;
    applyEdit(d, fix->edit);
    const auto after = validate(d);
    EXPECT_TRUE(withCode(after, "ALLOWED_FLOW_BLOCKED").empty()) << describeAll(after);
    const auto* acl = d.findAs<NetworkAcl>("app-nacl");
    ASSERT_NE(acl, nullptr);
    EXPECT_EQ(acl->entries.size(), 2U); // the request in, the response out
}

} // namespace
} // namespace topograph
