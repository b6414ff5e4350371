// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/cidr/cidr.h"
#include "core/model/document.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace topograph::reach {

/// Index into one of NetworkIndex's vectors; `none` when absent.
using Index = std::size_t;
inline constexpr Index none = static_cast<Index>(-1);

/// An IPv4 block parsed once. IPv6 blocks and invalid text give std::nullopt and never match an
/// IPv4 packet: the validator reports invalid text, the engine must not crash on it.
std::optional<Cidr> parseIpv4Block(const std::string& text);

struct SgRuleView {
    std::size_t position = 0; // index in the group's ingress or egress list ("rule 0")
    SecurityGroupRule rule;
    std::optional<Cidr> cidr; // for SgPeerKind::Cidr
};

struct SecurityGroupView {
    ResourceId id;
    std::string label;
    Index vpc = none;
    bool implicitDefault = false; // made up for a VPC that declares no default group
    std::vector<SgRuleView> ingress;
    std::vector<SgRuleView> egress;
};

struct NaclEntryView {
    NaclEntry entry;
    std::optional<Cidr> cidr;
};

struct NaclView {
    ResourceId id;
    std::string label;
    bool implicitDefault = false;        // the allow-all default of a VPC that declares none
    std::vector<NaclEntryView> inbound;  // by ascending rule number, file order on ties
    std::vector<NaclEntryView> outbound; // likewise
};

struct RouteView {
    std::size_t position = 0; // file order within the table
    Route route;
    std::optional<Cidr> cidr;         // absent for prefix-list destinations and invalid text
    bool fromGatewayEndpoint = false; // added because a gateway endpoint names this table
};

struct RouteTableView {
    ResourceId id;
    std::string label;
    Index vpc = none;
    bool implicitMain = false; // only the local routes
    std::vector<RouteView> routes;
};

struct VpcView {
    ResourceId id;
    std::string label;
    std::vector<Cidr> blocks; // valid IPv4 blocks only
    Index mainRouteTable = none;
    Index defaultNacl = none;
    Index defaultSecurityGroup = none;
    std::vector<Index> subnets;
};

struct SubnetView {
    ResourceId id;
    std::string label;
    Index vpc = none;
    std::optional<Cidr> cidr;
    Index routeTable = none;
    Index nacl = none;
    bool mapPublicIpOnLaunch = false;
    std::string zone; // the AZ's name, or its id when unnamed; empty when unknown
};

struct WorkloadView {
    ResourceId id;
    std::string label;
    ResourceKind kind = ResourceKind::Instance;
    Index subnet = none; // the first subnet of its placement
    std::optional<IpAddress> address;
    std::vector<Index> securityGroups;
    bool publicIp = false; // Precise choice 13, or an internet-facing load balancer
};

struct TgwAttachmentView {
    ResourceId id;
    std::string label;
    ResourceId transitGateway;
    Index vpc = none;
    std::vector<Index> subnets;
    bool securityGroupReferencing = false;
    Index associatedRouteTable = none; // explicit, else the gateway's default table
};

struct TgwRouteView {
    std::size_t position = 0;
    TransitGatewayRoute route;
    std::optional<Cidr> cidr;
};

struct TgwRouteTableView {
    ResourceId id;
    std::string label;
    ResourceId transitGateway;
    bool implicitDefault = false; // the table AWS creates for default association/propagation
    std::vector<TgwRouteView> staticRoutes;
    std::vector<Index> propagations; // attachments whose VPC blocks are learned
};

/// Everything the reachability engine needs, derived once from a const Document. It keeps a
/// pointer to the document, which must outlive it.
class NetworkIndex {
public:
    explicit NetworkIndex(const Document& document);

    const Document& document() const { return *document_; }

    std::vector<VpcView> vpcs;
    std::vector<SubnetView> subnets;
    std::vector<RouteTableView> routeTables;
    std::vector<NaclView> nacls;
    std::vector<SecurityGroupView> securityGroups;
    std::vector<WorkloadView> workloads;
    std::vector<TgwAttachmentView> tgwAttachments;
    std::vector<TgwRouteTableView> tgwRouteTables;

    Index vpcOf(const ResourceId& id) const { return find(vpcIndex_, id); }
    Index subnetOf(const ResourceId& id) const { return find(subnetIndex_, id); }
    Index workloadOf(const ResourceId& id) const { return find(workloadIndex_, id); }
    Index securityGroupOf(const ResourceId& id) const { return find(securityGroupIndex_, id); }
    Index tgwAttachmentOf(const ResourceId& id) const { return find(attachmentIndex_, id); }
    /// The workload whose private address is `address`, or none.
    Index workloadAt(const IpAddress& address) const;
    /// The subnet of VPC `vpc` whose block holds `address`, or none.
    Index subnetContaining(Index vpc, const IpAddress& address) const;
    /// True when `address` lies in one of the VPC's blocks.
    bool vpcHolds(Index vpc, const IpAddress& address) const;
    /// True when `address` lies in a block of any VPC of the document.
    bool anyVpcHolds(const IpAddress& address) const;
    /// The attachment of `vpc` to transit gateway `tgw`, or none.
    Index attachmentOf(Index vpc, const ResourceId& tgw) const;
    /// Every valid IPv4 block written anywhere in the network (VPCs, subnets, routes, NACL
    /// entries, transit gateway routes), for cutting address space into equivalence classes.
    const std::vector<Cidr>& networkBlocks() const { return networkBlocks_; }

private:
    static Index find(const std::unordered_map<ResourceId, Index>& map, const ResourceId& id);

    void indexVpcs();
    void indexRouteTables();
    void indexNacls();
    void indexSecurityGroups();
    void indexSubnets();
    void indexWorkloads();
    void assignAddresses();
    void indexTransitGateways();
    void collectNetworkBlocks();

    const Document* document_;
    std::unordered_map<ResourceId, Index> vpcIndex_;
    std::unordered_map<ResourceId, Index> subnetIndex_;
    std::unordered_map<ResourceId, Index> routeTableIndex_;
    std::unordered_map<ResourceId, Index> naclIndex_;
    std::unordered_map<ResourceId, Index> securityGroupIndex_;
    std::unordered_map<ResourceId, Index> workloadIndex_;
    std::unordered_map<ResourceId, Index> attachmentIndex_;
    std::unordered_map<std::uint32_t, Index> workloadByAddress_;
    std::vector<Cidr> networkBlocks_;
};

} // namespace topograph::reach
