// SPDX-License-Identifier: Apache-2.0
#include "core/engine/engine.h"

#include "core/reach/reach.h"
#include "core/reach/vpc_graph.h"

#include <algorithm>
#include <set>

namespace topograph::engine {

Engine::Engine(Document document)
    : document_(std::make_unique<Document>(std::move(document))),
      network_(std::make_unique<reach::NetworkIndex>(*document_)), validation_(*document_) {
    std::set<ResourceId> all;
    for (const ResourceId& scope : validation_.scopes()) {
        runScope(scope);
        all.insert(scope);
    }
    mergeFindings(all, false);
}

QueryId Engine::pin(reach::ReachQuery query) {
    const QueryId id = nextId_++;
    Pinned& pinned = pinned_[id];
    pinned.result.query = std::move(query);
    answer(pinned);
    return id;
}

void Engine::unpin(QueryId id) {
    pinned_.erase(id);
}

ChangeSet Engine::add(Resource resource) {
    const ResourceId id = resource.id;
    return edit({id}, [&](Document& document) { return document.add(std::move(resource)); });
}

ChangeSet Engine::replace(Resource resource) {
    const ResourceId id = resource.id;
    return edit({id}, [&](Document& document) { return document.replace(std::move(resource)); });
}

ChangeSet Engine::remove(const ResourceId& id) {
    return edit({id}, [&](Document& document) { return document.remove(id); });
}

ChangeSet Engine::apply(const DocumentEdit& change, bool forward) {
    std::vector<ResourceId> ids;
    for (const Resource& added : change.added) {
        ids.push_back(added.id);
    }
    for (const DocumentEdit::Removal& removal : change.removed) {
        ids.push_back(removal.resource.id);
    }
    for (const DocumentEdit::Rewrite& rewrite : change.rewritten) {
        ids.push_back(rewrite.after.id);
    }
    return edit(ids, [&](Document& document) {
        return forward ? applyEdit(document, change) : revertEdit(document, change);
    });
}

ChangeSet Engine::setGeometry(const ResourceId& id, std::optional<Geometry> geometry) {
    const ChangeSet changes = document_->setGeometry(id, std::move(geometry));
    statistics_ = UpdateStatistics{};
    return changes;
}

ChangeSet Engine::edit(const std::vector<ResourceId>& ids,
                       const std::function<ChangeSet(Document&)>& operation) {
    std::vector<Before> before;
    for (const ResourceId& id : ids) {
        const Resource* resource = document_->find(id);
        before.push_back({id, validation_.scopeOf(id),
                          resource != nullptr ? std::optional(resource->kind()) : std::nullopt});
    }
    ChangeSet changes = operation(*document_);
    statistics_ = UpdateStatistics{};
    if (changes.empty() || changes.geometryOnly) {
        return changes;
    }
    if (!network_->refresh(changes)) {
        network_ = std::make_unique<reach::NetworkIndex>(*document_);
        statistics_.indexRebuilt = true;
    }
    updateFindings(changes, before);
    updateQueries(changes, before);
    return changes;
}

void Engine::updateFindings(const ChangeSet& changes, const std::vector<Before>& before) {
    // The protocol of validator.h: the scopes whose membership changed, the scopes of the
    // edited resources before and after, the scopes that read an edited id or a rerun VPC
    // scope, and the global scope for edits of its kinds.
    std::set<ResourceId> edited(changes.added.begin(), changes.added.end());
    edited.insert(changes.removed.begin(), changes.removed.end());
    edited.insert(changes.changed.begin(), changes.changed.end());
    const std::vector<ResourceId> moved = validation_.apply(*document_, changes);
    std::set<ResourceId> rerun(moved.begin(), moved.end());
    const auto& globalKinds = checks::globalScopeKinds();
    const auto isGlobalKind = [&](std::optional<ResourceKind> kind) {
        return !kind ||
               std::find(globalKinds.begin(), globalKinds.end(), *kind) != globalKinds.end();
    };
    bool global = false;
    for (const Before& old : before) {
        rerun.insert(old.scope);
        global = global || (edited.contains(old.id) && old.kind && isGlobalKind(old.kind));
    }
    for (const ResourceId& id : edited) {
        rerun.insert(validation_.scopeOf(id));
        const Resource* now = document_->find(id);
        global = global || isGlobalKind(now != nullptr ? std::optional(now->kind()) : std::nullopt);
        if (const auto readers = readers_.find(id); readers != readers_.end()) {
            rerun.insert(readers->second.begin(), readers->second.end());
        }
    }
    // Scopes that read a rerun VPC scope as a whole, until nothing new comes up.
    for (bool grew = true; grew;) {
        grew = false;
        for (const auto& [scope, result] : scopes_) {
            if (rerun.contains(scope)) {
                continue;
            }
            const bool readsRerun =
                std::any_of(result.scopes.begin(), result.scopes.end(),
                            [&](const ResourceId& other) { return rerun.contains(other); });
            if (readsRerun) {
                rerun.insert(scope);
                grew = true;
            }
        }
    }
    if (global) {
        rerun.insert(checks::globalScope);
    }
    for (const ResourceId& scope : rerun) {
        runScope(scope);
    }
    statistics_.scopesChecked = rerun.size();
    mergeFindings(rerun, !changes.added.empty() || !changes.removed.empty());
}

void Engine::runScope(const ResourceId& scope) {
    if (const auto old = scopes_.find(scope); old != scopes_.end()) {
        for (const ResourceId& id : old->second.resources) {
            auto& readers = readers_[id];
            readers.erase(std::remove(readers.begin(), readers.end(), scope), readers.end());
        }
    }
    checks::ScopeResult result = checks::checkScope(*document_, validation_, *network_, scope);
    for (const ResourceId& id : result.resources) {
        readers_[id].push_back(scope);
    }
    scopes_[scope] = std::move(result);
}

void Engine::mergeFindings(const std::set<ResourceId>& scopes, bool positionsMoved) {
    std::vector<std::pair<ResourceId, Finding>> fresh;
    for (const ResourceId& scope : scopes) {
        if (const auto result = scopes_.find(scope); result != scopes_.end()) {
            for (const Finding& finding : result->second.findings) {
                fresh.emplace_back(scope, finding);
            }
        }
    }
    findings_.replaceScopes(*document_, scopes, std::move(fresh), positionsMoved);
}

void Engine::updateQueries(const ChangeSet& changes, const std::vector<Before>& before) {
    bool everything =
        !changes.added.empty() || !changes.removed.empty() || statistics_.indexRebuilt;
    std::set<ResourceId> touchedScopes;
    std::vector<ResourceId> editedVpcs;
    bool workloadOrSubnet = false;
    for (const ResourceId& id : changes.changed) {
        const Resource* now = document_->find(id);
        if (now != nullptr && now->kind() == ResourceKind::Vpc) {
            editedVpcs.push_back(id);
            continue;
        }
        if (now == nullptr || !isScopedKind(now->kind())) {
            everything = true;
            break;
        }
        workloadOrSubnet =
            workloadOrSubnet || now->kind() == ResourceKind::Subnet || isWorkload(now->kind());
        touchedScopes.insert(validation_.scopeOf(id));
    }
    for (const Before& old : before) {
        touchedScopes.insert(old.scope);
    }
    // A VPC's blocks reach answers anywhere in its connected component (transit gateway
    // propagation, peering): the components say which answers cannot see the edit.
    std::set<std::size_t> editedComponents;
    std::optional<reach::VpcGraph> graph;
    if (!everything && !editedVpcs.empty()) {
        graph.emplace(*network_);
        for (const ResourceId& id : editedVpcs) {
            editedComponents.insert(graph->component(network_->vpcOf(id)));
        }
    }
    const auto readsEditedBlocks = [&](const QueryFootprint& footprint) {
        if (editedComponents.empty()) {
            return false;
        }
        if (footprint.readsAllBlocks) {
            return true;
        }
        return std::any_of(
            footprint.scopes.begin(), footprint.scopes.end(), [&](const ResourceId& scope) {
                const reach::Index vpc = network_->vpcOf(scope);
                return vpc != reach::none && editedComponents.contains(graph->component(vpc));
            });
    };
    for (auto& [id, pinned] : pinned_) {
        const QueryFootprint& footprint = pinned.footprint;
        const bool touched =
            everything || footprint.failed || (footprint.namesAddress && workloadOrSubnet) ||
            readsEditedBlocks(footprint) ||
            std::any_of(touchedScopes.begin(), touchedScopes.end(),
                        [&](const ResourceId& scope) { return footprint.scopes.contains(scope); });
        if (touched) {
            answer(pinned);
            ++statistics_.queriesAnswered;
        }
    }
}

void Engine::answer(Pinned& pinned) {
    PinnedResult& result = pinned.result;
    result.answer.reset();
    result.error.clear();
    try {
        result.answer = reach::reach(*network_, result.query);
    } catch (const reach::ReachQueryError& error) {
        result.error = error.what();
    }
    pinned.footprint = footprintOf(*network_, validation_, result.query,
                                   result.answer ? &*result.answer : nullptr);
}

} // namespace topograph::engine
