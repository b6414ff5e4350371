// SPDX-License-Identifier: Apache-2.0
// The phases of `topograph-cli validate` and `reach --matrix` on the synthetic networks written
// as CloudFormation JSON templates (issue 4, last performance item), one benchmark per phase:
// reading the JSON, the same text through yaml-cpp (the reader used before, for comparison),
// the whole import, validating the imported model, the matrix on it, and the matrix as text.
// e2e_cli.sh times the commands themselves.
#include "app/cli/matrix_output.h"
#include "bench_shapes.h"
#include "core/check/validator.h"
#include "core/reach/reach_matrix.h"
#include "exporters/cloudformation/cfn_export.h"
#include "exporters/cloudformation/cfn_import.h"
#include "exporters/cloudformation/json_source.h"
#include "exporters/model_yaml/yaml_document.h"

#include <benchmark/benchmark.h>
#include <map>
#include <streambuf>

namespace topograph::bench {
namespace {

/// The template of a shape, written once per run of the executable.
const std::string& templateFor(std::int64_t index) {
    static std::map<std::int64_t, std::string> texts;
    auto found = texts.find(index);
    if (found == texts.end()) {
        ExportOptions options;
        options.format = TemplateFormat::Json;
        options.includeDiagram = false;
        options.ignoreTemplateLimits = true;
        found =
            texts.emplace(index, exportTemplate(generateNetwork(shapeFor(index)), options)).first;
    }
    return found->second;
}

const Document& importedFor(std::int64_t index) {
    static std::map<std::int64_t, Document> documents;
    auto found = documents.find(index);
    if (found == documents.end()) {
        ImportOptions options; // as validate and reach read a template
        options.keepTemplateDetails = false;
        found =
            documents
                .emplace(index, importTemplate(templateFor(index), "bench.json", options).document)
                .first;
    }
    return found->second;
}

void label(benchmark::State& state, const std::string& more = {}) {
    const std::string& text = templateFor(state.range(0));
    state.SetLabel(shapeFor(state.range(0)).name + ", " +
                   std::to_string(text.size() / (1024 * 1024)) + " MB" + more);
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
}

void BM_ReadJson(benchmark::State& state) {
    const std::string& text = templateFor(state.range(0));
    for (auto _ : state) {
        auto tree = cfn::readJsonTemplate(text);
        benchmark::DoNotOptimize(tree);
    }
    label(state);
}
BENCHMARK(BM_ReadJson)->DenseRange(0, 2)->Unit(benchmark::kMillisecond);

/// What parsing cost before the JSON reader: the document-counting pass and YAML::Load.
void BM_ReadWithYamlCpp(benchmark::State& state) {
    const std::string& text = templateFor(state.range(0));
    for (auto _ : state) {
        SingleYamlDocument document = loadSingleYamlDocument(text);
        benchmark::DoNotOptimize(document);
    }
    label(state);
}
BENCHMARK(BM_ReadWithYamlCpp)->DenseRange(0, 2)->Unit(benchmark::kMillisecond);

/// Reading and importing. Second argument 0: as validate and reach do, without the template
/// details an export needs; 1: with them, as import and export do.
void BM_Import(benchmark::State& state) {
    const std::string& text = templateFor(state.range(0));
    ImportOptions options;
    options.keepTemplateDetails = state.range(1) != 0;
    for (auto _ : state) {
        ImportResult result = importTemplate(text, "bench.json", options);
        benchmark::DoNotOptimize(result);
    }
    label(state, options.keepTemplateDetails ? ", with details" : "");
}
BENCHMARK(BM_Import)->ArgsProduct({{0, 1, 2}, {0, 1}})->Unit(benchmark::kMillisecond);

void BM_ValidateImported(benchmark::State& state) {
    const Document& document = importedFor(state.range(0));
    for (auto _ : state) {
        auto findings = validate(document);
        benchmark::DoNotOptimize(findings);
    }
    label(state);
}
BENCHMARK(BM_ValidateImported)->DenseRange(0, 2)->Unit(benchmark::kMillisecond);

void BM_MatrixImported(benchmark::State& state) {
    const Document& document = importedFor(state.range(0));
    for (auto _ : state) {
        const reach::NetworkIndex index(document);
        std::size_t pairs = 0;
        reach::forEachMatrixPair(index, reach::MatrixQuery{},
                                 [&](const reach::MatrixPair&) { ++pairs; });
        benchmark::DoNotOptimize(pairs);
    }
    label(state);
}
BENCHMARK(BM_MatrixImported)->DenseRange(0, 2)->Unit(benchmark::kMillisecond);

/// A stream that counts and drops what it is given, like output to /dev/null.
class DiscardingBuffer : public std::streambuf {
protected:
    std::streamsize xsputn(const char*, std::streamsize count) override { return count; }
    int_type overflow(int_type c) override { return traits_type::not_eof(c); }
};

/// The matrix printed as the CLI prints it, into a stream that drops it.
void BM_MatrixText(benchmark::State& state) {
    const reach::NetworkIndex index(importedFor(state.range(0)));
    DiscardingBuffer buffer;
    std::ostream out(&buffer);
    for (auto _ : state) {
        cli::printMatrix(index, reach::MatrixQuery{}, "bench.json", out);
    }
    label(state);
}
BENCHMARK(BM_MatrixText)->DenseRange(0, 2)->Unit(benchmark::kMillisecond);

} // namespace
} // namespace topograph::bench

BENCHMARK_MAIN();
