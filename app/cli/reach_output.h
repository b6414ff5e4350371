// SPDX-License-Identifier: Apache-2.0
// How one reachability answer is printed: for a student (the question, the verdict, the hops of
// the request then of the response, what blocks and how to fix it), and as the JSON object of
// /work/shared/CLI.md.
#pragma once

#include "core/reach/query.h"

#include <iosfwd>
#include <string>

namespace topograph::cli {

/// "tcp port 443", "udp port 53", "icmp", "all traffic".
std::string describeTraffic(IpProtocol protocol, int port);

void printReachAnswer(const reach::ReachQuery& query, const reach::ReachAnswer& answer,
                      std::ostream& out);

/// {"reachable", "code", "ra_code", "blocked_at", "explanation", "fix", "ephemeral_ports",
/// "hops"} and a newline. code, ra_code and blocked_at are null when reachable;
/// ephemeral_ports is the client ports that work when reachable, the range tried when not,
/// and null when the protocol has no ports (icmp, all).
void printReachAnswerJson(const reach::ReachQuery& query, const reach::ReachAnswer& answer,
                          std::ostream& out);

} // namespace topograph::cli
