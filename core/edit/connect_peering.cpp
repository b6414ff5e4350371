// SPDX-License-Identifier: Apache-2.0
// VPC -> VPC: a peering connection, refused where AWS refuses it (overlapping IPv4 blocks, a
// second connection between the same two VPCs), with the routes both sides need offered
// (NETWORK_SEMANTICS.md: a peering connection carries traffic only where both route tables
// send the other VPC's block to it).
#include "core/check/wording.h"
#include "core/edit/connection_parts.h"
#include "core/layout/layout.h"
#include "core/model/references.h"

#include <algorithm>

namespace topograph::connect {

namespace {

const Resource* existingPeering(const Document& document, const ResourceId& a,
                                const ResourceId& b) {
    for (const Resource& resource : document.resources()) {
        const auto* peering = resource.as<VpcPeering>();
        if (peering != nullptr && ((peering->requesterVpc == a && peering->accepterVpc == b) ||
                                   (peering->requesterVpc == b && peering->accepterVpc == a))) {
            return &resource;
        }
    }
    return nullptr;
}

/// The top-left corner of a drawn item in canvas coordinates, adding its containers' corners.
std::optional<Geometry> absoluteOf(const Document& document, const Resource& resource) {
    if (!resource.geometry) {
        return std::nullopt;
    }
    Geometry result = *resource.geometry;
    std::optional<ResourceId> container = containerOf(document, resource);
    while (container) {
        const Resource* parent = document.find(*container);
        if (parent == nullptr) {
            break;
        }
        if (parent->geometry) {
            result.x += parent->geometry->x;
            result.y += parent->geometry->y;
        }
        container = containerOf(document, *parent);
    }
    return result;
}

/// A peering is drawn on the bare canvas: below everything else, midway between its VPCs.
Geometry peeringGeometry(const Document& document, const Resource& a, const Resource& b) {
    using M = LayoutMetrics;
    double bottom = M::canvasMargin;
    for (const Resource& resource : document.resources()) {
        if (resource.geometry && !containerOf(document, resource)) {
            bottom = std::max(bottom, resource.geometry->y + resource.geometry->height);
        }
    }
    const auto first = absoluteOf(document, a);
    const auto second = absoluteOf(document, b);
    double centre = M::canvasMargin + M::nodeWidth / 2;
    if (first && second) {
        centre = (first->x + first->width / 2 + second->x + second->width / 2) / 2;
    }
    return Geometry{std::max(0.0, centre - M::nodeWidth / 2), bottom + 2 * M::gap, M::nodeWidth,
                    M::nodeHeight};
}

std::string regionName(const Document& document, const Vpc& vpc) {
    const auto* region = document.findAs<Region>(regionOf(document, vpc.region));
    return region != nullptr ? region->name : std::string();
}

} // namespace

void proposePeering(const Document& document, const Resource& from, const Resource& to,
                    bool withRoutes, ConnectionProposal& proposal) {
    const auto& requester = *from.as<Vpc>();
    const auto& accepter = *to.as<Vpc>();
    if (const Resource* peering = existingPeering(document, from.id, to.id)) {
        proposal.hint = wording::quoted(from.label()) + " and " + wording::quoted(to.label()) +
                        " are already peered by the peering connection " +
                        wording::quoted(peering->label()) + ", and two VPCs can have only one.";
        return;
    }
    const std::vector<Cidr> fromBlocks = ipv4Blocks(requester);
    const std::vector<Cidr> toBlocks = ipv4Blocks(accepter);
    for (const Cidr& a : fromBlocks) {
        for (const Cidr& b : toBlocks) {
            if (a.overlaps(b)) {
                proposal.hint = "AWS cannot peer two VPCs whose address blocks overlap, and " +
                                a.toString() + " of " + wording::quoted(from.label()) +
                                " overlaps " + b.toString() + " of " + wording::quoted(to.label()) +
                                ". Give one of them a different block first.";
                return;
            }
        }
    }

    EditBuilder builder(document);
    Resource peering;
    peering.id = builder.freshId("peering");
    peering.name = from.label() + " \u2194 " + to.label();
    VpcPeering properties;
    properties.requesterVpc = from.id;
    properties.accepterVpc = to.id;
    const std::string fromRegion = regionName(document, requester);
    const std::string toRegion = regionName(document, accepter);
    if (!toRegion.empty() && fromRegion != toRegion) {
        properties.peerRegion = toRegion;
    }
    peering.properties = properties;
    peering.geometry = peeringGeometry(document, from, to);
    const ResourceId peeringId = peering.id;
    proposal.changes.push_back("A new peering connection " + peering.name + ", requested by " +
                               from.label() + " and accepted by " + to.label() +
                               (properties.peerRegion.empty()
                                    ? std::string(".")
                                    : " in " + properties.peerRegion + " (inter-region)."));
    builder.add(std::move(peering));
    if (withRoutes) {
        addVpcRoutes(builder, from, toBlocks, RouteTargetKind::VpcPeering, peeringId,
                     proposal.changes);
        addVpcRoutes(builder, to, fromBlocks, RouteTargetKind::VpcPeering, peeringId,
                     proposal.changes);
    } else {
        proposal.changes.push_back("No routes: traffic crosses the connection only once both "
                                   "sides route the other VPC's block to it.");
    }
    proposal.edit = builder.finish();
    proposal.label = "Peer " + from.label() + " with " + to.label();
    proposal.allowed = true;
}

} // namespace topograph::connect
