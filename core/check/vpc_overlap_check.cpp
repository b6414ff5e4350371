// SPDX-License-Identifier: Apache-2.0
// Overlapping VPCs (NETWORK_SEMANTICS.md, "Addresses"): VPCs joined by a peering connection, or
// attached to one transit gateway with routes between them, must not overlap (CIDR_OVERLAP,
// error); unconnected VPCs may (VPC_OVERLAP_UNCONNECTED, info). Blocks never partly overlap, so
// after sorting all VPC blocks the ones holding the current block form a chain: one sweep
// finds every overlapping pair (n log n plus the pairs reported).
#include "core/check/semantic_checks.h"
#include "core/check/wording.h"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>

namespace topograph::checks {

namespace {

struct VpcBlock {
    Cidr block;
    std::size_t vpc; // index into the VPC list
};

// Which pairs of VPCs a transit gateway routes between.
class TransitRouting {
public:
    explicit TransitRouting(const Document& document) {
        std::unordered_map<ResourceId, const TransitGateway*> gateways;
        for (const Resource& resource : document.resources()) {
            if (const auto* tgw = resource.as<TransitGateway>()) {
                gateways.emplace(resource.id, tgw);
            } else if (const auto* attachment = resource.as<TransitGatewayAttachment>()) {
                attachments_.emplace(resource.id, attachment);
            }
        }
        // Explicit associations and what each table learns (propagations, static routes).
        for (const Resource& resource : document.resources()) {
            const auto* table = resource.as<TransitGatewayRouteTable>();
            if (table == nullptr) {
                continue;
            }
            for (const ResourceId& attachment : table->associations) {
                associated_.try_emplace(attachment, resource.id);
            }
            auto& learned = learns_[resource.id];
            learned.insert(table->propagations.begin(), table->propagations.end());
            for (const TransitGatewayRoute& route : table->routes) {
                if (!route.blackhole && !route.attachment.empty()) {
                    learned.insert(route.attachment);
                }
            }
        }
        // Precise choice 7: the default table takes every attachment without an explicit
        // association, and learns every attachment when propagation is on.
        for (const auto& [id, attachment] : attachments_) {
            const auto gateway = gateways.find(attachment->transitGateway);
            if (gateway == gateways.end()) {
                continue;
            }
            const std::string defaultTable = gateway->first + "/default-route-table";
            if (gateway->second->defaultRouteTableAssociation) {
                associated_.try_emplace(id, defaultTable);
            }
            if (gateway->second->defaultRouteTablePropagation) {
                learns_[defaultTable].insert(id);
            }
            byVpc_[attachment->vpc].push_back(id);
        }
    }

    /// The transit gateway that routes from one VPC to the other (either way), or empty.
    ResourceId connecting(const ResourceId& a, const ResourceId& b) const {
        for (const ResourceId& fromA : attachmentsOf(a)) {
            for (const ResourceId& fromB : attachmentsOf(b)) {
                const ResourceId& tgw = attachments_.at(fromA)->transitGateway;
                if (tgw == attachments_.at(fromB)->transitGateway &&
                    (routes(fromA, fromB) || routes(fromB, fromA))) {
                    return tgw;
                }
            }
        }
        return {};
    }

private:
    const std::vector<ResourceId>& attachmentsOf(const ResourceId& vpc) const {
        static const std::vector<ResourceId> none;
        const auto it = byVpc_.find(vpc);
        return it == byVpc_.end() ? none : it->second;
    }
    bool routes(const ResourceId& from, const ResourceId& to) const {
        const auto table = associated_.find(from);
        if (table == associated_.end()) {
            return false;
        }
        const auto learned = learns_.find(table->second);
        return learned != learns_.end() && learned->second.contains(to);
    }

