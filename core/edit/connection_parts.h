// SPDX-License-Identifier: Apache-2.0
// Internal to core/edit: the pieces proposeConnection() (connection.h) is made of, one file per
// kind of connection, and what they share: an edit built resource by resource, and the route
// tables of subnets and VPCs.
#pragma once

#include "core/cidr/cidr.h"
#include "core/edit/connection.h"

#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace topograph::connect {

/// Collects one edit: copies of the resources it changes (each rewritten once, however many
/// parts of the connection touch it) and the resources it adds, with ids unique in both.
class EditBuilder {
public:
    explicit EditBuilder(const Document& document) : document_(document) {}

    const Document& document() const { return document_; }
    /// The resource as the edit leaves it so far: an added one, a changed copy, else the
    /// document's; nullptr when absent.
    const Resource* current(const ResourceId& id) const;
    /// The resource to change: one this edit adds, else the copy of the document's (made on
    /// first use); nullptr when neither has the id.
    Resource* modify(const ResourceId& id);
    /// Adds a resource; the reference stays valid while the builder lives.
    Resource& add(Resource resource);
    /// The resources this edit adds, to change them further.
    std::deque<Resource>& added() { return added_; }
    /// An id "stem-N" used neither by the document nor by this edit.
    ResourceId freshId(std::string_view stem) const;
    /// The edit: rewrites for the copies that differ from the document, in the order they were
    /// first changed, then the additions.
    DocumentEdit finish() const;

private:
    const Document& document_;
    std::deque<Resource> changed_;
    std::unordered_map<ResourceId, Resource*> changedById_;
    std::deque<Resource> added_;
};

/// The VPC's main route table: the first one flagged main; nullptr for AWS's implicit one.
const Resource* mainRouteTable(const Document& document, const ResourceId& vpc);
/// The route table a subnet uses: its association, else the main table (nullptr: implicit).
const Resource* routeTableOf(const Document& document, const Subnet& subnet);
/// The subnets whose route table is `table` (explicitly, or as the main table).
std::vector<const Resource*> subnetsUsing(const Document& document, const Resource& table);
/// The IPv4 blocks of a VPC that parse; invalid text is the validator's to report.
std::vector<Cidr> ipv4Blocks(const Vpc& vpc);
/// True when destination text names the IPv4 default route (0.0.0.0/0).
bool isIpv4Default(const std::string& destination);
/// The resource's name for people, as sentences use it: "Public subnet A".
std::string nameOf(const Resource& resource);
/// "a subnet", "an internet gateway", "an RDS database": the kind with its article.
std::string aKind(ResourceKind kind);
/// The region resource a VPC, gateway or transit gateway is in: its own field, else the
/// document's only region; empty when unknown.
ResourceId regionOf(const Document& document, const ResourceId& regionField);

/// Adds a route to each of `destinations` via (targetKind, target) to every route table of
/// `vpc`: its explicit tables, and its main table when a subnet uses it (made explicit when AWS's
/// implicit one is in use). A table that already routes a destination keeps its route. Says
/// what it did in `changes`.
void addVpcRoutes(EditBuilder& builder, const Resource& vpc, const std::vector<Cidr>& destinations,
                  RouteTargetKind targetKind, const ResourceId& target,
                  std::vector<std::string>& changes);

// One function per kind of connection; each fills `proposal` (allowed, or hint).
void proposeDefaultRoute(const Document& document, const Resource& subnet, const Resource& gateway,
                         ConnectionProposal& proposal);
void proposePeering(const Document& document, const Resource& from, const Resource& to,
                    bool withRoutes, ConnectionProposal& proposal);
void proposeTransitAttachment(const Document& document, const Resource& vpc,
                              const Resource& transitGateway, bool withRoutes,
                              ConnectionProposal& proposal);
/// Internet gateway -> workload: the workload's group allows `protocol`/`port` in from
/// anywhere, when the gateway serves the workload's VPC. Both rule proposals read the
/// reachability index of the document (`index.document()`), which the caller keeps.
void proposeInternetIngress(const reach::NetworkIndex& index, const Resource& gateway,
                            const Resource& workload, IpProtocol protocol, int port,
                            ConnectionProposal& proposal);
void proposeSecurityGroupRules(const reach::NetworkIndex& index, const Resource& source,
                               const Resource& destination, IpProtocol protocol, int port,
                               ConnectionProposal& proposal);

} // namespace topograph::connect
