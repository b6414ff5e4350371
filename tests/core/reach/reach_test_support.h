// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/reach/reach.h"

#include <string>

namespace topograph::reach::testing {

inline ReachAnswer ask(const Document& document, const std::string& from, const std::string& to,
                       const std::string& protocol = "tcp", int port = 443,
                       PortRange ephemeral = {1024, 65535}) {
    ReachQuery query;
    query.source = from;
    query.destination = to;
    query.protocol = *parseIpProtocol(protocol);
    query.port = port;
    query.ephemeral = ephemeral;
    return reach(document, query);
}

/// "reachable" or the code, so a failing expectation prints the explanation too.
inline std::string verdict(const ReachAnswer& answer) {
    return answer.reachable ? "reachable" : answer.code;
}

} // namespace topograph::reach::testing
