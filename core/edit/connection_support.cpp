// SPDX-License-Identifier: Apache-2.0
// What the connection files share: the edit builder and the route tables of subnets and VPCs.
#include "core/check/wording.h"
#include "core/edit/connection_parts.h"

#include <algorithm>
#include <unordered_set>

namespace topograph::connect {

const Resource* EditBuilder::current(const ResourceId& id) const {
    for (const Resource& resource : added_) {
        if (resource.id == id) {
            return &resource;
        }
    }
    if (const auto found = changedById_.find(id); found != changedById_.end()) {
        return found->second;
    }
    return document_.find(id);
}

Resource* EditBuilder::modify(const ResourceId& id) {
    for (Resource& resource : added_) {
        if (resource.id == id) {
            return &resource;
        }
    }
    if (const auto found = changedById_.find(id); found != changedById_.end()) {
        return found->second;
    }
    const Resource* original = document_.find(id);
    if (original == nullptr) {
        return nullptr;
    }
    Resource& copy = changed_.emplace_back(*original);
    changedById_.emplace(id, &copy);
    return &copy;
}

Resource& EditBuilder::add(Resource resource) {
    return added_.emplace_back(std::move(resource));
}

ResourceId EditBuilder::freshId(std::string_view stem) const {
    for (std::size_t n = 1;; ++n) {
        ResourceId candidate = std::string(stem) + "-" + std::to_string(n);
        const bool usedHere = std::any_of(added_.begin(), added_.end(),
                                          [&](const Resource& r) { return r.id == candidate; });
        if (!document_.contains(candidate) && !usedHere) {
            return candidate;
        }
    }
}

DocumentEdit EditBuilder::finish() const {
    DocumentEdit edit;
    for (const Resource& after : changed_) {
        const Resource& before = *document_.find(after.id);
        if (before != after) {
            edit.rewritten.push_back({before, after});
        }
    }
    edit.added.assign(added_.begin(), added_.end());
    return edit;
}

const Resource* mainRouteTable(const Document& document, const ResourceId& vpc) {
    for (const Resource& resource : document.resources()) {
        const auto* table = resource.as<RouteTable>();
        if (table != nullptr && table->main && table->vpc == vpc) {
            return &resource;
        }
    }
    return nullptr;
}

const Resource* routeTableOf(const Document& document, const Subnet& subnet) {
    if (subnet.routeTable) {
        const Resource* table = document.find(*subnet.routeTable);
        return table != nullptr && table->as<RouteTable>() != nullptr ? table : nullptr;
    }
    return mainRouteTable(document, subnet.vpc);
}

std::vector<const Resource*> subnetsUsing(const Document& document, const Resource& table) {
    const auto* properties = table.as<RouteTable>();
    std::vector<const Resource*> result;
    for (const Resource& resource : document.resources()) {
        const auto* subnet = resource.as<Subnet>();
        if (subnet == nullptr) {
            continue;
        }
        const bool explicitly = subnet->routeTable && *subnet->routeTable == table.id;
        const bool asMain =
            !subnet->routeTable && properties->main && subnet->vpc == properties->vpc;
        if (explicitly || asMain) {
            result.push_back(&resource);
        }
    }
    return result;
}

std::vector<Cidr> ipv4Blocks(const Vpc& vpc) {
    std::vector<Cidr> blocks;
    for (const std::string& text : vpc.ipv4Cidrs) {
        CidrParseError error{};
        if (const auto block = Cidr::tryParse(text, error);
            block && block->family() == IpFamily::V4) {
            blocks.push_back(block->aligned());
        }
    }
    return blocks;
}

bool isIpv4Default(const std::string& destination) {
    CidrParseError error{};
    const auto block = Cidr::tryParse(destination, error);
    return block && block->family() == IpFamily::V4 && block->prefixLength() == 0;
}

std::string nameOf(const Resource& resource) {
    return resource.label();
}

std::string aKind(ResourceKind kind) {
    if (kind == ResourceKind::External) {
        return "a resource Topograph does not model";
    }
    const std::string words = wording::kindInSentence(kind);
    // "RDS" is said "ar-dee-ess"; every other kind starts with a vowel sound only when it
    // starts with a vowel letter ("an internet gateway", "a NAT gateway", "an EC2 instance").
    const bool vowelSound = kind == ResourceKind::RdsInstance ||
                            std::string_view("aeiouAEIOU").find(words.front()) != std::string::npos;
    return (vowelSound ? "an " : "a ") + words;
}

ResourceId regionOf(const Document& document, const ResourceId& regionField) {
    if (!regionField.empty()) {
        return regionField;
    }
    ResourceId only;
    for (const Resource& resource : document.resources()) {
        if (resource.kind() == ResourceKind::Region) {
            if (!only.empty()) {
                return {};
            }
            only = resource.id;
        }
    }
    return only;
}

namespace {

/// The route tables of `vpc` that routes to other networks belong in, as the edit leaves
/// them: every explicit table, and a main table made explicit when AWS's implicit one serves
/// a subnet.
std::vector<Resource*> vpcTables(EditBuilder& builder, const Resource& vpc) {
    const Document& document = builder.document();
    std::vector<Resource*> tables;
    bool hasMain = false;
    for (const Resource& resource : document.resources()) {
        const auto* table = resource.as<RouteTable>();
        if (table != nullptr && table->vpc == vpc.id) {
            hasMain = hasMain || table->main;
            tables.push_back(builder.modify(resource.id));
        }
    }
    const bool subnetUsesMain = std::any_of(
        document.resources().begin(), document.resources().end(), [&](const Resource& r) {
            const auto* subnet = r.as<Subnet>();
            return subnet != nullptr && subnet->vpc == vpc.id && !subnet->routeTable;
        });
    for (Resource& added : builder.added()) {
        const auto* table = added.as<RouteTable>();
        if (table != nullptr && table->vpc == vpc.id && table->main) {
            hasMain = true;
            tables.push_back(&added);
        }
    }
    if (!hasMain && subnetUsesMain) {
        // AWS's implicit main table has the local routes only; writing it out changes nothing
        // until it gets the new routes.
        Resource main;
        main.id = builder.freshId("rt");
        main.name = nameOf(vpc) + " main route table";
        RouteTable properties;
        properties.vpc = vpc.id;
        properties.main = true;
        main.properties = properties;
        tables.push_back(&builder.add(std::move(main)));
    }
    return tables;
}

} // namespace

void addVpcRoutes(EditBuilder& builder, const Resource& vpc, const std::vector<Cidr>& destinations,
                  RouteTargetKind targetKind, const ResourceId& target,
                  std::vector<std::string>& changes) {
    if (destinations.empty()) {
        return;
    }
    const std::vector<Resource*> tables = vpcTables(builder, vpc);
    std::vector<std::string> blockTexts;
    for (const Cidr& block : destinations) {
        blockTexts.push_back(block.toString());
    }
    if (tables.empty()) {
        changes.push_back(nameOf(vpc) + " has no route table yet, so no route to " +
                          wording::listed(blockTexts) +
                          " is added there: add subnets first, then the routes.");
        return;
    }
    std::vector<std::string> tableNames;
    for (Resource* table : tables) {
        auto& routes = table->as<RouteTable>()->routes;
        bool added = false;
        for (const std::string& destination : blockTexts) {
            const auto existing = std::find_if(routes.begin(), routes.end(), [&](const Route& r) {
                return r.destination == destination;
            });
            if (existing != routes.end()) {
                changes.push_back("Route table \"" + nameOf(*table) + "\" keeps its route for " +
                                  destination + " (it already has one).");
                continue;
            }
            routes.push_back(Route{destination, targetKind, target});
            added = true;
        }
        if (added) {
            const bool isNew = !builder.document().contains(table->id);
            tableNames.push_back("\"" + nameOf(*table) + "\"" +
                                 (isNew ? " (the VPC's main table, written out)" : std::string()));
        }
    }
    if (!tableNames.empty()) {
        changes.push_back("In " + nameOf(vpc) + ": a route for " + wording::listed(blockTexts) +
                          " in " + (tableNames.size() == 1 ? "route table " : "route tables ") +
                          wording::listed(tableNames) + ".");
    }
}

} // namespace topograph::connect
