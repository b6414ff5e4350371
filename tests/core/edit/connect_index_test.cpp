// SPDX-License-Identifier: Apache-2.0
// The connect proposals on the caller's reachability index (what the GUI passes, kept up to date
// by the incremental engine) must say and do exactly what the plain-document entry point does,
// on every pair of items of every bundled example, for the ports the examples use.
#include "core/edit/connection.h"
#include "core/engine/engine.h"
#include "core/reach/network_index.h"
#include "core/reach/reach.h"
#include "exporters/model_yaml/model_file.h"

#include <filesystem>
#include <gtest/gtest.h>

namespace topograph {
namespace {

std::vector<std::filesystem::path> examples() {
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(TOPOGRAPH_EXAMPLES_DIR)) {
        if (entry.path().extension() == ".yaml") {
            files.push_back(entry.path());
        }
    }
    std::sort(files.begin(), files.end());
    return files;
}

/// The document as the proposal's edit leaves it, written out to compare whole.
std::string after(const Document& document, const ConnectionProposal& proposal) {
    Document edited = document;
    applyEdit(edited, proposal.edit);
    return writeModel(edited);
}

void expectSameProposal(const Document& document, const ConnectionProposal& plain,
                        const ConnectionProposal& indexed) {
    EXPECT_EQ(indexed.kind, plain.kind);
    EXPECT_EQ(indexed.from, plain.from);
    EXPECT_EQ(indexed.to, plain.to);
    EXPECT_EQ(indexed.allowed, plain.allowed);
    EXPECT_EQ(indexed.hint, plain.hint);
    EXPECT_EQ(indexed.label, plain.label);
    EXPECT_EQ(indexed.changes, plain.changes);
    EXPECT_EQ(after(document, indexed), after(document, plain));
}

TEST(ConnectOnIndex, ProposalsMatchThePlainDocumentOnEveryExamplePair) {
    const std::vector<std::filesystem::path> files = examples();
    ASSERT_FALSE(files.empty());
    std::size_t ruleProposals = 0;
    std::size_t allowedRuleProposals = 0;
    for (const std::filesystem::path& file : files) {
        const Document document = loadModelFile(file.string());
        const reach::NetworkIndex index(document);
        for (const Resource& from : document.resources()) {
            for (const Resource& to : document.resources()) {
                const ConnectionKind kind = connectionKind(document, from.id, to.id);
                if (kind == ConnectionKind::None) {
                    continue;
                }
                for (const int port : {443, 5432, 8080}) {
                    SCOPED_TRACE(file.filename().string() + ": " + from.id + " -> " + to.id +
                                 " on " + std::to_string(port));
                    ConnectionRequest request{from.id, to.id};
                    request.port = port;
                    const ConnectionProposal plain = proposeConnection(document, request);
                    expectSameProposal(document, plain, proposeConnection(index, request));
                    if (takesPort(kind)) {
                        ++ruleProposals;
                        allowedRuleProposals += plain.allowed ? 1 : 0;
                    }
                    if (!takesPort(kind)) {
                        break; // the port means nothing to routes, peering and attachments
                    }
                }
            }
        }
    }
    // The comparison covered the proposals that read the index, allowed ones among them.
    EXPECT_GT(ruleProposals, 0u);
    EXPECT_GT(allowedRuleProposals, 0u);
    EXPECT_LT(allowedRuleProposals, ruleProposals);
}

// The GUI's index is the incremental engine's, brought up to date edit by edit: after a
// connection is made through it, the next proposals must still match a fresh reading.
TEST(ConnectOnIndex, TheEnginesIndexAfterAConnectionProposesWhatAFreshDocumentDoes) {
    engine::Engine engine(
        loadModelFile(std::string(TOPOGRAPH_EXAMPLES_DIR) + "/three-tier-web.yaml"));
    ConnectionRequest request{"app-instance-a", "db"};
    request.port = 6379;
    const ConnectionProposal first = proposeConnection(engine.networkIndex(), request);
    ASSERT_TRUE(first.allowed) << first.hint;
    engine.apply(first.edit, true);
    Document edited = engine.document();

    for (const std::string from : {"app-instance-a", "app-instance-b", "alb"}) {
        for (const std::string to : {"db", "app-instance-b"}) {
            if (from == to) {
                continue;
            }
            SCOPED_TRACE(from + " -> " + to);
            ConnectionRequest again{from, to};
            again.port = 6379;
            const ConnectionProposal plain = proposeConnection(edited, again);
            expectSameProposal(edited, plain, proposeConnection(engine.networkIndex(), again));
        }
    }
    // The rule just added is seen through the engine's index.
    const ConnectionProposal repeated = proposeConnection(engine.networkIndex(), request);
    EXPECT_FALSE(repeated.allowed);
    EXPECT_NE(repeated.hint.find("already allowed"), std::string::npos) << repeated.hint;
}

TEST(ConnectOnIndex, ReachOnTheIndexMatchesReachOnTheDocument) {
    for (const std::filesystem::path& file : examples()) {
        const Document document = loadModelFile(file.string());
        const reach::NetworkIndex index(document);
        std::vector<std::string> ends{"internet"};
        for (const reach::WorkloadView& workload : index.workloads) {
            ends.push_back(workload.id);
        }
        for (const std::string& source : ends) {
            for (const std::string& destination : ends) {
                SCOPED_TRACE(file.filename().string() + ": " + source + " -> " + destination);
                reach::ReachQuery query;
                query.source = source;
                query.destination = destination;
                query.port = 443;
                std::string plainError;
                std::string indexedError;
                reach::ReachAnswer plain;
                reach::ReachAnswer indexed;
                try {
                    plain = reach::reach(document, query);
                } catch (const reach::ReachQueryError& error) {
                    plainError = error.what();
                }
                try {
                    indexed = reach::reach(index, query);
                } catch (const reach::ReachQueryError& error) {
                    indexedError = error.what();
                }
                EXPECT_EQ(indexedError, plainError);
                EXPECT_EQ(indexed.reachable, plain.reachable);
                EXPECT_EQ(indexed.code, plain.code);
                EXPECT_EQ(indexed.blockedAt, plain.blockedAt);
                EXPECT_EQ(indexed.explanation, plain.explanation);
                EXPECT_EQ(indexed.hops.size(), plain.hops.size());
            }
        }
    }
}

} // namespace
} // namespace topograph
