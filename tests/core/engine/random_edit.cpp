// SPDX-License-Identifier: Apache-2.0
#include "random_edit.h"

#include <vector>

namespace topograph::engine::testing {

namespace {

int below(std::mt19937& random, int n) {
    return std::uniform_int_distribution<int>(0, n - 1)(random);
}

template <typename T> const T& pick(const std::vector<T>& items, std::mt19937& random) {
    return items[static_cast<std::size_t>(below(random, static_cast<int>(items.size())))];
}

std::vector<const Resource*> ofKinds(const Document& document,
                                     std::initializer_list<ResourceKind> kinds) {
    std::vector<const Resource*> found;
    for (const Resource& resource : document.resources()) {
        for (ResourceKind kind : kinds) {
            if (resource.kind() == kind) {
                found.push_back(&resource);
            }
        }
    }
    return found;
}

std::vector<std::string> idsOf(const Document& document, ResourceKind kind) {
    std::vector<std::string> ids;
    for (const Resource* resource : ofKinds(document, {kind})) {
        ids.push_back(resource->id);
    }
    return ids;
}

const std::vector<std::string> blocks = {"10.0.0.0/16", "10.1.0.0/16",  "10.2.0.0/16",
                                         "10.0.0.0/8",  "0.0.0.0/0",    "10.1.1.0/24",
                                         "10.0.1.0/24", "172.16.0.0/16"};

SecurityGroupRule randomGroupRule(const Document& document, std::mt19937& random) {
    SecurityGroupRule rule;
    rule.protocol = IpProtocol{pick(std::vector<int>{IpProtocol::Tcp, IpProtocol::All}, random)};
    const int port = pick(std::vector<int>{443, 22, 5432}, random);
    rule.ports = PortRange{port, port};
    const auto groups = idsOf(document, ResourceKind::SecurityGroup);
    if (below(random, 3) == 0 && !groups.empty()) {
        rule.peerKind = SgPeerKind::SecurityGroup;
        rule.peer = pick(groups, random);
    } else {
        rule.peer = pick(blocks, random);
    }
    return rule;
}

NaclEntry randomEntry(std::mt19937& random) {
    NaclEntry entry;
    entry.ruleNumber = pick(std::vector<int>{50, 90, 100, 150, 32000}, random);
    entry.egress = below(random, 2) == 0;
    entry.action = below(random, 4) == 0 ? RuleAction::Deny : RuleAction::Allow;
    entry.protocol = IpProtocol{pick(std::vector<int>{IpProtocol::Tcp, IpProtocol::All}, random)};
    entry.ports = pick(std::vector<PortRange>{{443, 443}, {1024, 65535}, {0, 65535}}, random);
    entry.cidr = pick(blocks, random);
    return entry;
}

void editRule(const Document& document, std::mt19937& random, RandomEdit& edit) {
    const auto candidates =
        ofKinds(document, {ResourceKind::SecurityGroup, ResourceKind::NetworkAcl});
    if (candidates.empty()) {
        return;
    }
    Resource copy = *pick(candidates, random);
    if (auto* group = copy.as<SecurityGroup>()) {
        auto& rules = below(random, 2) == 0 ? group->ingress : group->egress;
        if (!rules.empty() && below(random, 2) == 0) {
            rules.erase(rules.begin() + below(random, static_cast<int>(rules.size())));
            edit.description = "drop a rule of " + copy.id;
        } else {
            rules.push_back(randomGroupRule(document, random));
            edit.description = "add a rule to " + copy.id;
        }
    } else if (auto* acl = copy.as<NetworkAcl>()) {
        if (!acl->entries.empty() && below(random, 2) == 0) {
            auto& entry = acl->entries[static_cast<std::size_t>(
                below(random, static_cast<int>(acl->entries.size())))];
            entry.action = entry.action == RuleAction::Allow ? RuleAction::Deny : RuleAction::Allow;
            edit.description = "flip an entry of " + copy.id;
        } else {
            acl->entries.push_back(randomEntry(random));
            edit.description = "add an entry to " + copy.id;
        }
    }
    edit.replacement = std::move(copy);
}

void editRoute(const Document& document, std::mt19937& random, RandomEdit& edit) {
    const auto tables = ofKinds(document, {ResourceKind::RouteTable});
    if (tables.empty()) {
        return;
    }
    Resource copy = *pick(tables, random);
    auto& routes = copy.as<RouteTable>()->routes;
    if (!routes.empty() && below(random, 3) == 0) {
        routes.erase(routes.begin() + below(random, static_cast<int>(routes.size())));
        edit.description = "drop a route of " + copy.id;
    } else {
        Route route;
        route.destination = pick(blocks, random);
        const auto gateways = idsOf(document, ResourceKind::TransitGateway);
        const auto peerings = idsOf(document, ResourceKind::VpcPeering);
        if (!gateways.empty() && below(random, 2) == 0) {
            route.targetKind = RouteTargetKind::TransitGateway;
            route.target = pick(gateways, random);
        } else if (!peerings.empty() && below(random, 2) == 0) {
            route.targetKind = RouteTargetKind::VpcPeering;
            route.target = pick(peerings, random);
        } else {
            route.targetKind = RouteTargetKind::Blackhole;
        }
        routes.push_back(route);
        edit.description = "add a route to " + copy.id;
    }
    edit.replacement = std::move(copy);
}

void editCidr(const Document& document, std::mt19937& random, RandomEdit& edit) {
    const auto candidates = ofKinds(document, {ResourceKind::Vpc, ResourceKind::Subnet});
    if (candidates.empty()) {
        return;
    }
    Resource copy = *pick(candidates, random);
    if (auto* vpc = copy.as<Vpc>()) {
        vpc->ipv4Cidrs = {pick(
            std::vector<std::string>{"10.0.0.0/16", "10.1.0.0/16", "10.5.0.0/16", "172.16.0.0/16"},
            random)};
    } else if (auto* subnet = copy.as<Subnet>()) {
        const std::string& block = subnet->ipv4Cidr;
        const auto dot = block.find('.', block.find('.') + 1);
        subnet->ipv4Cidr = block.substr(0, dot) + "." + std::to_string(below(random, 8) + 1) +
                           ".0/" + pick(std::vector<std::string>{"24", "28"}, random);
    }
    edit.description = "change the block of " + copy.id;
    edit.replacement = std::move(copy);
}

void editAssociation(const Document& document, std::mt19937& random, RandomEdit& edit) {
    const auto candidates = ofKinds(document, {ResourceKind::Subnet, ResourceKind::Instance});
    if (candidates.empty()) {
        return;
    }
    Resource copy = *pick(candidates, random);
    if (auto* subnet = copy.as<Subnet>()) {
        const auto tables = idsOf(document, ResourceKind::RouteTable);
        const auto acls = idsOf(document, ResourceKind::NetworkAcl);
        if (below(random, 2) == 0 && !tables.empty()) {
            subnet->routeTable = pick(tables, random);
        } else if (!acls.empty()) {
            subnet->networkAcl =
                below(random, 4) == 0 ? std::nullopt : std::optional(pick(acls, random));
        }
        edit.description = "associate " + copy.id + " with another table or NACL";
    } else if (auto* instance = copy.as<Instance>()) {
        const auto groups = idsOf(document, ResourceKind::SecurityGroup);
        if (!groups.empty()) {
            instance->placement.securityGroups = {pick(groups, random)};
        }
        edit.description = "give " + copy.id + " other security groups";
    }
    edit.replacement = std::move(copy);
}

void addOrRemove(const Document& document, std::mt19937& random, RandomEdit& edit) {
    const auto instances = ofKinds(document, {ResourceKind::Instance});
    const auto subnets = idsOf(document, ResourceKind::Subnet);
    if (!instances.empty() && below(random, 2) == 0) {
        edit.removeId = pick(instances, random)->id;
        edit.description = "remove " + edit.removeId;
    } else if (!subnets.empty()) {
        Resource added;
        added.id = document.freshId("added");
        Instance instance;
        instance.placement.subnets = {pick(subnets, random)};
        added.properties = instance;
        edit.description = "add " + added.id;
        edit.addition = std::move(added);
    }
}

} // namespace

RandomEdit randomEdit(const Document& document, EditKind kind, std::mt19937& random) {
    RandomEdit edit;
    switch (kind) {
    case EditKind::Rule:
        editRule(document, random, edit);
        break;
    case EditKind::Route:
        editRoute(document, random, edit);
        break;
    case EditKind::Cidr:
        editCidr(document, random, edit);
        break;
    case EditKind::Association:
        editAssociation(document, random, edit);
        break;
    case EditKind::AddOrRemove:
        addOrRemove(document, random, edit);
        break;
    }
    return edit;
}

} // namespace topograph::engine::testing
