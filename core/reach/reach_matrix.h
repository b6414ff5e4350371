// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/reach/network_index.h"
#include "core/reach/query.h"

#include <functional>
#include <string>
#include <vector>

namespace topograph::reach {

struct MatrixPair {
    std::string from; // a workload id or "internet"
    std::string to;
    bool reachable = false;
    std::string code; // empty when reachable
};

struct MatrixQuery {
    IpProtocol protocol{IpProtocol::Tcp};
    int port = 443;
    PortRange ephemeral{1024, 65535};
};

/// Every workload to every other workload (document order), then each workload to the internet
/// and the internet to it. Workloads that share subnet, security groups, public-IP status and
/// address class (no block of the network or of any group separates their addresses) answer
/// alike, so each pair of such classes is evaluated once. Workloads that cannot be queried (no
/// subnet or address) are left out.
std::vector<MatrixPair> reachMatrix(const NetworkIndex& index, const MatrixQuery& query);

/// The same pairs in the same order, handed to `visit` one at a time (the pair object is reused),
/// so that 5,000 workloads (25 million pairs) need no 25-million-element vector.
void forEachMatrixPair(const NetworkIndex& index, const MatrixQuery& query,
                       const std::function<void(const MatrixPair&)>& visit);

} // namespace topograph::reach
