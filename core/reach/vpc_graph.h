// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/reach/network_index.h"

#include <cstddef>
#include <vector>

namespace topograph::reach {

/// Which VPCs are connected through peering connections and transit gateways (a Boost.Graph
/// of VPCs and gateways, split into connected components), and between which VPC pairs
/// security group references count (same VPC, same-region peering, or a transit gateway both
/// attachments opted in to, NETWORK_SEMANTICS.md).
///
/// A packet only ever enters VPCs of its source's component, and a walk only reads the blocks
/// of VPCs of that component (transit gateway propagation, peering): the incremental engine
/// leaves answers of other components alone when a VPC's blocks change. The matrix reads the
/// group-reference pairs.
class VpcGraph {
public:
    explicit VpcGraph(const NetworkIndex& index);

    /// The component of a VPC; VPCs of different components never exchange a packet.
    std::size_t component(Index vpc) const { return component_[vpc]; }
    bool connected(Index a, Index b) const { return component_[a] == component_[b]; }
    std::size_t componentCount() const { return componentCount_; }

    bool referencesCount(Index a, Index b) const {
        return a != none && b != none && references_[a * vpcCount_ + b];
    }

private:
    std::size_t vpcCount_ = 0;
    std::vector<std::size_t> component_;
    std::size_t componentCount_ = 0;
    std::vector<bool> references_; // vpc x vpc
};

} // namespace topograph::reach
