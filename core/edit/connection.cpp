// SPDX-License-Identifier: Apache-2.0
// Which connection a drag makes: the ends put the way round the connection reads, then the
// file of that kind of connection builds it (connect_*.cpp).
#include "core/edit/connection.h"

#include "core/check/wording.h"
#include "core/edit/connection_parts.h"
#include "core/model/references.h"

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
    if (hasSecurityGroups(from) && hasSecurityGroups(to)) {
        return {&from, &to, ConnectionKind::SecurityGroupRules};
    }
    return {&from, &to, ConnectionKind::None};
}

/// What a student can connect the item they dragged from to.
std::string unsupportedHint(const Resource& from, const Resource& to) {
    const std::string onto = " (not " + wording::kindInSentence(to.kind()) + " " + to.label() + ")";
    switch (from.kind()) {
    case K::Subnet:
        return "A subnet connects to an internet gateway or a NAT gateway of its VPC" + onto +
               ": drop it on one to route the subnet's internet traffic (0.0.0.0/0) there.";
    case K::Vpc:
        return "A VPC connects to another VPC (a peering connection) or to a transit gateway (an "
               "attachment)" +
               onto + ": drop it on one of those.";
    case K::InternetGateway:
    case K::NatGateway:
        return "A gateway connects to a subnet of its VPC" + onto +
               ": drop it on the subnet whose internet traffic should use it.";
    case K::TransitGateway:
        return "A transit gateway connects to a VPC" + onto + ": drop it on the VPC to attach.";
    default:
        break;
    }
    if (hasSecurityGroups(from)) {
        return "A workload connects to another workload" + onto +
               ", which allows traffic between them. To give it internet access, connect its "
               "subnet to a gateway instead.";
    }
    return "Connect a subnet to a gateway, a VPC to a VPC or a transit gateway, or a workload to "
           "a workload: " +
           wording::kindInSentence(from.kind()) + " " + from.label() +
           " has no connection to draw.";
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

ConnectionKind connectionKind(const Document& document, const ResourceId& from,
                              const ResourceId& to) {
    const Resource* a = document.find(from);
    const Resource* b = document.find(to);
    if (a == nullptr || b == nullptr) {
        return ConnectionKind::None;
    }
    return orderedEnds(document, *a, *b).kind;
}

ConnectionProposal proposeConnection(const Document& document, const ConnectionRequest& request) {
    ConnectionProposal proposal;
    proposal.from = request.from;
    proposal.to = request.to;
    const Resource* from = document.find(request.from);
    const Resource* to = document.find(request.to);
    if (from == nullptr || to == nullptr) {
        proposal.hint = "Nothing to connect: '" + (from == nullptr ? request.from : request.to) +
                        "' is not in the model.";
        return proposal;
    }
    const Ends ends = orderedEnds(document, *from, *to);
    proposal.kind = ends.kind;
    proposal.from = ends.from->id;
    proposal.to = ends.to->id;
    if (ends.from->id == ends.to->id) {
        proposal.hint = "Drop " + from->label() + " on another item to connect them, not on " +
                        (from->id == to->id ? "itself." : "something inside it.");
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
        connect::proposeSecurityGroupRules(document, *ends.from, *ends.to, request.protocol,
                                           request.port, proposal);
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

} // namespace topograph
