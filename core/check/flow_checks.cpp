// SPDX-License-Identifier: Apache-2.0
// ALLOWED_FLOW_BLOCKED: a security group rule says what traffic the designer means to let in
// ("PostgreSQL from the app tier"). When something else on the path blocks that very traffic (a
// network ACL emptied or too narrow, the source's own egress rules) nothing works and nothing
// but a reachability query says so. This family asks that query for every ingress rule on one
// port range from a group or a block inside the VPC, between workloads of one VPC, and reports
// what blocks it, with the query's explanation and fix.
//
// Why only inside one VPC, and only where the route is the local one: such an answer reads
// nothing outside the VPC's scope (security groups, NACLs, route tables, subnets and workloads
// of the VPC), so the incremental engine reruns it exactly when an edit could change it. A route
// that could replace the local one (a middlebox: an instance, a network interface, an endpoint,
// route_lookup.h) is judged by its target's kind alone, never by reading the target.
#include "core/check/allowed_flows.h"
#include "core/check/semantic_checks.h"
#include "core/check/wording.h"
#include "core/reach/reach.h"
#include "core/reach/reach_codes.h"
#include "core/reach/rule_evaluation.h"

#include <algorithm>
#include <map>

namespace topograph::checks {

namespace {

using reach::Index;
using reach::NetworkIndex;

/// The workloads of one VPC the check can ask about: placed in a subnet of the VPC, addressed,
/// and guarded only by groups of the VPC.
struct VpcWorkloads {
    std::vector<Index> all;                      // in document order
    std::map<Index, std::vector<Index>> byGroup; // group -> members, in document order
};

VpcWorkloads workloadsOf(const NetworkIndex& network, Index vpc,
                         const std::vector<ResourceId>& candidates) {
    VpcWorkloads result;
    for (const ResourceId& id : candidates) {
        const Index index = network.workloadOf(id);
        if (index == reach::none) {
            continue;
        }
        const reach::WorkloadView& workload = network.workloads[index];
        const bool inVpc = workload.subnet != reach::none && workload.address &&
                           network.subnets[workload.subnet].vpc == vpc;
        const bool ownGroups =
            std::all_of(workload.securityGroups.begin(), workload.securityGroups.end(),
                        [&](Index group) { return network.securityGroups[group].vpc == vpc; });
        if (!inVpc || !ownGroups) {
            continue;
        }
        result.all.push_back(index);
        for (Index group : workload.securityGroups) {
            result.byGroup[group].push_back(index);
        }
    }
    return result;
}

/// True when the subnet's route table sends `address` by the local route. Routes that AWS lets
/// replace it (a middlebox route as specific as the VPC block or more) are recognised by their
/// target kind, without reading the target: it may live outside the scope. Other routes inside
/// the VPC's block are refused by AWS and ignored by the lookup.
bool routedLocally(const NetworkIndex& network, Index subnet, const IpAddress& address) {
    const reach::SubnetView& view = network.subnets[subnet];
    int localPrefix = -1;
    for (const Cidr& block : network.vpcs[view.vpc].blocks) {
        if (block.contains(address)) {
            localPrefix = std::max(localPrefix, block.prefixLength());
        }
    }
    if (localPrefix < 0) {
        return false;
    }
    if (view.routeTable == reach::none) {
        return true;
    }
    const auto& routes = network.routeTables[view.routeTable].routes;
    return std::none_of(routes.begin(), routes.end(), [&](const reach::RouteView& route) {
        const RouteTargetKind kind = route.route.targetKind;
        const bool mayBeMiddlebox = kind == RouteTargetKind::Instance ||
                                    kind == RouteTargetKind::NetworkInterface ||
                                    kind == RouteTargetKind::GatewayEndpoint;
        return mayBeMiddlebox && route.cidr && route.cidr->contains(address) &&
               route.cidr->prefixLength() >= localPrefix;
    });
}

/// True when the NACL of `subnet` has an entry that tells addresses of `remote` apart (a block
/// narrower than the remote subnet's, overlapping it): then one workload of the remote subnet
/// does not stand for the others.
bool aclTellsAddressesApart(const NetworkIndex& network, Index subnet, Index remote) {
    const std::optional<Cidr>& block = network.subnets[remote].cidr;
    const Index acl = network.subnets[subnet].nacl;
    if (!block) {
        return true;
    }
    if (acl == reach::none) {
        return false;
    }
    const auto narrower = [&](const reach::NaclEntryView& entry) {
        return entry.cidr && entry.cidr->prefixLength() > block->prefixLength() &&
               entry.cidr->overlaps(*block);
    };
    const reach::NaclView& view = network.nacls[acl];
    return std::any_of(view.inbound.begin(), view.inbound.end(), narrower) ||
           std::any_of(view.outbound.begin(), view.outbound.end(), narrower);
}

/// The workloads an ingress rule names as its source, or nothing when the rule is not one
/// this check judges: all protocols or all ports (no single intended port), a block outside
/// the VPC or the whole internet, a prefix list, a group of another VPC.
const std::vector<Index>* sourcesOf(const NetworkIndex& network, Index vpc,
                                    const reach::SgRuleView& rule, const VpcWorkloads& workloads,
                                    std::vector<Index>& scratch) {
    if (!rule.rule.protocol.hasPorts() || !rule.rule.ports || rule.rule.ports->from < 0 ||
        !rule.rule.ports->isValid() ||
        (rule.rule.ports->from == 0 && rule.rule.ports->to == 65535)) {
        return nullptr;
    }
    if (rule.rule.peerKind == SgPeerKind::SecurityGroup) {
        const Index group = network.securityGroupOf(rule.rule.peer);
        const auto members = workloads.byGroup.find(group);
        return members == workloads.byGroup.end() ? nullptr : &members->second;
    }
    if (rule.rule.peerKind != SgPeerKind::Cidr || !rule.cidr || rule.cidr->prefixLength() == 0) {
        return nullptr;
    }
    const auto& blocks = network.vpcs[vpc].blocks;
    const bool insideVpc = std::any_of(blocks.begin(), blocks.end(), [&](const Cidr& block) {
        return block.contains(*rule.cidr);
    });
    if (!insideVpc) {
        return nullptr;
    }
    scratch.clear();
    for (Index workload : workloads.all) {
        if (rule.cidr->contains(*network.workloads[workload].address)) {
            scratch.push_back(workload);
        }
    }
    return &scratch;
}

/// "network ACL 'db-nacl'"; AWS's implicit defaults have no resource and keep their id.
std::string nameOf(const ScopeView& view, const ResourceId& id) {
    const Resource* resource = view.document.find(id);
    return resource != nullptr ? wording::named(*resource) : "'" + id + "'";
}

/// Workloads that get the same answers, in the order first met: one class per subnet, and for
/// sources also per set of groups (the source's groups decide its egress).
using Classes = std::vector<std::vector<Index>>;

Classes classesOf(const NetworkIndex& network, const std::vector<Index>& workloads, bool byGroups) {
    std::map<std::pair<Index, std::vector<Index>>, std::size_t> position;
    Classes classes;
    for (Index workload : workloads) {
        const reach::WorkloadView& view = network.workloads[workload];
        std::vector<Index> groups;
        if (byGroups) {
            groups = view.securityGroups;
            std::sort(groups.begin(), groups.end());
        }
        const auto [at, added] =
            position.try_emplace({view.subnet, std::move(groups)}, classes.size());
        if (added) {
            classes.emplace_back();
        }
        classes[at->second].push_back(workload);
    }
    return classes;
}

/// The pairs (source, destination) asked for one class of each: the first pair of two distinct
/// workloads, or every pair when an ACL tells the addresses apart.
std::vector<std::pair<Index, Index>> pairsToAsk(const NetworkIndex& network,
                                                const std::vector<Index>& sources,
                                                const std::vector<Index>& destinations) {
    const Index fromSubnet = network.workloads[sources.front()].subnet;
    const Index toSubnet = network.workloads[destinations.front()].subnet;
    const bool everyPair = aclTellsAddressesApart(network, fromSubnet, toSubnet) ||
                           aclTellsAddressesApart(network, toSubnet, fromSubnet);
    std::vector<std::pair<Index, Index>> pairs;
    for (Index to : destinations) {
        for (Index from : sources) {
            if (from == to) {
                continue;
            }
            pairs.emplace_back(from, to);
            if (!everyPair) {
                return pairs;
            }
        }
    }
    return pairs;
}

} // namespace

std::vector<BlockedFlow> blockedAllowedFlows(const NetworkIndex& network, Index vpc,
                                             const std::vector<ResourceId>& candidates) {
    std::vector<BlockedFlow> blocked;
    if (vpc == reach::none) {
        return blocked;
    }
    const VpcWorkloads workloads = workloadsOf(network, vpc, candidates);
    std::vector<Index> groups; // in the order the workloads first use them
    for (Index workload : workloads.all) {
        for (Index group : network.workloads[workload].securityGroups) {
            if (std::find(groups.begin(), groups.end(), group) == groups.end()) {
                groups.push_back(group);
            }
        }
    }
    std::vector<Index> scratch;
    std::size_t questions = 0;
    for (Index group : groups) {
        const Classes destinations = classesOf(network, workloads.byGroup.at(group), false);
        for (const reach::SgRuleView& rule : network.securityGroups[group].ingress) {
            const auto* sources = sourcesOf(network, vpc, rule, workloads, scratch);
            if (sources == nullptr) {
                continue;
            }
            const Classes sourceClasses = classesOf(network, *sources, true);
            for (const std::vector<Index>& toClass : destinations) {
                for (const std::vector<Index>& fromClass : sourceClasses) {
                    for (const auto& [source, destination] :
                         pairsToAsk(network, fromClass, toClass)) {
                        const reach::WorkloadView& from = network.workloads[source];
                        const reach::WorkloadView& to = network.workloads[destination];
                        if (!routedLocally(network, from.subnet, *to.address) ||
                            !routedLocally(network, to.subnet, *from.address)) {
                            continue;
                        }
                        if (++questions > maximumFlowQuestionsPerVpc) {
                            return blocked;
                        }
                        BlockedFlow flow{group, rule.position, {}, {}};
                        flow.query.source = from.id;
                        flow.query.destination = to.id;
                        flow.query.protocol = rule.rule.protocol;
                        flow.query.port = rule.rule.ports->from;
                        try {
                            flow.answer = reach::reach(network, flow.query);
                        } catch (const reach::ReachQueryError&) {
                            continue;
                        }
                        // SG_INGRESS_DENIED: another of the destination's groups decided first,
                        // which cannot deny; the rule did not cover this source after all.
                        if (!flow.answer.reachable &&
                            flow.answer.code != reach::code::SgIngressDenied) {
                            blocked.push_back(std::move(flow));
                        }
                    }
                }
            }
        }
    }
    return blocked;
}

namespace {

/// The findings: flows grouped by the group that admits them and the component that stops
/// them, in the order first met, leaving out those `reportedElsewhere`.
template <typename Predicate>
std::vector<std::vector<const BlockedFlow*>> flowsByBlocker(const std::vector<BlockedFlow>& blocked,
                                                            Predicate reportedElsewhere) {
    std::map<std::pair<Index, std::string>, std::size_t> positions;
    std::vector<std::vector<const BlockedFlow*>> findings;
    for (const BlockedFlow& flow : blocked) {
        if (reportedElsewhere(flow)) {
            continue;
        }
        const auto [position, added] =
            positions.try_emplace({flow.group, flow.answer.blockedAt}, findings.size());
        if (added) {
            findings.emplace_back();
        }
        findings[position->second].push_back(&flow);
    }
    return findings;
}

} // namespace

void checkAllowedFlows(ScopeView& view, const NetworkIndex& network) {
    std::vector<ResourceId> candidates;
    for (const Resource* workload : view.workloads) {
        candidates.push_back(workload->id);
    }
    const std::vector<BlockedFlow> blocked =
        blockedAllowedFlows(network, network.vpcOf(view.scope), candidates);
    // The ephemeral-port finding on that ACL already says this, with its fix.
    const auto reportedElsewhere = [&](const BlockedFlow& flow) {
        return flow.answer.code == reach::code::NaclReturnDenied &&
               view.reported("NACL_EPHEMERAL_BLOCKED", flow.answer.blockedAt);
    };
    for (const auto& flows : flowsByBlocker(blocked, reportedElsewhere)) {
        const BlockedFlow& first = *flows.front();
        const ResourceId& groupId = network.securityGroups[first.group].id;
        std::vector<ResourceId> resources = {first.query.source, first.query.destination, groupId};
        if (view.document.find(first.answer.blockedAt) != nullptr &&
            first.answer.blockedAt != groupId) {
            resources.push_back(first.answer.blockedAt);
        }
        for (const BlockedFlow* flow : flows) {
            for (const std::string* end : {&flow->query.source, &flow->query.destination}) {
                if (std::find(resources.begin(), resources.end(), *end) == resources.end()) {
                    resources.push_back(*end);
                }
            }
        }
        std::string others;
        if (flows.size() > 1) {
            others = " It stops " + std::to_string(flows.size() - 1) + " more flow" +
                     (flows.size() > 2 ? "s" : "") +
                     " this group admits (other subnets, sources or ports) as well.";
        }
        const std::string traffic = reach::describeTraffic(first.query.protocol, first.query.port);
        view.report(Severity::Warning, "ALLOWED_FLOW_BLOCKED", std::move(resources),
                    wording::capitalised(nameOf(view, groupId)) + " admits " + traffic + " from " +
                        nameOf(view, first.query.source) + " to " +
                        nameOf(view, first.query.destination) + " (its ingress rule " +
                        std::to_string(first.rule) + "), but the traffic is stopped at " +
                        nameOf(view, first.answer.blockedAt) + " (" + first.answer.code +
                        "): " + first.answer.explanation + others,
                    first.answer.fix);
    }
}

} // namespace topograph::checks
