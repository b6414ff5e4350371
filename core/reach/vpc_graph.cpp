// SPDX-License-Identifier: Apache-2.0
#include "core/reach/vpc_graph.h"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/connected_components.hpp>
#include <unordered_map>

namespace topograph::reach {

VpcGraph::VpcGraph(const NetworkIndex& index) : vpcCount_(index.vpcs.size()) {
    // Vertices: the VPCs first, then one per transit gateway named by an attachment.
    using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
    std::unordered_map<ResourceId, std::size_t> gateways;
    for (const TgwAttachmentView& attachment : index.tgwAttachments) {
        gateways.emplace(attachment.transitGateway, vpcCount_ + gateways.size());
    }
    Graph graph(vpcCount_ + gateways.size());
    references_.assign(vpcCount_ * vpcCount_, false);
    for (Index v = 0; v < vpcCount_; ++v) {
        references_[v * vpcCount_ + v] = true;
    }
    for (const Resource& resource : index.document().resources()) {
        const auto* peering = resource.as<VpcPeering>();
        if (peering == nullptr) {
            continue;
        }
        const Index a = index.vpcOf(peering->requesterVpc);
        const Index b = index.vpcOf(peering->accepterVpc);
        if (a == none || b == none) {
            continue;
        }
        boost::add_edge(a, b, graph);
        if (peering->peerRegion.empty()) {
            references_[a * vpcCount_ + b] = true;
            references_[b * vpcCount_ + a] = true;
        }
    }
    // As PathWalk decides it: some attachment of the first VPC opted in, and so did the
    // attachment AWS finds first for the second VPC on the same gateway.
    std::unordered_map<ResourceId, std::vector<Index>> anyOptedIn;
    std::unordered_map<ResourceId, std::vector<Index>> firstOptedIn;
    for (Index a = 0; a < index.tgwAttachments.size(); ++a) {
        const TgwAttachmentView& attachment = index.tgwAttachments[a];
        if (attachment.vpc == none) {
            continue;
        }
        boost::add_edge(attachment.vpc, gateways.at(attachment.transitGateway), graph);
        if (!attachment.securityGroupReferencing) {
            continue;
        }
        anyOptedIn[attachment.transitGateway].push_back(attachment.vpc);
        if (index.attachmentOf(attachment.vpc, attachment.transitGateway) == a) {
            firstOptedIn[attachment.transitGateway].push_back(attachment.vpc);
        }
    }
    for (const auto& [gateway, firsts] : anyOptedIn) {
        const auto seconds = firstOptedIn.find(gateway);
        if (seconds == firstOptedIn.end()) {
            continue;
        }
        for (Index a : firsts) {
            for (Index b : seconds->second) {
                references_[a * vpcCount_ + b] = true;
            }
        }
    }
    std::vector<std::size_t> components(boost::num_vertices(graph));
    componentCount_ =
        boost::num_vertices(graph) == 0
            ? 0
            : static_cast<std::size_t>(boost::connected_components(
                  graph, boost::make_iterator_property_map(
                             components.begin(), boost::get(boost::vertex_index, graph))));
    component_.assign(components.begin(), components.begin() + static_cast<long>(vpcCount_));
}

} // namespace topograph::reach
