// SPDX-License-Identifier: Apache-2.0
// Reachability on the synthetic networks: one query on an indexed network, the all-pairs matrix
// over every workload for one port, and the same pairs answered one by one (by reach() and by
// the per-packet reference evaluator of the property test) to compare against.
#include "bench_shapes.h"
#include "core/reach/reach.h"
#include "core/reach/reach_matrix.h"
#include "reference_evaluator.h"

#include <benchmark/benchmark.h>
#include <ctime>

namespace topograph::bench {
namespace {

using namespace topograph::reach;

/// Workload ids that can be queried, in document order.
std::vector<std::string> queryable(const NetworkIndex& index) {
    std::vector<std::string> ids;
    for (const WorkloadView& workload : index.workloads) {
        if (workload.subnet != none && workload.address) {
            ids.push_back(workload.id);
        }
    }
    return ids;
}

void BM_IndexNetwork(benchmark::State& state) {
    const NetworkShape shape = shapeFor(state.range(0));
    const Document document = generateNetwork(shape);
    for (auto _ : state) {
        NetworkIndex index(document);
        benchmark::DoNotOptimize(index);
    }
    state.SetLabel(shape.name);
}
BENCHMARK(BM_IndexNetwork)->DenseRange(0, 2)->Unit(benchmark::kMillisecond);

/// One query across the transit gateway (first VPC's app tier to the last VPC's data tier),
/// and one to the internet, on an index built beforehand.
void BM_OneQuery(benchmark::State& state) {
    const NetworkShape shape = shapeFor(state.range(0));
    const Document document = generateNetwork(shape);
    const NetworkIndex index(document);
    const std::vector<std::string> ids = queryable(index);
    ReachQuery query;
    query.source = ids[1];
    query.destination = state.range(1) == 0 ? ids[ids.size() - 1] : "internet";
    query.port = 5432;
    for (auto _ : state) {
        ReachAnswer answer = reach::reach(index, query);
        benchmark::DoNotOptimize(answer);
    }
    state.SetLabel(shape.name + (state.range(1) == 0 ? " workload->workload" : " ->internet"));
}
BENCHMARK(BM_OneQuery)->ArgsProduct({{0, 1, 2}, {0, 1}})->Unit(benchmark::kMicrosecond);

/// Every workload to every workload, plus the internet both ways, one port (tcp/443).
void BM_Matrix(benchmark::State& state) {
    const NetworkShape shape = shapeFor(state.range(0));
    const Document document = generateNetwork(shape);
    const NetworkIndex index(document);
    std::size_t reachable = 0;
    VerdictMatrix::Statistics statistics;
    std::size_t workloads = 0;
    std::size_t classes = 0;
    for (auto _ : state) {
        VerdictMatrix matrix =
            computeVerdictMatrix(index, MatrixQuery{}, static_cast<unsigned>(state.range(1)));
        statistics = matrix.statistics();
        workloads = matrix.workloads().size();
        classes = matrix.classCount();
        benchmark::DoNotOptimize(matrix);
    }
    // Count reachable pairs once, outside the timing, to show the verdicts are not all alike.
    const VerdictMatrix matrix = computeVerdictMatrix(index, MatrixQuery{});
    for (std::size_t a = 0; a < workloads; ++a) {
        for (std::size_t b = 0; b < workloads; ++b) {
            reachable += a != b && matrix.code(a, b).empty() ? 1 : 0;
        }
    }
    state.SetLabel(shape.name + ", " + std::to_string(state.range(1)) + " thread(s)");
    state.counters["workloads"] = static_cast<double>(workloads);
    state.counters["pairs"] = static_cast<double>(workloads * (workloads - 1));
    state.counters["reachable"] = static_cast<double>(reachable);
    state.counters["classes"] = static_cast<double>(classes);
    state.counters["walks"] = static_cast<double>(statistics.networkWalks);
    state.counters["to_reach"] = static_cast<double>(statistics.delegatedPairs);
}
// Wall-clock time: the work of the second thread does not show in the main thread's CPU time.
BENCHMARK(BM_Matrix)
    ->ArgsProduct({{0, 1, 2}, {1, 2}})
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond);

/// The matrix pairs answered one by one: time per pair, times the number of pairs gives the
/// whole matrix. Each iteration asks a fixed sample of pairs spread over the network.
template <typename Ask> void pairByPair(benchmark::State& state, std::size_t sample, Ask ask) {
    const NetworkShape shape = shapeFor(state.range(0));
    const Document document = generateNetwork(shape);
    const NetworkIndex index(document);
    const std::vector<std::string> ids = queryable(index);
    const std::size_t stride = ids.size() * ids.size() / sample + 1;
    std::vector<ReachQuery> queries;
    for (std::size_t k = 0; k < sample; ++k) {
        const std::size_t pair = (k * stride) % (ids.size() * ids.size());
        const std::size_t a = pair / ids.size();
        const std::size_t b =
            (pair % ids.size() + (pair / ids.size() == pair % ids.size() ? 1 : 0)) % ids.size();
        ReachQuery query;
        query.source = ids[a];
        query.destination = ids[b];
        queries.push_back(query);
    }
    const std::clock_t start = std::clock();
    for (auto _ : state) {
        for (const ReachQuery& query : queries) {
            ask(document, index, query);
        }
    }
    const double seconds = static_cast<double>(std::clock() - start) / CLOCKS_PER_SEC;
    const double asked = static_cast<double>(state.iterations()) * static_cast<double>(sample);
    const double pairs = static_cast<double>(ids.size() * (ids.size() - 1));
    state.counters["pairs"] = pairs;
    state.counters["us_per_pair"] = seconds / asked * 1e6;
    // CPU seconds the whole matrix would take, answered pair by pair at this rate.
    state.counters["matrix_cpu_s"] = seconds / asked * pairs;
    state.SetLabel(shape.name);
}

void BM_PairByPairReach(benchmark::State& state) {
    pairByPair(state, 2000,
               [](const Document&, const NetworkIndex& index, const ReachQuery& query) {
                   ReachAnswer answer = reach::reach(index, query);
                   benchmark::DoNotOptimize(answer);
               });
}
BENCHMARK(BM_PairByPairReach)->DenseRange(0, 2)->Unit(benchmark::kMillisecond);

void BM_PairByPairReference(benchmark::State& state) {
    // The reference walks one packet at a time over every client port: a small sample.
    pairByPair(state, 50,
               [](const Document& document, const NetworkIndex&, const ReachQuery& query) {
                   testing::ReferenceVerdict verdict = testing::referenceReach(document, query);
                   benchmark::DoNotOptimize(verdict);
               });
}
BENCHMARK(BM_PairByPairReference)->DenseRange(0, 1)->Unit(benchmark::kMillisecond);

} // namespace
} // namespace topograph::bench

BENCHMARK_MAIN();
