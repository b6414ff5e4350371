// SPDX-License-Identifier: Apache-2.0
// One scope's resources sorted out by kind, with the associations AWS applies implicitly (main
// route table, default NACL, default security group) resolved once, so each semantic check
// reads what it needs in constant time. Reads outside the scope go through dependOn(), which
// records them for the incremental engine.
#pragma once

#include "core/check/finding.h"
#include "core/check/validator.h"
#include "core/cidr/cidr.h"
#include "core/model/document.h"

#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace topograph::checks {

/// Every scalar of a verbatim CloudFormation tree, and the part before the first '.' of each
/// (so "!GetAtt Group.GroupId" yields "Group"): the ids such a tree may refer to.
void collectTreeNames(const Tree& tree, std::vector<std::string>& names);
/// True when collectTreeNames would list `id`, without collecting: a scalar of the tree is
/// `id`, or `id` is the part before its first '.'.
bool treeNames(const Tree& tree, const std::string& id);

/// A block as AWS reads it: parsed, aligned; std::nullopt for text that is not a CIDR (the
/// structural checks report it).
std::optional<Cidr> alignedBlock(const std::string& text);

class ScopeView {
public:
    ScopeView(const Document& document, const ValidationIndex& index, const ResourceId& scope,
              ScopeResult& result);

    const Document& document;
    const ValidationIndex& index;
    const ResourceId& scope;

    /// Members in document order.
    std::vector<const Resource*> members;

    // The VPC's own resources (members of the scope that belong to this VPC), in document order.
    const Resource* vpcResource = nullptr;
    std::vector<Cidr> vpcBlocks; // IPv4 and IPv6 blocks that parse, aligned
    std::vector<const Resource*> subnets;
    std::vector<const Resource*> routeTables;
    std::vector<const Resource*> nacls;
    std::vector<const Resource*> securityGroups;
    std::vector<const Resource*> workloads; // resources with a placement
    std::vector<const Resource*> natGateways;
    std::vector<const Resource*> internetGateways; // attached to this VPC
    std::vector<const Resource*> attachments;      // transit gateway attachments of this VPC
    const Resource* mainRouteTable = nullptr;      // nullptr: AWS's implicit one (local only)
    const Resource* defaultNacl = nullptr;         // nullptr: AWS's implicit allow-all one

    /// Looks up a resource anywhere, recording the dependency when it is outside the scope.
    const Resource* lookUp(const ResourceId& id);
    /// Records that the findings depend on the members of another VPC scope.
    void dependOnScope(const ResourceId& vpc);

    /// The route table a subnet uses: its explicit association when that names a route table,
    /// else the main table (nullptr when the VPC has only AWS's implicit one).
    const Resource* routeTableOf(const Resource& subnet);
    /// Likewise for network ACLs (nullptr: the implicit allow-all default).
    const Resource* naclOf(const Resource& subnet);
    /// The subnets using a route table / NACL (by id), in document order.
    const std::vector<const Resource*>& subnetsUsingTable(const ResourceId& table) const;
    const std::vector<const Resource*>& subnetsUsingNacl(const ResourceId& nacl) const;
    /// The workloads placed in a subnet (in any position of their placement), document order.
    const std::vector<const Resource*>& workloadsIn(const ResourceId& subnet) const;
    /// The workloads that name a security group, document order.
    const std::vector<const Resource*>& workloadsUsingGroup(const ResourceId& group) const;

    /// True when `gatewayId` names an internet gateway attached to this scope's VPC.
    bool isAttachedIgw(const ResourceId& gatewayId);
    /// The route of `subnet`'s table for 0.0.0.0/0 or ::/0 whose target is an internet gateway
    /// attached to the VPC (NETWORK_SEMANTICS.md, "public subnet"); nullptr when private.
    const Route* publicRoute(const Resource& subnet);
    /// True when a resource the model does not represent (a launch template, an ECS task set,
    /// a Lambda function kept verbatim) or the template's Outputs name the id.
    bool namedOutsideTheModel(const ResourceId& id) const;
    /// True when an Elastic IP of this scope names the resource in `associatedWith`.
    bool namedByElasticIp(const ResourceId& id) const { return withElasticIp_.contains(id); }
    /// True when the workload has a public IPv4 address (Precise choice 13), or is an
    /// internet-facing load balancer.
    bool hasPublicIp(const Resource& workload);
    /// The availability zone of a subnet: the zone's name, else the zone resource's id; empty
    /// when unknown.
    std::string zoneOf(const Resource& subnet);

    void report(Severity severity, std::string code, std::vector<ResourceId> resources,
                std::string message, std::string fix);
    /// True when a finding with `code` whose first resource is `first` was reported already.
    bool reported(std::string_view code, const ResourceId& first) const;

private:
    ScopeResult& result_;
    std::unordered_set<ResourceId> recorded_;
    std::unordered_set<ResourceId> withElasticIp_; // workloads named by an associated EIP
    std::unordered_set<ResourceId> namedOutsideModel_;
    std::unordered_map<ResourceId, std::vector<const Resource*>> subnetsByTable_;
    std::unordered_map<ResourceId, std::vector<const Resource*>> subnetsByNacl_;
    std::unordered_map<ResourceId, std::vector<const Resource*>> workloadsBySubnet_;
    std::unordered_map<ResourceId, std::vector<const Resource*>> workloadsByGroup_;
};

} // namespace topograph::checks
