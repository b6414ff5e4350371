// SPDX-License-Identifier: Apache-2.0
#include "app/cli/reach_output.h"

#include "app/cli/json_writer.h"

#include <algorithm>
#include <ostream>
#include <vector>

namespace topograph::cli {

namespace {

std::string rangeText(const PortRange& range) {
    return range.from == range.to ? std::to_string(range.from)
                                  : std::to_string(range.from) + "-" + std::to_string(range.to);
}

std::vector<const reach::Hop*> hopsOf(const reach::ReachAnswer& answer,
                                      const std::string& direction) {
    std::vector<const reach::Hop*> hops;
    for (const reach::Hop& hop : answer.hops) {
        if (hop.direction == direction) {
            hops.push_back(&hop);
        }
    }
    return hops;
}

// One numbered line per hop, the component and its kind in aligned columns so the details
// (the rule, route or gateway that let the packet through) line up.
void printHops(const std::vector<const reach::Hop*>& hops, std::ostream& out) {
    std::size_t componentWidth = 0;
    std::size_t kindWidth = 0;
    for (const reach::Hop* hop : hops) {
        componentWidth = std::max(componentWidth, hop->component.size());
        kindWidth = std::max(kindWidth, hop->kind.size());
    }
    const std::size_t numberWidth = std::to_string(hops.size()).size();
    for (std::size_t i = 0; i < hops.size(); ++i) {
        const reach::Hop& hop = *hops[i];
        const std::string number = std::to_string(i + 1);
        out << "  " << std::string(numberWidth - number.size(), ' ') << number << ". "
            << hop.component << std::string(componentWidth - hop.component.size() + 2, ' ')
            << hop.kind << std::string(kindWidth - hop.kind.size() + 2, ' ') << hop.detail << '\n';
    }
}

} // namespace

std::string describeTraffic(IpProtocol protocol, int port) {
    if (protocol.hasPorts()) {
        return toString(protocol) + " port " + std::to_string(port);
    }
    return protocol.number == IpProtocol::All ? std::string("all traffic") : toString(protocol);
}

void printReachAnswer(const reach::ReachQuery& query, const reach::ReachAnswer& answer,
                      std::ostream& out) {
    out << "Can " << query.source << " reach " << query.destination << " on "
        << describeTraffic(query.protocol, query.port) << "?\n";
    if (answer.reachable) {
        out << "Yes, reachable.";
        if (!answer.ephemeralPorts.empty()) {
            out << " Client ports that work: " << answer.ephemeralPorts;
            if (answer.ephemeralPorts != rangeText(query.ephemeral)) {
                out << " (of " << rangeText(query.ephemeral) << " tried)";
            }
            out << '.';
        }
        out << '\n';
    } else {
        out << "No, blocked at " << answer.blockedAt << ": " << answer.code;
        if (!answer.raCode.empty()) {
            out << " (AWS Reachability Analyzer: " << answer.raCode << ")";
        }
        out << ".\n";
    }
    if (!answer.explanation.empty()) {
        out << (answer.reachable ? "" : "Why: ") << answer.explanation << '\n';
    }
    if (!answer.reachable && !answer.fix.empty()) {
        out << "Fix: " << answer.fix << '\n';
    }
    for (const std::string& warning : answer.warnings) {
        out << "Warning: " << warning << '\n';
    }

    const auto request = hopsOf(answer, "request");
    const auto response = hopsOf(answer, "response");
    const bool blockedInRequest = !answer.reachable && response.empty();
    out << "\nRequest, " << query.source << " to " << query.destination;
    if (request.empty()) {
        out << ": blocked before any step let it through.\n";
        return;
    }
    out << (blockedInRequest ? " (the steps that let it through before it was blocked)" : "")
        << ":\n";
    printHops(request, out);
    if (!response.empty() || answer.reachable) {
        out << "\nResponse, " << query.destination << " back to " << query.source
            << (answer.reachable ? "" : " (the steps that let it through before it was blocked)")
            << ":\n";
        if (response.empty()) {
            out << "  nothing to cross: security groups let responses through, and no network "
                   "ACL lies between the two\n";
        }
        printHops(response, out);
    }
}

void printReachAnswerJson(const reach::ReachQuery& query, const reach::ReachAnswer& answer,
                          std::ostream& out) {
    JsonWriter json(out);
    const auto textOrNull = [&](const std::string& text) -> JsonWriter& {
        return answer.reachable ? json.null() : json.value(text);
    };
    json.beginObject();
    json.key("reachable").value(answer.reachable);
    json.key("code");
    textOrNull(answer.code);
    json.key("ra_code");
    textOrNull(answer.raCode);
    json.key("blocked_at");
    textOrNull(answer.blockedAt);
    json.key("explanation").value(answer.explanation);
    json.key("fix").value(answer.fix);
    json.key("ephemeral_ports");
    if (!query.protocol.hasPorts()) {
        json.null();
    } else if (answer.reachable && !answer.ephemeralPorts.empty()) {
        json.value(answer.ephemeralPorts);
    } else {
        json.value(rangeText(query.ephemeral));
    }
    json.key("hops").beginArray();
    for (const reach::Hop& hop : answer.hops) {
        json.beginObject();
        json.key("direction").value(hop.direction);
        json.key("component").value(hop.component);
        json.key("kind").value(hop.kind);
        json.key("detail").value(hop.detail);
        json.endObject();
    }
    json.endArray().endObject();
    out << '\n';
}

} // namespace topograph::cli
