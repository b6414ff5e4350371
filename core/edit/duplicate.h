// SPDX-License-Identifier: Apache-2.0
// Copy, paste and duplicate on the canvas. A copy is a list of resources as they were when
// copied: the chosen ones and everything drawn inside them. Pasting makes new resources of
// them with fresh ids, references among the copies pointing at the copies (a copied subnet
// associated with a copied route table names the copy; one whose table stayed behind names
// the original), the next free CIDR blocks for VPCs and subnets, and geometry offset so the
// copies do not hide the originals.
#pragma once

#include "core/model/document.h"
#include "core/model/document_edit.h"

#include <optional>
#include <vector>

namespace topograph {

/// The resources copying `ids` takes, in file order, as they are now: each named resource and
/// everything drawn inside it, recursively (containerOf(), core/model/references.h). Ids that
/// name nothing are skipped; a resource inside another chosen one is taken once.
std::vector<Resource> collectCopies(const Document& document, const std::vector<ResourceId>& ids);

/// The copies whose container is not among the copies: the ones a paste places.
std::vector<ResourceId> topCopies(const Document& document, const std::vector<Resource>& copies);

struct PasteOptions {
    /// A container the copies go into instead of their own (the one under the pointer). It is
    /// used only when every top copy had the same container and may be placed in it
    /// (canPlace(), core/edit/placement.h); references to the old container and its
    /// ancestors then name the new ones of the same kind, and references into a VPC the copies
    /// left are dropped (withoutReferencesTo(), core/edit/reference_pruning.h).
    std::optional<ResourceId> into;
    /// Where the top-left corner of the top copies' bounding box goes, relative to the
    /// container they land in; when absent they keep their place offset by (dx, dy).
    std::optional<std::pair<double, double>> topLeft;
    double dx = 24;
    double dy = 24;
};

struct PasteResult {
    /// Adds the new resources (file order of the copies) and grows the containers that must
    /// hold them.
    DocumentEdit edit;
    /// The new ids of the top copies, to select them.
    std::vector<ResourceId> topIds;
};

/// The edit that pastes `copies` (from collectCopies(), maybe of an older state of the
/// document) into `document`. Throws std::invalid_argument with a sentence for the user when
/// there is nothing to paste, when the container the copies came from is gone and no other
/// was given, or when no free CIDR block is left for a copied VPC or subnet.
PasteResult pasteCopies(const Document& document, const std::vector<Resource>& copies,
                        const PasteOptions& options);

} // namespace topograph
