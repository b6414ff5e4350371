// SPDX-License-Identifier: Apache-2.0
// attachDropped: a route table or ACL dropped on a subnet of its VPC becomes the subnet's own; a
// group dropped on a workload of its VPC joins its groups; anything else attaches nothing.
#include "core/edit/attach_dropped.h"
#include "tests/support/model_builders.h"

#include <gtest/gtest.h>

namespace topograph {
namespace {

using testing_support::resource;

Document network() {
    Document document;
    document.add(resource("vpc", Vpc{.ipv4Cidrs = {"10.0.0.0/16"}}));
    document.add(resource("other-vpc", Vpc{.ipv4Cidrs = {"10.1.0.0/16"}}));
    document.add(resource("old-acl", NetworkAcl{.vpc = "vpc"}));
    document.add(resource("web-sg", SecurityGroup{.vpc = "vpc"}));
    document.add(resource(
        "subnet", Subnet{.vpc = "vpc", .ipv4Cidr = "10.0.0.0/24", .networkAcl = "old-acl"}));
    document.add(resource(
        "web", Instance{.placement = {.subnets = {"subnet"}, .securityGroups = {"web-sg"}}}));
    document.add(resource("bare", Instance{.placement = {.subnets = {"subnet"}}}));
    return document;
}

TEST(AttachDropped, ARouteTableOrAclOnASubnetBecomesItsOwn) {
    const Document document = network();
    const auto table =
        attachDropped(document, resource("rt-new", RouteTable{.vpc = "vpc"}), "subnet");
    ASSERT_TRUE(table);
    EXPECT_EQ(table->target.as<Subnet>()->routeTable, ResourceId("rt-new"));
    // Named after the subnet it serves, so that lists of tables can be told apart.
    const std::string subnet = document.find("subnet")->label();
    EXPECT_EQ(table->name, subnet + " routes");
    EXPECT_EQ(table->sentence, subnet + " now uses " + subnet + " routes");
    const auto acl =
        attachDropped(document, resource("acl-new", NetworkAcl{.vpc = "vpc"}), "subnet");
    ASSERT_TRUE(acl);
    EXPECT_EQ(acl->target.as<Subnet>()->networkAcl, ResourceId("acl-new"));
    EXPECT_EQ(acl->target.as<Subnet>()->routeTable, std::nullopt); // the rest is untouched
    EXPECT_EQ(acl->name, subnet + " ACL");
}

TEST(AttachDropped, AGroupOnAWorkloadJoinsItsGroups) {
    const Document document = network();
    const auto joined =
        attachDropped(document, resource("sg-new", SecurityGroup{.vpc = "vpc"}), "web");
    ASSERT_TRUE(joined);
    EXPECT_EQ(joined->target.placement()->securityGroups,
              (std::vector<ResourceId>{"web-sg", "sg-new"}));
    const std::string web = document.find("web")->label();
    EXPECT_EQ(joined->name, web + " security group");
    // A second group for the same workload gets a number rather than the same name.
    Document withFirst = document;
    Resource named = resource("sg-named", SecurityGroup{.vpc = "vpc"});
    named.name = joined->name;
    withFirst.add(named);
    const auto second =
        attachDropped(withFirst, resource("sg-new", SecurityGroup{.vpc = "vpc"}), "web");
    ASSERT_TRUE(second);
    EXPECT_EQ(second->name, web + " security group 2");
    // A workload on the VPC's default group gets this one instead of the default.
    const auto first =
        attachDropped(document, resource("sg-new", SecurityGroup{.vpc = "vpc"}), "bare");
    ASSERT_TRUE(first);
    EXPECT_EQ(first->target.placement()->securityGroups, std::vector<ResourceId>{"sg-new"});
}

TEST(AttachDropped, NothingAcrossVpcsOrOnTheWrongKind) {
    const Document document = network();
    EXPECT_FALSE(
        attachDropped(document, resource("acl-2", NetworkAcl{.vpc = "other-vpc"}), "subnet"));
    EXPECT_FALSE(
        attachDropped(document, resource("sg-2", SecurityGroup{.vpc = "other-vpc"}), "web"));
    EXPECT_FALSE(attachDropped(document, resource("acl-3", NetworkAcl{.vpc = "vpc"}), "web"));
    EXPECT_FALSE(attachDropped(document, resource("sg-3", SecurityGroup{.vpc = "vpc"}), "subnet"));
    EXPECT_FALSE(attachDropped(document, resource("rt-3", RouteTable{.vpc = "vpc"}), ""));
    EXPECT_FALSE(attachDropped(document, resource("rt-4", RouteTable{.vpc = "vpc"}), "vpc"));
}

} // namespace
} // namespace topograph
