// SPDX-License-Identifier: Apache-2.0
#include "exporters/cloudformation/static_functions.h"

#include <gtest/gtest.h>

namespace topograph::cfn {
namespace {

struct CidrCase {
    const char* block;
    long long count;
    long long bits;
    std::vector<std::string> expected; // empty: an error
};

// Expected values are the ones CloudFormation returns (the first from AWS's Fn::Cidr page).
const CidrCase cidrCases[] = {
    {"192.168.0.0/24",
     6,
     5,
     {"192.168.0.0/27", "192.168.0.32/27", "192.168.0.64/27", "192.168.0.96/27", "192.168.0.128/27",
      "192.168.0.160/27"}},
    {"10.0.0.0/16", 3, 8, {"10.0.0.0/24", "10.0.1.0/24", "10.0.2.0/24"}},
    {"10.0.0.0/16", 2, 14, {"10.0.0.0/18", "10.0.64.0/18"}},
    {"10.16.0.0/16", 4, 12, {"10.16.0.0/20", "10.16.16.0/20", "10.16.32.0/20", "10.16.48.0/20"}},
    {"10.0.0.0/16", 1, 16, {"10.0.0.0/16"}},
    {"2001:db8:1234:1a00::/56",
     4,
     64,
     {"2001:db8:1234:1a00::/64", "2001:db8:1234:1a01::/64", "2001:db8:1234:1a02::/64",
      "2001:db8:1234:1a03::/64"}},
    {"2600:1f18:abcd:ff00::/56", 2, 72, {}}, // one /56 fits, not two
    {"10.0.0.0/24", 5, 7, {}},               // only two /25 in a /24
    {"10.0.0.0/16", 0, 8, {}},               // count below 1
    {"10.0.0.0/16", 257, 8, {}},             // count above 256
    {"10.0.0.0/16", 2, 17, {}},              // more host bits than the block has
    {"not-a-cidr", 2, 8, {}},
};

TEST(FnCidr, MatchesCloudFormation) {
    for (const CidrCase& c : cidrCases) {
        std::string error;
        const auto blocks = cidrBlocks(c.block, c.count, c.bits, error);
        if (c.expected.empty()) {
            EXPECT_FALSE(blocks.has_value()) << c.block << " " << c.count << " " << c.bits;
            EXPECT_FALSE(error.empty());
        } else {
            ASSERT_TRUE(blocks.has_value()) << c.block << ": " << error;
            EXPECT_EQ(*blocks, c.expected) << c.block;
        }
    }
}

TEST(FnCidr, StartsFromTheNetworkOfABlockWithHostBits) {
    std::string error;
    const auto blocks = cidrBlocks("10.0.5.7/16", 2, 8, error);
    ASSERT_TRUE(blocks);
    EXPECT_EQ(*blocks, (std::vector<std::string>{"10.0.0.0/24", "10.0.1.0/24"}));
}

TEST(FnCidr, Ipv6BlocksCarryAcrossThe64BitHalves) {
    std::string error;
    const auto blocks = cidrBlocks("2001:db8::/63", 2, 64, error);
    ASSERT_TRUE(blocks) << error;
    EXPECT_EQ(*blocks, (std::vector<std::string>{"2001:db8::/64", "2001:db8:0:1::/64"}));
    const auto small = cidrBlocks("2001:db8::/120", 3, 4, error);
    ASSERT_TRUE(small) << error;
    EXPECT_EQ(*small,
              (std::vector<std::string>{"2001:db8::/124", "2001:db8::10/124", "2001:db8::20/124"}));
}

TEST(Base64, EncodesWithPadding) {
    const std::pair<const char*, const char*> cases[] = {
        {"", ""},        {"f", "Zg=="},          {"fo", "Zm8="},
        {"foo", "Zm9v"}, {"foobar", "Zm9vYmFy"}, {"#!/bin/bash\n", "IyEvYmluL2Jhc2gK"},
    };
    for (const auto& [text, encoded] : cases) {
        EXPECT_EQ(base64Encode(text), encoded) << text;
    }
}

TEST(GetAzs, DefaultsToThreeZonesOfTheRegion) {
    EXPECT_EQ(availabilityZones("eu-west-1", {}),
              (std::vector<std::string>{"eu-west-1a", "eu-west-1b", "eu-west-1c"}));
    EXPECT_EQ(availabilityZones("us-east-1", {{"us-east-1", {"us-east-1d", "us-east-1f"}}}),
              (std::vector<std::string>{"us-east-1d", "us-east-1f"}));
}

TEST(SplitText, KeepsEmptyPieces) {
    EXPECT_EQ(splitText("a,,b,", ","), (std::vector<std::string>{"a", "", "b", ""}));
    EXPECT_EQ(splitText("Key=Value", "="), (std::vector<std::string>{"Key", "Value"}));
    EXPECT_EQ(splitText("", ","), (std::vector<std::string>{""}));
}

TEST(Partition, FollowsTheRegion) {
    EXPECT_EQ(partitionOf("us-east-1"), "aws");
    EXPECT_EQ(partitionOf("cn-north-1"), "aws-cn");
    EXPECT_EQ(partitionOf("us-gov-west-1"), "aws-us-gov");
    EXPECT_EQ(urlSuffixOf("cn-north-1"), "amazonaws.com.cn");
}

} // namespace
} // namespace topograph::cfn
