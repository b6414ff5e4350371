// SPDX-License-Identifier: Apache-2.0
// Resolves a query's endpoints, cuts the remote address space into classes that every rule
// treats alike, walks one representative per class and turns the best walk into an answer.
#include "core/reach/reach.h"

#include "core/reach/path_walk.h"

#include <algorithm>

namespace topograph::reach {

namespace {

std::optional<IpAddress> parseAddress(const std::string& text) {
    AddressError error = AddressError::None;
    auto address = IpAddress::tryParse(text, error);
    if (!address || address->family() != IpFamily::V4) {
        return std::nullopt;
    }
    return address;
}

Endpoint workloadEndpoint(const NetworkIndex& index, Index workload) {
    const WorkloadView& view = index.workloads[workload];
    if (view.subnet == none || index.subnets[view.subnet].vpc == none) {
        throw ReachQueryError(view.id + " is in no subnet of a VPC; place it in a subnet first.");
    }
    if (!view.address) {
        throw ReachQueryError(view.id + " has no private address (its subnet is full or has an "
                                        "invalid block); fix the subnet first.");
    }
    Endpoint endpoint;
    endpoint.kind = EndpointKind::Workload;
    endpoint.workload = workload;
    endpoint.address = view.address;
    endpoint.name = view.label;
    return endpoint;
}

Endpoint resolve(const NetworkIndex& index, const std::string& text, bool isSource) {
    const char* role = isSource ? "source" : "destination";
    if (text == "internet") {
        Endpoint endpoint;
        endpoint.name = "the internet";
        return endpoint;
    }
    if (text == "s3" || text == "dynamodb") {
        if (isSource) {
            throw ReachQueryError("AWS services (" + text + ") can only be a destination.");
        }
        Endpoint endpoint;
        endpoint.kind = EndpointKind::Service;
        endpoint.service = text;
        endpoint.name = text == "s3" ? "Amazon S3" : "Amazon DynamoDB";
        return endpoint;
    }
    if (const Index workload = index.workloadOf(text); workload != none) {
        return workloadEndpoint(index, workload);
    }
    if (const auto address = parseAddress(text)) {
        if (const Index workload = index.workloadAt(*address); workload != none) {
            return workloadEndpoint(index, workload);
        }
        const bool inNetwork = isNonPublicAddress(*address) || index.anyVpcHolds(*address);
        if (isSource && inNetwork) {
            throw ReachQueryError("No workload has the address " + text +
                                  "; name a workload or a public address as the source.");
        }
        Endpoint endpoint;
        endpoint.kind = inNetwork ? EndpointKind::Address : EndpointKind::Internet;
        endpoint.address = address;
        endpoint.name = text;
        return endpoint;
    }
    if (const Resource* resource = index.document().find(text)) {
        throw ReachQueryError(std::string("The ") + role + " " + text + " is a " +
                              std::string(kindLabel(resource->kind())) +
                              ", not a workload; name an instance, load balancer, database, "
                              "function, service or interface endpoint.");
    }
    throw ReachQueryError(std::string("Unknown ") + role + " '" + text +
                          "': use a resource id, internet, an IPv4 address, s3 or dynamodb.");
}

void addGroupCuts(const NetworkIndex& index, std::vector<std::uint64_t>& cuts, Index workload) {
    if (workload == none) {
        return;
    }
    for (Index g : index.workloads[workload].securityGroups) {
        for (const auto* rules :
             {&index.securityGroups[g].ingress, &index.securityGroups[g].egress}) {
            for (const SgRuleView& rule : *rules) {
                if (rule.cidr) {
                    cuts.push_back(rule.cidr->network().v4Value());
                    cuts.push_back(std::uint64_t{rule.cidr->lastAddress().v4Value()} + 1);
                }
            }
        }
    }
}

/// One representative (the lowest address) per class of public addresses that every block of
/// the network and of the two workloads' security groups treats alike, in ascending order.
std::vector<IpAddress> publicRepresentatives(const NetworkIndex& index, Index workloadA,
                                             Index workloadB) {
    // The network's own cuts come precomputed; only the two workloads' groups are added here.
    std::vector<std::uint64_t> cuts = index.publicCuts();
    addGroupCuts(index, cuts, workloadA);
    addGroupCuts(index, cuts, workloadB);
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
    std::vector<IpAddress> representatives;
    for (const auto& [low, high] : index.publicSpace()) {
        representatives.push_back(IpAddress::v4(static_cast<std::uint32_t>(low)));
        for (auto it = std::upper_bound(cuts.begin(), cuts.end(), low);
             it != cuts.end() && *it <= high; ++it) {
            representatives.push_back(IpAddress::v4(static_cast<std::uint32_t>(*it)));
        }
    }
    return representatives;
}

std::string endpointText(const Endpoint& endpoint, const IpAddress& address) {
    if (endpoint.kind == EndpointKind::Workload) {
        return endpoint.name + " (" + address.toString() + ")";
    }
    if (endpoint.kind == EndpointKind::Internet && endpoint.address) {
        return endpoint.name;
    }
    if (endpoint.kind == EndpointKind::Internet) {
        return "the internet (e.g. " + address.toString() + ")";
    }
    return endpoint.name;
}

} // namespace

ReachAnswer reach(const NetworkIndex& index, const ReachQuery& query) {
    if (query.protocol.hasPorts() && (query.port < 0 || query.port > 65535)) {
        throw ReachQueryError("Port " + std::to_string(query.port) + " is outside 0-65535.");
    }
    if (!query.ephemeral.isValid()) {
        throw ReachQueryError("The ephemeral range must be LO-HI within 0-65535 with LO <= HI.");
    }
    const Endpoint source = resolve(index, query.source, true);
    const Endpoint destination = resolve(index, query.destination, false);
    if (source.kind != EndpointKind::Workload && destination.kind != EndpointKind::Workload) {
        throw ReachQueryError("One end of a query must be a workload (a resource id, or the "
                              "private address of one).");
    }
    if (source.kind == EndpointKind::Workload && destination.kind == EndpointKind::Workload &&
        source.workload == destination.workload) {
        throw ReachQueryError("The source and the destination are the same workload.");
    }

    // The remote addresses to try: one when the query names it, else a representative of each
    // class of public addresses.
    const bool fromWorkload = source.kind == EndpointKind::Workload;
    const Endpoint& remoteEnd = fromWorkload ? destination : source;
    std::vector<IpAddress> remotes;
    if (remoteEnd.address) {
        remotes.push_back(*remoteEnd.address);
    } else {
        remotes = publicRepresentatives(index, source.workload, destination.workload);
    }

    std::optional<WalkResult> best;
    IpAddress bestRemote;
    for (const IpAddress& remote : remotes) {
        WalkResult walk = PathWalk(index, query, source, destination, remote).run();
        // The first reachable address wins; among failures the one that passed most checks,
        // the lowest address on a tie.
        if (walk.reachable || !best || walk.depth > best->depth) {
            const bool done = walk.reachable;
            best = std::move(walk);
            bestRemote = remote;
            if (done) {
                break;
            }
        }
    }

    ReachAnswer answer;
    if (!best) {
        throw ReachQueryError("No public address is left to try: every address lies in a VPC.");
    }
    const IpAddress sourceAddress = fromWorkload ? *source.address : bestRemote;
    const IpAddress destinationAddress = fromWorkload ? bestRemote : *destination.address;
    const std::string from = endpointText(source, sourceAddress);
    const std::string to = endpointText(destination, destinationAddress);
    answer.hops = std::move(best->hops);
    answer.reachable = best->reachable;
    if (best->reachable) {
        answer.workingPorts = best->ports;
        answer.ephemeralPorts = best->ports.toString();
        answer.explanation =
            from + " reaches " + to + " on " +
            (query.protocol.hasPorts()
                 ? toString(query.protocol) + "/" + std::to_string(query.port)
                 : std::string(query.protocol.isAll() ? "all traffic" : toString(query.protocol))) +
            ", and the response gets back" +
            (query.protocol.hasPorts() ? " for client ports " + answer.ephemeralPorts
                                       : std::string()) +
            ".";
        const PortSet requested = PortSet::range(query.ephemeral.from, query.ephemeral.to);
        if (query.protocol.hasPorts() && best->ports != requested) {
            std::string nacls;
            for (const std::string& id : best->narrowedBy) {
                nacls += (nacls.empty() ? "" : ", ") + id;
            }
            answer.warnings.push_back("Only client ports " + answer.ephemeralPorts + " of " +
                                      std::to_string(query.ephemeral.from) + "-" +
                                      std::to_string(query.ephemeral.to) +
                                      " get a response (narrowed by " + nacls +
                                      "); clients that pick another ephemeral port fail.");
        }
    } else {
        const Failure& failure = *best->failure;
        answer.code = std::string(failure.code);
        answer.raCode = std::string(failure.raCode);
        answer.blockedAt = failure.blockedAt;
        answer.explanation = failure.explanation;
        answer.fix = failure.fix;
        answer.remedy = failure.remedy;
    }
    if (!answer.explanation.empty() && answer.explanation[0] >= 'a' &&
        answer.explanation[0] <= 'z') {
        answer.explanation[0] = static_cast<char>(answer.explanation[0] - 'a' + 'A');
    }
    return answer;
}

ReachAnswer reach(const Document& document, const ReachQuery& query) {
    const NetworkIndex index(document);
    return reach(index, query);
}

} // namespace topograph::reach
