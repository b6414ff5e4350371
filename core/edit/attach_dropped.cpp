// SPDX-License-Identifier: Apache-2.0
#include "core/edit/attach_dropped.h"

#include "core/model/references.h"

namespace topograph {

std::optional<DroppedAttachment> attachDropped(const Document& document, const Resource& created,
                                               const ResourceId& target) {
    const Resource* found = document.find(target);
    if (found == nullptr) {
        return std::nullopt;
    }
    Resource after = *found;
    const std::string name = created.label();
    if (auto* subnet = after.as<Subnet>()) {
        const auto* table = created.as<RouteTable>();
        const auto* acl = created.as<NetworkAcl>();
        if ((table != nullptr && table->vpc == subnet->vpc)) {
            subnet->routeTable = created.id;
            return DroppedAttachment{after, found->label() + " now uses " + name};
        }
        if (acl != nullptr && acl->vpc == subnet->vpc) {
            subnet->networkAcl = created.id;
            return DroppedAttachment{after, found->label() + " now uses " + name};
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
    return DroppedAttachment{after, name + " now applies to " + found->label()};
}

} // namespace topograph
