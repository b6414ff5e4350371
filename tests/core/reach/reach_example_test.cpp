// SPDX-License-Identifier: Apache-2.0
// The key scenario on the bundled example resources/examples/three-tier-web.yaml.
#include "core/reach/reach.h"
#include "exporters/model_yaml/model_file.h"
#include "reach_test_support.h"

#include <gtest/gtest.h>

namespace topograph::reach {
namespace {

using testing::ask;
using testing::verdict;

class ThreeTierExample : public ::testing::Test {
protected:
    void SetUp() override {
        document = loadModelFile(std::string(TOPOGRAPH_EXAMPLES_DIR) + "/three-tier-web.yaml");
    }
    Document document;
};

bool crosses(const ReachAnswer& answer, const std::string& kind, const std::string& component) {
    for (const Hop& hop : answer.hops) {
        if (hop.kind == kind && hop.component == component) {
            return true;
        }
    }
    return false;
}

TEST_F(ThreeTierExample, AppInstancesReachTheInternetThroughTheirZonesNat) {
    const ReachAnswer a = ask(document, "app-instance-a", "internet", "tcp", 443);
    EXPECT_EQ(verdict(a), "reachable") << a.explanation;
    EXPECT_TRUE(crosses(a, "nat-gateway", "nat-a"));
    EXPECT_FALSE(crosses(a, "nat-gateway", "nat-b"));
    EXPECT_EQ(a.ephemeralPorts, "1024-65535");
    const ReachAnswer b = ask(document, "app-instance-b", "internet", "tcp", 443);
    EXPECT_EQ(verdict(b), "reachable") << b.explanation;
    EXPECT_TRUE(crosses(b, "nat-gateway", "nat-b"));
}

TEST_F(ThreeTierExample, InternetReachesTheLoadBalancerButNotTheAppInstances) {
    const ReachAnswer alb = ask(document, "internet", "alb", "tcp", 443);
    EXPECT_EQ(verdict(alb), "reachable") << alb.explanation;
    EXPECT_EQ(verdict(ask(document, "internet", "app-instance-a", "tcp", 443)), "NO_PUBLIC_IP");
    EXPECT_EQ(verdict(ask(document, "internet", "app-instance-b", "tcp", 8080)), "NO_PUBLIC_IP");
    // The load balancer's hop to its targets is a flow of its own (step 6).
    EXPECT_EQ(verdict(ask(document, "alb", "app-instance-a", "tcp", 8080)), "reachable");
    EXPECT_EQ(verdict(ask(document, "alb", "app-instance-b", "tcp", 8080)), "reachable");
}

TEST_F(ThreeTierExample, OnlyTheAppTierReachesTheDatabase) {
    for (const char* app : {"app-instance-a", "app-instance-b"}) {
        const ReachAnswer answer = ask(document, app, "db", "tcp", 5432);
        EXPECT_EQ(verdict(answer), "reachable") << app << ": " << answer.explanation;
    }
    // The public tier: the load balancer's group only lets 8080 out to the app tier.
    EXPECT_EQ(verdict(ask(document, "alb", "db", "tcp", 5432)), "SG_EGRESS_DENIED");
    // A host in a public subnet that is allowed out is stopped by the database tier's NACL.
    Resource bastion;
    bastion.id = "bastion";
    Instance instance;
    instance.placement.subnets = {"public-a"};
    instance.placement.securityGroups = {"app-sg"};
    bastion.properties = instance;
    document.add(bastion);
    const ReachAnswer fromPublic = ask(document, "bastion", "db", "tcp", 5432);
    EXPECT_EQ(verdict(fromPublic), "NACL_INBOUND_DENIED") << fromPublic.explanation;
    EXPECT_EQ(fromPublic.blockedAt, "db-nacl");
}

TEST_F(ThreeTierExample, RemovingTheDatabaseEphemeralRuleBreaksTheResponse) {
    auto& entries = document.findMutable("db-nacl")->as<NetworkAcl>()->entries;
    const auto before = entries.size();
    std::erase_if(entries, [](const NaclEntry& entry) {
        return entry.egress && entry.ports && entry.ports->from == 1024;
    });
    ASSERT_EQ(entries.size(), before - 1);
    const ReachAnswer answer = ask(document, "app-instance-a", "db", "tcp", 5432);
    EXPECT_EQ(verdict(answer), "NACL_RETURN_DENIED");
    EXPECT_EQ(answer.raCode, "SUBNET_ACL_RESTRICTION");
    EXPECT_EQ(answer.blockedAt, "db-nacl");
    EXPECT_NE(answer.fix.find("db-nacl"), std::string::npos) << answer.fix;
}

} // namespace
} // namespace topograph::reach
