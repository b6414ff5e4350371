// SPDX-License-Identifier: Apache-2.0
// Writing and reading back gives the same document, for every kind and every field.
#include "every_kind_document.h"
#include "exporters/model_yaml/model_file.h"

#include <gtest/gtest.h>
#include <set>

namespace topograph {
namespace {

using testing_support::everyKindDocument;

TEST(ModelRoundTrip, TheTestDocumentUsesEveryKind) {
    std::set<ResourceKind> kinds;
    const Document document = everyKindDocument();
    for (const Resource& resource : document.resources()) {
        kinds.insert(resource.kind());
    }
    EXPECT_EQ(kinds.size(), static_cast<std::size_t>(resourceKindCount))
        << "add the new kind to every_kind_document.cpp";
}

TEST(ModelRoundTrip, ReadingWhatWasWrittenGivesTheSameDocument) {
    const Document original = everyKindDocument();
    const std::string text = writeModel(original);
    const Document read = readModel(text, "every-kind.yaml");
    ASSERT_EQ(read.size(), original.size());
    for (std::size_t i = 0; i < original.size(); ++i) {
        EXPECT_EQ(read.resources()[i], original.resources()[i])
            << "resource " << original.resources()[i].id << " differs; written as:\n"
            << text;
    }
    EXPECT_EQ(read.title, original.title);
    EXPECT_EQ(read.description, original.description);
    EXPECT_EQ(read.cloudFormation, original.cloudFormation);
    EXPECT_EQ(read, original);
}

TEST(ModelRoundTrip, WritingIsStableAndDeterministic) {
    const Document original = everyKindDocument();
    const std::string first = writeModel(original);
    EXPECT_EQ(writeModel(original), first);
    EXPECT_EQ(writeModel(readModel(first, "every-kind.yaml")), first);
}

TEST(ModelRoundTrip, EachResourceRoundTripsAlone) {
    // One resource at a time (with what it references), so a failure names the kind.
    const Document full = everyKindDocument();
    for (const Resource& resource : full.resources()) {
        Document single = full;
        const std::string text = writeModel(single);
        const Document read = readModel(text, "single.yaml");
        const Resource* back = read.find(resource.id);
        ASSERT_NE(back, nullptr) << resource.id;
        EXPECT_EQ(*back, resource) << kindName(resource.kind());
    }
}

TEST(ModelRoundTrip, DefaultsAreLeftOutAndReadBack) {
    Document document;
    Resource instance;
    instance.id = "web";
    instance.properties = Instance{};
    document.add(instance);
    const std::string text = writeModel(document);
    EXPECT_EQ(text, "topograph: 1\nresources:\n  - id: web\n    kind: instance\n");
    EXPECT_EQ(readModel(text, "defaults.yaml"), document);
}

TEST(ModelRoundTrip, AnEmptyDocumentRoundTrips) {
    const Document empty;
    const std::string text = writeModel(empty);
    EXPECT_EQ(text, "topograph: 1\nresources: []\n");
    EXPECT_EQ(readModel(text, "empty.yaml"), empty);
}

TEST(ModelRoundTrip, InvalidCidrTextIsKeptAsWritten) {
    const Document document =
        readModel("topograph: 1\nresources:\n"
                  "  - {id: v, kind: vpc, ipv4Cidrs: [10.0.1.0/16, banana]}\n"
                  "  - {id: s, kind: subnet, vpc: v, ipv4Cidr: 300.1.2.3/99}\n",
                  "cidrs.yaml");
    EXPECT_EQ(document.findAs<Vpc>("v")->ipv4Cidrs,
              (std::vector<std::string>{"10.0.1.0/16", "banana"}));
    EXPECT_EQ(document.findAs<Subnet>("s")->ipv4Cidr, "300.1.2.3/99");
}

TEST(ModelRoundTrip, ReadsHandWrittenConveniences) {
    // true/false for publicIp, TRUE for flags, protocol numbers, single ports, spaced ranges.
    const Document document = readModel("topograph: 1\n"
                                        "resources:\n"
                                        "  - id: i\n"
                                        "    kind: instance\n"
                                        "    publicIp: true\n"
                                        "  - id: n\n"
                                        "    kind: network-acl\n"
                                        "    entries:\n"
                                        "      - {ruleNumber: 5, egress: TRUE, action: deny, "
                                        "protocol: 6, ports: 22, cidr: 1.2.3.4/32}\n"
                                        "      - {protocol: udp, ports: 1024 - 65535}\n",
                                        "hand.yaml");
    EXPECT_EQ(document.find("i")->placement()->publicIp, PublicIpChoice::Yes);
    const NaclEntry& entry = document.findAs<NetworkAcl>("n")->entries.at(0);
    EXPECT_TRUE(entry.egress);
    EXPECT_EQ(entry.action, RuleAction::Deny);
    EXPECT_EQ(entry.protocol.number, IpProtocol::Tcp);
    EXPECT_EQ(entry.ports, (PortRange{22, 22}));
    const NaclEntry& spaced = document.findAs<NetworkAcl>("n")->entries.at(1);
    EXPECT_EQ(spaced.ruleNumber, 100) << "the default rule number";
    EXPECT_EQ(spaced.ports, (PortRange{1024, 65535}));
}

} // namespace
} // namespace topograph
