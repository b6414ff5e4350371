// SPDX-License-Identifier: Apache-2.0
// write_large_template OUTDIR [S|M|L ...]: writes the synthetic networks of the benchmarks
// (synthetic_network.h) as CloudFormation JSON templates, OUTDIR/S.json and so on, for the
// end-to-end timing of topograph-cli (e2e_cli.sh). The templates are far beyond one stack's
// 500 resources: they exist to measure the command line on the model L, not to deploy.
#include "exporters/cloudformation/cfn_export.h"
#include "exporters/io/atomic_file.h"
#include "synthetic_network.h"

#include <chrono>
#include <cstdio>
#include <exception>
#include <filesystem>
#include <string>
#include <vector>

namespace {

using topograph::bench::NetworkShape;

bool shapeNamed(const std::string& name, NetworkShape& shape) {
    if (name == "S") {
        shape = NetworkShape::small();
    } else if (name == "M") {
        shape = NetworkShape::medium();
    } else if (name == "L") {
        shape = NetworkShape::large();
    } else {
        return false;
    }
    return true;
}

std::size_t resourceCount(const std::string& json) {
    // Every template resource has exactly one "Type" key; nothing else the exporter writes
    // for these networks uses that key.
    std::size_t count = 0;
    for (std::size_t at = json.find("\"Type\": "); at != std::string::npos;
         at = json.find("\"Type\": ", at + 1)) {
        ++count;
    }
    return count;
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: write_large_template OUTDIR [S|M|L ...]\n");
        return 2;
    }
    const std::filesystem::path folder = argv[1];
    std::vector<std::string> names(argv + 2, argv + argc);
    if (names.empty()) {
        names = {"S", "M", "L"};
    }
    try {
        std::filesystem::create_directories(folder);
        for (const std::string& name : names) {
            NetworkShape shape;
            if (!shapeNamed(name, shape)) {
                std::fprintf(stderr, "write_large_template: unknown shape '%s'; use S, M or L\n",
                             name.c_str());
                return 2;
            }
            const auto start = std::chrono::steady_clock::now();
            const topograph::Document document = topograph::bench::generateNetwork(shape);
            topograph::ExportOptions options;
            options.format = topograph::TemplateFormat::Json;
            options.includeDiagram = false; // as AWS tooling writes it: no Topograph metadata
            options.ignoreTemplateLimits = true;
            const std::string json = topograph::exportTemplate(document, options);
            const std::filesystem::path path = folder / (name + ".json");
            topograph::writeFileAtomically(path.string(), json);
            const std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
            std::printf("%s: %zu model objects, %zu template resources, %zu bytes (%.1f MB) in "
                        "%s (%.1f s)\n",
                        name.c_str(), topograph::bench::objectCount(document), resourceCount(json),
                        json.size(), static_cast<double>(json.size()) / (1024.0 * 1024.0),
                        path.string().c_str(), took.count());
        }
    } catch (const std::exception& error) {
        std::fprintf(stderr, "write_large_template: %s\n", error.what());
        return 1;
    }
    return 0;
}
