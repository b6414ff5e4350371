// SPDX-License-Identifier: Apache-2.0
// Workload -> workload on a port: the security group rules that let the request through.
#include "connection_test_support.h"
#include "core/edit/connection_targets.h"
#include "core/reach/reach.h"

namespace topograph::edit_tests {
namespace {

SecurityGroup group(const ResourceId& vpc, std::vector<SecurityGroupRule> egress = {}) {
    SecurityGroup properties;
    properties.vpc = vpc;
    properties.egress = std::move(egress);
    return properties;
}

SecurityGroupRule toAnywhere(IpProtocol protocol, std::optional<PortRange> ports) {
    return SecurityGroupRule{protocol, ports, SgPeerKind::Cidr, "0.0.0.0/0", ""};
}

/// A web and an app instance in one subnet, each with its own group: web may send anything,
/// app accepts nothing yet.
Document network() {
    Document document;
    addRegion(document, "region", "us-east-1");
    addVpc(document, "vpc", {"10.0.0.0/16"}, "region");
    addZone(document, "az", "vpc", "us-east-1a");
    addSubnet(document, "subnet", "vpc", "10.0.0.0/24", "az");
    add(document, "web-sg", group("vpc", {toAnywhere(IpProtocol{IpProtocol::All}, {})}));
    add(document, "app-sg", group("vpc", {toAnywhere(IpProtocol{IpProtocol::All}, {})}));
    addInstance(document, "web", {"subnet"}, {"web-sg"});
    addInstance(document, "app", {"subnet"}, {"app-sg"});
    document.findMutable("web")->name = "Web";
    document.findMutable("app")->name = "App";
    return document;
}

ConnectionProposal allow(const Document& document, const ResourceId& from, const ResourceId& to,
                         IpProtocol protocol, int port) {
    ConnectionRequest request{from, to};
    request.protocol = protocol;
    request.port = port;
    return proposeConnection(document, request);
}

reach::ReachAnswer ask(const Document& document, int port) {
    reach::ReachQuery query;
    query.source = "web";
    query.destination = "app";
    query.port = port;
    return reach::reach(document, query);
}

constexpr IpProtocol tcp{IpProtocol::Tcp};

TEST(ConnectRules, AddsTheInboundRuleNamingTheSourceGroup) {
    const Document document = network();
    EXPECT_EQ(connectionKind(document, "web", "app"), ConnectionKind::SecurityGroupRules);
    EXPECT_EQ(ask(document, 8080).code, "SG_INGRESS_DENIED");

    const ConnectionProposal proposal = allow(document, "web", "app", tcp, 8080);
    ASSERT_TRUE(proposal.allowed) << proposal.hint;
    EXPECT_EQ(proposal.label, "Allow tcp/8080 from Web to App");
    EXPECT_TRUE(mentions(proposal.changes, "Outbound is already allowed by web-sg"))
        << joined(proposal.changes);
    const Document after = appliedAndRoundTripped(document, proposal);
    const auto& ingress = after.findAs<SecurityGroup>("app-sg")->ingress;
    ASSERT_EQ(ingress.size(), 1U);
    EXPECT_EQ(ingress[0].peerKind, SgPeerKind::SecurityGroup);
    EXPECT_EQ(ingress[0].peer, "web-sg");
    EXPECT_EQ(ingress[0].ports, (PortRange{8080, 8080}));
    EXPECT_EQ(*after.find("web-sg"), *document.find("web-sg"));

    EXPECT_TRUE(ask(after, 8080).reachable) << ask(after, 8080).explanation;
    // Only that port was opened.
    EXPECT_FALSE(ask(after, 22).reachable);
}

TEST(ConnectRules, AddsTheOutboundRuleWhenTheSourceGroupDoesNotLetItOut) {
    Document document = network();
    document.findMutable("web-sg")->as<SecurityGroup>()->egress = {
        toAnywhere(tcp, PortRange{443, 443})};
    const ConnectionProposal proposal = allow(document, "web", "app", tcp, 5432);
    const Document after = appliedAndRoundTripped(document, proposal);
    const auto& egress = after.findAs<SecurityGroup>("web-sg")->egress;
    ASSERT_EQ(egress.size(), 2U);
    EXPECT_EQ(egress[1].peer, "app-sg");
    EXPECT_EQ(egress[1].ports, (PortRange{5432, 5432}));
    EXPECT_TRUE(ask(after, 5432).reachable) << ask(after, 5432).explanation;
}

TEST(ConnectRules, RefusesTrafficThatIsAlreadyAllowed) {
    const Document document = network();
    const Document opened =
        appliedAndRoundTripped(document, allow(document, "web", "app", tcp, 8080));
    const ConnectionProposal again = allow(opened, "web", "app", tcp, 8080);
    EXPECT_FALSE(again.allowed);
    EXPECT_NE(again.hint.find("is already allowed: in by app-sg"), std::string::npos) << again.hint;
    EXPECT_TRUE(again.edit.empty());
}

TEST(ConnectRules, AWorkloadWithoutAGroupGetsOneOfItsOwn) {
    Document document = network();
    document.findMutable("web")->placement()->securityGroups.clear();
    const ConnectionProposal proposal = allow(document, "web", "app", tcp, 8080);
    const Document after = appliedAndRoundTripped(document, proposal);
    ASSERT_EQ(proposal.edit.added.size(), 1U);
    const Resource& created = proposal.edit.added[0];
    ASSERT_NE(created.as<SecurityGroup>(), nullptr);
    EXPECT_EQ(after.find("web")->placement()->securityGroups, std::vector<ResourceId>{created.id});
    EXPECT_EQ(after.findAs<SecurityGroup>("app-sg")->ingress.at(0).peer, created.id);
    EXPECT_TRUE(mentions(proposal.changes, "gets a security group of its own"))
        << joined(proposal.changes);
    // The default group it left is not what lets it out any more.
    EXPECT_FALSE(mentions(proposal.changes, "Outbound is already allowed"))
        << joined(proposal.changes);
    EXPECT_TRUE(ask(after, 8080).reachable) << ask(after, 8080).explanation;
}

TEST(ConnectRules, MembersOfTheDefaultGroupAreAlreadyAllowed) {
    Document document = network();
    document.findMutable("web")->placement()->securityGroups.clear();
    document.findMutable("app")->placement()->securityGroups.clear();
    const ConnectionProposal proposal = allow(document, "web", "app", tcp, 8080);
    EXPECT_FALSE(proposal.allowed);
    EXPECT_NE(proposal.hint.find("is already allowed: in by the default security group"),
              std::string::npos)
        << proposal.hint;
}

TEST(ConnectRules, IcmpRulesHaveNoPorts) {
    const Document document = network();
    const ConnectionProposal proposal =
        allow(document, "web", "app", IpProtocol{IpProtocol::Icmp}, 0);
    ASSERT_TRUE(proposal.allowed) << proposal.hint;
    EXPECT_EQ(proposal.label, "Allow icmp from Web to App");
    const Document after = appliedAndRoundTripped(document, proposal);
    EXPECT_FALSE(after.findAs<SecurityGroup>("app-sg")->ingress.at(0).ports.has_value());
}

TEST(ConnectRules, RefusesAPortOutOfRange) {
    const Document document = network();
    const ConnectionProposal proposal = allow(document, "web", "app", tcp, 70000);
    EXPECT_FALSE(proposal.allowed);
    EXPECT_NE(proposal.hint.find("0 to 65535"), std::string::npos);
}

TEST(ConnectRules, UnconnectedVpcsGetRulesOnBlocksAndAWordOnWhatStillBlocks) {
    Document document = network();
    addVpc(document, "vpc-2", {"10.5.0.0/16"}, "region");
    addZone(document, "az-2", "vpc-2", "us-east-1a");
    addSubnet(document, "subnet-2", "vpc-2", "10.5.1.0/24", "az-2");
    add(document, "db-sg", group("vpc-2", {toAnywhere(IpProtocol{IpProtocol::All}, {})}));
    addInstance(document, "db", {"subnet-2"}, {"db-sg"});
    const ConnectionProposal proposal = allow(document, "web", "db", tcp, 5432);
    const Document after = appliedAndRoundTripped(document, proposal);
    const auto& ingress = after.findAs<SecurityGroup>("db-sg")->ingress;
    ASSERT_EQ(ingress.size(), 1U);
    EXPECT_EQ(ingress[0].peerKind, SgPeerKind::Cidr);
    EXPECT_EQ(ingress[0].peer, "10.0.0.0/24");
    EXPECT_TRUE(mentions(proposal.changes, "The rules alone do not open the path"))
        << joined(proposal.changes);
}

/// network() with an internet gateway attached to its VPC.
Document withInternetGateway(std::optional<ResourceId> attachedTo = ResourceId("vpc")) {
    Document document = network();
    add(document, "igw", InternetGateway{attachedTo, "region"});
    document.findMutable("igw")->name = "Gateway";
    return document;
}

TEST(ConnectInternet, TheWorkloadsGroupLetsThePortInFromAnywhere) {
    Document document = withInternetGateway();
    EXPECT_EQ(connectionKind(document, "igw", "web"), ConnectionKind::InternetIngress);
    EXPECT_TRUE(takesPort(ConnectionKind::InternetIngress));
    const ConnectionProposal proposal = allow(document, "igw", "web", tcp, 80);
    ASSERT_TRUE(proposal.allowed) << proposal.hint;
    EXPECT_EQ(proposal.label, "Allow tcp/80 from the internet to Web");
    applyEdit(document, proposal.edit);
    const auto& ingress = document.findAs<SecurityGroup>("web-sg")->ingress;
    ASSERT_EQ(ingress.size(), 1u);
    EXPECT_EQ(ingress[0].peer, "0.0.0.0/0");
    EXPECT_EQ(ingress[0].ports, (PortRange{80, 80}));
    // The subnet has no route to the gateway: the dialog says the rule is not enough.
    EXPECT_NE(proposal.changes.back().find("The rule alone does not open the path"),
              std::string::npos)
        << proposal.changes.back();

    const ConnectionProposal again = allow(document, "igw", "web", tcp, 80);
    EXPECT_FALSE(again.allowed);
    EXPECT_NE(again.hint.find("already allowed"), std::string::npos) << again.hint;
}

TEST(ConnectInternet, OnlyTheGatewayOfTheWorkloadsVpcLetsTheInternetIn) {
    const Document document = withInternetGateway(std::nullopt);
    const ConnectionProposal proposal = allow(document, "igw", "web", tcp, 443);
    EXPECT_FALSE(proposal.allowed);
    EXPECT_NE(proposal.hint.find("does not serve the VPC of \"Web\""), std::string::npos)
        << proposal.hint;
    EXPECT_TRUE(proposal.edit.empty());
}

TEST(ConnectInternet, TheGatewayListsTheWorkloadsOfItsVpcOnTheirPorts) {
    const Document document = withInternetGateway();
    int workloads = 0;
    for (const ConnectionTarget& target : connectionTargets(document, "igw")) {
        if (target.kind == ConnectionKind::InternetIngress) {
            ++workloads;
            EXPECT_TRUE(target.allowed) << target.hint;
            EXPECT_EQ(target.from, "igw");
        }
    }
    EXPECT_EQ(workloads, 2);
}

} // namespace
} // namespace topograph::edit_tests
