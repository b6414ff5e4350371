// SPDX-License-Identifier: Apache-2.0
#include "core/edit/dependents.h"

#include "core/edit/reference_pruning.h"
#include "core/model/references.h"

#include <unordered_map>
#include <unordered_set>

namespace topograph {

namespace {

/// For each id, the resources that reference it (each once).
std::unordered_map<ResourceId, std::vector<const Resource*>>
referrerIndex(const Document& document) {
    std::unordered_map<ResourceId, std::vector<const Resource*>> index;
    for (const Resource& resource : document.resources()) {
        for (const Reference& reference : referencesOf(resource)) {
            auto& referrers = index[reference.target];
            if (referrers.empty() || referrers.back() != &resource) {
                referrers.push_back(&resource);
            }
        }
    }
    return index;
}

} // namespace

RemovalPlan planRemoval(const Document& document, const ResourceId& id) {
    return planRemoval(document, std::vector<ResourceId>{id});
}

RemovalPlan planRemoval(const Document& document, const std::vector<ResourceId>& ids) {
    RemovalPlan plan;
    std::vector<ResourceId> pending;
    std::unordered_set<ResourceId> removedIds;
    for (const ResourceId& id : ids) {
        if (document.contains(id) && removedIds.insert(id).second) {
            pending.push_back(id);
        }
    }
    if (pending.empty()) {
        return plan;
    }
    const auto referrers = referrerIndex(document);
    const RemovedPredicate removed = [&](const ResourceId& candidate) {
        return !candidate.empty() && removedIds.contains(candidate);
    };

    // Removing one resource can make another go, whose own referrers must then be looked at:
    // a breadth-first walk over the referrer index, each resource removed at most once.
    std::unordered_set<const Resource*> touched;
    while (!pending.empty()) {
        const ResourceId current = std::move(pending.back());
        pending.pop_back();
        const auto found = referrers.find(current);
        if (found == referrers.end()) {
            continue;
        }
        for (const Resource* referrer : found->second) {
            if (removedIds.contains(referrer->id)) {
                continue;
            }
            touched.insert(referrer);
            if (mustGoWith(*referrer, removed)) {
                removedIds.insert(referrer->id);
                pending.push_back(referrer->id);
            }
        }
    }

    for (const Resource& resource : document.resources()) {
        if (removedIds.contains(resource.id)) {
            plan.removed.push_back(resource.id);
        } else if (touched.contains(&resource)) {
            Resource pruned = withoutReferencesTo(resource, removed);
            if (pruned != resource) {
                plan.rewritten.push_back(std::move(pruned));
            }
        }
    }
    return plan;
}

std::vector<ResourceId> dependentsOf(const Document& document, const ResourceId& id) {
    const RemovalPlan plan = planRemoval(document, id);
    std::unordered_set<ResourceId> affected(plan.removed.begin(), plan.removed.end());
    for (const Resource& resource : plan.rewritten) {
        affected.insert(resource.id);
    }
    affected.erase(id);
    std::vector<ResourceId> result;
    for (const Resource& resource : document.resources()) {
        if (affected.contains(resource.id)) {
            result.push_back(resource.id);
        }
    }
    return result;
}

ChangeSet applyRemoval(Document& document, const RemovalPlan& plan) {
    ChangeSet changes;
    for (const Resource& resource : plan.rewritten) {
        const ChangeSet replaced = document.replace(resource);
        changes.changed.insert(changes.changed.end(), replaced.changed.begin(),
                               replaced.changed.end());
    }
    for (const ResourceId& id : plan.removed) {
        const ChangeSet removedNow = document.remove(id);
        changes.removed.insert(changes.removed.end(), removedNow.removed.begin(),
                               removedNow.removed.end());
    }
    return changes;
}

} // namespace topograph
