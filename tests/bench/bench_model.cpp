// SPDX-License-Identifier: Apache-2.0
// Building and holding the synthetic networks: the baseline every other figure is read against.
#include "memory_probe.h"
#include "synthetic_network.h"

#include <benchmark/benchmark.h>

namespace topograph::bench {
namespace {

NetworkShape shapeFor(std::int64_t index) {
    switch (index) {
    case 0:
        return NetworkShape::small();
    case 1:
        return NetworkShape::medium();
    default:
        return NetworkShape::large();
    }
}

void BM_GenerateNetwork(benchmark::State& state) {
    const NetworkShape shape = shapeFor(state.range(0));
    std::size_t objects = 0;
    for (auto _ : state) {
        Document document = generateNetwork(shape);
        objects = objectCount(document);
        benchmark::DoNotOptimize(document);
    }
    state.SetLabel(shape.name);
    state.counters["objects"] = static_cast<double>(objects);
}
BENCHMARK(BM_GenerateNetwork)->DenseRange(0, 2)->Unit(benchmark::kMillisecond);

void BM_ModelMemory(benchmark::State& state) {
    const NetworkShape shape = shapeFor(state.range(0));
    double megabytes = 0;
    for (auto _ : state) {
        const std::size_t before = heapBytesInUse();
        Document document = generateNetwork(shape);
        megabytes = static_cast<double>(heapBytesInUse() - before) / (1024.0 * 1024.0);
        benchmark::DoNotOptimize(document);
    }
    state.SetLabel(shape.name);
    state.counters["model_MiB"] = megabytes;
}
BENCHMARK(BM_ModelMemory)->DenseRange(0, 2)->Iterations(1)->Unit(benchmark::kMillisecond);

} // namespace
} // namespace topograph::bench

BENCHMARK_MAIN();
