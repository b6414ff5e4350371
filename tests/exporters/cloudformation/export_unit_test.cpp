// SPDX-License-Identifier: Apache-2.0
// The exporter's promises one at a time: logical ids, short forms, DependsOn, parameters,
// limits, the diagram metadata, the atomic file.
#include "exporters/cloudformation/cfn_export.h"
#include "exporters/cloudformation/cfn_import.h"
#include "exporters/io/atomic_file.h"

#include <filesystem>
#include <gtest/gtest.h>
#include <unistd.h>
#include <yaml-cpp/yaml.h>

namespace topograph {
namespace {

Resource make(const std::string& id, ResourceProperties properties, std::string name = {}) {
    Resource resource;
    resource.id = id;
    resource.name = std::move(name);
    resource.properties = std::move(properties);
    return resource;
}

/// A VPC with an internet gateway, a public subnet in an unpinned zone, a route to the
/// gateway, a NAT gateway with its Elastic IP and an SSH rule from an administrator's block.
Document smallNetwork() {
    Document document;
    document.title = "small";
    document.add(make("main-vpc", Vpc{{}, {"10.0.0.0/16"}, {}, true, true}, "Main"));
    document.add(make("zone-1", AvailabilityZone{"main-vpc", ""}));
    document.add(make("igw", InternetGateway{"main-vpc", {}}));
    Subnet subnet;
    subnet.vpc = "main-vpc";
    subnet.availabilityZone = "zone-1";
    subnet.ipv4Cidr = "10.0.1.0/24";
    subnet.routeTable = "public-rt";
    document.add(make("public-1", subnet));
    RouteTable table;
    table.vpc = "main-vpc";
    table.routes.push_back({"0.0.0.0/0", RouteTargetKind::InternetGateway, "igw"});
    table.routes.push_back({"10.9.0.0/16", RouteTargetKind::Blackhole, ""});
    document.add(make("public-rt", table));
    document.add(make("nat-eip", ElasticIp{}));
    NatGateway nat;
    nat.subnet = "public-1";
    nat.elasticIp = "nat-eip";
    document.add(make("nat", nat));
    SecurityGroup group;
    group.vpc = "main-vpc";
    group.description = "bastion";
    group.ingress.push_back({IpProtocol{IpProtocol::Tcp}, PortRange{22, 22}, SgPeerKind::Cidr,
                             "203.0.113.0/24", "admin"});
    document.add(make("bastion_sg", group));
    Instance instance;
    instance.placement.subnets = {"public-1"};
    instance.placement.securityGroups = {"bastion_sg"};
    document.add(make("bastion", instance));
    return document;
}

YAML::Node resourceOf(const YAML::Node& root, const std::string& id) {
    return root["Resources"][id];
}

TEST(ExportUnit, LogicalIdsAreAlphanumericAndUnique) {
    Document document;
    document.add(make("web-sg", Vpc{{}, {"10.0.0.0/16"}, {}, true, false}));
    document.add(make("web_sg", Vpc{{}, {"10.1.0.0/16"}, {}, true, false}));
    document.add(make("1st", Vpc{{}, {"10.2.0.0/16"}, {}, true, false}));
    const YAML::Node root = YAML::Load(exportTemplate(document));
    EXPECT_TRUE(resourceOf(root, "WebSg"));
    EXPECT_TRUE(resourceOf(root, "WebSg2"));
    EXPECT_TRUE(resourceOf(root, "Resource1st"));
    const Document back = importTemplate(exportTemplate(document), "ids.yaml").document;
    ASSERT_EQ(back.size(), 3U);
    EXPECT_EQ(back.resources()[0].id, "web-sg");
    EXPECT_EQ(back.resources()[1].id, "web_sg");
    EXPECT_EQ(back.resources()[2].id, "1st");
}

TEST(ExportUnit, ShortFormsDependsOnAndParameters) {
    const std::string text = exportTemplate(smallNetwork());
    EXPECT_NE(text.find("VpcId: !Ref MainVpc"), std::string::npos) << text;
    EXPECT_NE(text.find("AllocationId: !GetAtt NatEip.AllocationId"), std::string::npos);
    EXPECT_NE(text.find("AvailabilityZone: !Select"), std::string::npos);
    EXPECT_NE(text.find("!GetAZs \"\""), std::string::npos);
    const YAML::Node root = YAML::Load(text);
    EXPECT_EQ(resourceOf(root, "PublicRtRoute1")["DependsOn"].as<std::string>(), "IgwAttachment");
    EXPECT_EQ(resourceOf(root, "NatEip")["DependsOn"].as<std::string>(), "IgwAttachment");
    EXPECT_EQ(resourceOf(root, "Nat")["DependsOn"].as<std::string>(), "IgwAttachment");
    EXPECT_EQ(root["Parameters"]["LatestAmiId"]["Type"].as<std::string>(),
              "AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>");
    EXPECT_EQ(root["Parameters"]["AdminCidr"]["Default"].as<std::string>(), "203.0.113.0/24");
    EXPECT_TRUE(root["Parameters"]["KeyName"]);
    EXPECT_TRUE(root["Outputs"]["MainVpcId"]);
    EXPECT_TRUE(root["Outputs"]["BastionSgId"]);
    // The blackhole route cannot be deployed: no resource, but the diagram keeps it.
    EXPECT_FALSE(resourceOf(root, "PublicRtRoute2"));
    const Document back = importTemplate(text, "small.yaml").document;
    EXPECT_EQ(back.findAs<RouteTable>("public-rt")->routes,
              smallNetwork().findAs<RouteTable>("public-rt")->routes);
    EXPECT_EQ(back.findAs<Instance>("bastion")->imageId, "");
}

TEST(ExportUnit, GeometryAndDiagramContainersSurviveExactly) {
    Document document = smallNetwork();
    document.setGeometry("main-vpc", Geometry{0.1, 1e-7, 640.25, 1.0 / 3.0});
    document.setGeometry("zone-1", Geometry{16, 52, 300, 200});
    document.setGeometry("public-1", Geometry{-3.5, 7, 120, 80});
    const Document back = importTemplate(exportTemplate(document), "small.yaml").document;
    for (const Resource& resource : document.resources()) {
        const Resource* found = back.find(resource.id);
        ASSERT_NE(found, nullptr) << resource.id;
        EXPECT_EQ(found->geometry, resource.geometry) << resource.id;
        EXPECT_EQ(back.positionOf(resource.id), document.positionOf(resource.id));
    }
    EXPECT_EQ(back.findAs<AvailabilityZone>("zone-1")->zone, "");
    EXPECT_EQ(back.findAs<Subnet>("public-1")->availabilityZone, "zone-1");
}

TEST(ExportUnit, HandEditedMetadataNamingAnIdTwiceLosesNothing) {
    const Document document = smallNetwork();
    YAML::Node root = YAML::Load(exportTemplate(document));
    YAML::Node items = root["Metadata"][diagramMetadataKey]["Items"];
    ASSERT_TRUE(items.IsSequence());
    bool edited = false;
    for (YAML::Node item : items) {
        if (item["Id"].as<std::string>() == "igw") {
            item["Id"] = "main-vpc"; // now two items claim main-vpc
            edited = true;
        }
    }
    ASSERT_TRUE(edited);
    YAML::Emitter out;
    out << root;
    const Document back = importTemplate(out.c_str(), "edited.yaml").document;
    EXPECT_EQ(back.size(), document.size());
    EXPECT_NE(back.findAs<Vpc>("main-vpc"), nullptr);
    // The internet gateway keeps its logical id, since the metadata no longer names it.
    std::size_t gateways = 0;
    for (const Resource& resource : back.resources()) {
        gateways += resource.kind() == ResourceKind::InternetGateway ? 1 : 0;
    }
    EXPECT_EQ(gateways, 1U);
}

TEST(ExportUnit, RefusesAModelWithNothingToCreate) {
    Document document;
    EXPECT_THROW(exportTemplate(document), NothingToExportError);
    document.add(make("region", Region{"us-east-1"}));
    try {
        exportTemplate(document);
        FAIL() << "a template without resources must be refused";
    } catch (const NothingToExportError& error) {
        EXPECT_NE(std::string(error.what()).find("add a VPC"), std::string::npos);
    }
}

TEST(ExportUnit, GroupWithoutEgressDeniesAllAndComesBackEmpty) {
    Document document = smallNetwork();
    const YAML::Node root = YAML::Load(exportTemplate(document));
    const YAML::Node egress = resourceOf(root, "BastionSg")["Properties"]["SecurityGroupEgress"];
    ASSERT_TRUE(egress);
    EXPECT_EQ(egress[0]["CidrIp"].as<std::string>(), "255.255.255.255/32");
    const Document back = importTemplate(exportTemplate(document), "small.yaml").document;
    EXPECT_TRUE(back.findAs<SecurityGroup>("bastion_sg")->egress.empty());
}

TEST(ExportUnit, RefusesMoreResourcesThanCloudFormationAllows) {
    Document document;
    for (int i = 0; i < 501; ++i) {
        document.add(make("vpc" + std::to_string(i), Vpc{{}, {"10.0.0.0/16"}, {}, true, false}));
    }
    try {
        exportTemplate(document);
        FAIL() << "a template of 501 resources was written";
    } catch (const TemplateTooLargeError& error) {
        EXPECT_EQ(error.found(), 501U);
        EXPECT_EQ(error.limit(), 500U);
        EXPECT_NE(std::string(error.what()).find("at most 500 resources"), std::string::npos);
        EXPECT_NE(std::string(error.what()).find("1 MB"), std::string::npos);
    }
}

TEST(ExportUnit, RefusesATemplateBodyOverOneMegabyte) {
    Document document = smallNetwork();
    document.findMutable("main-vpc")->notes = std::string(1100 * 1024, 'x');
    try {
        exportTemplate(document);
        FAIL() << "a template over 1 MB was written";
    } catch (const TemplateTooLargeError& error) {
        EXPECT_GT(error.found(), maxTemplateBodyBytes);
        EXPECT_EQ(error.limit(), maxTemplateBodyBytes);
        EXPECT_NE(std::string(error.what()).find("500 resources"), std::string::npos);
    }
    const auto path = std::filesystem::temp_directory_path() /
                      ("topograph-export-too-large-" + std::to_string(::getpid()) + ".yaml");
    std::filesystem::remove(path);
    EXPECT_THROW(exportTemplateFile(document, path.string()), TemplateTooLargeError);
    EXPECT_FALSE(std::filesystem::exists(path)) << "nothing is written for a refused export";
}

TEST(ExportUnit, DiagramMetadataCanBeLeftOut) {
    ExportOptions options;
    options.includeDiagram = false;
    const YAML::Node root = YAML::Load(exportTemplate(smallNetwork(), options));
    EXPECT_FALSE(root["Metadata"]);
    EXPECT_TRUE(YAML::Load(exportTemplate(smallNetwork()))["Metadata"][diagramMetadataKey]);
}

TEST(ExportUnit, FileVariantWritesTheSameText) {
    const auto path = std::filesystem::temp_directory_path() /
                      ("topograph-export-unit-" + std::to_string(::getpid()) + ".yaml");
    exportTemplateFile(smallNetwork(), path.string());
    EXPECT_EQ(readWholeFile(path.string()), exportTemplate(smallNetwork()));
    std::filesystem::remove(path);
}

} // namespace
} // namespace topograph
