// SPDX-License-Identifier: Apache-2.0
// The file format is a contract: the writer's output for the every-kind document is kept in
// tests/data/models/every-kind.yaml, and a hand-written model in the styles people use loads
// to the values it says.
#include "every_kind_document.h"
#include "exporters/io/atomic_file.h"
#include "exporters/model_yaml/model_file.h"

#include <gtest/gtest.h>

namespace topograph {
namespace {

std::string modelPath(const std::string& name) {
    return std::string(TOPOGRAPH_TEST_DATA_DIR) + "/models/" + name;
}

TEST(ModelGolden, WriterOutputMatchesTheGoldenFile) {
    const std::string expected = readWholeFile(modelPath("every-kind.yaml"));
    EXPECT_EQ(writeModel(testing_support::everyKindDocument()), expected)
        << "the written format changed; if that is intended, update docs/FORMAT.md and "
           "regenerate tests/data/models/every-kind.yaml";
}

TEST(ModelGolden, TheGoldenFileReadsAsTheEveryKindDocument) {
    EXPECT_EQ(loadModelFile(modelPath("every-kind.yaml")), testing_support::everyKindDocument());
}

TEST(ModelGolden, AHandWrittenModelReadsAsWritten) {
    const Document d = loadModelFile(modelPath("hand-written.yaml"));
    EXPECT_EQ(d.title, "Hand-written");
    EXPECT_EQ(d.findAs<Vpc>("vpc")->ipv4Cidrs,
              (std::vector<std::string>{"10.0.0.0/16", "10.1.0.0/16"}));
    const auto& routes = d.findAs<RouteTable>("rt")->routes;
    ASSERT_EQ(routes.size(), 1u);
    EXPECT_EQ(routes[0], (Route{"0.0.0.0/0", RouteTargetKind::InternetGateway, "igw"}));

    const auto* group = d.findAs<SecurityGroup>("web-sg");
    ASSERT_NE(group, nullptr);
    const SecurityGroupRule https{
        {IpProtocol::Tcp}, PortRange{443, 443}, SgPeerKind::Cidr, "0.0.0.0/0", ""};
    ASSERT_EQ(group->ingress.size(), 2u);
    EXPECT_EQ(group->ingress[0], https);
    EXPECT_EQ(group->ingress[1].protocol.number, IpProtocol::Tcp);
    EXPECT_EQ(group->ingress[1].ports, (PortRange{80, 80}));
    EXPECT_EQ(group->egress, std::vector<SecurityGroupRule>{https}) << "an alias is a copy";

    const Resource* web = d.find("web");
    ASSERT_NE(web, nullptr);
    EXPECT_EQ(web->name, "Web server");
    EXPECT_EQ(web->tags, (std::vector<Tag>{{"Team", "web"}, {"Cost Center", "0042"}}));
    EXPECT_EQ(web->placement()->publicIp, PublicIpChoice::Yes);
    EXPECT_EQ(web->geometry, (Geometry{12, 3.5, 120, 60}));

    EXPECT_EQ(readModel(writeModel(d), "again.yaml"), d);
}

} // namespace
} // namespace topograph
