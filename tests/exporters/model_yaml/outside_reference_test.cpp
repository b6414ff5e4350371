// SPDX-License-Identifier: Apache-2.0
// A model imported from a template may name things outside itself (an Fn::ImportValue, an
// existing VPC's id). Those references load, survive a save, and stay apart from real typos.
#include "exporters/model_yaml/model_file.h"

#include <gtest/gtest.h>

namespace topograph {
namespace {

const std::string modelWithOutsideReferences = R"(topograph: 1
resources:
  - id: app-subnet
    kind: subnet
    vpc: "${ImportValue:Shared-VPC}"
    ipv4Cidr: 10.0.1.0/24
  - id: app-sg
    kind: security-group
    vpc: vpc-0a1b2c3d4e5f60718
)";

TEST(OutsideReferences, LoadAndSurviveASave) {
    const Document document = readModel(modelWithOutsideReferences, "imported.yaml");
    const auto& subnet = std::get<Subnet>(document.find("app-subnet")->properties);
    EXPECT_EQ(subnet.vpc, "${ImportValue:Shared-VPC}");
    const auto& group = std::get<SecurityGroup>(document.find("app-sg")->properties);
    EXPECT_EQ(group.vpc, "vpc-0a1b2c3d4e5f60718");
    EXPECT_EQ(readModel(writeModel(document), "saved.yaml"), document);
}

TEST(OutsideReferences, ATypoIsStillADanglingReference) {
    const std::string typo = R"(topograph: 1
resources:
  - id: app-subnet
    kind: subnet
    vpc: web-vcp
    ipv4Cidr: 10.0.1.0/24
)";
    try {
        readModel(typo, "typo.yaml");
        FAIL() << "a reference to a missing id must be refused";
    } catch (const ModelLoadError& error) {
        EXPECT_EQ(error.error().line, 5);
        EXPECT_NE(error.error().message.find("no resource has that id"), std::string::npos);
    }
}

} // namespace
} // namespace topograph
