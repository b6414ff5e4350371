// SPDX-License-Identifier: Apache-2.0
// The candidates are the items the connection rules pair with the selected one; each gets the
// proposal a drop on it would get. Two workloads are only checked for what the pair itself
// allows (both in a subnet): their full proposal asks the reachability engine, which is the
// dialog's job once a port is chosen, not a list's of possibly hundreds of workloads.
#include "core/edit/connection_targets.h"

#include "core/check/wording.h"
#include "core/model/references.h"
#include "core/reach/rule_evaluation.h"

#include <algorithm>

namespace topograph {

namespace {

/// True when the workload sits in a subnet the model has: security group rules between two
/// workloads need both placed.
bool inASubnet(const Document& document, const Resource& workload) {
    const Placement* placement = workload.placement();
    return placement != nullptr && !placement->subnets.empty() &&
           document.findAs<Subnet>(placement->subnets.front()) != nullptr;
}

/// A connection from `source` onto the workload `candidate` on the port it listens on, not yet
/// allowed: the caller checks what the pair settles.
ConnectionTarget portTarget(const ListeningPorts& ports, ConnectionKind kind,
                            const Resource& source, const Resource& candidate) {
    ConnectionTarget target;
    target.id = candidate.id;
    target.kind = kind;
    target.from = source.id;
    target.to = candidate.id;
    target.listening = ports.of(candidate.id, source.id);
    return target;
}

ConnectionTarget workloadTarget(const Document& document, const ListeningPorts& ports,
                                const Resource& source, const Resource& candidate) {
    ConnectionTarget target =
        portTarget(ports, ConnectionKind::SecurityGroupRules, source, candidate);
    for (const Resource* end : {&source, &candidate}) {
        if (!inASubnet(document, *end)) {
            target.hint = wording::quoted(end->label()) +
                          " is not in any subnet yet, and security group rules need both "
                          "workloads placed. Place it in a subnet first.";
            return target;
        }
    }
    target.allowed = true;
    target.label = "Allow " +
                   reach::describeTraffic(target.listening.protocol, target.listening.port) +
                   " from " + source.label() + " to " + candidate.label();
    return target;
}

/// The internet gateway's side of letting the internet in: only what the pair itself settles
/// (the workload placed in the gateway's VPC); the rules are the dialog's, once a port is chosen.
ConnectionTarget ingressTarget(const Document& document, const ListeningPorts& ports,
                               const Resource& gateway, const Resource& candidate) {
    ConnectionTarget target =
        portTarget(ports, ConnectionKind::InternetIngress, gateway, candidate);
    const Placement* placement = candidate.placement();
    const std::optional<ResourceId> vpc = inASubnet(document, candidate)
                                              ? enclosingVpc(document, placement->subnets.front())
                                              : std::nullopt;
    if (!vpc || gateway.as<InternetGateway>()->attachedVpc != vpc) {
        target.hint = wording::quoted(gateway.label()) + " does not serve the VPC of " +
                      wording::quoted(candidate.label()) +
                      ": the internet reaches a workload only through the internet gateway "
                      "attached to its own VPC.";
        return target;
    }
    target.allowed = true;
    target.label = "Allow " +
                   reach::describeTraffic(target.listening.protocol, target.listening.port) +
                   " from the internet to " + candidate.label();
    return target;
}

/// True for an item inside a VPC that a VPC or transit gateway connection takes as a drop on
/// its VPC: the VPC is listed once, so the item needs no proposal of its own.
bool standsForItsVpc(ConnectionKind kind, const Resource& candidate) {
    const bool vpcConnection =
        kind == ConnectionKind::Peering || kind == ConnectionKind::TransitAttachment;
    return vpcConnection && candidate.kind() != ResourceKind::Vpc &&
           candidate.kind() != ResourceKind::TransitGateway;
}

} // namespace

std::vector<ConnectionTarget> connectionTargets(const Document& document, const ResourceId& from) {
    std::vector<ConnectionTarget> allowed;
    std::vector<ConnectionTarget> refused;
    const Resource* source = document.find(from);
    if (source == nullptr || !startsConnections(document, from)) {
        return allowed;
    }
    const ListeningPorts ports(document);
    for (const Resource& candidate : document.resources()) {
        if (candidate.id == from) {
            continue;
        }
        const ConnectionKind kind = connectionKind(document, from, candidate.id);
        if (kind == ConnectionKind::None || standsForItsVpc(kind, candidate)) {
            continue;
        }
        ConnectionTarget target;
        if (kind == ConnectionKind::SecurityGroupRules) {
            target = workloadTarget(document, ports, *source, candidate);
        } else if (kind == ConnectionKind::InternetIngress) {
            target = ingressTarget(document, ports, *source, candidate);
        } else {
            ConnectionRequest request;
            request.from = from;
            request.to = candidate.id;
            const ConnectionProposal proposal = proposeConnection(document, request);
            // A drop inside a VPC counts as a drop on the VPC: list the VPC once, not every
            // item in it.
            const ResourceId& otherEnd = proposal.from == from ? proposal.to : proposal.from;
            if (otherEnd != candidate.id) {
                continue;
            }
            target.id = candidate.id;
            target.kind = kind;
            target.from = proposal.from;
            target.to = proposal.to;
            target.allowed = proposal.allowed;
            target.label = proposal.label;
            target.hint = proposal.hint;
        }
        (target.allowed ? allowed : refused).push_back(std::move(target));
    }
    allowed.insert(allowed.end(), std::make_move_iterator(refused.begin()),
                   std::make_move_iterator(refused.end()));
    return allowed;
}

} // namespace topograph
