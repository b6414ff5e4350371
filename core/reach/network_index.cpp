// SPDX-License-Identifier: Apache-2.0
#include "core/reach/network_index.h"

#include "core/reach/index_views.h"

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

} // namespace

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

void viewNaclEntries(const NetworkAcl& acl, NaclView& view) {
    view.inbound.clear();
    view.outbound.clear();
    for (const NaclEntry& entry : acl.entries) {
        (entry.egress ? view.outbound : view.inbound)
            .push_back({entry, parseIpv4Block(entry.cidr)});
    }
    const auto byRuleNumber = [](const NaclEntryView& a, const NaclEntryView& b) {
        return a.entry.ruleNumber < b.entry.ruleNumber;
    };
    std::stable_sort(view.inbound.begin(), view.inbound.end(), byRuleNumber);
    std::stable_sort(view.outbound.begin(), view.outbound.end(), byRuleNumber);
}

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
    collectPublicSpace();
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
        viewRoutes(resource, *table, view);
        if (table->main && view.vpc != none && vpcs[view.vpc].mainRouteTable == none) {
            vpcs[view.vpc].mainRouteTable = routeTables.size();
        }
        routeTableIndex_.emplace(view.id, routeTables.size());
        routeTables.push_back(std::move(view));
    }
    addEndpointRoutes(none);
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

void NetworkIndex::viewRoutes(const Resource& resource, const RouteTable& table,
                              RouteTableView& view) const {
    view.id = resource.id;
    view.label = resource.label();
    view.vpc = vpcOf(table.vpc);
    view.routes.clear();
    for (std::size_t i = 0; i < table.routes.size(); ++i) {
        view.routes.push_back(
            {i, table.routes[i], parseIpv4Block(table.routes[i].destination), false});
    }
}

void NetworkIndex::addEndpointRoutes(Index only) {
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
            if (table == none || (only != none && table != only)) {
                continue;
            }
            Route route{prefixList, RouteTargetKind::GatewayEndpoint, resource.id};
            routeTables[table].routes.push_back(
                {routeTables[table].routes.size(), std::move(route), std::nullopt, true});
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
        view.vpc = vpcOf(acl->vpc);
        viewNaclEntries(*acl, view);
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
            implicit.vpc = static_cast<Index>(&vpc - vpcs.data());
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
        viewSubnet(resource, *subnet, view);
        if (view.vpc != none) {
            vpcs[view.vpc].subnets.push_back(subnets.size());
        }
        subnetIndex_.emplace(view.id, subnets.size());
        subnets.push_back(std::move(view));
    }
}

void NetworkIndex::viewSubnet(const Resource& resource, const Subnet& subnet,
                              SubnetView& view) const {
    view.id = resource.id;
    view.label = resource.label();
    view.vpc = vpcOf(subnet.vpc);
    view.cidr = parseIpv4Block(subnet.ipv4Cidr);
    view.mapPublicIpOnLaunch = subnet.mapPublicIpOnLaunch;
    view.zone.clear();
    if (const auto* az = document_->findAs<AvailabilityZone>(subnet.availabilityZone)) {
        view.zone = az->zone.empty() ? subnet.availabilityZone : az->zone;
    }
    // A dangling association falls back to the VPC's default, as if it were absent; the
    // validator reports the dangling reference.
    view.routeTable = subnet.routeTable ? find(routeTableIndex_, *subnet.routeTable) : none;
    view.nacl = subnet.networkAcl ? find(naclIndex_, *subnet.networkAcl) : none;
    if (view.vpc != none) {
        if (view.routeTable == none) {
            view.routeTable = vpcs[view.vpc].mainRouteTable;
        }
        if (view.nacl == none) {
            view.nacl = vpcs[view.vpc].defaultNacl;
        }
    }
}

std::uint64_t NetworkIndex::blockKey(const Cidr& block) {
    // Sorting keys sorts blocks as Cidr's order does: by network, then prefix length.
    return (std::uint64_t{block.network().v4Value()} << 8) |
           static_cast<std::uint64_t>(block.prefixLength());
}

void NetworkIndex::countBlocks(const std::vector<Cidr>& blocks, int delta) {
    for (const Cidr& block : blocks) {
        countBlock(block, delta);
    }
}

void NetworkIndex::countBlock(const std::optional<Cidr>& block, int delta) {
    if (!block) {
        return;
    }
    const std::uint64_t key = blockKey(*block);
    const auto it = blockCounts_.find(key);
    if (it == blockCounts_.end()) {
        blockCounts_.emplace(key, delta);
    } else if ((it->second += delta) == 0) {
        blockCounts_.erase(it);
    }
}

