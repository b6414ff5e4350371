// SPDX-License-Identifier: Apache-2.0
// runStructuralChecks(): a valid network gives no finding; breaking one thing gives exactly
// the one expected finding (code, resources, and the words that make it useful).
#include "core/check/structural_checks.h"
#include "sample_network.h"
#include "tests/support/document_invariants.h"

#include <algorithm>
#include <functional>
#include <gtest/gtest.h>
#include <ostream>
#include <set>
#include <string>
#include <vector>

namespace topograph {
namespace {

using check_tests::validNetwork;

std::string describeAll(const std::vector<Finding>& findings) {
    std::string text;
    for (const Finding& finding : findings) {
        text += std::string(severityName(finding.severity)) + " " + finding.code + " [";
        for (const auto& id : finding.resources) {
            text += id + " ";
        }
        text += "]: " + finding.message + " | fix: " + finding.fix + "\n";
    }
    return text;
}

TEST(StructuralChecks, TheSampleNetworkIsValid) {
    const Document document = validNetwork();
    ASSERT_TRUE(testing_support::documentInvariantsHold(document));
    const auto findings = runStructuralChecks(document);
    EXPECT_TRUE(findings.empty()) << describeAll(findings);
}

TEST(StructuralChecks, AnEmptyDocumentIsValid) {
    EXPECT_TRUE(runStructuralChecks(Document{}).empty());
}

template <typename T> T& edit(Document& document, const ResourceId& id) {
    T* properties = document.findMutable(id)->as<T>();
    if (properties == nullptr) {
        throw std::logic_error("test setup: " + id + " has another kind");
    }
    return *properties;
}

struct BreakageRow {
    std::string name;
    std::function<void(Document&)> breakIt;
    std::string code;
    std::vector<ResourceId> resources;
    std::vector<std::string> messageContains; // the text quoted and the reason
    std::string fixContains;
};

void PrintTo(const BreakageRow& row, std::ostream* out) {
    *out << row.name;
}

class OneBreakage : public testing::TestWithParam<BreakageRow> {};

TEST_P(OneBreakage, GivesExactlyTheExpectedFinding) {
    const BreakageRow& row = GetParam();
    Document document = validNetwork();
    row.breakIt(document);
    const auto findings = runStructuralChecks(document);
    ASSERT_EQ(findings.size(), 1U) << describeAll(findings);
    const Finding& finding = findings.front();
    EXPECT_EQ(finding.code, row.code);
    EXPECT_EQ(finding.severity, Severity::Error);
    EXPECT_EQ(finding.resources, row.resources);
    for (const std::string& words : row.messageContains) {
        EXPECT_NE(finding.message.find(words), std::string::npos)
            << "missing \"" << words << "\" in: " << finding.message;
    }
    EXPECT_NE(finding.fix.find(row.fixContains), std::string::npos)
        << "missing \"" << row.fixContains << "\" in: " << finding.fix;
}

std::vector<BreakageRow> breakages() {
    return {
        // DANGLING_REFERENCE
        {"subnet_names_missing_vpc",
         [](Document& d) { edit<Subnet>(d, "data-a").vpc = "vpc-gone"; },
         "DANGLING_REFERENCE",
         {"data-a"},
         {"Subnet 'data-a'", "vpc", "'vpc-gone'", "no resource has that id"},
         "existing VPC"},
        {"instance_subnet_is_a_security_group",
         [](Document& d) { edit<Instance>(d, "web").placement.subnets = {"sg-app"}; },
         "DANGLING_REFERENCE",
         {"web", "sg-app"},
         {"placement.subnets[0]", "security group 'sg-app'", "accepts only: subnet"},
         "instead of security group 'sg-app'"},
        {"igw_route_targets_a_nat_gateway",
         [](Document& d) { edit<RouteTable>(d, "rt-public").routes[0].target = "nat"; },
         "DANGLING_REFERENCE",
         {"rt-public", "nat"},
         {"routes[0].target", "NAT gateway 'nat'", "internet gateway"},
         "internet gateway"},
        {"security_group_rule_names_missing_group",
         [](Document& d) { edit<SecurityGroup>(d, "sg-web").egress[0].peer = "sg-gone"; },
         "DANGLING_REFERENCE",
         {"sg-web"},
         {"egress[0].peer", "'sg-gone'"},
         "existing security group"},
        {"tgw_route_names_missing_attachment",
         [](Document& d) {
             edit<TransitGatewayRouteTable>(d, "tgw-rt").routes[0].attachment = "att-gone";
         },
         "DANGLING_REFERENCE",
         {"tgw-rt"},
         {"routes[0].attachment", "'att-gone'"},
         "transit gateway attachment"},
        // CIDR_INVALID, one per kind of field
        {"vpc_secondary_prefix_too_long",
         [](Document& d) { edit<Vpc>(d, "vpc").ipv4Cidrs[1] = "10.1.0.0/33"; },
         "CIDR_INVALID",
         {"vpc"},
         {"ipv4Cidrs[1]", "\"10.1.0.0/33\"", "prefix length is too large"},
         "/32"},
        {"subnet_leading_zero",
         [](Document& d) { edit<Subnet>(d, "app-a").ipv4Cidr = "010.0.1.0/24"; },
         "CIDR_INVALID",
         {"app-a"},
         {"\"010.0.1.0/24\"", "leading zero"},
         "did you mean 10.0.1.0/24?"},
        {"subnet_prefix_with_leading_zero",
         [](Document& d) { edit<Subnet>(d, "app-a").ipv4Cidr = "10.0.1.0/024"; },
         "CIDR_INVALID",
         {"app-a"},
         {"\"10.0.1.0/024\"", "without leading zeros"},
         "did you mean 10.0.1.0/24?"},
        {"subnet_ipv6_block_in_ipv4_field",
         [](Document& d) { edit<Subnet>(d, "app-a").ipv4Cidr = "2600:1f18:1234:5602::/64"; },
         "CIDR_INVALID",
         {"app-a"},
         {"ipv4Cidr", "IPv6 block", "holds an IPv4 block"},
         "10.0.1.0/24"},
        {"subnet_without_any_block",
         [](Document& d) { edit<Subnet>(d, "app-a").ipv4Cidr.clear(); },
         "CIDR_INVALID",
         {"app-a"},
         {"ipv4Cidr \"\"", "empty"},
         "for example 10.0.1.0/24"},
        {"vpc_ipv6_block_garbage",
         [](Document& d) { edit<Vpc>(d, "vpc").ipv6Cidr = "2600:1f18::12345/56"; },
         "CIDR_INVALID",
         {"vpc"},
         {"ipv6Cidr", "more than four hexadecimal digits"},
         "2600:1f18:1234:5600::/56"},
        {"route_destination_garbage",
         [](Document& d) { edit<RouteTable>(d, "rt-public").routes[3].destination = "anywhere"; },
         "CIDR_INVALID",
         {"rt-public"},
         {"routes[3].destination", "\"anywhere\""},
         "address, a slash and a prefix length"},
        {"nacl_entry_missing_prefix",
         [](Document& d) { edit<NetworkAcl>(d, "acl").entries[0].cidr = "0.0.0.0"; },
         "CIDR_INVALID",
         {"acl"},
         {"entries[0].cidr", "no prefix length"},
         "0.0.0.0/0"},
        {"security_group_peer_missing_prefix",
         [](Document& d) { edit<SecurityGroup>(d, "sg-web").ingress[0].peer = "10.0.0.5"; },
         "CIDR_INVALID",
         {"sg-web"},
         {"ingress[0].peer", "no prefix length"},
         "10.0.0.5/32"},
        {"security_group_peer_out_of_range",
         [](Document& d) { edit<SecurityGroup>(d, "sg-web").ingress[0].peer = "10.0.0.300/32"; },
         "CIDR_INVALID",
         {"sg-web"},
         {"ingress[0].peer", "between 0 and 255"},
         "10.0.0.0/16"},
        {"tgw_route_bad_prefix",
         [](Document& d) {
             edit<TransitGatewayRouteTable>(d, "tgw-rt").routes[1].destination = "192.168.0.0/x";
         },
         "CIDR_INVALID",
         {"tgw-rt"},
         {"routes[1].destination", "whole number"},
         "10.0.0.0/8"},
        {"vpn_static_route_too_few_parts",
         [](Document& d) { edit<VpnConnection>(d, "vpn").staticRoutes[0] = "192.168/16"; },
         "CIDR_INVALID",
         {"vpn"},
         {"staticRoutes[0]", "wrong number of parts"},
         "192.168.0.0/16"},
        // CIDR_HOST_BITS_SET
        {"vpc_block_with_host_bits",
         [](Document& d) { edit<Vpc>(d, "vpc").ipv4Cidrs[0] = "10.0.1.0/16"; },
         "CIDR_HOST_BITS_SET",
         {"vpc"},
         {"\"10.0.1.0/16\"", "starts at 10.0.0.0"},
         "did you mean 10.0.0.0/16?"},
        {"security_group_peer_with_host_bits",
         [](Document& d) { edit<SecurityGroup>(d, "sg-web").ingress[0].peer = "10.0.0.5/24"; },
         "CIDR_HOST_BITS_SET",
         {"sg-web"},
         {"ingress[0].peer"},
         "did you mean 10.0.0.0/24? Or 10.0.0.5/32"},
        {"ipv6_route_with_host_bits",
         [](Document& d) { edit<RouteTable>(d, "rt-public").routes[1].destination = "::1/0"; },
         "CIDR_HOST_BITS_SET",
         {"rt-public"},
         {"routes[1].destination"},
         "did you mean ::/0?"},
        // Sizes
        {"vpc_block_too_large",
         [](Document& d) { edit<Vpc>(d, "vpc").ipv4Cidrs[0] = "10.0.0.0/8"; },
         "VPC_CIDR_SIZE",
         {"vpc"},
         {"10.0.0.0/8 is too large", "16,777,216 addresses", "/16", "/28"},
         "for example 10.0.0.0/16"},
        {"vpc_block_too_small",
         [](Document& d) {
             edit<Vpc>(d, "vpc").ipv4Cidrs[1] = "10.1.0.0/28";
             edit<Vpc>(d, "vpc").ipv4Cidrs.push_back("10.2.0.0/29");
         },
         "VPC_CIDR_SIZE",
         {"vpc"},
         {"ipv4Cidrs[2]", "10.2.0.0/29 is too small"},
         "for example 10.2.0.0/28"},
        {"subnet_block_too_small",
         [](Document& d) { edit<Subnet>(d, "data-a").ipv4Cidr = "10.1.0.0/30"; },
         "SUBNET_CIDR_SIZE",
         {"data-a"},
         {"10.1.0.0/30 is too small", "(4 addresses)"},
         "10.1.0.0/28"},
        {"vpc_with_six_blocks",
         [](Document& d) {
             auto& blocks = edit<Vpc>(d, "vpc").ipv4Cidrs;
             for (const char* block :
                  {"10.2.0.0/16", "10.3.0.0/16", "10.4.0.0/16", "10.5.0.0/16"}) {
                 blocks.push_back(block);
             }
         },
         "VPC_TOO_MANY_CIDRS",
         {"vpc"},
         {"has 6 IPv4 blocks", "4 secondary"},
         "Remove 1 block (the last one is 10.5.0.0/16)"},
        // SUBNET_OUTSIDE_VPC
        {"subnet_outside_every_vpc_block",
         [](Document& d) { edit<Subnet>(d, "data-a").ipv4Cidr = "10.7.0.0/24"; },
         "SUBNET_OUTSIDE_VPC",
         {"data-a", "vpc"},
         {"10.7.0.0/24 is not inside any IPv4 block", "10.0.0.0/16, 10.1.0.0/16"},
         "for example 10.0.0.0/24"},
        {"subnet_larger_than_its_vpc",
         [](Document& d) {
             edit<Vpc>(d, "vpc-b").ipv4Cidrs = {"10.0.0.0/24"};
             edit<Subnet>(d, "b-app").ipv4Cidr = "10.0.0.0/23";
         },
         "SUBNET_OUTSIDE_VPC",
         {"b-app", "vpc-b"},
         {"10.0.0.0/23 is not inside"},
         "for example 10.0.0.0/24"},
        {"subnet_ipv6_outside_vpc_ipv6",
         [](Document& d) { *edit<Subnet>(d, "ipv6-only").ipv6Cidr = "2600:1f18:9999::/64"; },
         "SUBNET_OUTSIDE_VPC",
         {"ipv6-only", "vpc"},
         {"ipv6Cidr", "not inside any IPv6 block", "2600:1f18:1234:5600::/56"},
         "2600:1f18:1234:5600::/64"},
        // SUBNET_OVERLAP
        {"two_subnets_with_the_same_block",
         [](Document& d) { edit<Subnet>(d, "data-a").ipv4Cidr = "10.0.1.0/24"; },
         "SUBNET_OVERLAP",
         {"app-a", "data-a"},
         {"'app-a' (10.0.1.0/24)", "'data-a' (10.0.1.0/24)", "same block", "VPC 'vpc'"},
         "subnet 'data-a'"},
        {"subnet_inside_another",
         [](Document& d) { edit<Subnet>(d, "data-a").ipv4Cidr = "10.0.0.128/25"; },
         "SUBNET_OVERLAP",
         {"public-a", "data-a"},
         {"10.0.0.128/25 lies inside 10.0.0.0/24"},
         "subnet 'data-a'"},
        {"ipv6_blocks_overlap",
         [](Document& d) { *edit<Subnet>(d, "ipv6-only").ipv6Cidr = "2600:1f18:1234:5600::/64"; },
         "SUBNET_OVERLAP",
         {"public-a", "ipv6-only"},
         {"same block"},
         "'ipv6-only'"},
    };
}

std::string rowName(const testing::TestParamInfo<BreakageRow>& row) {
    return row.param.name;
}

INSTANTIATE_TEST_SUITE_P(Table, OneBreakage, testing::ValuesIn(breakages()), rowName);

TEST(StructuralChecks, EveryCodeIsCoveredByTheBreakageTable) {
    std::set<std::string> covered;
    for (const BreakageRow& row : breakages()) {
        covered.insert(row.code);
    }
    const std::set<std::string> codes = {
        "DANGLING_REFERENCE", "CIDR_INVALID",       "CIDR_HOST_BITS_SET", "VPC_CIDR_SIZE",
        "SUBNET_CIDR_SIZE",   "VPC_TOO_MANY_CIDRS", "SUBNET_OUTSIDE_VPC", "SUBNET_OVERLAP"};
    EXPECT_EQ(covered, codes);
}

TEST(StructuralChecks, BlocksAtTheSizeLimitsAreAccepted) {
    Document document = validNetwork();
    edit<Vpc>(document, "vpc-b").ipv4Cidrs = {"10.0.0.0/16", "10.9.0.0/28", "10.8.0.0/16",
                                              "10.7.0.0/20", "10.6.0.0/24"}; // exactly five
    edit<Subnet>(document, "b-app").ipv4Cidr = "10.9.0.0/28";
    document.add(check_tests::resource(
        "b-wide", Subnet{.vpc = "vpc-b", .ipv4Cidr = "10.8.0.0/16"})); // a whole VPC block
    const auto findings = runStructuralChecks(document);
    EXPECT_TRUE(findings.empty()) << describeAll(findings);
}

TEST(StructuralChecks, ATinySubnetOutsideItsVpcGetsAnExampleOfAnAllowedSize) {
    Document document = validNetwork();
    edit<Subnet>(document, "data-a").ipv4Cidr = "172.16.0.0/30";
    const auto findings = runStructuralChecks(document);
    ASSERT_EQ(findings.size(), 2U) << describeAll(findings);
    EXPECT_EQ(findings[0].code, "SUBNET_CIDR_SIZE");
    EXPECT_EQ(findings[1].code, "SUBNET_OUTSIDE_VPC");
    EXPECT_NE(findings[1].fix.find("for example 10.0.0.0/28"), std::string::npos)
        << findings[1].fix;
}

TEST(StructuralChecks, PrefixListsAreNotCidrs) {
    Document document = validNetwork();
    auto& group = edit<SecurityGroup>(document, "sg-web");
    group.ingress.push_back({.peerKind = SgPeerKind::Cidr, .peer = "pl-0123abcd"});
    edit<RouteTable>(document, "rt-public")
        .routes.push_back({"pl-02cd2c6b", RouteTargetKind::GatewayEndpoint, "s3"});
    const auto findings = runStructuralChecks(document);
    EXPECT_TRUE(findings.empty()) << describeAll(findings);
}

TEST(StructuralChecks, UnreadableVpcBlocksDoNotMakeEverySubnetOutside) {
    Document document = validNetwork();
    edit<Vpc>(document, "vpc").ipv4Cidrs[0] = "10.0.0.0/16x";
    const auto findings = runStructuralChecks(document);
    ASSERT_EQ(findings.size(), 1U) << describeAll(findings);
    EXPECT_EQ(findings[0].code, "CIDR_INVALID");
}

TEST(StructuralChecks, FindingsComeInDocumentOrderThenByCode) {
    Document document = validNetwork();
    // Broken in reverse document order, with two codes on one resource.
    edit<VpnConnection>(document, "vpn").staticRoutes[0] = "nonsense";
    edit<Subnet>(document, "data-a").ipv4Cidr = "11.7.0.3/29"; // host bits, size, outside
    edit<Subnet>(document, "data-a").vpc = "vpc";
    edit<Vpc>(document, "vpc").ipv4Cidrs[0] = "10.0.0.0/8";
    edit<Subnet>(document, "app-a").vpc = "missing";
    const auto findings = runStructuralChecks(document);
    std::vector<std::pair<std::string, std::string>> order;
    for (const Finding& finding : findings) {
        order.emplace_back(finding.resources.front(), finding.code);
    }
    const std::vector<std::pair<std::string, std::string>> expected = {
        {"vpc", "VPC_CIDR_SIZE"},         {"app-a", "DANGLING_REFERENCE"},
        {"data-a", "CIDR_HOST_BITS_SET"}, {"data-a", "SUBNET_CIDR_SIZE"},
        {"data-a", "SUBNET_OUTSIDE_VPC"}, {"vpn", "CIDR_INVALID"},
    };
    EXPECT_EQ(order, expected) << describeAll(findings);
    // The same document always gives the same findings.
    EXPECT_EQ(runStructuralChecks(document), findings);
}

TEST(StructuralChecks, ScaleTwentyThousandSubnetsInOneVpc) {
    // Five /16 blocks hold 20,480 /28 subnets; 20,000 of them, none overlapping. An all-pairs
    // overlap test would make 200 million comparisons here.
    Document document;
    std::vector<std::string> blocks;
    for (int b = 0; b < 5; ++b) {
        blocks.push_back("10." + std::to_string(b) + ".0.0/16");
    }
    document.add(testing_support::vpc("vpc", blocks));
    for (int i = 0; i < 20000; ++i) {
        // Spread over the blocks out of address order, so the sort has work to do.
        const int slot = (i * 7919) % 20480;
        const int block = slot / 4096;
        const int within = slot % 4096;
        const std::string cidr = "10." + std::to_string(block) + "." + std::to_string(within / 16) +
                                 "." + std::to_string((within % 16) * 16) + "/28";
        document.add(testing_support::subnet("s" + std::to_string(i), "vpc", cidr));
    }
    EXPECT_TRUE(runStructuralChecks(document).empty());

    // One more subnet that overlaps exactly one existing subnet gives exactly one finding.
    const std::string taken = document.findAs<Subnet>("s12345")->ipv4Cidr;
    document.add(testing_support::subnet("intruder", "vpc", taken));
    const auto findings = runStructuralChecks(document);
    ASSERT_EQ(findings.size(), 1U) << describeAll(findings);
    EXPECT_EQ(findings[0].code, "SUBNET_OVERLAP");
    EXPECT_EQ(findings[0].resources, (std::vector<ResourceId>{"s12345", "intruder"}));
}

TEST(OutsideReference, AnAwsIdIsInfoNotADanglingReference) {
    Document document = validNetwork();
    edit<Subnet>(document, "data-a").vpc = "vpc-0a1b2c3d4e5f60718";
    const auto findings = runStructuralChecks(document);
    const auto outside = std::find_if(findings.begin(), findings.end(), [](const Finding& f) {
        return f.code == "OUTSIDE_REFERENCE";
    });
    ASSERT_NE(outside, findings.end()) << describeAll(findings);
    EXPECT_EQ(outside->severity, Severity::Info);
    EXPECT_EQ(outside->resources, std::vector<ResourceId>{"data-a"});
    EXPECT_NE(outside->message.find("'vpc-0a1b2c3d4e5f60718'"), std::string::npos);
    for (const Finding& finding : findings) {
        EXPECT_NE(finding.code, "DANGLING_REFERENCE") << finding.message;
    }
}

} // namespace
} // namespace topograph
