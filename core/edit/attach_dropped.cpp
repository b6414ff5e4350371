// SPDX-License-Identifier: Apache-2.0
#include "core/edit/attach_dropped.h"

#include "core/model/references.h"

#include <algorithm>

namespace topograph {

namespace {

// `base`, or "base 2", "base 3", ... when another resource of the kind already has the name.
std::string unusedName(const Document& document, ResourceKind kind, const std::string& base) {
    const auto taken = [&](const std::string& name) {
        return std::any_of(document.resources().begin(), document.resources().end(),
                           [&](const Resource& r) { return r.kind() == kind && r.name == name; });
    };
    std::string name = base;
    for (int n = 2; taken(name); ++n) {
        name = base + " " + std::to_string(n);
    }
    return name;
}

} // namespace

std::optional<DroppedAttachment> attachDropped(const Document& document, const Resource& created,
                                               const ResourceId& target) {
    const Resource* found = document.find(target);
    if (found == nullptr) {
        return std::nullopt;
    }
    Resource after = *found;
    if (auto* subnet = after.as<Subnet>()) {
        const auto* table = created.as<RouteTable>();
        const auto* acl = created.as<NetworkAcl>();
        if ((table != nullptr && table->vpc == subnet->vpc)) {
            subnet->routeTable = created.id;
            const std::string name =
                unusedName(document, ResourceKind::RouteTable, found->label() + " routes");
            return DroppedAttachment{after, name, found->label() + " now uses " + name};
        }
        if (acl != nullptr && acl->vpc == subnet->vpc) {
            subnet->networkAcl = created.id;
            const std::string name =
                unusedName(document, ResourceKind::NetworkAcl, found->label() + " ACL");
            return DroppedAttachment{after, name, found->label() + " now uses " + name};
        }
        return std::nullopt;
    }
    const auto* group = created.as<SecurityGroup>();
    Placement* placement = after.placement();
    if (group == nullptr || placement == nullptr) {
        return std::nullopt;
    }
    if (enclosingVpc(document, found->id) != std::optional<ResourceId>(group->vpc)) {
        return std::nullopt;
    }
    placement->securityGroups.push_back(created.id);
    const std::string name =
        unusedName(document, ResourceKind::SecurityGroup, found->label() + " security group");
    return DroppedAttachment{after, name, name + " now applies to " + found->label()};
}

} // namespace topograph
