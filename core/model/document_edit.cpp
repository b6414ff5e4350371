// SPDX-License-Identifier: Apache-2.0
#include "core/model/document_edit.h"

#include <algorithm>

namespace topograph {

namespace {

void merge(ChangeSet& into, const ChangeSet& from) {
    into.added.insert(into.added.end(), from.added.begin(), from.added.end());
    into.removed.insert(into.removed.end(), from.removed.begin(), from.removed.end());
    into.changed.insert(into.changed.end(), from.changed.begin(), from.changed.end());
}

} // namespace

void DocumentEdit::recordRemoval(const Document& document, const ResourceId& id) {
    if (const Resource* resource = document.find(id)) {
        removed.push_back(Removal{document.positionOf(id), *resource});
    }
}

ChangeSet applyEdit(Document& document, const DocumentEdit& edit) {
    for (const Resource& resource : edit.added) {
        const bool removedFirst = std::any_of(
            edit.removed.begin(), edit.removed.end(),
            [&](const DocumentEdit::Removal& r) { return r.resource.id == resource.id; });
        if (document.contains(resource.id) && !removedFirst) {
            throw DuplicateIdError(resource.id);
        }
    }
    ChangeSet changes;
    for (const DocumentEdit::Rewrite& rewrite : edit.rewritten) {
        merge(changes, document.replace(rewrite.after));
    }
    for (const DocumentEdit::Removal& removal : edit.removed) {
        merge(changes, document.remove(removal.resource.id));
    }
    for (const Resource& resource : edit.added) {
        merge(changes, document.add(resource));
    }
    return changes;
}

ChangeSet revertEdit(Document& document, const DocumentEdit& edit) {
    ChangeSet changes;
    for (auto it = edit.added.rbegin(); it != edit.added.rend(); ++it) {
        merge(changes, document.remove(it->id));
    }
    // Reinserting in ascending order of the recorded positions rebuilds the original order:
    // every earlier resource is back in place before a later one is inserted.
    std::vector<const DocumentEdit::Removal*> removals;
    for (const DocumentEdit::Removal& removal : edit.removed) {
        removals.push_back(&removal);
    }
    std::sort(removals.begin(), removals.end(),
              [](const auto* a, const auto* b) { return a->position < b->position; });
    for (const DocumentEdit::Removal* removal : removals) {
        merge(changes, document.insert(removal->position, removal->resource));
    }
    for (const DocumentEdit::Rewrite& rewrite : edit.rewritten) {
        merge(changes, document.replace(rewrite.before));
    }
    return changes;
}

} // namespace topograph
