// SPDX-License-Identifier: Apache-2.0
#include "app/reach/hop_anchors.h"

#include "core/cidr/ip_address.h"
#include "core/model/references.h"
#include "core/reach/reach_codes.h"

#include <algorithm>
#include <string_view>

namespace topograph::reach_view {

namespace {

// The check a blocking code names, in the vocabulary of Hop::kind, so that the blocking step
// is anchored like a hop of that kind.
std::string kindOfCode(std::string_view code) {
    namespace c = reach::code;
    if (code == c::SgEgressDenied) {
        return "security-group-egress";
    }
    if (code == c::SgIngressDenied) {
        return "security-group-ingress";
    }
    if (code == c::NaclOutboundDenied) {
        return "network-acl-outbound";
    }
    if (code == c::NaclInboundDenied) {
        return "network-acl-inbound";
    }
    if (code == c::NaclReturnDenied) {
        return "network-acl-return";
    }
    if (code == c::NoRoute || code == c::BlackholeRoute || code == c::NoReturnRoute) {
        return "route-table";
    }
    return "blocked";
}

bool isReturnCode(std::string_view code) {
    return code == reach::code::NaclReturnDenied || code == reach::code::NoReturnRoute;
}

bool contains(std::string_view text, std::string_view part) {
    return text.find(part) != std::string_view::npos;
}

// Whether a step is checked at the destination's side of the flow: inbound checks of the
// request and outbound checks (and routing) of the response.
bool destinationSide(const PathStep& step) {
    const bool inbound = contains(step.hop.kind, "ingress") || contains(step.hop.kind, "inbound");
    const bool response = step.hop.direction == "response";
    return inbound != response;
}

struct Anchoring {
    const reach::NetworkIndex& index;
    const reach::ReachQuery& query;
    const IsDrawn& isDrawn;

    const Document& document() const { return index.document(); }

    // Source and destination workloads, the side the step belongs to first.
    std::vector<reach::Index> endpoints(const PathStep& step) const {
        std::vector<reach::Index> found;
        const reach::Index source = endpointWorkload(index, query.source);
        const reach::Index destination = endpointWorkload(index, query.destination);
        for (const reach::Index workload : destinationSide(step)
                                               ? std::vector{destination, source}
                                               : std::vector{source, destination}) {
            if (workload != reach::none) {
                found.push_back(workload);
            }
        }
        return found;
    }

    bool subnetUses(reach::Index subnet, const ResourceId& component) const {
        const reach::SubnetView& view = index.subnets[subnet];
        return (view.routeTable != reach::none &&
                index.routeTables[view.routeTable].id == component) ||
               (view.nacl != reach::none && index.nacls[view.nacl].id == component);
    }

    ResourceId securityGroupAnchor(const PathStep& step) const {
        const reach::Index group = index.securityGroupOf(step.hop.component);
        for (const reach::Index workload : endpoints(step)) {
            const auto& groups = index.workloads[workload].securityGroups;
            const ResourceId& id = index.workloads[workload].id;
            if (std::find(groups.begin(), groups.end(), group) != groups.end() && isDrawn(id)) {
                return id;
            }
        }
        return {};
    }

    // A subnet using the route table or ACL: an endpoint's, else one holding an item already
    // on the path (the NAT gateway whose subnet's ACL the packet crosses next).
    ResourceId subnetAnchor(const PathStep& step, const std::vector<ResourceId>& onPath) const {
        for (const reach::Index workload : endpoints(step)) {
            const reach::Index subnet = index.workloads[workload].subnet;
            if (subnet != reach::none && subnetUses(subnet, step.hop.component) &&
                isDrawn(index.subnets[subnet].id)) {
                return index.subnets[subnet].id;
            }
        }
        for (const ResourceId& id : onPath) {
            const Resource* item = document().find(id);
            const auto container = item == nullptr ? std::nullopt : containerOf(document(), *item);
            const reach::Index subnet = container ? index.subnetOf(*container) : reach::none;
            if (subnet != reach::none && subnetUses(subnet, step.hop.component) &&
                isDrawn(*container)) {
                return *container;
            }
        }
        return {};
    }

    ResourceId drawnContainer(const ResourceId& component) const {
        const Resource* current = document().find(component);
        for (std::size_t steps = 0; current != nullptr && steps < document().size(); ++steps) {
            const auto up = containerOf(document(), *current);
            if (!up) {
                return {};
            }
            if (isDrawn(*up)) {
                return *up;
            }
            current = document().find(*up);
        }
        return {};
    }

    ResourceId anchor(const PathStep& step, const std::vector<ResourceId>& onPath) const {
        const ResourceId& component = step.hop.component;
        if (isDrawn(component)) {
            return component;
        }
        ResourceId found;
        if (index.securityGroupOf(component) != reach::none) {
            found = securityGroupAnchor(step);
        } else if (const reach::Index attachment = index.tgwAttachmentOf(component);
                   attachment != reach::none) {
            const ResourceId& gateway = index.tgwAttachments[attachment].transitGateway;
            found = isDrawn(gateway) ? gateway : ResourceId{};
        } else {
            found = subnetAnchor(step, onPath);
        }
        if (found.empty() && !step.allowed) {
            found = drawnContainer(component);
        }
        return found;
    }
};

} // namespace

reach::Index endpointWorkload(const reach::NetworkIndex& index, const std::string& endpoint) {
    if (const reach::Index workload = index.workloadOf(endpoint); workload != reach::none) {
        return workload;
    }
    AddressError ignored = AddressError::None;
    const auto address = IpAddress::tryParse(endpoint, ignored);
    return address ? index.workloadAt(*address) : reach::none;
}

std::vector<PathStep> pathSteps(const reach::ReachAnswer& answer) {
    std::vector<PathStep> steps;
    steps.reserve(answer.hops.size() + 1);
    for (const reach::Hop& hop : answer.hops) {
        steps.push_back({hop, true});
    }
    if (!answer.reachable && !answer.blockedAt.empty()) {
        const std::string direction = isReturnCode(answer.code) ? "response" : "request";
        steps.push_back(
            {{direction, answer.blockedAt, kindOfCode(answer.code), answer.code}, false});
    }
    return steps;
}

std::vector<ResourceId> anchorSteps(const reach::NetworkIndex& index,
                                    const reach::ReachQuery& query,
                                    const std::vector<PathStep>& steps, const IsDrawn& isDrawn) {
    const Anchoring anchoring{index, query, isDrawn};
    std::vector<ResourceId> anchors(steps.size());
    // Twice: a route table's subnet may be found only through the gateway anchored after it.
    for (int pass = 0; pass < 2; ++pass) {
        std::vector<ResourceId> onPath;
        for (const ResourceId& id : anchors) {
            if (!id.empty()) {
                onPath.push_back(id);
            }
        }
        for (std::size_t i = 0; i < steps.size(); ++i) {
            if (anchors[i].empty()) {
                anchors[i] = anchoring.anchor(steps[i], onPath);
            }
        }
    }
    return anchors;
}

} // namespace topograph::reach_view
