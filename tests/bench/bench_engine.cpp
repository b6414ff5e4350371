// SPDX-License-Identifier: Apache-2.0
// Validation and incremental updates on the synthetic networks: a full validation, building the
// engine, and one edit with the findings and ten pinned queries brought up to date.
#include "bench_shapes.h"
#include "core/check/fixes.h"
#include "core/check/validator.h"
#include "core/engine/engine.h"
#include "memory_probe.h"

#include <algorithm>
#include <benchmark/benchmark.h>

namespace topograph::bench {
namespace {

void BM_Validate(benchmark::State& state) {
    const NetworkShape shape = shapeFor(state.range(0));
    const Document document = generateNetwork(shape);
    std::size_t findings = 0;
    for (auto _ : state) {
        std::vector<Finding> all = validate(document);
        findings = all.size();
        benchmark::DoNotOptimize(all);
    }
    state.SetLabel(shape.name);
    state.counters["findings"] = static_cast<double>(findings);
    state.counters["resources"] = static_cast<double>(document.size());
}
BENCHMARK(BM_Validate)->DenseRange(0, 2)->Unit(benchmark::kMillisecond);

void BM_EngineBuild(benchmark::State& state) {
    const NetworkShape shape = shapeFor(state.range(0));
    const Document document = generateNetwork(shape);
    for (auto _ : state) {
        engine::Engine engine(document);
        benchmark::DoNotOptimize(engine);
    }
    state.SetLabel(shape.name);
}
BENCHMARK(BM_EngineBuild)->DenseRange(0, 2)->Unit(benchmark::kMillisecond);

/// What the findings panel pays for one ALLOWED_FLOW_BLOCKED row's fix button: the path fix,
/// asked afresh (labels are cached per row until the next edit).
void BM_AllowedFlowFix(benchmark::State& state) {
    const NetworkShape shape = shapeFor(state.range(0));
    const Document document = generateNetwork(shape);
    const std::vector<Finding> findings = validate(document);
    const auto flow = std::find_if(findings.begin(), findings.end(), [](const Finding& f) {
        return f.code == "ALLOWED_FLOW_BLOCKED";
    });
    if (flow == findings.end()) {
        state.SkipWithError("no ALLOWED_FLOW_BLOCKED in the synthetic network");
        return;
    }
    std::size_t fixed = 0;
    for (auto _ : state) {
        const std::optional<ProposedFix> fix = proposeFix(document, *flow);
        fixed += fix ? 1 : 0;
        benchmark::DoNotOptimize(fix);
    }
    state.SetLabel(shape.name);
    state.counters["flowFindings"] =
        static_cast<double>(std::count_if(findings.begin(), findings.end(), [](const Finding& f) {
            return f.code == "ALLOWED_FLOW_BLOCKED";
        }));
    state.counters["fixed"] = static_cast<double>(fixed > 0);
}
BENCHMARK(BM_AllowedFlowFix)->DenseRange(0, 2)->Unit(benchmark::kMillisecond);

/// The ten pinned queries: from workloads of VPC 7 (the one edited) to workloads across the
/// network, the internet and back, so every edit below is on their path (the worst case).
void pinTen(engine::Engine& engine, int vpcs) {
    const auto id = [](int vpc, int workload) {
        return "vpc" + std::to_string(vpc) + "-i" + std::to_string(workload);
    };
    for (int q = 0; q < 8; ++q) {
        engine.pin({id(7, q), id((q * 37 + 11) % vpcs, q + 1), IpProtocol{IpProtocol::Tcp},
                    q % 2 == 0 ? 443 : 5432, PortRange{1024, 65535}});
    }
    engine.pin({id(7, 1), "internet", IpProtocol{IpProtocol::Tcp}, 443, PortRange{1024, 65535}});
    engine.pin({"internet", id(7, 2), IpProtocol{IpProtocol::Tcp}, 443, PortRange{1024, 65535}});
}

enum class Edit { Rule, NaclEntry, Route, Association, VpcBlock };

/// Two versions of one resource of VPC 7; each iteration swaps them, so the network stays the
/// same size however long the benchmark runs.
std::pair<Resource, Resource> editPair(const Document& document, Edit edit) {
    switch (edit) {
    case Edit::Rule: {
        Resource before = *document.find("vpc7-sg0");
        Resource after = before;
        after.as<SecurityGroup>()->ingress.push_back(
            {IpProtocol{IpProtocol::Tcp}, PortRange{443, 443}, SgPeerKind::Cidr, "10.0.0.0/8", ""});
        return {before, after};
    }
    case Edit::NaclEntry: {
        Resource before = *document.find("vpc7-nacl1");
        Resource after = before;
        RuleAction& action = after.as<NetworkAcl>()->entries.front().action;
        action = action == RuleAction::Allow ? RuleAction::Deny : RuleAction::Allow;
        return {before, after};
    }
    case Edit::Route: {
        Resource before = *document.find("vpc7-rt3");
        Resource after = before;
        after.as<RouteTable>()->routes.push_back({"10.1.16.0/20", RouteTargetKind::Blackhole, ""});
        return {before, after};
    }
    case Edit::Association: {
        Resource before = *document.find("vpc7-subnet4");
        Resource after = before;
        after.as<Subnet>()->networkAcl = "vpc7-nacl2";
        after.as<Subnet>()->routeTable = "vpc7-rt0";
        return {before, after};
    }
    case Edit::VpcBlock: {
        Resource before = *document.find("vpc7");
        Resource after = before;
        after.as<Vpc>()->ipv4Cidrs.push_back("100.70.0.0/16");
        return {before, after};
    }
    }
    return {};
}

void BM_EngineEdit(benchmark::State& state) {
    const NetworkShape shape = shapeFor(state.range(0));
    const auto edit = static_cast<Edit>(state.range(1));
    engine::Engine engine(generateNetwork(shape));
    pinTen(engine, shape.vpcs);
    const auto [before, after] = editPair(engine.document(), edit);
    bool swapped = false;
    engine::UpdateStatistics statistics;
    for (auto _ : state) {
        engine.replace(swapped ? before : after);
        swapped = !swapped;
        statistics = engine.lastUpdate();
    }
    static const char* const names[] = {"rule", "NACL entry", "route", "association", "VPC block"};
    state.SetLabel(shape.name + " " + names[state.range(1)]);
    state.counters["scopes"] = static_cast<double>(statistics.scopesChecked);
    state.counters["queries"] = static_cast<double>(statistics.queriesAnswered);
    state.counters["rebuilt"] = statistics.indexRebuilt ? 1 : 0;
    state.counters["findings"] = static_cast<double>(engine.findings().size());
}
BENCHMARK(BM_EngineEdit)->ArgsProduct({{0, 1, 2}, {0, 1, 2, 3, 4}})->Unit(benchmark::kMicrosecond);

enum class Structural { Workload, SecurityGroup, Subnet };

/// A copy under a new id of a resource of VPC 7, to add and remove in turn.
Resource extraCopy(const Document& document, Structural kind) {
    static const char* const sources[] = {"vpc7-i0", "vpc7-sg0", "vpc7-subnet4"};
    Resource copy = *document.find(sources[static_cast<int>(kind)]);
    copy.id += "-extra";
    if (auto* subnet = copy.as<Subnet>()) {
        subnet->ipv4Cidr = "100.70.0.0/24"; // outside every block: a finding, not a clash
    }
    return copy;
}

/// Structural edits: each iteration adds the copy or removes it again (one edit each).
void BM_EngineAddRemove(benchmark::State& state) {
    const NetworkShape shape = shapeFor(state.range(0));
    const auto kind = static_cast<Structural>(state.range(1));
    engine::Engine engine(generateNetwork(shape));
    pinTen(engine, shape.vpcs);
    const Resource extra = extraCopy(engine.document(), kind);
    bool present = false;
    engine::UpdateStatistics statistics;
    for (auto _ : state) {
        if (present) {
            engine.remove(extra.id);
        } else {
            engine.add(extra);
        }
        present = !present;
        statistics = engine.lastUpdate();
    }
    static const char* const names[] = {"workload", "security group", "subnet"};
    state.SetLabel(shape.name + " add/remove " + names[state.range(1)]);
    state.counters["scopes"] = static_cast<double>(statistics.scopesChecked);
    state.counters["queries"] = static_cast<double>(statistics.queriesAnswered);
    state.counters["rebuilt"] = statistics.indexRebuilt ? 1 : 0;
}
BENCHMARK(BM_EngineAddRemove)->ArgsProduct({{0, 1, 2}, {0, 1, 2}})->Unit(benchmark::kMicrosecond);

/// Heap held by the model alone, by the reachability index, and by the whole engine (model,
/// index, validator scopes and findings).
void BM_Memory(benchmark::State& state) {
    const NetworkShape shape = shapeFor(state.range(0));
    double model = 0;
    double index = 0;
    double engineTotal = 0;
    for (auto _ : state) {
        const std::size_t start = heapBytesInUse();
        Document document = generateNetwork(shape);
        const std::size_t afterModel = heapBytesInUse();
        {
            reach::NetworkIndex network(document);
            index = static_cast<double>(heapBytesInUse() - afterModel) / (1024.0 * 1024.0);
            benchmark::DoNotOptimize(network);
        }
        model = static_cast<double>(afterModel - start) / (1024.0 * 1024.0);
        const std::size_t beforeEngine = heapBytesInUse();
        engine::Engine engine(std::move(document));
        engineTotal = static_cast<double>(heapBytesInUse() - beforeEngine) / (1024.0 * 1024.0) +
                      model; // the engine moved the model in: count it once
        benchmark::DoNotOptimize(engine);
    }
    state.SetLabel(shape.name);
    state.counters["model_MiB"] = model;
    state.counters["index_MiB"] = index;
    state.counters["engine_MiB"] = engineTotal;
}
BENCHMARK(BM_Memory)->DenseRange(0, 2)->Iterations(1)->Unit(benchmark::kMillisecond);

} // namespace
} // namespace topograph::bench

BENCHMARK_MAIN();
