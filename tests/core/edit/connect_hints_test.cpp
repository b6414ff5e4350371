// SPDX-License-Identifier: Apache-2.0
// The hints of refused connections read as plain sentences a student understands: every
// refusal between any two items of the bundled examples and of a model with every kind starts
// like a sentence, ends with a full stop, quotes names instead of running them into the kind
// ("VPC VPC 1"), uses "a"/"an" as said, and never falls back to a bracketed "(not ...)".
#include "core/edit/connection.h"
#include "edit_test_support.h"
#include "exporters/model_yaml/model_file.h"
#include "tests/core/layout/every_kind_document.h"

#include <cctype>
#include <gtest/gtest.h>
#include <regex>

namespace topograph {
namespace {

using namespace edit_tests;

/// The text with every "quoted name" replaced by NAME, so names cannot hide or fake a fault.
std::string withoutNames(const std::string& text) {
    return std::regex_replace(text, std::regex("\"[^\"]*\""), "NAME");
}

/// What is wrong with the hint as a sentence; empty when nothing is.
std::string faultOf(const std::string& hint) {
    if (hint.empty()) {
        return "no hint";
    }
    const unsigned char first = static_cast<unsigned char>(hint.front());
    if (std::isupper(first) == 0 && first != '"') {
        return "does not start like a sentence";
    }
    if (hint.back() != '.') {
        return "does not end with a full stop";
    }
    const std::string plain = withoutNames(hint);
    if (plain.find("(not ") != std::string::npos) {
        return "says \"(not ...)\"";
    }
    if (plain.find('\'') != std::string::npos &&
        std::regex_search(plain, std::regex("(^|\\s)'[^']*'"))) {
        return "quotes a name with single quotes";
    }
    std::smatch match;
    if (std::regex_search(plain, match, std::regex("\\b(\\w+) \\1\\b", std::regex::icase))) {
        return "repeats \"" + match.str(0) + "\"";
    }
    if (std::regex_search(plain, match,
                          std::regex("\\ba [aeiouAEIOU]\\w*|\\ban (?!RDS)[^aeiouAEIOU\\s]\\w*"))) {
        return "wrong article in \"" + match.str(0) + "\"";
    }
    return {};
}

void expectPlainSentences(const Document& document, const std::string& name) {
    int refusals = 0;
    for (const Resource& from : document.resources()) {
        if (!startsConnections(document, from.id)) {
            continue;
        }
        for (const Resource& to : document.resources()) {
            ConnectionRequest request;
            request.from = from.id;
            request.to = to.id;
            const ConnectionProposal proposal = proposeConnection(document, request);
            if (proposal.allowed) {
                continue;
            }
            ++refusals;
            const std::string fault = faultOf(proposal.hint);
            EXPECT_EQ(fault, "") << name << ": " << from.id << " -> " << to.id << ": "
                                 << proposal.hint;
        }
    }
    EXPECT_GT(refusals, 0) << name << ": nothing refused, nothing checked";
}

TEST(ConnectHints, TheCheckCatchesTheOldWording) {
    EXPECT_NE(faultOf("A VPC connects to another VPC (not VPC VPC 1): drop it on one of those."),
              "");
    EXPECT_NE(faultOf("Drop VPC 1 on another item to connect them, not on something inside it"),
              "");
    EXPECT_NE(faultOf("web is in no subnet: place it in a subnet first."), "");
    EXPECT_NE(faultOf("Nothing to connect: 'nope' is not in the model."), "");
    EXPECT_NE(faultOf("A subnet is a internet gateway."), "");
    EXPECT_NE(faultOf("It is an VPC."), "");
    EXPECT_EQ(faultOf(R"("VPC VPC" is an RDS database, an EC2 instance or a NAT gateway.)"), "");
}

TEST(ConnectHints, EveryRefusalInTheExamplesIsAPlainSentence) {
    for (const std::string name : {"three-tier-web", "transit-hub", "two-peered-vpcs"}) {
        expectPlainSentences(
            loadModelFile(std::string(TOPOGRAPH_EXAMPLES_DIR) + "/" + name + ".yaml"), name);
    }
}

TEST(ConnectHints, EveryRefusalBetweenEveryKindIsAPlainSentence) {
    expectPlainSentences(testing_support::everyKindDocument(), "every kind");
}

TEST(ConnectHints, TheWordingOfTheCommonRefusals) {
    Document document;
    addVpc(document, "vpc-1", {"10.0.0.0/16"});
    addSubnet(document, "subnet-1", "vpc-1", "10.0.0.0/24");
    addVpc(document, "vpc-2", {"10.1.0.0/16"});
    Resource named = *document.find("vpc-1");
    named.name = "VPC 1";
    document.replace(named);
    const auto hint = [&](const ResourceId& from, const ResourceId& to) {
        return proposeConnection(document, ConnectionRequest{.from = from, .to = to}).hint;
    };
    EXPECT_EQ(hint("vpc-1", "subnet-1"),
              R"(Peering needs two different VPCs: "VPC 1" is this VPC, and "subnet-1" is )"
              R"(inside it. Drop it on another VPC, or on a transit gateway.)");
    EXPECT_EQ(hint("subnet-1", "vpc-2"),
              R"(A subnet connects to an internet gateway or a NAT gateway of its own VPC, and )"
              R"("vpc-2" is a VPC. Drop the subnet on a gateway to send its internet traffic )"
              R"((0.0.0.0/0) there.)");
    EXPECT_EQ(
        hint("subnet-1", "subnet-1"),
        R"("subnet-1" cannot connect to itself. Drop it on another item to connect the two.)");
}

} // namespace
} // namespace topograph
