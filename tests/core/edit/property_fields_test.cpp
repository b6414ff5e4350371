// SPDX-License-Identifier: Apache-2.0
#include "core/edit/property_fields.h"
#include "core/layout/layout.h"
#include "core/model/references.h"
#include "exporters/model_yaml/model_file.h"

#include <algorithm>
#include <gtest/gtest.h>

namespace topograph {
namespace {

Document laidOutExample() {
    Document document = loadModelFile(std::string(TOPOGRAPH_EXAMPLES_DIR) + "/three-tier-web.yaml");
    layOut(document);
    return document;
}

const PropertyField* field(const std::vector<PropertyField>& fields, const std::string& key) {
    const auto found = std::find_if(fields.begin(), fields.end(),
                                    [&](const PropertyField& f) { return f.key == key; });
    return found == fields.end() ? nullptr : &*found;
}

DocumentEdit editOrFail(const Document& document, const ResourceId& id, std::string_view key,
                        std::string_view text) {
    auto result = propertyEdit(document, *document.find(id), key, text);
    if (const auto* error = std::get_if<FieldError>(&result)) {
        ADD_FAILURE() << "refused: " << error->message;
        return {};
    }
    return std::get<DocumentEdit>(result);
}

std::string refusal(const Document& document, const ResourceId& id, std::string_view key,
                    std::string_view text) {
    auto result = propertyEdit(document, *document.find(id), key, text);
    const auto* error = std::get_if<FieldError>(&result);
    return error == nullptr ? std::string() : error->message;
}

TEST(PropertyFields, LoadBalancerShowsItsSettingsAndTheSubnetsOfItsVpc) {
    const Document document = laidOutExample();
    const auto fields = propertyFieldsOf(document, *document.find("alb"));

    ASSERT_NE(field(fields, "subnets"), nullptr);
    EXPECT_EQ(field(fields, "subnets")->type, FieldType::References);
    EXPECT_EQ(field(fields, "subnets")->value, "public-a, public-b");
    EXPECT_EQ(field(fields, "subnets")->choices.size(), 6u); // the VPC's six subnets
    EXPECT_EQ(field(fields, "subnets")->choices.front().label,
              "Public subnet A (10.0.0.0/24, us-east-1a)");
    EXPECT_EQ(field(fields, "listenerPorts")->value, "443");
    EXPECT_EQ(field(fields, "targets")->value, "app-instance-a, app-instance-b");
    EXPECT_EQ(field(fields, "targetPort")->value, "8080");
    EXPECT_EQ(field(fields, "securityGroups")->value, "alb-sg");
    // Groups are told apart by who uses them.
    const auto& groups = field(fields, "securityGroups")->choices;
    ASSERT_EQ(groups.size(), 3u);
    EXPECT_EQ(groups[1].label, "App security group (App server A, App server B)");
    const auto& schemes = field(fields, "scheme")->choices;
    const auto shown = std::find_if(schemes.begin(), schemes.end(), [&](const FieldChoice& c) {
        return c.value == field(fields, "scheme")->value;
    });
    ASSERT_NE(shown, schemes.end());
    EXPECT_EQ(shown->label, "Internet-facing");
    // Targets are the VPC's other workloads that can take traffic, not the database.
    for (const FieldChoice& target : field(fields, "targets")->choices) {
        EXPECT_NE(target.value, "db");
        EXPECT_NE(target.value, "alb");
    }
}

TEST(PropertyFields, GroupChoicesNameTheirFirstTwoUsersCountTheRestAndSayUnused) {
    Document document = laidOutExample();
    // Two more app servers (one naming its group twice, which counts once), and a group
    // nobody uses.
    for (const std::string suffix : {"c", "d"}) {
        Resource server = *document.find("app-instance-a");
        server.id = "app-instance-" + suffix;
        server.name = "App server " + suffix;
        if (suffix == "d") {
            server.placement()->securityGroups = {"app-sg", "app-sg"};
        }
        document.add(std::move(server));
    }
    Resource spare = *document.find("db-sg");
    spare.id = "spare-sg";
    spare.name = "Spare group";
    document.add(std::move(spare));

    const auto fields = propertyFieldsOf(document, *document.find("alb"));
    std::vector<std::string> labels;
    for (const FieldChoice& choice : field(fields, "securityGroups")->choices) {
        labels.push_back(choice.label);
    }
    EXPECT_EQ(labels, (std::vector<std::string>{
                          "ALB security group (Web load balancer)",
                          "App security group (App server A, App server B, 2 more)",
                          "Database security group (PostgreSQL database)",
                          "Spare group (unused)",
                      }));
}

TEST(PropertyFields, KindsWithoutSettingsHaveNoFields) {
    const Document document = laidOutExample();
    EXPECT_TRUE(propertyFieldsOf(document, *document.find("public-rt")).empty());
    EXPECT_TRUE(propertyFieldsOf(document, *document.find("igw")).empty());
}

TEST(PropertyFields, SubnetPublicIpOnLaunchIsAFlag) {
    const Document document = laidOutExample();
    const auto fields = propertyFieldsOf(document, *document.find("app-a"));
    ASSERT_EQ(fields.size(), 1u);
    EXPECT_EQ(fields[0].key, "mapPublicIpOnLaunch");
    EXPECT_EQ(fields[0].value, "false");

    const DocumentEdit edit = editOrFail(document, "app-a", "mapPublicIpOnLaunch", "true");
    ASSERT_EQ(edit.rewritten.size(), 1u);
    EXPECT_TRUE(edit.rewritten[0].after.as<Subnet>()->mapPublicIpOnLaunch);
    EXPECT_NE(refusal(document, "app-a", "mapPublicIpOnLaunch", "yes"), "");
}

TEST(PropertyFields, AnUnchangedValueGivesAnEmptyEdit) {
    const Document document = laidOutExample();
    EXPECT_TRUE(editOrFail(document, "alb", "listenerPorts", " 443 ").empty());
    EXPECT_TRUE(editOrFail(document, "db", "multiAz", "true").empty());
}

TEST(PropertyFields, ListenerPortsAreParsedAndBadOnesRefusedWithTheReason) {
    const Document document = laidOutExample();
    const DocumentEdit edit = editOrFail(document, "alb", "listenerPorts", "80, 443 80");
    ASSERT_EQ(edit.rewritten.size(), 1u);
    EXPECT_EQ(edit.rewritten[0].after.as<LoadBalancer>()->listenerPorts,
              (std::vector<int>{80, 443}));

    EXPECT_NE(refusal(document, "alb", "listenerPorts", "80, http").find("'http'"),
              std::string::npos);
    EXPECT_NE(refusal(document, "alb", "listenerPorts", "70000").find("1 to 65535"),
              std::string::npos);
    EXPECT_NE(refusal(document, "alb", "listenerPorts", "").find("at least one port"),
              std::string::npos);
    EXPECT_NE(refusal(document, "db", "port", "0").find("1 to 65535"), std::string::npos);
    EXPECT_NE(refusal(document, "alb", "nonsense", "1").find("no setting"), std::string::npos);
}

TEST(PropertyFields, ReferencesMustComeFromTheOfferedCandidates) {
    const Document document = laidOutExample();
    EXPECT_NE(refusal(document, "alb", "subnets", "").find("at least one"), std::string::npos);
    EXPECT_NE(refusal(document, "alb", "subnets", "public-a, ghost").find("'ghost'"),
              std::string::npos);
    EXPECT_NE(refusal(document, "alb", "targets", "db").find("'db'"), std::string::npos);
    // No groups is allowed: the workload then uses the VPC's default group.
    const DocumentEdit edit = editOrFail(document, "alb", "securityGroups", "");
    ASSERT_FALSE(edit.rewritten.empty());
    EXPECT_TRUE(edit.rewritten[0].after.placement()->securityGroups.empty());
}

TEST(PropertyFields, ANewEngineBringsItsPortOnlyWhenThePortWasTheOldEnginesDefault) {
    Document document = laidOutExample();
    DocumentEdit edit = editOrFail(document, "db", "engine", "mysql");
    ASSERT_EQ(edit.rewritten.size(), 1u);
    EXPECT_EQ(edit.rewritten[0].after.as<RdsInstance>()->engine, "mysql");
    EXPECT_EQ(edit.rewritten[0].after.as<RdsInstance>()->port, 3306);

    applyEdit(document, editOrFail(document, "db", "port", "6000"));
    edit = editOrFail(document, "db", "engine", "mysql");
    EXPECT_EQ(edit.rewritten[0].after.as<RdsInstance>()->port, 6000);
    EXPECT_NE(refusal(document, "db", "engine", "dbase"), "");
}

TEST(PropertyFields, OneSubnetLeftMovesTheWorkloadIntoItAndTwoMoveItBackToTheVpc) {
    Document document = laidOutExample();
    ASSERT_EQ(containerOf(document, *document.find("alb")), std::optional<ResourceId>("vpc"));
    const Document original = document;

    const DocumentEdit narrowed = editOrFail(document, "alb", "subnets", "public-b");
    ASSERT_FALSE(narrowed.rewritten.empty());
    EXPECT_EQ(narrowed.rewritten[0].before.id, "alb");
    applyEdit(document, narrowed);
    const Resource& alb = *document.find("alb");
    EXPECT_EQ(containerOf(document, alb), std::optional<ResourceId>("public-b"));
    // Drawn inside the subnet, which grew when it had to.
    const Geometry subnet = *document.find("public-b")->geometry;
    ASSERT_TRUE(alb.geometry.has_value());
    EXPECT_GE(alb.geometry->x, 0);
    EXPECT_GE(alb.geometry->y, 0);
    EXPECT_LE(alb.geometry->x + alb.geometry->width, subnet.width);
    EXPECT_LE(alb.geometry->y + alb.geometry->height, subnet.height);

    const DocumentEdit widened = editOrFail(document, "alb", "subnets", "public-a, public-b");
    applyEdit(document, widened);
    EXPECT_EQ(containerOf(document, *document.find("alb")), std::optional<ResourceId>("vpc"));

    // Each edit is one undo step: reverting both gives the document back.
    revertEdit(document, widened);
    revertEdit(document, narrowed);
    EXPECT_EQ(document, original);
}

} // namespace
} // namespace topograph
