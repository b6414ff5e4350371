// SPDX-License-Identifier: Apache-2.0
// Typed values agree with shared/corpus/cfn-normalized/ (aws-cdk-lib's CfnInclude output, where
// "100" became 100 and "false" became false), wherever the normalized value is a literal.
#include "exporters/cloudformation/cfn_import.h"

#include <filesystem>
#include <gtest/gtest.h>
#include <yaml-cpp/yaml.h>

namespace topograph {
namespace {

namespace fs = std::filesystem;

const fs::path sharedCorpus = fs::path(TOPOGRAPH_SHARED_DIR) / "corpus";

/// Where a merged template resource went: its owner and the "Into" path.
struct MergedInto {
    const Resource* owner = nullptr;
    std::string into;
};

MergedInto findMerged(const Document& document, const std::string& logicalId) {
    for (const Resource& resource : document.resources()) {
        const Tree* merged = resource.cloudFormation.find("Topograph::Merged");
        if (merged == nullptr) {
            continue;
        }
        for (const Tree& entry : merged->items) {
            if (entry.find("LogicalId")->scalar == logicalId) {
                return {&resource, entry.find("Into")->scalar};
            }
        }
    }
    return {};
}

std::size_t indexOf(const std::string& into) {
    const auto open = into.find('[');
    return static_cast<std::size_t>(std::stoul(into.substr(open + 1)));
}

/// A literal of the normalized template: a scalar, not an intrinsic function call.
bool isLiteral(const YAML::Node& node) {
    return node.IsDefined() && node.IsScalar();
}

TEST(NormalizedValues, TypedValuesMatchCfnInclude) {
    int compared = 0;
    for (const auto& entry : fs::directory_iterator(sharedCorpus / "cfn-normalized")) {
        const std::string normalizedName = entry.path().filename().string();
        const std::string templateName = normalizedName.substr(0, normalizedName.size() - 5);
        SCOPED_TRACE(templateName);
        const YAML::Node normalized = YAML::LoadFile(entry.path().string());
        const ImportResult result =
            importTemplateFile((sharedCorpus / "cfn" / templateName).string());
        const Document& document = result.document;
        for (const auto& resource : normalized["Resources"]) {
            const std::string id = resource.first.as<std::string>();
            const std::string type = resource.second["Type"].as<std::string>();
            const YAML::Node properties = resource.second["Properties"];
            if (type == "AWS::EC2::NetworkAclEntry") {
                const MergedInto merged = findMerged(document, id);
                if (merged.owner == nullptr) {
                    continue; // kept verbatim (its condition is false)
                }
                const NaclEntry& rule =
                    merged.owner->as<NetworkAcl>()->entries.at(indexOf(merged.into));
                EXPECT_EQ(rule.ruleNumber, properties["RuleNumber"].as<int>()) << id;
                EXPECT_EQ(rule.protocol.number, properties["Protocol"].as<int>()) << id;
                EXPECT_EQ(rule.egress, properties["Egress"].as<bool>(false)) << id;
                if (isLiteral(properties["CidrBlock"])) {
                    EXPECT_EQ(rule.cidr, properties["CidrBlock"].as<std::string>()) << id;
                }
                if (properties["PortRange"].IsDefined() && rule.protocol.hasPorts()) {
                    ASSERT_TRUE(rule.ports.has_value()) << id;
                    EXPECT_EQ(rule.ports->from, properties["PortRange"]["From"].as<int>()) << id;
                    EXPECT_EQ(rule.ports->to, properties["PortRange"]["To"].as<int>()) << id;
                }
                ++compared;
            } else if (type == "AWS::EC2::Subnet" && document.findAs<Subnet>(id) != nullptr) {
                const Subnet& subnet = *document.findAs<Subnet>(id);
                EXPECT_EQ(subnet.mapPublicIpOnLaunch,
                          properties["MapPublicIpOnLaunch"].as<bool>(false))
                    << id;
                if (isLiteral(properties["CidrBlock"])) {
                    EXPECT_EQ(subnet.ipv4Cidr, properties["CidrBlock"].as<std::string>()) << id;
                }
                ++compared;
            } else if (type == "AWS::EC2::VPC" && document.findAs<Vpc>(id) != nullptr) {
                const Vpc& vpc = *document.findAs<Vpc>(id);
                EXPECT_EQ(vpc.enableDnsHostnames, properties["EnableDnsHostnames"].as<bool>(false));
                EXPECT_EQ(vpc.enableDnsSupport, properties["EnableDnsSupport"].as<bool>(true));
                if (isLiteral(properties["CidrBlock"])) {
                    EXPECT_EQ(vpc.ipv4Cidrs.at(0), properties["CidrBlock"].as<std::string>());
                }
                ++compared;
            } else if (type == "AWS::ElasticLoadBalancingV2::Listener" &&
                       isLiteral(properties["Port"])) {
                const MergedInto merged = findMerged(document, id);
                ASSERT_NE(merged.owner, nullptr) << id;
                const auto& ports = merged.owner->as<LoadBalancer>()->listenerPorts;
                EXPECT_EQ(ports.at(indexOf(merged.into)), properties["Port"].as<int>()) << id;
                ++compared;
            } else if (type == "AWS::EC2::SecurityGroupIngress" &&
                       isLiteral(properties["FromPort"]) && isLiteral(properties["ToPort"])) {
                const MergedInto merged = findMerged(document, id);
                if (merged.owner == nullptr) {
                    continue;
                }
                const SecurityGroupRule& rule =
                    merged.owner->as<SecurityGroup>()->ingress.at(indexOf(merged.into));
                if (rule.protocol.hasPorts()) {
                    ASSERT_TRUE(rule.ports.has_value()) << id;
                    EXPECT_EQ(rule.ports->from, properties["FromPort"].as<int>()) << id;
                    EXPECT_EQ(rule.ports->to, properties["ToPort"].as<int>()) << id;
                    ++compared;
                }
            }
        }
    }
    // NACL entries, subnets, VPCs, listeners and standalone rules across 17 templates.
    EXPECT_GT(compared, 100);
}

} // namespace
} // namespace topograph
