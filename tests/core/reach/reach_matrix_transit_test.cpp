// SPDX-License-Identifier: Apache-2.0
// The matrix's verdict-only walk must give every pair the verdict and code reach() gives, on
// networks of transit gateways and peering connections (the legs it models itself), with one
// thread and with several.
#include "core/reach/reach.h"
#include "core/reach/reach_matrix.h"
#include "random_transit_network.h"
#include "synthetic_network.h"

#include <gtest/gtest.h>
#include <map>

namespace topograph::reach {
namespace {

TEST(ReachMatrixTransit, EveryPairMatchesReach) {
    std::size_t walks = 0;
    std::size_t delegated = 0;
    std::size_t pairs = 0;
    std::map<std::string, int> codes;
    for (std::uint32_t seed = 1; seed <= 150; ++seed) {
        const Document document = testing::randomTransitNetwork(seed);
        const NetworkIndex index(document);
        MatrixQuery query;
        query.protocol = *parseIpProtocol(seed % 3 == 0 ? "all" : "tcp");
        query.port = seed % 2 == 0 ? 443 : 22;
        for (unsigned threads : {1U, 2U}) {
            const VerdictMatrix matrix = computeVerdictMatrix(index, query, threads);
            walks += matrix.statistics().networkWalks;
            delegated += matrix.statistics().delegatedPairs;
            const auto& workloads = matrix.workloads();
            for (std::size_t from = 0; from < workloads.size(); ++from) {
                for (std::size_t to = 0; to < workloads.size(); ++to) {
                    if (from == to) {
                        continue;
                    }
                    const ReachQuery pair{index.workloads[workloads[from]].id,
                                          index.workloads[workloads[to]].id, query.protocol,
                                          query.port, query.ephemeral};
                    const ReachAnswer answer = reach(index, pair);
                    ++pairs;
                    ++codes[answer.reachable ? "reachable" : answer.code];
                    ASSERT_EQ(std::string(matrix.code(from, to)), answer.code)
                        << "seed " << seed << ", " << threads << " thread(s): " << pair.source
                        << " -> " << pair.destination << ": " << answer.explanation;
                }
            }
        }
    }
    // The comparison says little unless the walk did the work and met most codes.
    EXPECT_GT(pairs, 2000U);
    EXPECT_GT(walks, 4 * delegated) << delegated << " pairs went to reach()";
    for (const char* code :
         {"reachable", "SG_EGRESS_DENIED", "SG_INGRESS_DENIED", "NACL_OUTBOUND_DENIED",
          "NACL_INBOUND_DENIED", "NACL_RETURN_DENIED", "NO_ROUTE", "BLACKHOLE_ROUTE",
          "NO_RETURN_ROUTE", "TGW_NO_ROUTE", "TGW_BLACKHOLE", "CIDR_OVERLAP"}) {
        EXPECT_GT(codes[code], 0) << code << " never came up";
    }
}

TEST(ReachMatrixTransit, SyntheticHubNetworkMatchesReach) {
    // The benchmark's network, small: VPCs on one transit gateway, an egress VPC with NAT.
    bench::NetworkShape shape;
    shape.name = "test";
    shape.vpcs = 8;
    shape.workloads = 120;
    shape.securityGroups = 40;
    shape.rulesPerSecurityGroup = 8;
    shape.naclEntries = 160;
    const Document document = bench::generateNetwork(shape);
    const NetworkIndex index(document);
    std::size_t reachable = 0;
    std::size_t compared = 0;
    forEachMatrixPair(index, MatrixQuery{}, [&](const MatrixPair& pair) {
        const ReachAnswer answer =
            reach(index, ReachQuery{pair.from, pair.to, IpProtocol{IpProtocol::Tcp}, 443,
                                    PortRange{1024, 65535}});
        ASSERT_EQ(pair.reachable, answer.reachable) << pair.from << " -> " << pair.to;
        ASSERT_EQ(pair.code, answer.code) << pair.from << " -> " << pair.to;
        reachable += pair.reachable ? 1 : 0;
        ++compared;
    });
    EXPECT_EQ(compared, 120U * 119U + 240U);
    EXPECT_GT(reachable, 0U);
}

} // namespace
} // namespace topograph::reach
