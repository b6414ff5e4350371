// SPDX-License-Identifier: Apache-2.0
// Which connection a drag makes: the ends put the way round the connection reads, then the
// file of that kind of connection builds it (connect_*.cpp).
#include "core/edit/connection.h"

#include "core/check/wording.h"
#include "core/edit/connection_parts.h"
#include "core/edit/connection_targets.h"
#include "core/model/references.h"
#include "core/reach/network_index.h"

namespace topograph {

namespace {

using K = ResourceKind;

bool isRouteGateway(K kind) {
    return kind == K::InternetGateway || kind == K::NatGateway;
}

bool hasSecurityGroups(const Resource& resource) {
    return resource.placement() != nullptr;
}

/// For a VPC-to-something connection, a drop anywhere inside a VPC counts as a drop on it.
const Resource* asVpcEnd(const Document& document, const Resource& hit) {
    if (hit.kind() == K::Vpc || hit.kind() == K::TransitGateway) {
        return &hit;
    }
    const std::optional<ResourceId> vpc = enclosingVpc(document, hit.id);
    return vpc ? document.find(*vpc) : &hit;
}

struct Ends {
    const Resource* from = nullptr;
    const Resource* to = nullptr;
    ConnectionKind kind = ConnectionKind::None;
};

Ends orderedEnds(const Document& document, const Resource& from, const Resource& to) {
    const K a = from.kind();
    if (a == K::Subnet && isRouteGateway(to.kind())) {
        return {&from, &to, ConnectionKind::DefaultRoute};
    }
    if (isRouteGateway(a) && to.kind() == K::Subnet) {
        return {&to, &from, ConnectionKind::DefaultRoute};
    }
    if (a == K::Vpc) {
        const Resource* end = asVpcEnd(document, to);
        if (end->kind() == K::Vpc) {
            return {&from, end, ConnectionKind::Peering};
        }
        if (end->kind() == K::TransitGateway) {
            return {&from, end, ConnectionKind::TransitAttachment};
        }
    }
    if (a == K::TransitGateway) {
        const Resource* end = asVpcEnd(document, to);
        if (end->kind() == K::Vpc) {
            return {end, &from, ConnectionKind::TransitAttachment};
        }
    }
    if (a == K::InternetGateway && hasSecurityGroups(to)) {
        return {&from, &to, ConnectionKind::InternetIngress};
    }
    if (hasSecurityGroups(from) && hasSecurityGroups(to)) {
        return {&from, &to, ConnectionKind::SecurityGroupRules};
    }
    return {&from, &to, ConnectionKind::None};
}

/// "A subnet connects to ...": what an item of `from`'s kind connects to, without the full stop.
std::string connectsTo(const Resource& from) {
    const std::string subject = wording::capitalised(connect::aKind(from.kind()));
    switch (from.kind()) {
    case K::Subnet:
        return subject + " connects to an internet gateway or a NAT gateway of its own VPC";
    case K::Vpc:
        return subject + " connects to another VPC (a peering connection) or to a transit "
                         "gateway (an attachment)";
    case K::InternetGateway:
        return subject + " connects to a subnet of its VPC (to route its internet traffic) or "
                         "to a workload there (to let the internet in on a port)";
    case K::NatGateway:
        return subject + " connects to a subnet of its VPC";
    case K::TransitGateway:
        return subject + " connects to a VPC (an attachment)";
    default:
        break;
    }
    if (hasSecurityGroups(from)) {
        return subject + " connects to another workload (to allow traffic between them)";
    }
    return subject + " has no connection to draw: connect a subnet to a gateway, a VPC to a VPC "
                     "or a transit gateway, or one workload to another";
}

/// Why `from` does not connect to `to`, and what to do instead.
std::string unsupportedHint(const Resource& from, const Resource& to) {
    const std::string other =
        ", and " + wording::quoted(to.label()) + " is " + connect::aKind(to.kind()) + ". ";
    switch (from.kind()) {
    case K::Subnet:
        return connectsTo(from) + other +
               "Drop the subnet on a gateway to send its internet traffic (0.0.0.0/0) there.";
    case K::Vpc:
        return connectsTo(from) + other + "Drop the VPC on one of those.";
    case K::InternetGateway:
        return connectsTo(from) + other +
               "Drop the gateway on a subnet, or on the workload the internet should reach.";
    case K::NatGateway:
        return connectsTo(from) + other +
               "Drop the gateway on the subnet whose internet traffic should use it.";
    case K::TransitGateway:
        return connectsTo(from) + other + "Drop the transit gateway on the VPC to attach it.";
    default:
        break;
    }
    if (hasSecurityGroups(from)) {
        return connectsTo(from) + other +
               "To give it internet access, connect its subnet to a gateway instead.";
    }
    return connectsTo(from) + ".";
}

/// Why an item cannot connect to itself, or a VPC to something inside it.
std::string sameEndHint(const Resource& from, const Resource& to, const Resource& end) {
    if (end.kind() == K::Vpc && from.id != to.id) {
        return "Peering needs two different VPCs: " + wording::quoted(end.label()) +
               " is this VPC, and " + wording::quoted(to.label()) +
               " is inside it. Drop it on another VPC, or on a transit gateway.";
    }
    return wording::quoted(from.label()) +
           " cannot connect to itself. Drop it on another item to connect the two.";
}

} // namespace

bool startsConnections(const Document& document, const ResourceId& id) {
    const Resource* resource = document.find(id);
    if (resource == nullptr) {
        return false;
    }
    switch (resource->kind()) {
    case K::Subnet:
    case K::Vpc:
    case K::InternetGateway:
    case K::NatGateway:
    case K::TransitGateway:
        return true;
    default:
        return hasSecurityGroups(*resource);
    }
}

std::string whatConnects(const Document& document, const ResourceId& from) {
    const Resource* resource = document.find(from);
    return resource != nullptr ? connectsTo(*resource) + "." : std::string();
}

ConnectionKind connectionKind(const Document& document, const ResourceId& from,
                              const ResourceId& to) {
    const Resource* a = document.find(from);
    const Resource* b = document.find(to);
    if (a == nullptr || b == nullptr) {
        return ConnectionKind::None;
    }
    return orderedEnds(document, *a, *b).kind;
}

namespace {

/// Security group rules are the only connections that read the reachability index: the
/// plain-document entry point indexes the network for them alone, once, through `indexOf`.
template <typename IndexOf>
ConnectionProposal propose(const Document& document, const ConnectionRequest& request,
                           const IndexOf& indexOf) {
    ConnectionProposal proposal;
    proposal.from = request.from;
    proposal.to = request.to;
    const Resource* from = document.find(request.from);
    const Resource* to = document.find(request.to);
    if (from == nullptr || to == nullptr) {
        proposal.hint = "Nothing to connect: the model has no item " +
                        wording::quoted(from == nullptr ? request.from : request.to) + ".";
        return proposal;
    }
    const Ends ends = orderedEnds(document, *from, *to);
    proposal.kind = ends.kind;
    proposal.from = ends.from->id;
    proposal.to = ends.to->id;
    if (ends.from->id == ends.to->id) {
        proposal.hint = sameEndHint(*from, *to, *ends.from);
        return proposal;
    }
    switch (ends.kind) {
    case ConnectionKind::DefaultRoute:
        connect::proposeDefaultRoute(document, *ends.from, *ends.to, proposal);
        break;
    case ConnectionKind::Peering:
        connect::proposePeering(document, *ends.from, *ends.to, request.withRoutes, proposal);
        break;
    case ConnectionKind::TransitAttachment:
        connect::proposeTransitAttachment(document, *ends.from, *ends.to, request.withRoutes,
                                          proposal);
        break;
    case ConnectionKind::SecurityGroupRules:
        indexOf([&](const reach::NetworkIndex& index) {
            connect::proposeSecurityGroupRules(index, *ends.from, *ends.to, request.protocol,
                                               request.port, proposal);
        });
        break;
    case ConnectionKind::InternetIngress:
        indexOf([&](const reach::NetworkIndex& index) {
            connect::proposeInternetIngress(index, *ends.from, *ends.to, request.protocol,
                                            request.port, proposal);
        });
        break;
    case ConnectionKind::None:
        proposal.hint = unsupportedHint(*from, *to);
        break;
    }
    if (!proposal.allowed) {
        proposal.edit = DocumentEdit{};
        proposal.changes.clear();
    }
    return proposal;
}

} // namespace

ConnectionProposal proposeConnection(const Document& document, const ConnectionRequest& request) {
    return propose(document, request, [&](const auto& use) { use(reach::NetworkIndex(document)); });
}

ConnectionProposal proposeConnection(const reach::NetworkIndex& index,
                                     const ConnectionRequest& request) {
    return propose(index.document(), request, [&](const auto& use) { use(index); });
}

} // namespace topograph
