// SPDX-License-Identifier: Apache-2.0
// Connecting on the GUI's 2,000-item model (M's proportions scaled down, as tests/bench/gui
// builds it): the Connect To... list of one workload (every other workload evaluated as a
// candidate), and the preview the canvas shows while one workload is dragged onto another.
// The preview is timed through the plain-document entry point, which indexes the network
// itself, and with the index the document controller keeps up to date, as the GUI calls it.
#include "core/edit/connection.h"
#include "core/edit/connection_targets.h"
#include "core/edit/workload_port.h"
#include "core/reach/network_index.h"
#include "synthetic_network.h"

#include <benchmark/benchmark.h>

namespace topograph::bench {
namespace {

/// The model bench_gui opens by default: 40 VPCs, 1,440 instances.
const Document& guiModel() {
    static const Document document = [] {
        NetworkShape shape = NetworkShape::medium();
        shape.name = "GUI";
        shape.vpcs = 40;
        shape.workloads = 1440;
        shape.securityGroups = shape.workloads * 2 / 5;
        shape.naclEntries = shape.vpcs * 60;
        return generateNetwork(shape);
    }();
    return document;
}

/// Two placed workloads of the first VPC, in different tiers: the dragged one and the one it
/// is dropped on.
struct Pair {
    ResourceId from;
    ResourceId to;
};

Pair workloadPair(const reach::NetworkIndex& index) {
    std::vector<ResourceId> placed;
    for (const reach::WorkloadView& workload : index.workloads) {
        if (workload.subnet != reach::none && workload.address) {
            placed.push_back(workload.id);
        }
    }
    return {placed.at(1), placed.at(placed.size() / 2)};
}

ConnectionRequest previewRequest(const Pair& pair) {
    ConnectionRequest request;
    request.from = pair.from;
    request.to = pair.to;
    request.protocol = IpProtocol{IpProtocol::Tcp};
    request.port = 5433; // a port no synthetic rule opens: the proposal adds rules
    return request;
}

void BM_ConnectTargets(benchmark::State& state) {
    const Document& document = guiModel();
    const Pair pair = workloadPair(reach::NetworkIndex(document));
    std::size_t count = 0;
    for (auto _ : state) {
        const std::vector<ConnectionTarget> targets = connectionTargets(document, pair.from);
        count = targets.size();
        benchmark::DoNotOptimize(targets.data());
    }
    state.counters["candidates"] = static_cast<double>(count);
}
BENCHMARK(BM_ConnectTargets)->Unit(benchmark::kMillisecond);

/// The part of the list that was quadratic: the port each of the 1,439 candidates listens on,
/// asked one by one (each call looks through the document for a load balancer in front) or
/// through one lookup made for the whole list, as connectionTargets() now does.
void BM_CandidatePorts(benchmark::State& state) {
    const Document& document = guiModel();
    const reach::NetworkIndex index(document);
    const Pair pair = workloadPair(index);
    const bool once = state.range(0) == 1;
    for (auto _ : state) {
        const ListeningPorts shared(document);
        int sum = 0;
        for (const reach::WorkloadView& candidate : index.workloads) {
            sum += once ? shared.of(candidate.id, pair.from).port
                        : listeningPort(document, candidate.id, pair.from).port;
        }
        benchmark::DoNotOptimize(sum);
    }
    state.SetLabel(once ? "one lookup" : "a scan per candidate");
}
BENCHMARK(BM_CandidatePorts)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

void BM_ConnectPreview(benchmark::State& state) {
    const Document& document = guiModel();
    const reach::NetworkIndex index(document);
    const ConnectionRequest request = previewRequest(workloadPair(index));
    const bool withIndex = state.range(0) == 1;
    for (auto _ : state) {
        const ConnectionProposal proposal =
            withIndex ? proposeConnection(index, request) : proposeConnection(document, request);
        if (!proposal.allowed) {
            state.SkipWithError(proposal.hint.c_str());
            break;
        }
        benchmark::DoNotOptimize(proposal.edit);
    }
    state.SetLabel(withIndex ? "caller's index" : "plain document");
}
BENCHMARK(BM_ConnectPreview)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

} // namespace
} // namespace topograph::bench

BENCHMARK_MAIN();
