// SPDX-License-Identifier: Apache-2.0
// VPC -> transit gateway: an attachment with one subnet in each of the VPC's zones, and the
// routes between the VPC and those already attached offered (NETWORK_SEMANTICS.md, Precise
// choice 7: with default association and propagation on, the gateway's default route table
// learns the new VPC's blocks by itself; the VPCs' own route tables never do).
#include "core/check/wording.h"
#include "core/edit/connection_parts.h"

#include <algorithm>
#include <unordered_set>

namespace topograph::connect {

namespace {

/// The first subnet (file order) of each availability zone of the VPC.
std::vector<const Resource*> subnetPerZone(const Document& document, const ResourceId& vpc) {
    std::vector<const Resource*> result;
    std::unordered_set<ResourceId> zones;
    for (const Resource& resource : document.resources()) {
        const auto* subnet = resource.as<Subnet>();
        if (subnet != nullptr && subnet->vpc == vpc &&
            zones.insert(subnet->availabilityZone).second) {
            result.push_back(&resource);
        }
    }
    return result;
}

/// The other VPCs attached to the transit gateway, in file order of their attachments.
std::vector<const Resource*> attachedVpcs(const Document& document, const ResourceId& tgw,
                                          const ResourceId& except) {
    std::vector<const Resource*> result;
    std::unordered_set<ResourceId> seen;
    for (const Resource& resource : document.resources()) {
        const auto* attachment = resource.as<TransitGatewayAttachment>();
        if (attachment == nullptr || attachment->transitGateway != tgw ||
            attachment->vpc == except || !seen.insert(attachment->vpc).second) {
            continue;
        }
        if (const Resource* vpc = document.find(attachment->vpc); vpc && vpc->as<Vpc>()) {
            result.push_back(vpc);
        }
    }
    return result;
}

/// The blocks of `blocks` that overlap none of `others`; the overlapping ones are named in
/// `skipped`.
std::vector<Cidr> withoutOverlaps(const std::vector<Cidr>& blocks, const std::vector<Cidr>& others,
                                  std::vector<std::string>& skipped) {
    std::vector<Cidr> result;
    for (const Cidr& block : blocks) {
        const bool overlaps = std::any_of(others.begin(), others.end(),
                                          [&](const Cidr& other) { return block.overlaps(other); });
        if (overlaps) {
            skipped.push_back(block.toString());
        } else {
            result.push_back(block);
        }
    }
    return result;
}

void addRoutesBetween(EditBuilder& builder, const Resource& vpc, const Resource& transitGateway,
                      std::vector<std::string>& changes) {
    const Document& document = builder.document();
    const std::vector<Cidr> ownBlocks = ipv4Blocks(*vpc.as<Vpc>());
    const std::vector<const Resource*> others = attachedVpcs(document, transitGateway.id, vpc.id);
    if (others.empty()) {
        changes.push_back("No other VPC is attached to " + transitGateway.label() +
                          " yet: attach the next one with routes and both get them.");
        return;
    }
    for (const Resource* other : others) {
        const std::vector<Cidr> otherBlocks = ipv4Blocks(*other->as<Vpc>());
        std::vector<std::string> skipped;
        const std::vector<Cidr> there = withoutOverlaps(otherBlocks, ownBlocks, skipped);
        std::vector<std::string> ignored;
        const std::vector<Cidr> back = withoutOverlaps(ownBlocks, otherBlocks, ignored);
        if (!skipped.empty()) {
            changes.push_back("No route between " + vpc.label() + " and " + other->label() +
                              " for " + wording::listed(skipped) +
                              ": their blocks overlap, so the transit gateway could not tell "
                              "them apart.");
        }
        addVpcRoutes(builder, vpc, there, RouteTargetKind::TransitGateway, transitGateway.id,
                     changes);
        addVpcRoutes(builder, *other, back, RouteTargetKind::TransitGateway, transitGateway.id,
                     changes);
    }
}

} // namespace

void proposeTransitAttachment(const Document& document, const Resource& vpc,
                              const Resource& transitGateway, bool withRoutes,
                              ConnectionProposal& proposal) {
    const auto& tgw = *transitGateway.as<TransitGateway>();
    const auto& properties = *vpc.as<Vpc>();
    const ResourceId vpcRegion = regionOf(document, properties.region);
    const ResourceId tgwRegion = regionOf(document, tgw.region);
    if (!vpcRegion.empty() && !tgwRegion.empty() && vpcRegion != tgwRegion) {
        const Resource* region = document.find(tgwRegion);
        proposal.hint = "A VPC can only attach to a transit gateway in its own region, and " +
                        wording::quoted(transitGateway.label()) + " is in " +
                        wording::quoted(region != nullptr ? region->label() : tgwRegion) +
                        ". Add a transit gateway to the VPC's region (and peer the two gateways "
                        "in AWS) instead.";
        return;
    }
    for (const Resource& resource : document.resources()) {
        const auto* attachment = resource.as<TransitGatewayAttachment>();
        if (attachment != nullptr && attachment->vpc == vpc.id &&
            attachment->transitGateway == transitGateway.id) {
            proposal.hint = wording::quoted(vpc.label()) + " is already attached to " +
                            wording::quoted(transitGateway.label()) + " by the attachment " +
                            wording::quoted(resource.label()) + ": there is nothing to add.";
            return;
        }
    }
    const std::vector<const Resource*> subnets = subnetPerZone(document, vpc.id);
    if (subnets.empty()) {
        proposal.hint = wording::quoted(vpc.label()) +
                        " has no subnet yet, and a transit gateway attachment needs a subnet in "
                        "each zone it serves. Add a subnet first.";
        return;
    }

    EditBuilder builder(document);
    Resource attachment;
    attachment.id = builder.freshId("tgw-attachment");
    attachment.name = vpc.label() + " attachment";
    TransitGatewayAttachment link;
    link.transitGateway = transitGateway.id;
    link.vpc = vpc.id;
    std::vector<std::string> subnetNames;
    for (const Resource* subnet : subnets) {
        link.subnets.push_back(subnet->id);
        subnetNames.push_back(subnet->label());
    }
    attachment.properties = link;
    proposal.changes.push_back("A new attachment of " + vpc.label() + " to " +
                               transitGateway.label() + ", with a network interface in " +
                               wording::listed(subnetNames) + " (the first subnet of each zone).");
    builder.add(std::move(attachment));
    if (tgw.defaultRouteTableAssociation && tgw.defaultRouteTablePropagation) {
        proposal.changes.push_back("The transit gateway's default route table routes the "
                                   "attachment's traffic and learns " +
                                   vpc.label() +
                                   "'s blocks (default association and "
                                   "propagation).");
    } else {
        proposal.changes.push_back(
            transitGateway.label() +
            " does not both associate and propagate new attachments with its default route "
            "table: add the attachment to one of its route tables for traffic to flow.");
    }
    if (withRoutes) {
        addRoutesBetween(builder, vpc, transitGateway, proposal.changes);
    }
    proposal.edit = builder.finish();
    proposal.label = "Attach " + vpc.label() + " to " + transitGateway.label();
    proposal.allowed = true;
}

} // namespace topograph::connect
