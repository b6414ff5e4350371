// SPDX-License-Identifier: Apache-2.0
// The exports of the bundled examples are kept in tests/data/golden/diagram/. A change to the
// drawing shows up here as a diff to review; when it is intended, regenerate the files with
//   TOPOGRAPH_UPDATE_GOLDEN=1 ctest -R DiagramGolden
// (or run test_exporters_diagram with that variable set) and commit them with the change.
#include "diagram_checks.h"
#include "exporters/diagram/diagram_export.h"
#include "exporters/io/atomic_file.h"
#include "exporters/model_yaml/model_file.h"

#include <cstdlib>
#include <gtest/gtest.h>

namespace topograph {
namespace {

using namespace testing_support;

bool updating() {
    const char* value = std::getenv("TOPOGRAPH_UPDATE_GOLDEN");
    return value != nullptr && std::string(value) == "1";
}

void compareWithGolden(const std::string& fileName, const std::string& actual) {
    const std::string path = std::string(TOPOGRAPH_TEST_DATA_DIR) + "/golden/diagram/" + fileName;
    if (updating()) {
        writeFileAtomically(path, actual);
        GTEST_SKIP() << "rewrote " << path;
    }
    const std::string expected = readTextFile(path);
    ASSERT_FALSE(expected.empty()) << path << " is missing; run with TOPOGRAPH_UPDATE_GOLDEN=1";
    EXPECT_EQ(actual, expected) << fileName
                                << " changed; if intended, rerun with TOPOGRAPH_UPDATE_GOLDEN=1 "
                                   "and review the diff";
}

class DiagramGolden : public ::testing::TestWithParam<DiagramFormat> {};

TEST_P(DiagramGolden, ExamplesMatchTheirGoldenFiles) {
    const DiagramFormat format = GetParam();
    for (const auto& [name, document] : bundledExamples()) {
        SCOPED_TRACE(name);
        compareWithGolden(name + std::string(diagramFileExtension(format)),
                          exportDiagram(document, format));
    }
}

INSTANTIATE_TEST_SUITE_P(EveryFormat, DiagramGolden,
                         ::testing::Values(DiagramFormat::Svg, DiagramFormat::DrawIo,
                                           DiagramFormat::Dot, DiagramFormat::Mermaid),
                         [](const auto& formatInfo) {
                             return std::string(diagramFormatName(formatInfo.param));
                         });

} // namespace
} // namespace topograph
