// SPDX-License-Identifier: Apache-2.0
// The bundled examples are correct designs: the validator reports no error and no warning on
// them, and breaking the three-tier example in the ways the issue names gives the expected code.
#include "exporters/model_yaml/model_file.h"
#include "validator_test_support.h"

#include <gtest/gtest.h>

namespace topograph {
namespace {

using namespace check_tests;

Document example(const std::string& name) {
    return loadModelFile(std::string(TOPOGRAPH_EXAMPLES_DIR) + "/" + name + ".yaml");
}

Document threeTier() {
    return example("three-tier-web");
}

class BundledExample : public testing::TestWithParam<std::string> {};

TEST_P(BundledExample, HasNoErrorsAndNoWarnings) {
    const auto findings = validate(example(GetParam()));
    std::vector<Finding> serious;
    for (const Finding& finding : findings) {
        if (finding.severity != Severity::Info) {
            serious.push_back(finding);
        }
    }
    EXPECT_TRUE(serious.empty()) << describeAll(findings);
}

INSTANTIATE_TEST_SUITE_P(Examples, BundledExample,
                         testing::Values("three-tier-web", "two-peered-vpcs", "transit-hub"),
                         [](const testing::TestParamInfo<std::string>& row) {
                             std::string name = row.param;
                             std::replace(name.begin(), name.end(), '-', '_');
                             return name;
                         });

TEST(ThreeTierBroken, WithoutTheDatabaseNaclEphemeralRuleResponsesAreBlocked) {
    Document document = threeTier();
    auto& entries = propertiesOf<NetworkAcl>(document, "db-nacl").entries;
    std::erase_if(entries, [](const NaclEntry& entry) { return entry.egress; });
    const auto found = withCode(validate(document), "NACL_EPHEMERAL_BLOCKED");
    ASSERT_EQ(found.size(), 1U) << describeAll(validate(document));
    EXPECT_EQ(found.front().severity, Severity::Warning);
    EXPECT_EQ(found.front().resources, (std::vector<ResourceId>{"db-nacl", "db-a", "db-b"}));
    EXPECT_NE(found.front().message.find("5432"), std::string::npos) << found.front().message;
    EXPECT_NE(found.front().fix.find("1024-65535 to 10.0.10.0/23"), std::string::npos)
        << found.front().fix;
}

TEST(ThreeTierBroken, ANatGatewayWithoutItsElasticIpIsAnError) {
    Document document = threeTier();
    propertiesOf<NatGateway>(document, "nat-b").elasticIp.reset();
    const auto findings = validate(document);
    const auto found = withCode(findings, "NAT_NO_ELASTIC_IP");
    ASSERT_EQ(found.size(), 1U) << describeAll(findings);
    EXPECT_EQ(found.front().severity, Severity::Error);
    EXPECT_EQ(found.front().resources, std::vector<ResourceId>{"nat-b"});
}

TEST(ThreeTierBroken, TheDatabaseInAPublicSubnetIsFlagged) {
    Document document = threeTier();
    propertiesOf<Subnet>(document, "db-a").routeTable = "public-rt";
    const auto findings = validate(document);
    const auto found = withCode(findings, "DATABASE_IN_PUBLIC_SUBNET");
    ASSERT_EQ(found.size(), 1U) << describeAll(findings);
    EXPECT_EQ(found.front().resources, (std::vector<ResourceId>{"db-a", "public-rt", "db"}));
}

TEST(ThreeTierBroken, OneNatGatewayForBothZonesIsASinglePointOfFailure) {
    Document document = threeTier();
    propertiesOf<Subnet>(document, "app-b").routeTable = "app-rt-a";
    const auto findings = validate(document);
    const auto found = withCode(findings, "NAT_SERVES_MULTIPLE_AZS");
    ASSERT_EQ(found.size(), 1U) << describeAll(findings);
    EXPECT_EQ(found.front().resources, (std::vector<ResourceId>{"nat-a", "app-a", "app-b"}));
    // The other route table is now unused.
    EXPECT_EQ(withCode(findings, "UNUSED_ROUTE_TABLE").size(), 1U);
}

} // namespace
} // namespace topograph
