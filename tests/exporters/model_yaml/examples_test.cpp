// SPDX-License-Identifier: Apache-2.0
// Every bundled example loads, and survives load -> save -> load unchanged. The examples folder
// is listed at run time, so a new example is covered without touching this file.
#include "core/model/references.h"
#include "exporters/io/atomic_file.h"
#include "exporters/model_yaml/file_kind.h"
#include "exporters/model_yaml/model_file.h"

#include <algorithm>
#include <filesystem>
#include <gtest/gtest.h>

namespace topograph {
namespace {

std::vector<std::string> exampleFiles() {
    std::vector<std::string> files;
    for (const auto& entry : std::filesystem::directory_iterator(TOPOGRAPH_EXAMPLES_DIR)) {
        if (entry.is_regular_file() && entry.path().extension() == ".yaml") {
            files.push_back(entry.path().string());
        }
    }
    std::sort(files.begin(), files.end());
    return files;
}

TEST(ModelExamples, TheBundledExamplesAreThere) {
    const auto files = exampleFiles();
    for (const char* name : {"three-tier-web.yaml", "two-peered-vpcs.yaml", "transit-hub.yaml"}) {
        EXPECT_TRUE(std::any_of(files.begin(), files.end(), [&](const std::string& file) {
            return file.ends_with(name);
        })) << name;
    }
}

TEST(ModelExamples, EveryExampleLoadsAndSurvivesSaveAndLoad) {
    for (const std::string& file : exampleFiles()) {
        SCOPED_TRACE(file);
        Document loaded;
        ASSERT_NO_THROW(loaded = loadModelFile(file));
        EXPECT_FALSE(loaded.title.empty());
        EXPECT_GT(loaded.size(), 0u);
        EXPECT_FALSE(looksLikeCloudFormation(readWholeFile(file)));
        const std::string saved = writeModel(loaded);
        const Document reloaded = readModel(saved, file + " (saved)");
        EXPECT_EQ(reloaded, loaded);
        EXPECT_EQ(writeModel(reloaded), saved);
    }
}

TEST(ModelExamples, EveryExampleResourceHasANameAndNoGeometryYet) {
    // Examples are laid out on open; readable names make the diagrams and answers readable.
    for (const std::string& file : exampleFiles()) {
        const Document document = loadModelFile(file);
        for (const Resource& resource : document.resources()) {
            EXPECT_FALSE(resource.name.empty()) << file << ": " << resource.id;
            EXPECT_FALSE(resource.geometry.has_value()) << file << ": " << resource.id;
        }
    }
}

TEST(ModelExamples, ThreeTierWebHasTheDocumentedShape) {
    const Document d = loadModelFile(std::string(TOPOGRAPH_EXAMPLES_DIR) + "/three-tier-web.yaml");
    const auto* alb = d.findAs<LoadBalancer>("alb");
    ASSERT_NE(alb, nullptr);
    EXPECT_EQ(alb->scheme, LoadBalancerScheme::InternetFacing);
    EXPECT_EQ(alb->listenerPorts, std::vector<int>{443});
    EXPECT_EQ(alb->targetPort, 8080);
    EXPECT_EQ(alb->placement.subnets, (std::vector<ResourceId>{"public-a", "public-b"}));
    const auto* db = d.findAs<RdsInstance>("db");
    ASSERT_NE(db, nullptr);
    EXPECT_TRUE(db->multiAz);
    EXPECT_EQ(db->port, 5432);
    // Each private app subnet leaves through the NAT gateway of its own zone.
    for (const auto& [subnetId, natId] :
         {std::pair{"app-a", "nat-a"}, std::pair{"app-b", "nat-b"}}) {
        const auto* subnet = d.findAs<Subnet>(subnetId);
        ASSERT_NE(subnet, nullptr);
        const auto* table = d.findAs<RouteTable>(subnet->routeTable.value_or(""));
        ASSERT_NE(table, nullptr);
        ASSERT_EQ(table->routes.size(), 1u);
        EXPECT_EQ(table->routes[0].target, natId);
        const auto* nat = d.findAs<NatGateway>(natId);
        ASSERT_NE(nat, nullptr);
        EXPECT_EQ(d.findAs<Subnet>(nat->subnet)->availabilityZone, subnet->availabilityZone);
        EXPECT_TRUE(nat->elasticIp.has_value());
    }
    EXPECT_TRUE(d.findAs<RouteTable>("db-rt")->routes.empty());
}

} // namespace
} // namespace topograph
