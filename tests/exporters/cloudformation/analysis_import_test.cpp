// SPDX-License-Identifier: Apache-2.0
// An import without the template details (ImportOptions::keepTemplateDetails off, as validate
// and reach use it) answers every check and every reachability pair as the full import does.
#include "core/check/validator.h"
#include "core/reach/reach_matrix.h"
#include "exporters/cloudformation/cfn_import.h"
#include "exporters/io/atomic_file.h"

#include <filesystem>
#include <gtest/gtest.h>
#include <sstream>

namespace topograph {
namespace {

namespace fs = std::filesystem;

/// Findings (with the import notes) and matrix verdicts, one per line.
std::string answers(const ImportResult& imported) {
    std::ostringstream out;
    std::vector<Finding> findings = validate(imported.document);
    findings.insert(findings.end(), imported.notes.begin(), imported.notes.end());
    for (const Finding& finding : findings) {
        out << static_cast<int>(finding.severity) << ' ' << finding.code << ' ' << finding.message
            << ' ' << finding.fix;
        for (const std::string& id : finding.resources) {
            out << ' ' << id;
        }
        out << '\n';
    }
    const reach::NetworkIndex index(imported.document);
    reach::forEachMatrixPair(index, reach::MatrixQuery{}, [&](const reach::MatrixPair& pair) {
        out << pair.from << ' ' << pair.to << ' ' << pair.reachable << ' ' << pair.code << '\n';
    });
    return out.str();
}

TEST(AnalysisImport, AnswersAsTheFullImportOnEveryCorpusTemplate) {
    int templates = 0;
    for (const auto& entry :
         fs::directory_iterator(fs::path(TOPOGRAPH_SHARED_DIR) / "corpus" / "cfn")) {
        const std::string extension = entry.path().extension().string();
        if (extension != ".yaml" && extension != ".json") {
            continue;
        }
        SCOPED_TRACE(entry.path().filename().string());
        const std::string text = readWholeFile(entry.path().string());
        ImportOptions analysis;
        analysis.keepTemplateDetails = false;
        const ImportResult full = importTemplate(text, entry.path().string());
        const ImportResult lean = importTemplate(text, entry.path().string(), analysis);
        EXPECT_EQ(answers(lean), answers(full));
        ++templates;
    }
    EXPECT_GT(templates, 0);
}

TEST(AnalysisImport, LeavesOutOnlyTheModelledResourcesTemplateDetails) {
    const std::string text = R"(Resources:
  Vpc:
    Type: AWS::EC2::VPC
    Properties: {CidrBlock: 10.0.0.0/16, InstanceTenancy: default}
  Rt:
    Type: AWS::EC2::RouteTable
    Properties: {VpcId: !Ref Vpc}
  Route:
    Type: AWS::EC2::Route
    Properties: {RouteTableId: !Ref Rt, DestinationCidrBlock: 0.0.0.0/0, GatewayId: igw-1}
  Topic:
    Type: AWS::SNS::Topic
Outputs:
  VpcId: {Value: !Ref Vpc}
)";
    ImportOptions analysis;
    analysis.keepTemplateDetails = false;
    const Document full = importTemplate(text, "t.yaml").document;
    const Document lean = importTemplate(text, "t.yaml", analysis).document;
    EXPECT_FALSE(full.find("Vpc")->cloudFormation.isNull()) << "InstanceTenancy is kept";
    EXPECT_FALSE(full.find("Rt")->cloudFormation.isNull()) << "the merged route is kept";
    EXPECT_TRUE(lean.find("Vpc")->cloudFormation.isNull());
    EXPECT_TRUE(lean.find("Rt")->cloudFormation.isNull());
    EXPECT_EQ(lean.find("Topic")->cloudFormation, full.find("Topic")->cloudFormation)
        << "external resources keep their definition";
    EXPECT_EQ(lean.cloudFormation, full.cloudFormation) << "and the template's sections";
    EXPECT_EQ(lean.find("Rt")->properties, full.find("Rt")->properties);
}

} // namespace
} // namespace topograph
