// SPDX-License-Identifier: Apache-2.0
// The blocks proposed for new VPCs and subnets: aligned, free, of the documented size, in the
// documented order, and nothing once the space is used up.
#include "core/cidr/cidr.h"
#include "core/edit/proposed_cidr.h"
#include "edit_test_support.h"

#include <gtest/gtest.h>

namespace topograph {
namespace {

using namespace edit_tests;

TEST(ProposeVpcCidr, FirstVpcGetsTheFirstSlash16OfTenSlash8) {
    EXPECT_EQ(proposeVpcCidr(Document{}), "10.0.0.0/16");
}

TEST(ProposeVpcCidr, SecondVpcGetsTheNextSlash16) {
    Document document;
    addVpc(document, "a", {"10.0.0.0/16"});
    EXPECT_EQ(proposeVpcCidr(document), "10.1.0.0/16");
}

TEST(ProposeVpcCidr, SkipsASlash16ThatAHandMadeBlockOverlaps) {
    Document document;
    addVpc(document, "a", {"10.0.0.0/16"});
    addVpc(document, "b", {"10.1.128.0/17"});
    EXPECT_EQ(proposeVpcCidr(document), "10.2.0.0/16");
}

TEST(ProposeVpcCidr, SecondaryBlocksAndLargeBlocksCountAsTaken) {
    Document document;
    addVpc(document, "a", {"10.0.0.0/16", "10.1.0.0/24"});
    addVpc(document, "b", {"10.2.0.0/15"});
    EXPECT_EQ(proposeVpcCidr(document), "10.4.0.0/16");
}

TEST(ProposeVpcCidr, ABlockWithHostBitsCountsAsItsAlignedBlock) {
    Document document;
    addVpc(document, "a", {"10.0.5.0/16"});
    EXPECT_EQ(proposeVpcCidr(document), "10.1.0.0/16");
}

TEST(ProposeVpcCidr, UnreadableAndIpv6BlocksAreIgnored) {
    Document document;
    addVpc(document, "a", {"not a block", "2001:db8::/56"});
    EXPECT_EQ(proposeVpcCidr(document), "10.0.0.0/16");
}

TEST(ProposeVpcCidr, FillsTenThenOneSevenTwoThenOneNineTwoThenStops) {
    Document document;
    std::vector<Cidr> proposed;
    while (auto next = proposeVpcCidr(document)) {
        const Cidr block = Cidr::parse(*next);
        ASSERT_FALSE(block.hasHostBits()) << *next;
        for (const Cidr& earlier : proposed) {
            ASSERT_FALSE(block.overlaps(earlier)) << *next << " overlaps " << earlier.toString();
        }
        proposed.push_back(block);
        addVpc(document, "vpc-" + std::to_string(proposed.size()), {*next});
        ASSERT_LE(proposed.size(), 300U) << "the proposals never run out";
    }
    // 256 /16s of 10.0.0.0/8, 16 of 172.16.0.0/12, 16 /20s of 192.168.0.0/16.
    ASSERT_EQ(proposed.size(), 288U);
    EXPECT_EQ(proposed[255].toString(), "10.255.0.0/16");
    EXPECT_EQ(proposed[256].toString(), "172.16.0.0/16");
    EXPECT_EQ(proposed[271].toString(), "172.31.0.0/16");
    EXPECT_EQ(proposed[272].toString(), "192.168.0.0/20");
    EXPECT_EQ(proposed[287].toString(), "192.168.240.0/20");
}

TEST(ProposedSubnetPrefix, Slash24ForLargeVpcsElseFourSubnetsButNeverBelowSlash28) {
    EXPECT_EQ(proposedSubnetPrefix(16), 24);
    EXPECT_EQ(proposedSubnetPrefix(20), 24);
    EXPECT_EQ(proposedSubnetPrefix(22), 24);
    EXPECT_EQ(proposedSubnetPrefix(23), 25);
    EXPECT_EQ(proposedSubnetPrefix(24), 26);
    EXPECT_EQ(proposedSubnetPrefix(26), 28);
    EXPECT_EQ(proposedSubnetPrefix(27), 28);
    EXPECT_EQ(proposedSubnetPrefix(28), 28);
}

TEST(ProposeSubnetCidr, FillsSlash24sInOrder) {
    Document document;
    addVpc(document, "vpc", {"10.0.0.0/16"});
    EXPECT_EQ(proposeSubnetCidr(document, "vpc"), "10.0.0.0/24");
    addSubnet(document, "s1", "vpc", "10.0.0.0/24");
    EXPECT_EQ(proposeSubnetCidr(document, "vpc"), "10.0.1.0/24");
    addSubnet(document, "s2", "vpc", "10.0.1.0/24");
    EXPECT_EQ(proposeSubnetCidr(document, "vpc"), "10.0.2.0/24");
}

TEST(ProposeSubnetCidr, SkipsTakenBlocksOfEverySize) {
    Document document;
    addVpc(document, "vpc", {"10.0.0.0/16"});
    addSubnet(document, "s1", "vpc", "10.0.0.0/24");
    addSubnet(document, "s2", "vpc", "10.0.2.0/23");
    addSubnet(document, "s3", "vpc", "10.0.1.128/26");
    // 10.0.1.0/24 is partly used by the /26, 10.0.2.0/24 and 10.0.3.0/24 by the /23.
    EXPECT_EQ(proposeSubnetCidr(document, "vpc"), "10.0.4.0/24");
}

TEST(ProposeSubnetCidr, FindsTheGapBetweenTakenBlocks) {
    Document document;
    addVpc(document, "vpc", {"10.0.0.0/16"});
    addSubnet(document, "s1", "vpc", "10.0.0.0/24");
    addSubnet(document, "s3", "vpc", "10.0.2.0/24");
    EXPECT_EQ(proposeSubnetCidr(document, "vpc"), "10.0.1.0/24");
}

TEST(ProposeSubnetCidr, SubnetsOfOtherVpcsDoNotCount) {
    Document document;
    addVpc(document, "vpc", {"10.0.0.0/16"});
    addVpc(document, "other", {"10.0.0.0/16"});
    addSubnet(document, "s1", "other", "10.0.0.0/24");
    EXPECT_EQ(proposeSubnetCidr(document, "vpc"), "10.0.0.0/24");
}

TEST(ProposeSubnetCidr, ASmallVpcGetsSubnetsTwoBitsSmaller) {
    Document document;
    addVpc(document, "vpc", {"10.0.0.0/24"});
    EXPECT_EQ(proposeSubnetCidr(document, "vpc"), "10.0.0.0/26");
    addSubnet(document, "s1", "vpc", "10.0.0.0/26");
    EXPECT_EQ(proposeSubnetCidr(document, "vpc"), "10.0.0.64/26");
}

TEST(ProposeSubnetCidr, ASlash27VpcHoldsTwoSlash28s) {
    Document document;
    addVpc(document, "vpc", {"192.168.5.32/27"});
    EXPECT_EQ(proposeSubnetCidr(document, "vpc"), "192.168.5.32/28");
    addSubnet(document, "s1", "vpc", "192.168.5.32/28");
    EXPECT_EQ(proposeSubnetCidr(document, "vpc"), "192.168.5.48/28");
    addSubnet(document, "s2", "vpc", "192.168.5.48/28");
    EXPECT_EQ(proposeSubnetCidr(document, "vpc"), std::nullopt);
}

TEST(ProposeSubnetCidr, AFullVpcHasNoProposal) {
    Document document;
    addVpc(document, "vpc", {"10.0.0.0/16"});
    addSubnet(document, "all", "vpc", "10.0.0.0/16");
    EXPECT_EQ(proposeSubnetCidr(document, "vpc"), std::nullopt);
}

TEST(ProposeSubnetCidr, UsesSecondaryBlocksWhenThePrimaryIsFull) {
    Document document;
    addVpc(document, "vpc", {"10.0.0.0/24", "10.1.0.0/16"});
    addSubnet(document, "s1", "vpc", "10.0.0.0/25");
    // The primary still has room for /26s.
    EXPECT_EQ(proposeSubnetCidr(document, "vpc"), "10.0.0.128/26");
    addSubnet(document, "s2", "vpc", "10.0.0.128/25");
    EXPECT_EQ(proposeSubnetCidr(document, "vpc"), "10.1.0.0/24");
}

TEST(ProposeSubnetCidr, EveryProposalFitsTheVpcAndOverlapsNoSubnet) {
    Document document;
    addVpc(document, "vpc", {"10.0.0.0/22", "10.9.0.0/26"});
    std::vector<Cidr> proposed;
    while (auto next = proposeSubnetCidr(document, "vpc")) {
        const Cidr block = Cidr::parse(*next);
        ASSERT_TRUE(Cidr::parse("10.0.0.0/22").contains(block) ||
                    Cidr::parse("10.9.0.0/26").contains(block))
            << *next;
        for (const Cidr& earlier : proposed) {
            ASSERT_FALSE(block.overlaps(earlier)) << *next;
        }
        proposed.push_back(block);
        addSubnet(document, "s" + std::to_string(proposed.size()), "vpc", *next);
        ASSERT_LE(proposed.size(), 20U);
    }
    // Four /24s in the /22, then four /28s in the /26.
    ASSERT_EQ(proposed.size(), 8U);
    EXPECT_EQ(proposed[4].toString(), "10.9.0.0/28");
}

TEST(ProposeSubnetCidr, NothingForAnUnknownVpcOrOneWithoutAReadableBlock) {
    Document document;
    addVpc(document, "broken", {"10.0.0/16"});
    addRegion(document, "region", "us-east-1");
    EXPECT_EQ(proposeSubnetCidr(document, "broken"), std::nullopt);
    EXPECT_EQ(proposeSubnetCidr(document, "region"), std::nullopt);
    EXPECT_EQ(proposeSubnetCidr(document, "missing"), std::nullopt);
}

} // namespace
} // namespace topograph
