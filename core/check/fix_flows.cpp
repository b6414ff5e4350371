// SPDX-License-Identifier: Apache-2.0
// ALLOWED_FLOW_BLOCKED: the finding names a source, a destination, the security group whose
// ingress rules admit the flow and the component that stops it; it stands for every flow that
// group admits which that component stops. The fix opens all of them the way the reachability
// panel's Apply fix does (path_fix.h): every rule each path still lacks, hop by hop, as one edit,
// so the student clicks once and the app tier reaches the database from both zones. A flow that
// rules alone cannot open is left as it was.
#include "core/check/allowed_flows.h"
#include "core/check/fix_families.h"
#include "core/check/path_fix.h"
#include "core/check/wording.h"
#include "core/reach/reach.h"
#include "core/reach/rule_evaluation.h"

#include <algorithm>
#include <map>
#include <memory>

namespace topograph::fixes {

namespace {

/// "App server A", "App server A and App server B": workloads by their labels.
std::string listOf(const Document& document, const std::vector<ResourceId>& ids) {
    std::vector<std::string> labels;
    for (const ResourceId& id : ids) {
        const Resource* resource = document.find(id);
        labels.push_back(resource != nullptr ? resource->label() : id);
    }
    return wording::listed(labels);
}

void addOnce(std::vector<ResourceId>& ids, const ResourceId& id) {
    if (std::find(ids.begin(), ids.end(), id) == ids.end()) {
        ids.push_back(id);
    }
}

} // namespace

Proposal fixAllowedFlow(const Document& document, const Finding& finding) {
    const Resource* source = involved(document, finding, 0);
    const Resource* destination = involved(document, finding, 1);
    const Resource* groupResource = involved(document, finding, 2);
    const auto* group = groupResource != nullptr ? groupResource->as<SecurityGroup>() : nullptr;
    if (source == nullptr || destination == nullptr || group == nullptr) {
        return std::nullopt;
    }
    // The blocking component is the fourth resource unless it is one of AWS's implicit
    // defaults (then the fourth, if any, is a workload of another blocked pair).
    const Resource* fourth = involved(document, finding, 3);
    const ResourceId blocker =
        fourth != nullptr && fourth->placement() == nullptr ? fourth->id : ResourceId();
    const auto stoppedByBlocker = [&](const checks::BlockedFlow& flow) {
        return blocker.empty() ? document.find(flow.answer.blockedAt) == nullptr
                               : flow.answer.blockedAt == blocker;
    };

    Document opened = document;
    auto index = std::make_unique<reach::NetworkIndex>(opened);
    std::vector<ResourceId> workloads;
    for (const Resource& resource : document.resources()) {
        if (index->workloadOf(resource.id) != reach::none) {
            workloads.push_back(resource.id);
        }
    }
    // The flows the finding stands for: admitted by this group, stopped by the same component
    // (flow_checks.cpp groups them so). Asked before anything changes, on the document itself.
    std::vector<checks::BlockedFlow> flows =
        checks::blockedAllowedFlows(*index, index->vpcOf(group->vpc), workloads);
    std::erase_if(flows, [&](const checks::BlockedFlow& flow) {
        return index->securityGroups[flow.group].id != groupResource->id || !stoppedByBlocker(flow);
    });
    const bool namesThisPair = std::any_of(flows.begin(), flows.end(), [&](const auto& flow) {
        return flow.query.source == source->id && flow.query.destination == destination->id;
    });
    if (!namesThisPair) {
        return std::nullopt; // the finding is stale
    }
    std::map<ResourceId, Resource> originals;
    std::vector<ResourceId> sources;
    std::vector<ResourceId> destinations;
    for (const checks::BlockedFlow& flow : flows) {
        PathOpening opening = openPathIn(opened, index, flow.query);
        if (!opening.after.reachable) {
            // Rules alone do not open it (a route, a gateway, no rule number left): take them
            // back rather than add rules that open nothing.
            for (Resource& before : opening.replaced) {
                if (!index->refresh(opened.replace(std::move(before)))) {
                    index = std::make_unique<reach::NetworkIndex>(opened);
                }
            }
            continue;
        }
        for (const Resource& before : opening.replaced) {
            originals.try_emplace(before.id, *document.find(before.id));
        }
        addOnce(sources, flow.query.source);
        addOnce(destinations, flow.query.destination);
    }
    if (originals.empty()) {
        return std::nullopt;
    }
    std::vector<std::string> traffic;
    for (const checks::BlockedFlow& flow : flows) {
        const std::string words = reach::describeTraffic(flow.query.protocol, flow.query.port);
        if (std::find(traffic.begin(), traffic.end(), words) == traffic.end()) {
            traffic.push_back(words);
        }
    }
    ProposedFix fix;
    fix.label = "Open " + wording::listed(traffic) + " from " + listOf(document, sources) + " to " +
                listOf(document, destinations);
    for (const auto& [id, before] : originals) {
        fix.edit.rewritten.push_back({before, *opened.find(id)});
    }
    return fix;
}

} // namespace topograph::fixes
