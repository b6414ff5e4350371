// SPDX-License-Identifier: Apache-2.0
#include "core/edit/reference_remap.h"
#include "core/model/references.h"
#include "exporters/model_yaml/model_file.h"
#include "tests/core/layout/every_kind_document.h"

#include <gtest/gtest.h>

namespace topograph {
namespace {

/// remapReferences must rewrite exactly what referencesOf lists, field for field.
void expectRemapAgreesWithReferencesOf(const Document& document) {
    for (const Resource& resource : document.resources()) {
        Resource remapped = resource;
        remapReferences(remapped, [](const ResourceId& id) -> std::optional<ResourceId> {
            return "moved-" + id;
        });
        const std::vector<Reference> before = referencesOf(resource);
        const std::vector<Reference> after = referencesOf(remapped);
        ASSERT_EQ(before.size(), after.size()) << resource.id;
        for (std::size_t i = 0; i < before.size(); ++i) {
            EXPECT_EQ(after[i].field, before[i].field) << resource.id;
            EXPECT_EQ(after[i].target, "moved-" + before[i].target) << resource.id;
        }
    }
}

TEST(ReferenceRemap, RewritesEveryReferenceOfEveryKind) {
    expectRemapAgreesWithReferencesOf(testing_support::everyKindDocument());
}

TEST(ReferenceRemap, RewritesEveryReferenceOfTheBundledExamples) {
    for (const char* name : {"three-tier-web", "transit-hub", "two-peered-vpcs"}) {
        SCOPED_TRACE(name);
        expectRemapAgreesWithReferencesOf(
            loadModelFile(std::string(TOPOGRAPH_EXAMPLES_DIR) + "/" + name + ".yaml"));
    }
}

TEST(ReferenceRemap, LeavesUnmappedReferencesAndCidrPeersAlone) {
    Resource group;
    group.id = "sg";
    SecurityGroup properties;
    properties.vpc = "vpc";
    SecurityGroupRule fromGroup;
    fromGroup.peerKind = SgPeerKind::SecurityGroup;
    fromGroup.peer = "other-sg";
    SecurityGroupRule fromCidr;
    fromCidr.peer = "other-sg"; // a CIDR rule whose text happens to equal an id
    properties.ingress = {fromGroup, fromCidr};
    group.properties = properties;
    remapReferences(group, [](const ResourceId& id) -> std::optional<ResourceId> {
        return id == "other-sg" ? std::optional<ResourceId>("copied-sg") : std::nullopt;
    });
    const auto* result = group.as<SecurityGroup>();
    EXPECT_EQ(result->vpc, "vpc");
    EXPECT_EQ(result->ingress[0].peer, "copied-sg");
    EXPECT_EQ(result->ingress[1].peer, "other-sg");
}

} // namespace
} // namespace topograph
