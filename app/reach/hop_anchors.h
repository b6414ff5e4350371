// SPDX-License-Identifier: Apache-2.0
#pragma once

// Where each hop of a reachability answer shows on the canvas. Route tables, network ACLs and
// security groups are not drawn, so a hop through one shows on the drawn item it guards: a
// security group on the query's workload that carries it, a route table or network ACL on the
// subnet that uses it (an endpoint's subnet first, else the subnet of a gateway already on the
// path), a transit gateway attachment on its transit gateway. A hop none of these pins down
// has no anchor; the blocking component falls back to its nearest drawn container, because
// the user must see where the path stops.

#include "core/reach/network_index.h"
#include "core/reach/query.h"

#include <functional>
#include <vector>

namespace topograph::reach_view {

/// One row of the path as the GUI shows it: an answer's hop, or the check that blocked it.
struct PathStep {
    reach::Hop hop;
    bool allowed = true;
};

/// The answer's hops in order, followed by the blocking check when the path is blocked (the
/// engine lists only the checks that passed). The blocking step's direction is "response" for
/// codes about the way back.
std::vector<PathStep> pathSteps(const reach::ReachAnswer& answer);

/// True when the id has an item on the canvas.
using IsDrawn = std::function<bool(const ResourceId&)>;

/// The drawn item standing for each step ("" when none), in the order of `steps`.
std::vector<ResourceId> anchorSteps(const reach::NetworkIndex& index,
                                    const reach::ReachQuery& query,
                                    const std::vector<PathStep>& steps, const IsDrawn& isDrawn);

/// The workload an endpoint names (an id, or the private address of a workload), or none.
reach::Index endpointWorkload(const reach::NetworkIndex& index, const std::string& endpoint);

} // namespace topograph::reach_view
