// SPDX-License-Identifier: Apache-2.0
// Every bundled example and every CloudFormation template of the shared corpus, imported and
// laid out as the GUI shows it, exports in every format with the structure of its model, and
// twice in a row to the same bytes.
#include "diagram_checks.h"
#include "exporters/diagram/diagram_export.h"

#include <gtest/gtest.h>

namespace topograph {
namespace {

using namespace testing_support;

void checkEveryFormat(const NamedDocument& model) {
    SCOPED_TRACE(model.name);
    const std::string svg = exportDiagram(model.document, DiagramFormat::Svg);
    EXPECT_TRUE(svgMatchesModel(model.document, svg));
    EXPECT_EQ(svg, exportDiagram(model.document, DiagramFormat::Svg));
    const std::string drawIo = exportDiagram(model.document, DiagramFormat::DrawIo);
    EXPECT_TRUE(drawIoMatchesModel(model.document, drawIo));
    EXPECT_EQ(drawIo, exportDiagram(model.document, DiagramFormat::DrawIo));
    EXPECT_TRUE(
        dotRendersCleanly(model.document, exportDiagram(model.document, DiagramFormat::Dot)));
    EXPECT_TRUE(
        mermaidMatchesModel(model.document, exportDiagram(model.document, DiagramFormat::Mermaid)));
}

TEST(EveryModelExport, BundledExamples) {
    const auto examples = bundledExamples();
    ASSERT_GE(examples.size(), 3u);
    for (const NamedDocument& example : examples) {
        checkEveryFormat(example);
    }
}

TEST(EveryModelExport, CorpusTemplates) {
    const auto templates = corpusTemplates();
    ASSERT_GE(templates.size(), 10u) << "the corpus is expected under ../shared/corpus/cfn";
    for (const NamedDocument& model : templates) {
        checkEveryFormat(model);
    }
}

} // namespace
} // namespace topograph
