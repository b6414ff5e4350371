// SPDX-License-Identifier: Apache-2.0
// Which scope owns each resource (see validator.h). Ownership follows what a resource is part
// of on the wire, not where it is drawn: a workload belongs to the VPC of the subnet that gives
// its primary interface an address, an Elastic IP to the scope of what it is associated with.
#include "core/check/scope_view.h"
#include "core/check/validator.h"

#include <algorithm>

namespace topograph::checks {

namespace {

const std::vector<ResourceId> noMembers;

bool isVpc(const Document& document, const ResourceId& id) {
    return !id.empty() && document.findAs<Vpc>(id) != nullptr;
}

// The VPC of a subnet id, or globalScope.
ResourceId vpcOfSubnet(const Document& document, const ResourceId& id) {
    const auto* subnet = document.findAs<Subnet>(id);
    return subnet != nullptr && isVpc(document, subnet->vpc) ? subnet->vpc : globalScope;
}

ResourceId vpcOfWorkload(const Document& document, const Placement& placement) {
    for (const ResourceId& id : placement.subnets) {
        if (document.findAs<Subnet>(id) != nullptr) {
            return vpcOfSubnet(document, id);
        }
    }
    return globalScope;
}

// Kinds whose scope others derive theirs from: adding, removing or moving one may move others.
/// Kinds many others derive their scope from (resources with a vpc field, workloads and NAT
/// gateways in a subnet, verbatim resources naming a group).
bool manyFollow(const Resource& resource) {
    switch (resource.kind()) {
    case ResourceKind::Vpc:
    case ResourceKind::Subnet:
    case ResourceKind::SecurityGroup:
        return true;
    default:
        return false;
    }
}

ResourceId followedBy(const Resource& resource) {
    const auto* eip = resource.as<ElasticIp>();
    return eip != nullptr && eip->associatedWith ? *eip->associatedWith : ResourceId{};
}

} // namespace

ValidationIndex::ValidationIndex(const Document& document) {
    rebuild(document);
}

ResourceId ValidationIndex::computeScope(const Document& document, const Resource& resource) const {
    const auto vpcOr = [&](const ResourceId& vpc) {
        return isVpc(document, vpc) ? vpc : "";
    };
    if (const Placement* placement = resource.placement()) {
        return vpcOfWorkload(document, *placement);
    }
    return std::visit(
        [&](const auto& p) -> ResourceId {
            using T = std::decay_t<decltype(p)>;
            if constexpr (std::is_same_v<T, Vpc>) {
                return resource.id;
            } else if constexpr (std::is_same_v<T, Subnet> || std::is_same_v<T, AvailabilityZone> ||
                                 std::is_same_v<T, RouteTable> || std::is_same_v<T, NetworkAcl> ||
                                 std::is_same_v<T, SecurityGroup> ||
                                 std::is_same_v<T, EgressOnlyInternetGateway> ||
                                 std::is_same_v<T, GatewayEndpoint> ||
                                 std::is_same_v<T, TransitGatewayAttachment>) {
                return vpcOr(p.vpc);
            } else if constexpr (std::is_same_v<T, InternetGateway> ||
                                 std::is_same_v<T, VpnGateway>) {
                return p.attachedVpc ? vpcOr(*p.attachedVpc) : globalScope;
            } else if constexpr (std::is_same_v<T, NatGateway>) {
                return vpcOfSubnet(document, p.subnet);
            } else if constexpr (std::is_same_v<T, ElasticIp>) {
                if (!p.associatedWith) {
                    return globalScope;
                }
                const Resource* target = document.find(*p.associatedWith);
                if (target == nullptr || target->kind() == ResourceKind::ElasticIp) {
                    return globalScope;
                }
                return computeScope(document, *target);
            } else if constexpr (std::is_same_v<T, ExternalResource>) {
                // A verbatim resource that names a security group (a launch template, a task
                // set) belongs with that group, whose use it is.
                std::vector<std::string> names;
                collectTreeNames(resource.cloudFormation, names);
                for (const std::string& name : names) {
                    if (const auto* group = document.findAs<SecurityGroup>(name)) {
                        return vpcOr(group->vpc);
                    }
                }
                return globalScope;
            } else {
                return globalScope;
            }
        },
        resource.properties);
}

void ValidationIndex::rebuild(const Document& document) {
    scopeOf_.clear();
    members_.clear();
    scopeOf_.reserve(document.size());
    elasticIpsOf_.clear();
    for (const Resource& resource : document.resources()) {
        place(resource, computeScope(document, resource));
    }
}

void ValidationIndex::place(const Resource& resource, const ResourceId& scope) {
    Entry entry{scope, manyFollow(resource), followedBy(resource)};
    if (!entry.follows.empty()) {
        elasticIpsOf_[entry.follows].push_back(resource.id);
    }
    scopeOf_[resource.id] = std::move(entry);
    members_[scope].push_back(resource.id);
}

template <typename Touch>
void ValidationIndex::replaceElasticIpsOf(const Document& document, const ResourceId& id,
                                          Touch touch) {
    const auto followers = elasticIpsOf_.find(id);
    if (followers == elasticIpsOf_.end()) {
        return;
    }
    const std::vector<ResourceId> eips = followers->second; // unplace edits the list
    for (const ResourceId& eip : eips) {
        const Resource* resource = document.find(eip);
        if (resource == nullptr) {
            continue;
        }
        const ResourceId scope = computeScope(document, *resource);
        if (scope == scopeOf(eip)) {
            continue;
        }
        touch(scopeOf(eip));
        touch(scope);
        unplace(eip);
        place(*resource, scope);
    }
}

void ValidationIndex::unplace(const ResourceId& id) {
    const auto it = scopeOf_.find(id);
    if (it == scopeOf_.end()) {
        return;
    }
    const auto drop = [&id](std::vector<ResourceId>& list) {
        const auto member = std::find(list.begin(), list.end(), id);
        if (member != list.end()) {
            *member = std::move(list.back());
            list.pop_back();
        }
    };
    drop(members_[it->second.scope]);
    if (!it->second.follows.empty()) {
        const auto followers = elasticIpsOf_.find(it->second.follows);
        if (followers != elasticIpsOf_.end()) {
            drop(followers->second);
            if (followers->second.empty()) {
                elasticIpsOf_.erase(followers);
            }
        }
    }
    scopeOf_.erase(it);
}

std::vector<ResourceId> ValidationIndex::apply(const Document& document, const ChangeSet& changes) {
    std::vector<ResourceId> touched;
    const auto touch = [&](const ResourceId& scope) {
        if (std::find(touched.begin(), touched.end(), scope) == touched.end()) {
            touched.push_back(scope);
        }
    };
    // A VPC, subnet or security group that appears, disappears or moves takes what derives its
    // scope from it along: a rebuild finds where everything goes. Anything else takes at most
    // the Elastic IPs associated with it.
    bool needsRebuild = false;
    for (const ResourceId& id : changes.removed) {
        const auto it = scopeOf_.find(id);
        if (it == scopeOf_.end()) {
            continue;
        }
        touch(it->second.scope);
        needsRebuild = needsRebuild || it->second.manyFollow;
        unplace(id);
    }
    for (const auto* ids : {&changes.added, &changes.changed}) {
        for (const ResourceId& id : *ids) {
            const Resource* resource = document.find(id);
            if (resource == nullptr) {
                continue;
            }
            const ResourceId scope = computeScope(document, *resource);
            const auto it = scopeOf_.find(id);
            if (it != scopeOf_.end() && it->second.scope == scope &&
                it->second.follows == followedBy(*resource)) {
                continue;
            }
            if (it != scopeOf_.end()) {
                touch(it->second.scope);
            }
            touch(scope);
            unplace(id);
            place(*resource, scope);
            needsRebuild = needsRebuild || manyFollow(*resource);
        }
    }
    if (!needsRebuild) {
        for (const auto* ids : {&changes.removed, &changes.added, &changes.changed}) {
            for (const ResourceId& id : *ids) {
                replaceElasticIpsOf(document, id, touch);
            }
        }
    }
    if (needsRebuild) {
        const std::unordered_map<ResourceId, Entry> before = std::move(scopeOf_);
        rebuild(document);
        for (const auto& [id, entry] : scopeOf_) {
            const auto old = before.find(id);
            if (old == before.end() || old->second.scope != entry.scope) {
                touch(entry.scope);
                if (old != before.end()) {
                    touch(old->second.scope);
                }
            }
        }
    }
    return touched;
}

const ResourceId& ValidationIndex::scopeOf(const ResourceId& id) const {
    const auto it = scopeOf_.find(id);
    return it == scopeOf_.end() ? globalScope : it->second.scope;
}

std::vector<ResourceId> ValidationIndex::scopes() const {
    std::vector<ResourceId> result;
    result.reserve(members_.size() + 1);
    bool hasGlobal = false;
    for (const auto& [scope, list] : members_) {
        if (scope == globalScope) {
            hasGlobal = true;
            result.push_back(scope);
        } else if (!list.empty()) {
            result.push_back(scope);
        }
    }
    if (!hasGlobal) {
        result.push_back(globalScope);
    }
    return result;
}

const std::vector<ResourceId>& ValidationIndex::membersOf(const ResourceId& scope) const {
    const auto it = members_.find(scope);
    return it == members_.end() ? noMembers : it->second;
}

} // namespace topograph::checks
