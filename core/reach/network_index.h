// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/cidr/cidr.h"
#include "core/model/document.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>
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
    Index vpc = none;
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

    /// Brings the index up to date after `changes` were applied to the document, in time
    /// proportional to the edit: changed security groups, NACLs, route tables, subnets (their
    /// associations, block and public-IP default) and VPC blocks. Returns false, leaving the
    /// index unusable, for anything else (resources added or removed, a workload moved, a
    /// default or main flag switched...): then build a new index.
    bool refresh(const ChangeSet& changes);

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
    /// Public IPv4 space minus every VPC block, as inclusive intervals: where "some public
    /// address" of a query to or from the internet is looked for.
    const std::vector<std::pair<std::uint64_t, std::uint64_t>>& publicSpace() const {
        return publicSpace_;
    }
    /// The boundaries of networkBlocks() that fall inside publicSpace(), sorted: computed once
    /// so that a query to the internet does not cut the whole network again.
    const std::vector<std::uint64_t>& publicCuts() const { return publicCuts_; }

private:
    static Index find(const std::unordered_map<ResourceId, Index>& map, const ResourceId& id);

    void indexVpcs();
    void indexRouteTables();
    void indexNacls();
    void indexSecurityGroups();
    void indexSubnets();
    void indexWorkloads();
    /// The ids Elastic IPs are associated with (their workloads have a public address).
    std::unordered_set<ResourceId> elasticIpTargets() const;
    WorkloadView viewWorkload(const Resource& resource,
                              const std::unordered_set<ResourceId>& withElasticIp) const;
    /// Workloads added at the end of the document or removed: their views, the indexes after
    /// them and the addresses of their subnets; false when an addition is not at the end.
    bool refreshWorkloadSet(const ChangeSet& changes);
    void assignAddresses();
    void indexTransitGateways();
    /// networkBlocks() is kept as a count per distinct block, so that an edit adjusts the
    /// counts of the one object it changed instead of sorting every block of the network again.
    enum class BlockSource { Vpc, Subnet, RouteTable, Nacl, TgwRouteTable };
    static std::uint64_t blockKey(const Cidr& block);
    void countBlock(const std::optional<Cidr>& block, int delta);
    void countBlocks(const std::vector<Cidr>& blocks, int delta);
    void countObjectBlocks(BlockSource source, Index index, int delta);
    void collectNetworkBlocks();
    void listNetworkBlocks();
    void collectPublicSpace();
    bool refreshSecurityGroup(const Resource& resource);
    bool refreshNacl(const Resource& resource);
    bool refreshRouteTable(const Resource& resource);
    bool refreshSubnet(const Resource& resource);
    bool refreshVpc(const Resource& resource);
    void viewSubnet(const Resource& resource, const Subnet& subnet, SubnetView& view) const;
    void viewRoutes(const Resource& resource, const RouteTable& table, RouteTableView& view) const;
    void addEndpointRoutes(Index table);
    void assignSubnetAddresses(Index subnet);
    void indexAddresses();

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
    std::unordered_map<std::uint64_t, int> blockCounts_;
    std::vector<std::pair<std::uint64_t, std::uint64_t>> publicSpace_;
    std::vector<std::uint64_t> publicCuts_;
};

} // namespace topograph::reach
