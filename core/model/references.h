// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/model/document.h"

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace topograph {

/// One reference from a resource to another, with the kinds it may name.
struct Reference {
    std::string field; // "vpc", "routes[2].target", "placement.securityGroups[0]"
    ResourceId target;
    std::vector<ResourceKind> allowedKinds;
};

/// Every non-empty reference a resource holds, in a stable order.
std::vector<Reference> referencesOf(const Resource& resource);

/// True when a reference names something outside the document on purpose: a value an imported
/// CloudFormation template leaves symbolic ("${ImportValue:Shared-VPC}", "${VpcIdParameter}",
/// see docs/CLOUDFORMATION.md) or the id of an existing AWS resource written literally
/// ("vpc-0a1b2c3d", "sg-0123456789abcdef0"). Such a reference is not dangling: the model file
/// keeps it, the validator reports it as info, and reachability treats it as unknown.
bool isOutsideReference(std::string_view target);

/// The kinds a route target of this kind may name (empty for Local and Blackhole).
std::vector<ResourceKind> routeTargetKinds(RouteTargetKind kind);

/// The container a resource is drawn in (region > VPC > AZ > subnet > workload), derived from
/// its references; std::nullopt for top-level items. Never stored, so it cannot disagree.
std::optional<ResourceId> containerOf(const Document& document, const Resource& resource);

/// The VPC a resource belongs to, walking containers upward; std::nullopt when none.
std::optional<ResourceId> enclosingVpc(const Document& document, const ResourceId& id);

/// Ids of resources that reference `id`, in file order.
std::vector<ResourceId> referrersOf(const Document& document, const ResourceId& id);

} // namespace topograph
