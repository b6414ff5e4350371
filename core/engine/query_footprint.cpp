// SPDX-License-Identifier: Apache-2.0
#include "core/engine/query_footprint.h"

namespace topograph::engine {

namespace {

/// The scope of a component named in an answer. The implicit defaults ("vpc-1/default-nacl")
/// belong to the VPC named before the slash.
ResourceId scopeOfComponent(const checks::ValidationIndex& scopes, const Document& document,
                            const std::string& id) {
    if (document.contains(id)) {
        return scopes.scopeOf(id);
    }
    const auto slash = id.find('/');
    if (slash != std::string::npos && document.contains(id.substr(0, slash))) {
        return scopes.scopeOf(id.substr(0, slash));
    }
    return checks::globalScope;
}

bool looksLikeAddress(const std::string& text) {
    AddressError error = AddressError::None;
    return IpAddress::tryParse(text, error).has_value();
}

} // namespace

bool isScopedKind(ResourceKind kind) {
    switch (kind) {
    case ResourceKind::Subnet:
    case ResourceKind::RouteTable:
    case ResourceKind::NetworkAcl:
    case ResourceKind::SecurityGroup:
        return true;
    default:
        return isWorkload(kind);
    }
}

QueryFootprint footprintOf(const reach::NetworkIndex& index, const checks::ValidationIndex& scopes,
                           const reach::ReachQuery& query, const reach::ReachAnswer* answer) {
    QueryFootprint footprint;
    footprint.failed = answer == nullptr;
    footprint.namesAddress = looksLikeAddress(query.source) || looksLikeAddress(query.destination);
    footprint.readsAllBlocks = index.workloadOf(query.source) == reach::none ||
                               index.workloadOf(query.destination) == reach::none;
    if (answer == nullptr) {
        return footprint;
    }
    const Document& document = index.document();
    const auto add = [&](const std::string& id) {
        // The global scope counts too: a group or subnet outside any VPC lives there.
        footprint.scopes.insert(scopeOfComponent(scopes, document, id));
    };
    for (const reach::Hop& hop : answer->hops) {
        add(hop.component);
    }
    if (!answer->blockedAt.empty()) {
        add(answer->blockedAt);
    }
    // The ends: their subnets, VPCs, groups and the groups those groups' rules name.
    for (const std::string* end : {&query.source, &query.destination}) {
        const reach::Index workload = looksLikeAddress(*end) ? [&] {
            AddressError error = AddressError::None;
            return index.workloadAt(*IpAddress::tryParse(*end, error));
        }()
                                                             : index.workloadOf(*end);
        if (workload == reach::none) {
            continue;
        }
        const reach::WorkloadView& view = index.workloads[workload];
        add(view.id);
        if (view.subnet != reach::none) {
            add(index.subnets[view.subnet].id);
            if (index.subnets[view.subnet].vpc != reach::none) {
                add(index.vpcs[index.subnets[view.subnet].vpc].id);
            }
        }
        for (reach::Index g : view.securityGroups) {
            const reach::SecurityGroupView& group = index.securityGroups[g];
            add(group.id);
            for (const auto* rules : {&group.ingress, &group.egress}) {
                for (const reach::SgRuleView& rule : *rules) {
                    if (rule.rule.peerKind == SgPeerKind::SecurityGroup) {
                        add(rule.rule.peer);
                    }
                }
            }
        }
    }
    return footprint;
}

} // namespace topograph::engine
