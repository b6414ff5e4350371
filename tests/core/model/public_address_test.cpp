// SPDX-License-Identifier: Apache-2.0
// Precise choice 13, the one rule both the validator and reachability use for public addresses.
#include "core/model/public_address.h"

#include <gtest/gtest.h>

namespace topograph {
namespace {

Resource instanceChoosing(PublicIpChoice choice) {
    Instance instance;
    instance.placement.subnets = {"subnet"};
    instance.placement.publicIp = choice;
    Resource resource;
    resource.id = "web";
    resource.properties = instance;
    return resource;
}

TEST(PublicIpv4, TheSubnetDecidesOnlyWhenTheWorkloadLeavesItToIt) {
    const Resource unset = instanceChoosing(PublicIpChoice::SubnetDefault);
    EXPECT_TRUE(hasPublicIpv4(unset, false, true));
    EXPECT_FALSE(hasPublicIpv4(unset, false, false));
    // An explicit false overrides the subnet; an explicit true needs no subnet.
    EXPECT_FALSE(hasPublicIpv4(instanceChoosing(PublicIpChoice::No), false, true));
    EXPECT_TRUE(hasPublicIpv4(instanceChoosing(PublicIpChoice::Yes), false, false));
}

TEST(PublicIpv4, AnElasticIpGivesOneWhateverTheChoice) {
    EXPECT_TRUE(hasPublicIpv4(instanceChoosing(PublicIpChoice::No), true, false));
}

TEST(PublicIpv4, LoadBalancersFollowTheirScheme) {
    LoadBalancer balancer;
    Resource resource;
    resource.id = "alb";
    balancer.scheme = LoadBalancerScheme::InternetFacing;
    resource.properties = balancer;
    EXPECT_TRUE(hasPublicIpv4(resource, false, false));
    balancer.scheme = LoadBalancerScheme::Internal;
    resource.properties = balancer;
    EXPECT_FALSE(hasPublicIpv4(resource, true, true));
}

TEST(PublicIpv4, WhatIsNoWorkloadHasNone) {
    Resource vpc;
    vpc.id = "vpc";
    vpc.properties = Vpc{};
    EXPECT_FALSE(hasPublicIpv4(vpc, false, true));
}

} // namespace
} // namespace topograph
