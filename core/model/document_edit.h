// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/model/document.h"

#include <cstddef>
#include <vector>

namespace topograph {

/// One structural edit of a document as values: what it adds, what it removes (with the place
/// each held, so undo puts it back where it was), and what it rewrites. The designer's undo
/// commands hold these, never pointers into the document.
struct DocumentEdit {
    struct Removal {
        std::size_t position; // index in the document before the edit
        Resource resource;
    };
    struct Rewrite {
        Resource before;
        Resource after;
    };

    std::vector<Resource> added; // appended in this order
    std::vector<Removal> removed;
    std::vector<Rewrite> rewritten;

    bool empty() const { return added.empty() && removed.empty() && rewritten.empty(); }

    /// Records the removal of `id` from `document` as it stands; nothing when absent.
    void recordRemoval(const Document& document, const ResourceId& id);
};

/// Applies the edit: rewrites, then removals, then additions. Throws DuplicateIdError when an
/// added id is taken (the document is then unchanged).
ChangeSet applyEdit(Document& document, const DocumentEdit& edit);
/// Undoes applyEdit on the document it produced: the result equals the document before.
ChangeSet revertEdit(Document& document, const DocumentEdit& edit);

} // namespace topograph
