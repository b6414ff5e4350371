// SPDX-License-Identifier: Apache-2.0
// The engine (interval sets, equivalence classes of addresses) must agree with the per-packet
// reference evaluator on every verdict, code and working client port of random networks.
#include "core/reach/reach.h"
#include "random_network.h"
#include "reference_evaluator.h"

#include <gtest/gtest.h>
#include <iostream>
#include <map>

namespace topograph::reach {
namespace {

std::string describe(const ReachQuery& query) {
    return query.source + " -> " + query.destination + " " + toString(query.protocol) + "/" +
           std::to_string(query.port) + " ephemeral " + std::to_string(query.ephemeral.from) + "-" +
           std::to_string(query.ephemeral.to);
}

TEST(ReachProperty, EngineAgreesWithPerPacketReference) {
    constexpr std::uint32_t cases = 500;
    int compared = 0;
    int reachable = 0;
    std::map<std::string, int> codes;
    for (std::uint32_t seed = 1; seed <= cases; ++seed) {
        const Document document = testing::randomNetwork(seed);
        const NetworkIndex index(document);
        for (const ReachQuery& query : testing::randomQueries(document, seed)) {
            const testing::ReferenceVerdict expected = testing::referenceReach(document, query);
            SCOPED_TRACE("seed " + std::to_string(seed) + ": " + describe(query));
            if (expected.error) {
                EXPECT_THROW(reach(index, query), ReachQueryError);
                continue;
            }
            ReachAnswer answer;
            ASSERT_NO_THROW(answer = reach(index, query));
            ++compared;
            ASSERT_EQ(answer.reachable, expected.reachable) << answer.explanation;
            if (!expected.reachable) {
                ASSERT_EQ(answer.code, expected.code) << answer.explanation;
                ++codes[answer.code];
                continue;
            }
            ++reachable;
            for (const auto& [port, works] : expected.clientPorts) {
                ASSERT_EQ(answer.workingPorts.contains(port), works)
                    << "client port " << port << ", engine says " << answer.ephemeralPorts;
            }
        }
    }
    // The generator must exercise both verdicts and most codes, or the comparison says little.
    EXPECT_GT(compared, 2000);
    EXPECT_GT(reachable, 100);
    for (const char* code :
         {"SG_EGRESS_DENIED", "SG_INGRESS_DENIED", "NACL_OUTBOUND_DENIED", "NACL_INBOUND_DENIED",
          "NACL_RETURN_DENIED", "NO_ROUTE", "BLACKHOLE_ROUTE", "NO_PUBLIC_IP", "IGW_NOT_ATTACHED",
          "NON_TRANSITIVE_PEERING", "CIDR_OVERLAP", "NO_RETURN_ROUTE", "NAT_IN_PRIVATE_SUBNET",
          "NAT_NO_ELASTIC_IP"}) {
        EXPECT_GT(codes[code], 0) << code << " never came up";
    }
    std::string summary;
    for (const auto& [code, count] : codes) {
        summary += code + "=" + std::to_string(count) + " ";
    }
    RecordProperty("codes", summary);
    std::cout << "compared " << compared << " answers, " << reachable << " reachable; " << summary
              << "\n";
}

} // namespace
} // namespace topograph::reach