void NetworkIndex::countObjectBlocks(BlockSource source, Index index, int delta) {
    switch (source) {
    case BlockSource::Vpc:
        countBlocks(vpcs[index].blocks, delta);
        break;
    case BlockSource::Subnet:
        countBlock(subnets[index].cidr, delta);
        break;
    case BlockSource::RouteTable:
        for (const RouteView& route : routeTables[index].routes) {
            countBlock(route.cidr, delta);
        }
        break;
    case BlockSource::Nacl:
        for (const auto* entries : {&nacls[index].inbound, &nacls[index].outbound}) {
            for (const NaclEntryView& entry : *entries) {
                countBlock(entry.cidr, delta);
            }
        }
        break;
    case BlockSource::TgwRouteTable:
        for (const TgwRouteView& route : tgwRouteTables[index].staticRoutes) {
            countBlock(route.cidr, delta);
        }
        break;
    }
}

void NetworkIndex::collectNetworkBlocks() {
    blockCounts_.clear();
    for (Index v = 0; v < vpcs.size(); ++v) {
        countObjectBlocks(BlockSource::Vpc, v, 1);
    }
    for (Index s = 0; s < subnets.size(); ++s) {
        countObjectBlocks(BlockSource::Subnet, s, 1);
    }
    for (Index t = 0; t < routeTables.size(); ++t) {
        countObjectBlocks(BlockSource::RouteTable, t, 1);
    }
    for (Index n = 0; n < nacls.size(); ++n) {
        countObjectBlocks(BlockSource::Nacl, n, 1);
    }
    for (Index t = 0; t < tgwRouteTables.size(); ++t) {
        countObjectBlocks(BlockSource::TgwRouteTable, t, 1);
    }
    listNetworkBlocks();
}

void NetworkIndex::listNetworkBlocks() {
    std::vector<std::uint64_t> keys;
    keys.reserve(blockCounts_.size());
    for (const auto& [key, count] : blockCounts_) {
        keys.push_back(key);
    }
    std::sort(keys.begin(), keys.end());
    networkBlocks_.clear();
    networkBlocks_.reserve(keys.size());
    for (const std::uint64_t key : keys) {
        networkBlocks_.emplace_back(IpAddress::v4(static_cast<std::uint32_t>(key >> 8)),
                                    static_cast<int>(key & 0xFF));
    }
}

void NetworkIndex::collectPublicSpace() {
    publicSpace_.clear();
    publicCuts_.clear();
    std::vector<std::pair<std::uint64_t, std::uint64_t>> excluded;
    const auto exclude = [&](const Cidr& block) {
        excluded.emplace_back(block.network().v4Value(), block.lastAddress().v4Value());
    };
    // Space that never appears on the internet: "this network", RFC 1918, RFC 6598, loopback,
    // link-local, multicast and reserved.
    for (const char* text : {"0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8",
                             "169.254.0.0/16", "172.16.0.0/12", "192.168.0.0/16", "224.0.0.0/3"}) {
        exclude(*parseIpv4Block(text));
    }
    for (const VpcView& vpc : vpcs) {
        for (const Cidr& block : vpc.blocks) {
            exclude(block);
        }
    }
    std::sort(excluded.begin(), excluded.end());
    std::uint64_t next = 0;
    for (const auto& [low, high] : excluded) {
        if (low > next) {
            publicSpace_.emplace_back(next, low - 1);
        }
        next = std::max(next, high + 1);
    }
    if (next <= 0xFFFFFFFFULL) {
        publicSpace_.emplace_back(next, 0xFFFFFFFFULL);
    }
    const auto isPublic = [&](std::uint64_t address) {
        const auto after = std::upper_bound(
            publicSpace_.begin(), publicSpace_.end(), address,
            [](std::uint64_t value, const auto& interval) { return value < interval.first; });
        return after != publicSpace_.begin() && std::prev(after)->second >= address;
    };
    for (const Cidr& block : networkBlocks_) {
        for (const std::uint64_t cut : {std::uint64_t{block.network().v4Value()},
                                        std::uint64_t{block.lastAddress().v4Value()} + 1}) {
            if (isPublic(cut)) {
                publicCuts_.push_back(cut);
            }
        }
    }
    std::sort(publicCuts_.begin(), publicCuts_.end());
    publicCuts_.erase(std::unique(publicCuts_.begin(), publicCuts_.end()), publicCuts_.end());
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
