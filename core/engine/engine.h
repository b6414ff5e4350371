// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/check/validator.h"
#include "core/engine/finding_set.h"
#include "core/engine/query_footprint.h"
#include "core/model/document.h"
#include "core/model/document_edit.h"
#include "core/reach/network_index.h"
#include "core/reach/query.h"

#include <cstddef>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

namespace topograph::engine {

using QueryId = std::size_t;

/// A query the designer keeps an eye on, and its current answer.
struct PinnedResult {
    reach::ReachQuery query;
    std::optional<reach::ReachAnswer> answer; // absent when the query cannot be asked
    std::string error;                        // then: why (ReachQueryError's message)
};

/// What the last edit cost, for tests and benchmarks.
struct UpdateStatistics {
    bool indexRebuilt = false;       // the reachability index was built anew (else refreshed)
    std::size_t scopesChecked = 0;   // validator scopes rerun
    std::size_t queriesAnswered = 0; // pinned queries answered again
};

/// Holds a document with its findings and pinned reachability queries, and keeps them up to
/// date edit by edit without redoing the whole model: the validator reruns only the scopes
/// (VPCs, or the global scope) an edit touches, following validator.h; the reachability index
/// is refreshed in place; and a pinned query is answered again only when the edit touches
/// something its answer could depend on (query_footprint.h). After every edit, findings() and
/// every pinned answer equal a full recomputation on the edited document.
class Engine {
public:
    explicit Engine(Document document);
    Engine(const Engine&) = delete;
    Engine& operator=(const Engine&) = delete;

    const Document& document() const { return *document_; }
    /// Every finding, in the order of sortFindings().
    const std::vector<Finding>& findings() const { return findings_.findings(); }
    const reach::NetworkIndex& networkIndex() const { return *network_; }

    QueryId pin(reach::ReachQuery query);
    void unpin(QueryId id);
    const PinnedResult& pinned(QueryId id) const { return pinned_.at(id).result; }

    /// One edit each; the change set is the document's.
    ChangeSet add(Resource resource);
    ChangeSet replace(Resource resource);
    ChangeSet remove(const ResourceId& id);
    /// A structural edit of several resources (the designer's undo steps) as one update:
    /// applyEdit() when `forward`, else revertEdit().
    ChangeSet apply(const DocumentEdit& edit, bool forward);
    /// Moves an item on the diagram; nothing is checked again (findings and answers do not
    /// read geometry).
    ChangeSet setGeometry(const ResourceId& id, std::optional<Geometry> geometry);

    const UpdateStatistics& lastUpdate() const { return statistics_; }

private:
    struct Pinned {
        PinnedResult result;
        QueryFootprint footprint;
    };
    /// What the edited resources were before the edit (a removed one is gone afterwards).
    struct Before {
        ResourceId id;
        ResourceId scope;
        std::optional<ResourceKind> kind;
    };

    ChangeSet edit(const std::vector<ResourceId>& ids,
                   const std::function<ChangeSet(Document&)>& operation);
    void updateFindings(const ChangeSet& changes, const std::vector<Before>& before);
    void updateQueries(const ChangeSet& changes, const std::vector<Before>& before);
    void runScope(const ResourceId& scope);
    /// Puts the findings of `scopes`, just rerun, in place of their previous ones.
    void mergeFindings(const std::set<ResourceId>& scopes, bool positionsMoved);
    void answer(Pinned& pinned);

    std::unique_ptr<Document> document_; // stable address: the indexes point into it
    std::unique_ptr<reach::NetworkIndex> network_;
    checks::ValidationIndex validation_;
    std::unordered_map<ResourceId, checks::ScopeResult> scopes_;
    /// For each id outside a scope that the scope's findings read: those scopes.
    std::unordered_map<ResourceId, std::vector<ResourceId>> readers_;
    FindingSet findings_;
    std::map<QueryId, Pinned> pinned_;
    QueryId nextId_ = 1;
    UpdateStatistics statistics_;
};

} // namespace topograph::engine
