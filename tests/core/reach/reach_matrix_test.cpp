// SPDX-License-Identifier: Apache-2.0
#include "core/reach/reach.h"
#include "core/reach/reach_matrix.h"
#include "network_builder.h"
#include "random_network.h"

#include <gtest/gtest.h>

namespace topograph::reach {
namespace {

std::vector<MatrixPair> pairByPair(const NetworkIndex& index, const MatrixQuery& matrix) {
    std::vector<MatrixPair> pairs;
    std::vector<std::string> ids;
    for (const WorkloadView& w : index.workloads) {
        if (w.subnet != none && index.subnets[w.subnet].vpc != none && w.address) {
            ids.push_back(w.id);
        }
    }
    const auto ask = [&](const std::string& from, const std::string& to) {
        ReachQuery query{from, to, matrix.protocol, matrix.port, matrix.ephemeral};
        const ReachAnswer answer = reach(index, query);
        pairs.push_back({from, to, answer.reachable, answer.code});
    };
    for (const auto& from : ids) {
        for (const auto& to : ids) {
            if (from != to) {
                ask(from, to);
            }
        }
    }
    for (const auto& id : ids) {
        ask(id, "internet");
        ask("internet", id);
    }
    return pairs;
}

bool samePairs(const std::vector<MatrixPair>& a, const std::vector<MatrixPair>& b,
               std::string& difference) {
    if (a.size() != b.size()) {
        difference = "sizes " + std::to_string(a.size()) + " vs " + std::to_string(b.size());
        return false;
    }
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (a[i].from != b[i].from || a[i].to != b[i].to || a[i].reachable != b[i].reachable ||
            a[i].code != b[i].code) {
            difference = a[i].from + " -> " + a[i].to + ": " + a[i].code + " vs " + b[i].code;
            return false;
        }
    }
    return true;
}

TEST(ReachMatrix, EquivalenceClassesGiveThePairByPairAnswers) {
    for (std::uint32_t seed = 1; seed <= 120; ++seed) {
        Document document = testing::randomNetwork(seed);
        // More members per class: clone each instance into its subnet.
        std::vector<Resource> clones;
        for (const Resource& resource : document.resources()) {
            if (resource.as<Instance>() != nullptr && resource.placement()->privateIp.empty()) {
                Resource clone = resource;
                clone.id += "-twin";
                clones.push_back(clone);
            }
        }
        for (Resource& clone : clones) {
            document.add(std::move(clone));
        }
        const NetworkIndex index(document);
        for (const char* protocol : {"tcp", "all"}) {
            MatrixQuery query;
            query.protocol = *parseIpProtocol(protocol);
            query.port = seed % 2 == 0 ? 443 : 22;
            std::string difference;
            EXPECT_TRUE(samePairs(reachMatrix(index, query), pairByPair(index, query), difference))
                << "seed " << seed << " " << protocol << ": " << difference;
        }
    }
}

TEST(ReachMatrix, ListsWorkloadPairsThenTheInternetBothWays) {
    const testing::NetworkBuilder b = testing::twoTierNetwork();
    const NetworkIndex index(b.document);
    const auto pairs = reachMatrix(index, MatrixQuery{});
    ASSERT_EQ(pairs.size(), 6U);
    EXPECT_EQ(pairs[0].from, "web-1");
    EXPECT_EQ(pairs[0].to, "app-1");
    EXPECT_EQ(pairs[0].code, "SG_INGRESS_DENIED"); // app-sg admits 8080 only
    EXPECT_EQ(pairs[2].from, "web-1");
    EXPECT_EQ(pairs[2].to, "internet");
    EXPECT_TRUE(pairs[2].reachable);
    EXPECT_EQ(pairs[5].from, "internet");
    EXPECT_EQ(pairs[5].to, "app-1");
    EXPECT_EQ(pairs[5].code, "NO_PUBLIC_IP");
}

} // namespace
} // namespace topograph::reach
