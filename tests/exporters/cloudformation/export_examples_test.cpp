// SPDX-License-Identifier: Apache-2.0
// Every bundled example, and a model with one resource of every kind, exports to a template
// that cfn-lint accepts and that imports back to the same network, with the same diagram.
#include "cfn_lint_runner.h"
#include "core/layout/layout.h"
#include "exporters/cloudformation/cfn_export.h"
#include "exporters/cloudformation/cfn_import.h"
#include "exporters/model_yaml/model_file.h"

#include <algorithm>
#include <filesystem>
#include <gtest/gtest.h>
#include <iostream>
#include <unistd.h>

namespace topograph {
namespace {

namespace fs = std::filesystem;

std::vector<fs::path> modelsToExport() {
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(TOPOGRAPH_EXAMPLES_DIR)) {
        if (entry.path().extension() == ".yaml") {
            files.push_back(entry.path());
        }
    }
    std::sort(files.begin(), files.end());
    // Every kind, every route target, rule peer and association the model has.
    files.push_back(fs::path(__FILE__).parent_path() / "every_kind_model.yaml");
    return files;
}

Document laidOutExample(const fs::path& file) {
    Document document = loadModelFile(file.string());
    layOut(document);
    return document;
}

/// CloudFormation spells "every port" and "every ICMP type" explicitly where the model may
/// leave them out; compare what the network does.
void normalize(Resource& resource) {
    if (auto* group = resource.as<SecurityGroup>()) {
        for (auto* rules : {&group->ingress, &group->egress}) {
            for (SecurityGroupRule& rule : *rules) {
                if (rule.protocol.hasPorts() && !rule.ports) {
                    rule.ports = PortRange{0, 65535};
                }
            }
        }
    }
    if (auto* acl = resource.as<NetworkAcl>()) {
        for (NaclEntry& entry : acl->entries) {
            if (entry.protocol.hasPorts() && !entry.ports) {
                entry.ports = PortRange{0, 65535};
            }
            const bool icmp = entry.protocol.number == IpProtocol::Icmp ||
                              entry.protocol.number == IpProtocol::IcmpV6;
            if (icmp) {
                entry.icmpType = entry.icmpType.value_or(-1);
                entry.icmpCode = entry.icmpCode.value_or(-1);
            }
        }
    }
}

void expectSameNetwork(const Document& original, const Document& back) {
    EXPECT_EQ(back.title, original.title);
    for (const Resource& resource : original.resources()) {
        SCOPED_TRACE(resource.id);
        const Resource* found = back.find(resource.id);
        ASSERT_NE(found, nullptr) << resource.id << " did not come back";
        Resource expected = resource;
        Resource actual = *found;
        normalize(expected);
        normalize(actual);
        EXPECT_EQ(actual.kind(), expected.kind());
        EXPECT_EQ(actual.name, expected.name);
        EXPECT_EQ(actual.tags, expected.tags);
        EXPECT_EQ(actual.notes, expected.notes);
        EXPECT_EQ(actual.geometry, expected.geometry) << "geometry of " << resource.id;
        EXPECT_TRUE(actual.properties == expected.properties)
            << resource.id << ": properties differ after the round trip";
    }
    // The model's order survives; what deployment needed beyond the model sits in between.
    std::vector<ResourceId> expectedOrder;
    std::vector<ResourceId> actualOrder;
    for (const Resource& resource : original.resources()) {
        expectedOrder.push_back(resource.id);
    }
    for (const Resource& resource : back.resources()) {
        if (original.contains(resource.id)) {
            actualOrder.push_back(resource.id);
        }
    }
    EXPECT_EQ(actualOrder, expectedOrder);
    // What deployment needs beyond the model (an IAM role, a task definition) comes back as
    // external resources, and nothing else is added.
    for (const Resource& resource : back.resources()) {
        if (!original.contains(resource.id)) {
            EXPECT_EQ(resource.kind(), ResourceKind::External) << resource.id << " was added";
        }
    }
}

TEST(ExportExamples, ImportOfTheExportIsTheSameNetworkAndDiagram) {
    const auto files = modelsToExport();
    ASSERT_FALSE(files.empty());
    for (const fs::path& file : files) {
        SCOPED_TRACE(file.filename().string());
        const Document original = laidOutExample(file);
        const std::string text = exportTemplate(original);
        const ImportResult back = importTemplate(text, file.filename().string());
        expectSameNetwork(original, back.document);
    }
}

TEST(ExportExamples, ExportOfTheReimportIsTheSameTemplate) {
    for (const fs::path& file : modelsToExport()) {
        SCOPED_TRACE(file.filename().string());
        const std::string first = exportTemplate(laidOutExample(file));
        const Document back = importTemplate(first, file.filename().string()).document;
        EXPECT_EQ(exportTemplate(back), first);
    }
}

TEST(ExportExamples, CfnLintFindsNoErrors) {
    const auto linter = testing::findCfnLint();
    ASSERT_TRUE(linter.has_value()) << testing::cfnLintMissingMessage();
    const fs::path folder =
        fs::temp_directory_path() / ("topograph-cfn-export-models-" + std::to_string(::getpid()));
    fs::create_directories(folder);
    std::vector<fs::path> written;
    for (const fs::path& file : modelsToExport()) {
        const fs::path out = folder / file.filename();
        exportTemplateFile(laidOutExample(file), out.string());
        written.push_back(out);
    }
    const auto messages = testing::runCfnLint(*linter, written);
    std::cout << "cfn-lint on " << written.size() << " exported models: " << messages.size()
              << " messages\n";
    for (const auto& message : messages) {
        std::cout << "  " << fs::path(message.file).filename().string() << ":" << message.line
                  << " " << message.rule << " " << message.message << "\n";
        EXPECT_FALSE(message.isError()) << message.rule << " " << message.message;
        // W3010 (hard-coded zone): the examples pin their zones, and the export keeps them;
        // a model that leaves zones open gets !Select [n, !GetAZs ''] instead.
        EXPECT_TRUE(message.isError() || message.rule == "W3010")
            << "unexpected warning " << message.rule << " " << message.message;
    }
    fs::remove_all(folder);
}

} // namespace
} // namespace topograph
