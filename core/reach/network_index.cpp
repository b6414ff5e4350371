// SPDX-License-Identifier: Apache-2.0
#include "core/reach/network_index.h"

#include <algorithm>

namespace topograph::reach {

std::optional<Cidr> parseIpv4Block(const std::string& text) {
    CidrParseError error;
    auto cidr = Cidr::tryParse(text, error);
    if (!cidr || cidr->family() != IpFamily::V4) {
        return std::nullopt;
    }
    // A block written with host bits set still means its aligned network to AWS tools; the
    // validator reports the misalignment.
    return cidr->aligned();
}

namespace {

NaclEntryView allowAll(bool egress) {
    NaclEntry entry;
    entry.ruleNumber = 100;
    entry.egress = egress;
    entry.action = RuleAction::Allow;
    entry.protocol = IpProtocol{IpProtocol::All};
    entry.cidr = "0.0.0.0/0";
    return {entry, parseIpv4Block(entry.cidr)};
}

std::vector<SgRuleView> viewRules(const std::vector<SecurityGroupRule>& rules) {
    std::vector<SgRuleView> views;
    views.reserve(rules.size());
    for (std::size_t i = 0; i < rules.size(); ++i) {
        SgRuleView view{i, rules[i], std::nullopt};
        if (rules[i].peerKind == SgPeerKind::Cidr) {
            view.cidr = parseIpv4Block(rules[i].peer);
        }
        views.push_back(std::move(view));
    }
    return views;
}

} // namespace

NetworkIndex::NetworkIndex(const Document& document) : document_(&document) {
    indexVpcs();
    indexRouteTables();
    indexNacls();
    indexSecurityGroups();
    indexSubnets();
    indexWorkloads();
    assignAddresses();
    indexTransitGateways();
    collectNetworkBlocks();
}

Index NetworkIndex::find(const std::unordered_map<ResourceId, Index>& map, const ResourceId& id) {
    const auto it = map.find(id);
    return it == map.end() ? none : it->second;
}

void NetworkIndex::indexVpcs() {
    for (const Resource& resource : document_->resources()) {
        const auto* vpc = resource.as<Vpc>();
        if (vpc == nullptr) {
            continue;
        }
        VpcView view;
        view.id = resource.id;
        view.label = resource.label();
        for (const std::string& text : vpc->ipv4Cidrs) {
            if (auto block = parseIpv4Block(text)) {
                view.blocks.push_back(*block);
            }
        }
        vpcIndex_.emplace(view.id, vpcs.size());
        vpcs.push_back(std::move(view));
    }
}

void NetworkIndex::indexRouteTables() {
    for (const Resource& resource : document_->resources()) {
        const auto* table = resource.as<RouteTable>();
        if (table == nullptr) {
            continue;
        }
        RouteTableView view;
        view.id = resource.id;
        view.label = resource.label();
        view.vpc = vpcOf(table->vpc);
        for (std::size_t i = 0; i < table->routes.size(); ++i) {
            view.routes.push_back(
                {i, table->routes[i], parseIpv4Block(table->routes[i].destination), false});
        }
        if (table->main && view.vpc != none && vpcs[view.vpc].mainRouteTable == none) {
            vpcs[view.vpc].mainRouteTable = routeTables.size();
        }
        routeTableIndex_.emplace(view.id, routeTables.size());
        routeTables.push_back(std::move(view));
    }
    // Gateway endpoints put a route to their service's prefix list in each table they name.
    for (const Resource& resource : document_->resources()) {
        const auto* endpoint = resource.as<GatewayEndpoint>();
        if (endpoint == nullptr) {
            continue;
        }
        const std::string prefixList =
            endpoint->service == GatewayEndpointService::S3 ? "pl-s3" : "pl-dynamodb";
        for (const ResourceId& tableId : endpoint->routeTables) {
            const Index table = find(routeTableIndex_, tableId);
            if (table == none) {
                continue;
            }
            Route route{prefixList, RouteTargetKind::GatewayEndpoint, resource.id};
            routeTables[table].routes.push_back(
                {routeTables[table].routes.size(), std::move(route), std::nullopt, true});
        }
    }
    for (Index v = 0; v < vpcs.size(); ++v) {
        if (vpcs[v].mainRouteTable == none) {
            RouteTableView implicit;
            implicit.id = vpcs[v].id + "/main-route-table";
            implicit.label = "the main route table of " + vpcs[v].label;
            implicit.vpc = v;
            implicit.implicitMain = true;
            vpcs[v].mainRouteTable = routeTables.size();
            routeTables.push_back(std::move(implicit));
        }
    }
}

void NetworkIndex::indexNacls() {
    for (const Resource& resource : document_->resources()) {
        const auto* acl = resource.as<NetworkAcl>();
        if (acl == nullptr) {
            continue;
        }
        NaclView view;
        view.id = resource.id;
        view.label = resource.label();
        for (const NaclEntry& entry : acl->entries) {
            (entry.egress ? view.outbound : view.inbound)
                .push_back({entry, parseIpv4Block(entry.cidr)});
        }
        const auto byRuleNumber = [](const NaclEntryView& a, const NaclEntryView& b) {
            return a.entry.ruleNumber < b.entry.ruleNumber;
        };
        std::stable_sort(view.inbound.begin(), view.inbound.end(), byRuleNumber);
        std::stable_sort(view.outbound.begin(), view.outbound.end(), byRuleNumber);
        const Index vpc = vpcOf(acl->vpc);
        if (acl->isDefault && vpc != none && vpcs[vpc].defaultNacl == none) {
            vpcs[vpc].defaultNacl = nacls.size();
        }
        naclIndex_.emplace(view.id, nacls.size());
        nacls.push_back(std::move(view));
    }
    for (VpcView& vpc : vpcs) {
        if (vpc.defaultNacl == none) {
            NaclView implicit;
            implicit.id = vpc.id + "/default-nacl";
            implicit.label = "the default network ACL of " + vpc.label;
            implicit.implicitDefault = true;
            implicit.inbound.push_back(allowAll(false));
            implicit.outbound.push_back(allowAll(true));
            vpc.defaultNacl = nacls.size();
            nacls.push_back(std::move(implicit));
        }
    }
}

void NetworkIndex::indexSecurityGroups() {
    for (const Resource& resource : document_->resources()) {
        const auto* group = resource.as<SecurityGroup>();
        if (group == nullptr) {
            continue;
        }
        SecurityGroupView view;
        view.id = resource.id;
        view.label = resource.label();
        view.vpc = vpcOf(group->vpc);
        view.ingress = viewRules(group->ingress);
        view.egress = viewRules(group->egress);
        if (group->isDefault && view.vpc != none && vpcs[view.vpc].defaultSecurityGroup == none) {
            vpcs[view.vpc].defaultSecurityGroup = securityGroups.size();
        }
        securityGroupIndex_.emplace(view.id, securityGroups.size());
        securityGroups.push_back(std::move(view));
    }
    for (Index v = 0; v < vpcs.size(); ++v) {
        if (vpcs[v].defaultSecurityGroup != none) {
            continue;
        }
        // AWS's default group: members reach each other, and everything may go out.
        SecurityGroupView implicit;
        implicit.id = vpcs[v].id + "/default-sg";
        implicit.label = "the default security group of " + vpcs[v].label;
        implicit.vpc = v;
        implicit.implicitDefault = true;
        SecurityGroupRule fromMembers{IpProtocol{IpProtocol::All}, std::nullopt,
                                      SgPeerKind::SecurityGroup, implicit.id, "default"};
        SecurityGroupRule toAnywhere{IpProtocol{IpProtocol::All}, std::nullopt, SgPeerKind::Cidr,
                                     "0.0.0.0/0", "default"};
        implicit.ingress = viewRules({fromMembers});
        implicit.egress = viewRules({toAnywhere});
        vpcs[v].defaultSecurityGroup = securityGroups.size();
        securityGroupIndex_.emplace(implicit.id, securityGroups.size());
        securityGroups.push_back(std::move(implicit));
    }
}

void NetworkIndex::indexSubnets() {
    for (const Resource& resource : document_->resources()) {
        const auto* subnet = resource.as<Subnet>();
        if (subnet == nullptr) {
            continue;
        }
        SubnetView view;
        view.id = resource.id;
        view.label = resource.label();
        view.vpc = vpcOf(subnet->vpc);
        view.cidr = parseIpv4Block(subnet->ipv4Cidr);
        view.mapPublicIpOnLaunch = subnet->mapPublicIpOnLaunch;
        if (const auto* az = document_->findAs<AvailabilityZone>(subnet->availabilityZone)) {
            view.zone = az->zone.empty() ? subnet->availabilityZone : az->zone;
        }
        // A dangling association falls back to the VPC's default, as if it were absent; the
        // validator reports the dangling reference.
        if (subnet->routeTable) {
            view.routeTable = find(routeTableIndex_, *subnet->routeTable);
        }
        if (subnet->networkAcl) {
            view.nacl = find(naclIndex_, *subnet->networkAcl);
        }
        if (view.vpc != none) {
            if (view.routeTable == none) {
                view.routeTable = vpcs[view.vpc].mainRouteTable;
            }
            if (view.nacl == none) {
                view.nacl = vpcs[view.vpc].defaultNacl;
            }
            vpcs[view.vpc].subnets.push_back(subnets.size());
        }
        subnetIndex_.emplace(view.id, subnets.size());
        subnets.push_back(std::move(view));
    }
}

void NetworkIndex::collectNetworkBlocks() {
    for (const VpcView& vpc : vpcs) {
        networkBlocks_.insert(networkBlocks_.end(), vpc.blocks.begin(), vpc.blocks.end());
    }
    for (const SubnetView& subnet : subnets) {
        if (subnet.cidr) {
            networkBlocks_.push_back(*subnet.cidr);
        }
    }
    for (const RouteTableView& table : routeTables) {
        for (const RouteView& route : table.routes) {
            if (route.cidr) {
                networkBlocks_.push_back(*route.cidr);
            }
        }
    }
    for (const NaclView& nacl : nacls) {
        for (const auto* entries : {&nacl.inbound, &nacl.outbound}) {
            for (const NaclEntryView& entry : *entries) {
                if (entry.cidr) {
                    networkBlocks_.push_back(*entry.cidr);
                }
            }
        }
    }
    for (const TgwRouteTableView& table : tgwRouteTables) {
        for (const TgwRouteView& route : table.staticRoutes) {
            if (route.cidr) {
                networkBlocks_.push_back(*route.cidr);
            }
        }
    }
    std::sort(networkBlocks_.begin(), networkBlocks_.end());
    networkBlocks_.erase(std::unique(networkBlocks_.begin(), networkBlocks_.end()),
                         networkBlocks_.end());
}

Index NetworkIndex::workloadAt(const IpAddress& address) const {
    if (address.family() != IpFamily::V4) {
        return none;
    }
    const auto it = workloadByAddress_.find(address.v4Value());
    return it == workloadByAddress_.end() ? none : it->second;
}

Index NetworkIndex::subnetContaining(Index vpc, const IpAddress& address) const {
    if (vpc == none) {
        return none;
    }
    for (Index s : vpcs[vpc].subnets) {
        if (subnets[s].cidr && subnets[s].cidr->contains(address)) {
            return s;
        }
    }
    return none;
}

bool NetworkIndex::vpcHolds(Index vpc, const IpAddress& address) const {
    if (vpc == none) {
        return false;
    }
    const auto& blocks = vpcs[vpc].blocks;
    return std::any_of(blocks.begin(), blocks.end(),
                       [&](const Cidr& block) { return block.contains(address); });
}

bool NetworkIndex::anyVpcHolds(const IpAddress& address) const {
    for (Index v = 0; v < vpcs.size(); ++v) {
        if (vpcHolds(v, address)) {
            return true;
        }
    }
    return false;
}

Index NetworkIndex::attachmentOf(Index vpc, const ResourceId& tgw) const {
    for (Index a = 0; a < tgwAttachments.size(); ++a) {
        if (tgwAttachments[a].vpc == vpc && tgwAttachments[a].transitGateway == tgw) {
            return a;
        }
    }
    return none;
}

} // namespace topograph::reach
