// SPDX-License-Identifier: Apache-2.0
// SUBNET_OVERLAP against a brute-force reference: the sweep must find exactly the overlapping
// pairs an all-pairs comparison finds, each once, and only within one VPC.
#include "core/check/structural_checks.h"
#include "core/cidr/cidr.h"
#include "tests/support/model_builders.h"

#include <gtest/gtest.h>
#include <random>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace topograph {
namespace {

using Pair = std::pair<ResourceId, ResourceId>;

std::set<Pair> reportedOverlaps(const Document& document) {
    std::set<Pair> pairs;
    for (const Finding& finding : runStructuralChecks(document)) {
        if (finding.code != "SUBNET_OVERLAP") {
            continue;
        }
        EXPECT_EQ(finding.resources.size(), 2U);
        // The earlier subnet in the document comes first.
        EXPECT_LT(document.positionOf(finding.resources[0]),
                  document.positionOf(finding.resources[1]));
        const bool fresh = pairs.emplace(finding.resources[0], finding.resources[1]).second;
        EXPECT_TRUE(fresh) << "pair reported twice: " << finding.message;
    }
    return pairs;
}

std::set<Pair> bruteForceOverlaps(const Document& document) {
    std::set<Pair> pairs;
    const auto& resources = document.resources();
    for (std::size_t i = 0; i < resources.size(); ++i) {
        const Subnet* a = resources[i].as<Subnet>();
        for (std::size_t j = i + 1; a != nullptr && j < resources.size(); ++j) {
            const Subnet* b = resources[j].as<Subnet>();
            if (b != nullptr && a->vpc == b->vpc &&
                Cidr::parse(a->ipv4Cidr).overlaps(Cidr::parse(b->ipv4Cidr))) {
                pairs.emplace(resources[i].id, resources[j].id);
            }
        }
    }
    return pairs;
}

TEST(SubnetOverlap, SweepAgreesWithAllPairsOnRandomNetworks) {
    std::mt19937 random(7);
    for (int round = 0; round < 40; ++round) {
        SCOPED_TRACE("round " + std::to_string(round));
        Document document;
        document.add(testing_support::vpc("vpc-a", {"10.0.0.0/16"}));
        document.add(testing_support::vpc("vpc-b", {"10.0.0.0/16"}));
        const int count = 5 + static_cast<int>(random() % 60);
        for (int i = 0; i < count; ++i) {
            const int prefix = 20 + static_cast<int>(random() % 9); // /20 to /28
            const std::uint32_t offset = random() % 65536;
            const Cidr block = Cidr(IpAddress::v4(0x0a000000U + offset), prefix).aligned();
            document.add(testing_support::subnet(
                "s" + std::to_string(i), random() % 2 == 0 ? "vpc-a" : "vpc-b", block.toString()));
        }
        const auto expected = bruteForceOverlaps(document);
        EXPECT_EQ(reportedOverlaps(document), expected);
    }
}

TEST(SubnetOverlap, ThreeSubnetsOnOneBlockGiveThreePairs) {
    Document document;
    document.add(testing_support::vpc("vpc", {"10.0.0.0/16"}));
    document.add(testing_support::subnet("c", "vpc", "10.0.1.0/24"));
    document.add(testing_support::subnet("a", "vpc", "10.0.1.0/24"));
    document.add(testing_support::subnet("b", "vpc", "10.0.1.0/24"));
    document.add(testing_support::subnet("elsewhere", "vpc", "10.0.2.0/24"));
    const std::set<Pair> expected = {{"c", "a"}, {"c", "b"}, {"a", "b"}};
    EXPECT_EQ(reportedOverlaps(document), expected);
}

TEST(SubnetOverlap, NestedChainReportsEveryHoldingBlock) {
    Document document;
    document.add(testing_support::vpc("vpc", {"10.0.0.0/16"}));
    document.add(testing_support::subnet("wide", "vpc", "10.0.0.0/20"));
    document.add(testing_support::subnet("middle", "vpc", "10.0.0.0/24"));
    document.add(testing_support::subnet("narrow", "vpc", "10.0.0.16/28"));
    document.add(testing_support::subnet("after", "vpc", "10.0.16.0/24")); // past "wide"
    const std::set<Pair> expected = {{"wide", "middle"}, {"wide", "narrow"}, {"middle", "narrow"}};
    EXPECT_EQ(reportedOverlaps(document), expected);
}

TEST(SubnetOverlap, AdjacentBlocksDoNotOverlap) {
    Document document;
    document.add(testing_support::vpc("vpc", {"10.0.0.0/16"}));
    document.add(testing_support::subnet("low", "vpc", "10.0.0.0/25"));
    document.add(testing_support::subnet("high", "vpc", "10.0.0.128/25"));
    document.add(testing_support::subnet("next", "vpc", "10.0.1.0/24"));
    EXPECT_TRUE(runStructuralChecks(document).empty());
}

} // namespace
} // namespace topograph
