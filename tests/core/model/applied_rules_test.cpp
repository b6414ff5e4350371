// SPDX-License-Identifier: Apache-2.0
// AppliedRulesIndex: a subnet's own route table and ACL win over its VPC's main table and
// default ACL; a workload's own groups win over its VPC's default group; nothing is made up
// for a VPC that declares no default.
#include "core/model/applied_rules.h"
#include "tests/support/model_builders.h"

#include <gtest/gtest.h>

namespace topograph {
namespace {

using testing_support::resource;

Document network() {
    Document document;
    document.add(resource("vpc", Vpc{.ipv4Cidrs = {"10.0.0.0/16"}}));
    document.add(resource("vpc-2", Vpc{.ipv4Cidrs = {"10.1.0.0/16"}}));
    document.add(resource("main-rt", RouteTable{.vpc = "vpc", .main = true}));
    document.add(resource("own-rt", RouteTable{.vpc = "vpc"}));
    document.add(resource("default-acl", NetworkAcl{.vpc = "vpc", .isDefault = true}));
    document.add(resource("own-acl", NetworkAcl{.vpc = "vpc"}));
    document.add(resource("default-sg", SecurityGroup{.vpc = "vpc", .isDefault = true}));
    document.add(resource("web-sg", SecurityGroup{.vpc = "vpc"}));
    document.add(resource("plain", Subnet{.vpc = "vpc", .ipv4Cidr = "10.0.0.0/24"}));
    document.add(resource("own", Subnet{.vpc = "vpc",
                                        .ipv4Cidr = "10.0.1.0/24",
                                        .routeTable = "own-rt",
                                        .networkAcl = "own-acl"}));
    document.add(resource("bare", Subnet{.vpc = "vpc-2", .ipv4Cidr = "10.1.0.0/24"}));
    document.add(
        resource("web", Instance{.placement = {.subnets = {"own"}, .securityGroups = {"web-sg"}}}));
    document.add(resource("lonely", Instance{.placement = {.subnets = {"plain"}}}));
    document.add(resource("elsewhere", Instance{.placement = {.subnets = {"bare"}}}));
    return document;
}

TEST(AppliedRules, ASubnetUsesItsOwnTableAndAclElseTheVpcDefaults) {
    const Document document = network();
    const AppliedRulesIndex index(document);
    const AppliedRules own = index.of(*document.find("own"));
    EXPECT_EQ(own.routeTable, ResourceId("own-rt"));
    EXPECT_EQ(own.networkAcl, ResourceId("own-acl"));
    const AppliedRules plain = index.of(*document.find("plain"));
    EXPECT_EQ(plain.routeTable, ResourceId("main-rt"));
    EXPECT_EQ(plain.networkAcl, ResourceId("default-acl"));
    // vpc-2 declares no main table and no default ACL: AWS's implicit ones have no id.
    const AppliedRules bare = index.of(*document.find("bare"));
    EXPECT_FALSE(bare.routeTable);
    EXPECT_FALSE(bare.networkAcl);
}

TEST(AppliedRules, AWorkloadUsesItsOwnGroupsElseTheVpcDefault) {
    const Document document = network();
    const AppliedRulesIndex index(document);
    EXPECT_EQ(index.of(*document.find("web")).securityGroups, std::vector<ResourceId>{"web-sg"});
    EXPECT_EQ(index.of(*document.find("lonely")).securityGroups,
              std::vector<ResourceId>{"default-sg"});
    EXPECT_TRUE(index.of(*document.find("elsewhere")).securityGroups.empty());
}

TEST(AppliedRules, OtherKindsHaveNone) {
    const Document document = network();
    const AppliedRules rules = AppliedRulesIndex(document).of(*document.find("vpc"));
    EXPECT_FALSE(rules.routeTable);
    EXPECT_FALSE(rules.networkAcl);
    EXPECT_TRUE(rules.securityGroups.empty());
}

} // namespace
} // namespace topograph
