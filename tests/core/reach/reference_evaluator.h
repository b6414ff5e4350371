// SPDX-License-Identifier: Apache-2.0
#pragma once

// A deliberately plain reachability evaluator for the property test: it reads the Document
// directly, looks at one address and one port at a time with straightforward loops, and shares
// no code with core/reach beyond the CIDR value types. It covers the subset of the model that
// the random networks use: VPCs, subnets, route tables (local, internet gateway, NAT gateway,
// peering, blackhole), NACLs, security groups (CIDR and group references), instances, Elastic
// IPs and peering connections.

#include "core/model/document.h"
#include "core/reach/query.h"

#include <string>
#include <vector>

namespace topograph::reach::testing {

struct ReferenceVerdict {
    bool error = false; // the engine must refuse the query too
    bool reachable = false;
    std::string code;
    /// For a reachable answer: the candidate client ports and whether each one works.
    std::vector<std::pair<int, bool>> clientPorts;
};

ReferenceVerdict referenceReach(const Document& document, const ReachQuery& query);

} // namespace topograph::reach::testing