    std::unordered_map<ResourceId, const TransitGatewayAttachment*> attachments_;
    std::unordered_map<ResourceId, std::vector<ResourceId>> byVpc_;
    std::unordered_map<ResourceId, ResourceId> associated_;
    std::unordered_map<ResourceId, std::unordered_set<ResourceId>> learns_;
};

} // namespace

void checkVpcOverlaps(const Document& document, std::vector<Finding>& out) {
    std::vector<const Resource*> vpcs;
    std::vector<VpcBlock> blocks;
    std::map<std::pair<ResourceId, ResourceId>, std::vector<ResourceId>> peerings;
    for (const Resource& resource : document.resources()) {
        if (const auto* vpc = resource.as<Vpc>()) {
            std::vector<std::string> texts = vpc->ipv4Cidrs;
            if (vpc->ipv6Cidr) {
                texts.push_back(*vpc->ipv6Cidr);
            }
            for (const std::string& text : texts) {
                if (const auto block = alignedBlock(text)) {
                    blocks.push_back({*block, vpcs.size()});
                }
            }
            vpcs.push_back(&resource);
        } else if (const auto* peering = resource.as<VpcPeering>()) {
            auto key = std::minmax(peering->requesterVpc, peering->accepterVpc);
            peerings[{key.first, key.second}].push_back(resource.id);
        }
    }
    std::sort(blocks.begin(), blocks.end(), [](const VpcBlock& a, const VpcBlock& b) {
        return a.block != b.block ? a.block < b.block : a.vpc < b.vpc;
    });
    // Overlapping pairs (earlier VPC first) with one example block each.
    std::map<std::pair<std::size_t, std::size_t>, std::pair<Cidr, Cidr>> pairs;
    std::vector<const VpcBlock*> holding;
    for (const VpcBlock& current : blocks) {
        while (!holding.empty() && !holding.back()->block.contains(current.block)) {
            holding.pop_back();
        }
        for (const VpcBlock* outer : holding) {
            if (outer->vpc == current.vpc) {
                continue;
            }
            const bool inOrder = outer->vpc < current.vpc;
            const auto key = inOrder ? std::make_pair(outer->vpc, current.vpc)
                                     : std::make_pair(current.vpc, outer->vpc);
            pairs.try_emplace(key, inOrder ? outer->block : current.block,
                              inOrder ? current.block : outer->block);
        }
        holding.push_back(&current);
    }
    if (pairs.empty()) {
        return;
    }
    const TransitRouting transit(document);
    for (const auto& [key, example] : pairs) {
        const Resource& a = *vpcs[key.first];
        const Resource& b = *vpcs[key.second];
        const std::string overlap = "'" + a.id + "' (" + example.first.toString() + ") and '" +
                                    b.id + "' (" + example.second.toString() + ")";
        std::vector<ResourceId> connections;
        const auto peeredPair = peerings.find(std::minmax(a.id, b.id));
        if (peeredPair != peerings.end()) {
            connections = peeredPair->second;
        }
        if (ResourceId tgw = transit.connecting(a.id, b.id); !tgw.empty()) {
            connections.push_back(std::move(tgw));
        }
        std::vector<ResourceId> resources = {a.id, b.id};
        resources.insert(resources.end(), connections.begin(), connections.end());
        if (connections.empty()) {
            out.push_back({Severity::Info, "VPC_OVERLAP_UNCONNECTED", std::move(resources),
                           "VPCs " + overlap +
                               " overlap. They are not connected, so this works today, but they "
                               "can never be peered or routed to each other.",
                           "If they may ever need to talk, give one of them a block that no "
                           "other VPC uses (plan addresses per VPC, e.g. 10.<n>.0.0/16)."});
            continue;
        }
        const Resource* link = document.find(connections.front());
        const bool byPeering = link != nullptr && link->kind() == ResourceKind::VpcPeering;
        out.push_back(
            {Severity::Error, "CIDR_OVERLAP", std::move(resources),
             "VPCs " + overlap + " overlap but are connected by " +
                 (link != nullptr ? wording::named(*link) : "'" + connections.front() + "'") +
                 (byPeering ? ": AWS refuses to peer VPCs whose blocks overlap, and an address in "
                              "the shared range could mean either VPC."
                            : ": the transit gateway cannot tell which VPC an address in the "
                              "shared range means, so traffic to it goes to the wrong place."),
             "Give VPC '" + b.id +
                 "' a block that does not overlap any VPC it connects to, or remove the "
                 "connection."});
    }
}

} // namespace topograph::checks
