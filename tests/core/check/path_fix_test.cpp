// SPDX-License-Identifier: Apache-2.0
// Opening a blocked path in one click: the rules the reachability answers name are added hop by
// hop until the path is open, as one edit, and never when the block needs the designer.
#include "core/check/path_fix.h"
#include "core/reach/reach.h"
#include "validator_test_support.h"
#include "web_network.h"

#include <gtest/gtest.h>

namespace topograph {
namespace {

using namespace check_tests;
using testing_support::resource;

reach::ReachQuery query(std::string source, std::string destination, int port) {
    reach::ReachQuery q;
    q.source = std::move(source);
    q.destination = std::move(destination);
    q.port = port;
    return q;
}

const reach::ReachQuery albToApp = query("alb", "app-1", 8080);

// The web network with its groups' outbound traffic allowed, as AWS does for a new group.
Document openWebNetwork() {
    Document d = webNetwork();
    for (const char* group : {"web-sg", "app-sg"}) {
        propertiesOf<SecurityGroup>(d, group).egress = {
            {.protocol = {IpProtocol::All}, .peer = "0.0.0.0/0"}};
    }
    return d;
}

// The app subnet A gets a NACL of its own with `entries` (none: AWS denies everything).
Document withAppNacl(std::vector<NaclEntry> entries) {
    Document d = openWebNetwork();
    d.add(resource("app-nacl", NetworkAcl{.vpc = "vpc", .entries = std::move(entries)}));
    propertiesOf<Subnet>(d, "app-a").networkAcl = "app-nacl";
    return d;
}

std::vector<NaclEntry> entriesOf(const Document& d, const std::string& acl) {
    return d.findAs<NetworkAcl>(acl)->entries;
}

TEST(PathFix, AnOpenPathNeedsNoFix) {
    const Document d = openWebNetwork();
    ASSERT_TRUE(reach::reach(d, albToApp).reachable);
    EXPECT_FALSE(proposePathFix(d, albToApp));
}

TEST(PathFix, AnEmptyAclIsOpenedForTheRequestAndItsResponse) {
    Document d = withAppNacl({});
    const reach::ReachAnswer before = reach::reach(d, albToApp);
    ASSERT_FALSE(before.reachable);
    ASSERT_EQ(before.code, "NACL_INBOUND_DENIED");

    const std::optional<PathFix> fix = proposePathFix(d, albToApp);
    ASSERT_TRUE(fix);
    EXPECT_TRUE(fix->after.reachable) << fix->after.explanation;
    ASSERT_EQ(fix->steps.size(), 2U);
    EXPECT_NE(fix->steps[0].find("inbound rule 100 allows tcp 8080 from 10.0."), std::string::npos)
        << fix->steps[0];
    EXPECT_NE(fix->steps[1].find("outbound rule 100 allows tcp 1024-65535 to 10.0."),
              std::string::npos)
        << fix->steps[1];
    EXPECT_EQ(fix->label, "Open tcp/8080 from alb to app-1");
    // Both rules are in one rewrite of the one NACL: one undo step in the designer.
    ASSERT_EQ(fix->edit.rewritten.size(), 1U);
    EXPECT_TRUE(fix->edit.added.empty());
    EXPECT_TRUE(fix->edit.removed.empty());

    const Document original = d;
    applyEdit(d, fix->edit);
    EXPECT_TRUE(reach::reach(d, albToApp).reachable);
    ASSERT_EQ(entriesOf(d, "app-nacl").size(), 2U);
    revertEdit(d, fix->edit);
    EXPECT_EQ(d, original);
}

TEST(PathFix, TheNewEntryComesBeforeTheDenyThatMatched) {
    Document d = withAppNacl({
        {.ruleNumber = 50,
         .action = RuleAction::Deny,
         .protocol = {IpProtocol::Tcp},
         .ports = PortRange{8080, 8080},
         .cidr = "0.0.0.0/0"},
        {.ruleNumber = 100, .protocol = {IpProtocol::All}, .cidr = "0.0.0.0/0"},
        {.ruleNumber = 100, .egress = true, .protocol = {IpProtocol::All}, .cidr = "0.0.0.0/0"},
    });
    ASSERT_EQ(reach::reach(d, albToApp).code, "NACL_INBOUND_DENIED");

    const std::optional<PathFix> fix = proposePathFix(d, albToApp);
    ASSERT_TRUE(fix);
    EXPECT_TRUE(fix->after.reachable);
    applyEdit(d, fix->edit);
    const std::vector<NaclEntry> entries = entriesOf(d, "app-nacl");
    ASSERT_EQ(entries.size(), 4U);
    // Written first, as it is evaluated first.
    EXPECT_LT(entries[0].ruleNumber, 50);
    EXPECT_EQ(entries[0].action, RuleAction::Allow);
    EXPECT_EQ(entries[0].ports, (PortRange{8080, 8080}));
    EXPECT_FALSE(entries[0].egress);
}

TEST(PathFix, AMissingIngressRuleIsAddedForTheSourcesGroup) {
    Document d = openWebNetwork();
    propertiesOf<SecurityGroup>(d, "app-sg").ingress.clear();
    ASSERT_EQ(reach::reach(d, albToApp).code, "SG_INGRESS_DENIED");

    const std::optional<PathFix> fix = proposePathFix(d, albToApp);
    ASSERT_TRUE(fix);
    EXPECT_TRUE(fix->after.reachable);
    ASSERT_EQ(fix->steps.size(), 1U);
    applyEdit(d, fix->edit);
    const std::vector<SecurityGroupRule>& ingress = d.findAs<SecurityGroup>("app-sg")->ingress;
    ASSERT_EQ(ingress.size(), 1U);
    EXPECT_EQ(ingress[0].peerKind, SgPeerKind::SecurityGroup);
    EXPECT_EQ(ingress[0].peer, "web-sg");
    EXPECT_EQ(ingress[0].ports, (PortRange{8080, 8080}));
}

TEST(PathFix, AMissingEgressRuleNamesTheDestinationsGroupOrTheInternet) {
    Document d = openWebNetwork();
    propertiesOf<SecurityGroup>(d, "web-sg").egress.clear();
    propertiesOf<SecurityGroup>(d, "app-sg").egress.clear();
    ASSERT_EQ(reach::reach(d, albToApp).code, "SG_EGRESS_DENIED");

    const std::optional<PathFix> toApp = proposePathFix(d, albToApp);
    ASSERT_TRUE(toApp);
    EXPECT_TRUE(toApp->after.reachable);
    Document opened = d;
    applyEdit(opened, toApp->edit);
    const std::vector<SecurityGroupRule>& egress = opened.findAs<SecurityGroup>("web-sg")->egress;
    ASSERT_EQ(egress.size(), 1U);
    EXPECT_EQ(egress[0].peerKind, SgPeerKind::SecurityGroup);
    EXPECT_EQ(egress[0].peer, "app-sg");

    const reach::ReachQuery out = query("app-1", "internet", 443);
    const std::optional<PathFix> toInternet = proposePathFix(d, out);
    ASSERT_TRUE(toInternet);
    EXPECT_TRUE(toInternet->after.reachable) << toInternet->after.explanation;
    applyEdit(d, toInternet->edit);
    const std::vector<SecurityGroupRule>& appEgress = d.findAs<SecurityGroup>("app-sg")->egress;
    ASSERT_EQ(appEgress.size(), 1U);
    EXPECT_EQ(appEgress[0].peerKind, SgPeerKind::Cidr);
    EXPECT_EQ(appEgress[0].peer, "0.0.0.0/0");
}

TEST(PathFix, AWorkloadWithOnlyTheImplicitDefaultGroupIsNamedByItsAddress) {
    // app-1 names no group, so AWS gives it the VPC's default group, which is not in the file:
    // a rule naming that group would dangle, and the file would not open again.
    Document d = openWebNetwork();
    propertiesOf<Instance>(d, "app-1").placement.securityGroups.clear();
    const reach::ReachQuery appToApp = query("app-1", "app-2", 8080);
    const reach::ReachAnswer before = reach::reach(d, appToApp);
    ASSERT_EQ(before.code, "SG_INGRESS_DENIED");
    ASSERT_TRUE(before.remedy);
    EXPECT_EQ(before.remedy->peerKind, SgPeerKind::Cidr);
    EXPECT_EQ(before.fix.find("default"), std::string::npos) << before.fix;

    const std::optional<PathFix> fix = proposePathFix(d, appToApp);
    ASSERT_TRUE(fix);
    EXPECT_TRUE(fix->after.reachable);
    applyEdit(d, fix->edit);
    EXPECT_TRUE(withCode(validate(d), "DANGLING_REFERENCE").empty());
}

TEST(PathFix, ABlockThatNeedsARouteHasNoOneClickFix) {
    Document d = openWebNetwork();
    propertiesOf<RouteTable>(d, "private-rt-a").routes.clear();
    const reach::ReachQuery out = query("app-1", "internet", 443);
    ASSERT_EQ(reach::reach(d, out).code, "NO_ROUTE");
    EXPECT_FALSE(proposePathFix(d, out));
}

TEST(PathFix, StopsAtTheFirstBlockThatNeedsTheDesigner) {
    Document d = withAppNacl({});
    propertiesOf<RouteTable>(d, "private-rt-a").routes.clear();
    const reach::ReachQuery out = query("app-1", "internet", 443);
    ASSERT_EQ(reach::reach(d, out).code, "NACL_OUTBOUND_DENIED");

    const std::optional<PathFix> fix = proposePathFix(d, out);
    ASSERT_TRUE(fix);
    EXPECT_EQ(fix->steps.size(), 1U);
    EXPECT_FALSE(fix->after.reachable);
    EXPECT_EQ(fix->after.code, "NO_ROUTE");
    EXPECT_FALSE(fix->after.remedy);
}

TEST(PathFix, AnswersCarryTheirFixAsARule) {
    const Document d = withAppNacl({});
    const reach::ReachAnswer answer = reach::reach(d, albToApp);
    ASSERT_TRUE(answer.remedy);
    EXPECT_EQ(answer.remedy->filter, reach::RuleRemedy::Filter::NetworkAcl);
    EXPECT_EQ(answer.remedy->resource, "app-nacl");
    EXPECT_FALSE(answer.remedy->egress);
    EXPECT_EQ(answer.remedy->firstDenyNumber, 0);
    // The fix's words and its rule agree on the block.
    EXPECT_NE(answer.fix.find(answer.remedy->peer), std::string::npos) << answer.fix;
}

} // namespace
} // namespace topograph
