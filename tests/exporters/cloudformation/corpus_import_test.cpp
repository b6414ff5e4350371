// SPDX-License-Identifier: Apache-2.0
// Every template of the shared corpus imports; counts follow shared/corpus/cfn/SOURCES.md.
#include "exporters/cloudformation/cfn_import.h"
#include "exporters/model_yaml/model_file.h"

#include <algorithm>
#include <filesystem>
#include <gtest/gtest.h>
#include <iomanip>
#include <iostream>
#include <map>
#include <yaml-cpp/yaml.h>

namespace topograph {
namespace {

namespace fs = std::filesystem;

const fs::path corpusDir = fs::path(TOPOGRAPH_SHARED_DIR) / "corpus" / "cfn";

std::vector<fs::path> corpusTemplates() {
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(corpusDir)) {
        const std::string extension = entry.path().extension().string();
        if (entry.is_regular_file() && (extension == ".yaml" || extension == ".json")) {
            files.push_back(entry.path());
        }
    }
    std::sort(files.begin(), files.end());
    return files;
}

/// What the import made of one template.
struct Tally {
    int templateResources = 0; // entries of the template's Resources section
    int modelled = 0;          // model resources other than generated AZ containers
    int external = 0;          // kept verbatim as ExternalResource
    int merged = 0;            // folded into another resource (routes, rules, associations)
    int zones = 0;             // generated AvailabilityZone containers
    std::map<ResourceKind, int> byKind;
    std::map<std::string, int> externalByType;
    int routes = 0;
    int naclEntries = 0;
    int ingressRules = 0;
    int egressRules = 0;
};

Tally tally(const Document& document, const fs::path& file) {
    Tally result;
    const YAML::Node root = YAML::LoadFile(file.string());
    result.templateResources = static_cast<int>(root["Resources"].size());
    for (const Resource& resource : document.resources()) {
        ++result.byKind[resource.kind()];
        if (const auto* external = resource.as<ExternalResource>()) {
            ++result.external;
            ++result.externalByType[external->type];
        } else if (resource.kind() == ResourceKind::AvailabilityZone) {
            ++result.zones;
        } else {
            ++result.modelled;
        }
        if (const Tree* merged = resource.cloudFormation.find("Topograph::Merged")) {
            result.merged += static_cast<int>(merged->items.size());
        }
        if (const auto* table = resource.as<RouteTable>()) {
            result.routes += static_cast<int>(table->routes.size());
        }
        if (const auto* acl = resource.as<NetworkAcl>()) {
            result.naclEntries += static_cast<int>(acl->entries.size());
        }
        if (const auto* group = resource.as<SecurityGroup>()) {
            result.ingressRules += static_cast<int>(group->ingress.size());
            result.egressRules += static_cast<int>(group->egress.size());
        }
    }
    return result;
}

/// What each template holds with its default parameters (us-east-1), from SOURCES.md and the
/// templates' Conditions. Rules count the security groups' ingress and egress rules, including
/// the implicit allow-all egress rule of groups without inline egress rules.
struct Expected {
    const char* file;
    int vpcs;
    int subnets;
    int natGateways;
    int routes; // VPC route table routes
    int naclEntries;
    int ingressRules;
    int egressRules;
    int workloads; // instances, load balancers, interface endpoints
    int transitAttachments;
    int external;
};

const Expected expectations[] = {
    // file                                          vpc sub nat rt nacl in out wl tgw ext
    {"alb-asg-public-subnets.yaml", 1, 3, 0, 1, 0, 2, 3, 1, 0, 8},
    {"cdk-vpc-2az-nat.json", 1, 4, 2, 4, 0, 1, 1, 1, 0, 2},
    {"ecs-fargate-private-vpc-alb-sg-refs.yaml", 1, 4, 2, 3, 0, 5, 3, 2, 0, 3},
    {"nlb-instances-network-firewall-ingress-routing.yaml", 1, 5, 1, 8, 0, 6, 3, 6, 0, 14},
    {"nlb-with-eips-params.json", 0, 0, 0, 0, 0, 0, 0, 1, 0, 0},
    {"private-vpc-no-igw-interface-endpoint.yaml", 1, 2, 0, 0, 0, 2, 2, 2, 0, 0},
    {"quickstart-vpc-4az-nat-nacl-conditions.yaml", 1, 4, 2, 3, 0, 0, 0, 0, 0, 53},
    {"simple-public-vpc-nacl-instance.json", 1, 1, 0, 1, 6, 4, 1, 1, 0, 2},
    {"tgw-3vpc-route-tables-endpoints.yaml", 3, 6, 1, 5, 0, 6, 4, 8, 3, 6},
    {"tgw-4vpc-network-firewall-nlb-2az.yaml", 4, 16, 2, 14, 0, 10, 5, 9, 4, 17},
    {"two-vpcs-s3-gateway-endpoint.yaml", 2, 2, 0, 2, 0, 2, 2, 2, 0, 7},
    {"vpc-2az-public-private-nat.json", 1, 4, 2, 3, 2, 0, 0, 0, 0, 0},
    {"vpc-2az-public-private-nat.yaml", 1, 4, 2, 3, 2, 0, 0, 0, 0, 0},
    {"vpc-3tier-3az-nat-conditions.yaml", 1, 6, 1, 6, 0, 0, 0, 0, 0, 19},
    {"vpc-peering-routes-sg-conditions.yaml", 0, 0, 0, 0, 0, 0, 0, 0, 0, 12},
    {"vpc-peering-two-vpcs.yaml", 2, 2, 0, 4, 0, 5, 2, 2, 0, 0},
    {"widdix-nat-gateway-importvalue.yaml", 0, 0, 1, 0, 0, 0, 0, 0, 0, 5},
    {"widdix-vpc-2az-ipv6-eigw-nacl.yaml", 1, 4, 0, 6, 8, 0, 0, 0, 0, 0},
};

ImportResult importCorpusFile(const std::string& name) {
    return importTemplateFile((corpusDir / name).string());
}

bool hasNote(const ImportResult& result, const std::string& code, const std::string& resource) {
    return std::any_of(result.notes.begin(), result.notes.end(), [&](const Finding& note) {
        return note.code == code && std::find(note.resources.begin(), note.resources.end(),
                                              resource) != note.resources.end();
    });
}

TEST(CorpusImport, CountsMatchTheTemplates) {
    for (const Expected& expected : expectations) {
        SCOPED_TRACE(expected.file);
        const ImportResult result = importCorpusFile(expected.file);
        Tally counts = tally(result.document, corpusDir / expected.file);
        EXPECT_EQ(counts.byKind[ResourceKind::Vpc], expected.vpcs);
        EXPECT_EQ(counts.byKind[ResourceKind::Subnet], expected.subnets);
        EXPECT_EQ(counts.byKind[ResourceKind::NatGateway], expected.natGateways);
        EXPECT_EQ(counts.routes, expected.routes);
        EXPECT_EQ(counts.naclEntries, expected.naclEntries);
        EXPECT_EQ(counts.ingressRules, expected.ingressRules);
        EXPECT_EQ(counts.egressRules, expected.egressRules);
        EXPECT_EQ(counts.byKind[ResourceKind::Instance] +
                      counts.byKind[ResourceKind::LoadBalancer] +
                      counts.byKind[ResourceKind::InterfaceEndpoint],
                  expected.workloads);
        EXPECT_EQ(counts.byKind[ResourceKind::TransitGatewayAttachment],
                  expected.transitAttachments);
        EXPECT_EQ(counts.external, expected.external);
        // Every subnet with a zone sits in the AZ container of its own VPC.
        for (const Resource& resource : result.document.resources()) {
            const Subnet* subnet = resource.as<Subnet>();
            if (subnet == nullptr || subnet->availabilityZone.empty()) {
                continue;
            }
            const auto* zone = result.document.findAs<AvailabilityZone>(subnet->availabilityZone);
            ASSERT_NE(zone, nullptr) << resource.id;
            EXPECT_EQ(zone->vpc, subnet->vpc) << resource.id;
        }
    }
}

TEST(CorpusImport, TransitGatewayRouteTablesOfTheFourVpcTemplate) {
    const ImportResult result = importCorpusFile("tgw-4vpc-network-firewall-nlb-2az.yaml");
    int routes = 0;
    int associations = 0;
    int propagations = 0;
    for (const Resource& resource : result.document.resources()) {
        if (const auto* table = resource.as<TransitGatewayRouteTable>()) {
            routes += static_cast<int>(table->routes.size());
            associations += static_cast<int>(table->associations.size());
            propagations += static_cast<int>(table->propagations.size());
        }
    }
    // SOURCES.md: 4 route tables, 5 associations, 4 propagations, 4 static routes.
    EXPECT_EQ(routes, 4);
    EXPECT_EQ(associations, 5);
    EXPECT_EQ(propagations, 4);
    const auto* ingress = result.document.findAs<TransitGatewayAttachment>("AttachIngressVPC");
    ASSERT_NE(ingress, nullptr);
    EXPECT_TRUE(ingress->applianceMode);
    // The NLB's IP targets are the spoke instances with those fixed private addresses.
    const auto* balancer = result.document.findAs<LoadBalancer>("IngressNLB");
    ASSERT_NE(balancer, nullptr);
    EXPECT_EQ(balancer->targets, (std::vector<ResourceId>{"EC2SubnetA", "EC2SubnetB"}));
    // The firewall's attachment exists only as a GetAtt: kept symbolic, reported.
    EXPECT_TRUE(hasNote(result, "UNRESOLVED_REFERENCE", "SpokeToEgressFirewallRoute"));
}

TEST(CorpusImport, KnownUpstreamDefectsGiveADiagnostic) {
    const ImportResult alb = importCorpusFile("alb-asg-public-subnets.yaml");
    EXPECT_TRUE(hasNote(alb, "MALFORMED_RULE", "LoadBalancerSecurityGroupEgress"));
    const auto* group = alb.document.findAs<SecurityGroup>("LoadBalancerSecurityGroup");
    ASSERT_NE(group, nullptr);
    ASSERT_EQ(group->egress.size(), 2U); // the implicit default, then the standalone rule
    EXPECT_EQ(group->egress[1].peerKind, SgPeerKind::SecurityGroup);
    EXPECT_EQ(group->egress[1].peer, "EC2InstanceSecurityGroup");

    const ImportResult twoVpcs = importCorpusFile("two-vpcs-s3-gateway-endpoint.yaml");
    EXPECT_TRUE(hasNote(twoVpcs, "MALFORMED_PROPERTY", "RedSecurityGroup"));
    EXPECT_TRUE(hasNote(twoVpcs, "MALFORMED_PROPERTY", "GreenSecurityGroup"));
    EXPECT_EQ(twoVpcs.document.findAs<SecurityGroup>("RedSecurityGroup")->ingress.size(), 1U);

    // "Fn::GetAZs": null reads like "" (the stack's region), as the YAML twin's !GetAZs does.
    const ImportResult json = importCorpusFile("vpc-2az-public-private-nat.json");
    const ImportResult yaml = importCorpusFile("vpc-2az-public-private-nat.yaml");
    ASSERT_EQ(json.document.size(), yaml.document.size());
    for (const Resource& fromYaml : yaml.document.resources()) {
        const Resource* fromJson = json.document.find(fromYaml.id);
        ASSERT_NE(fromJson, nullptr) << fromYaml.id;
        EXPECT_EQ(fromJson->properties, fromYaml.properties) << fromYaml.id;
        EXPECT_EQ(fromJson->name, fromYaml.name) << fromYaml.id;
    }
    for (const char* subnet :
         {"PublicSubnet0", "PublicSubnet1", "PrivateSubnet0", "PrivateSubnet1"}) {
        const auto* fromJson = json.document.findAs<Subnet>(subnet);
        const auto* fromYaml = yaml.document.findAs<Subnet>(subnet);
        ASSERT_NE(fromJson, nullptr) << subnet;
        ASSERT_NE(fromYaml, nullptr) << subnet;
        EXPECT_EQ(*fromJson, *fromYaml) << subnet;
        EXPECT_EQ(json.document.findAs<AvailabilityZone>(fromJson->availabilityZone)->zone,
                  std::string(subnet).back() == '0' ? "us-east-1a" : "us-east-1b");
    }
}

TEST(CorpusImport, TemplatesWithoutAVpcReportExternalReferences) {
    const ImportResult nat = importCorpusFile("widdix-nat-gateway-importvalue.yaml");
    const auto* gateway = nat.document.findAs<NatGateway>("NatGateway");
    ASSERT_NE(gateway, nullptr);
    EXPECT_EQ(gateway->subnet, "${ImportValue:${ParentVPCStack}-SubnetAPublic}");
    EXPECT_EQ(gateway->elasticIp, "EIP");
    EXPECT_TRUE(hasNote(nat, "UNRESOLVED_REFERENCE", "NatGateway"));
    EXPECT_TRUE(hasNote(nat, "KEPT_EXTERNAL", "Route"));

    const ImportResult nlb = importCorpusFile("nlb-with-eips-params.json");
    EXPECT_EQ(nlb.document.findAs<ElasticIp>("EIP1")->associatedWith, "loadBalancer");
    EXPECT_TRUE(hasNote(nlb, "UNRESOLVED_REFERENCE", "loadBalancer"));
}

TEST(CorpusImport, EveryTemplateImportsAndAccountsForEveryResource) {
    const auto files = corpusTemplates();
    ASSERT_EQ(files.size(), 18U) << "SOURCES.md lists 18 templates in " << corpusDir;
    std::cout << "\n| template | resources | modelled | kept verbatim | merged | AZ containers | "
                 "notes |\n|---|---|---|---|---|---|---|\n";
    for (const fs::path& file : files) {
        SCOPED_TRACE(file.filename().string());
        ImportResult result;
        ASSERT_NO_THROW(result = importTemplateFile(file.string()));
        const Tally counts = tally(result.document, file);
        EXPECT_EQ(counts.modelled + counts.external + counts.merged, counts.templateResources);
        std::cout << "| " << file.filename().string() << " | " << counts.templateResources << " | "
                  << counts.modelled << " | " << counts.external << " | " << counts.merged << " | "
                  << counts.zones << " | " << result.notes.size() << " |\n";
    }
}

} // namespace
} // namespace topograph
