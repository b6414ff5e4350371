// SPDX-License-Identifier: Apache-2.0
// The DocumentController's edits of a selection on the canvas: move, nudge, align and resize
// (geometry only, one MoveCommand each), delete, copy, paste and duplicate (one DocumentEdit
// each). Containment is kept: an item stays below its container's title band and right of its
// left edge, and containers grow to hold what moves right or down or gets bigger, so children
// never escape; a container that grows pushes the siblings it would cover aside (the same
// room a drop makes, core/layout/sibling_clearance.h).
#include "app/document_controller.h"
#include "app/move_command.h"
#include "core/edit/dependents.h"
#include "core/edit/duplicate.h"
#include "core/edit/placement.h"
#include "core/layout/drawing_tree.h"
#include "core/layout/drop_placement.h"
#include "core/layout/layout.h"
#include "core/layout/sibling_clearance.h"
#include "core/model/references.h"

#include <algorithm>
#include <map>
#include <stdexcept>
#include <unordered_map>
#include <unordered_set>

namespace topograph {

namespace {

using M = LayoutMetrics;

std::vector<ResourceId> toIds(const QStringList& ids) {
    std::vector<ResourceId> result;
    result.reserve(static_cast<std::size_t>(ids.size()));
    for (const QString& id : ids) {
        result.push_back(id.toStdString());
    }
    return result;
}

QStringList toStrings(const std::vector<ResourceId>& ids) {
    QStringList result;
    result.reserve(static_cast<qsizetype>(ids.size()));
    for (const ResourceId& id : ids) {
        result.append(QString::fromStdString(id));
    }
    return result;
}

/// The drawn resources among `ids` that no other of them contains, in file order: what moves
/// (the others come along inside them).
std::vector<std::size_t> topMostNodes(const DrawingTree& tree, const QStringList& ids) {
    std::unordered_set<std::size_t> chosen;
    for (const QString& id : ids) {
        if (const auto node = tree.find(id.toStdString())) {
            chosen.insert(*node);
        }
    }
    std::vector<std::size_t> result;
    for (std::size_t node = 0; node < tree.nodes.size(); ++node) {
        if (!chosen.contains(node)) {
            continue;
        }
        bool inside = false;
        for (std::size_t up = tree.nodes[node].parent; up != DrawingTree::none && !inside;
             up = tree.nodes[up].parent) {
            inside = chosen.contains(up);
        }
        if (!inside) {
            result.push_back(node);
        }
    }
    return result;
}

std::optional<ResourceId> parentIdOf(const DrawingTree& tree, std::size_t node) {
    const std::size_t parent = tree.nodes[node].parent;
    return parent == DrawingTree::none ? std::nullopt
                                       : std::optional(tree.nodes[parent].resource->id);
}

} // namespace

QStringList DocumentController::topMost(const QStringList& ids) const {
    const DrawingTree tree(document_);
    std::vector<ResourceId> result;
    for (const std::size_t node : topMostNodes(tree, ids)) {
        result.push_back(tree.nodes[node].resource->id);
    }
    return toStrings(result);
}

QStringList DocumentController::allItems() const {
    const DrawingTree tree(document_);
    std::vector<ResourceId> result;
    for (const std::size_t root : tree.roots) {
        result.push_back(tree.nodes[root].resource->id);
    }
    return toStrings(result);
}

QStringList DocumentController::itemsInside(double x, double y, double width, double height) const {
    return topMost(items_.itemsInside(QRectF(x, y, width, height).normalized()));
}

bool DocumentController::moveItems(const QStringList& ids, double dx, double dy) {
    return pushMoves(ids, dx, dy, false);
}

bool DocumentController::nudgeItems(const QStringList& ids, double dx, double dy) {
    return pushMoves(ids, dx, dy, true);
}

bool DocumentController::pushMoves(const QStringList& ids, double dx, double dy, bool mergeNudges) {
    const DrawingTree tree(document_);
    std::vector<std::size_t> moving;
    for (const std::size_t node : topMostNodes(tree, ids)) {
        if (tree.nodes[node].resource->geometry) {
            moving.push_back(node);
        }
    }
    // One delta for all, so the selection keeps its shape: no item may cross its container's
    // left edge or title band (nor the canvas's top-left corner). An item already past that
    // line may still move, just not further out.
    for (const std::size_t node : moving) {
        const Geometry& box = *tree.nodes[node].resource->geometry;
        const bool contained = tree.nodes[node].parent != DrawingTree::none;
        dx = std::max(dx, std::min(0.0, (contained ? M::padding : 0.0) - box.x));
        dy = std::max(dy, std::min(0.0, (contained ? M::titleBand : 0.0) - box.y));
    }
    if (moving.empty() || (dx == 0 && dy == 0)) {
        return false;
    }
    std::map<ResourceId, Geometry> after;
    for (const std::size_t node : moving) {
        Geometry moved = *tree.nodes[node].resource->geometry;
        moved.x += dx;
        moved.y += dy;
        after[tree.nodes[node].resource->id] = moved;
    }
    const QString text = moving.size() == 1
                             ? tr("Move %1").arg(QString::fromStdString(
                                   tree.nodes[moving.front()].resource->label()))
                             : tr("Move %n items", nullptr, static_cast<int>(moving.size()));
    return pushGeometry(std::move(after), mergeNudges, text);
}

bool DocumentController::pushGeometry(std::map<ResourceId, Geometry> after, bool mergeNudges,
                                      const QString& text) {
    std::vector<ResourceId> subject;
    for (const auto& entry : after) {
        subject.push_back(entry.first);
    }
    // Containers grow to hold what changed and push their neighbours aside, checked on a copy
    // that already has the change so that room made for one item counts for the next.
    Document working = document_;
    for (const auto& [id, geometry] : after) {
        working.setGeometry(id, geometry);
    }
    // Geometry changes leave the tree's structure (and its pointers) as they are.
    const DrawingTree tree(working);
    for (const ResourceId& id : subject) {
        const Resource* resource = working.find(id);
        const auto node = tree.find(id);
        if (!node || !resource->geometry) {
            continue;
        }
        // A container resized larger pushes its siblings like one that grows by itself; an
        // item that only moved is where the user put it, and only its containers make room.
        const Resource* original = document_.find(id);
        const bool grew = original != nullptr && original->geometry &&
                          (resource->geometry->width > original->geometry->width ||
                           resource->geometry->height > original->geometry->height);
        const std::vector<Resource> room =
            grew ? clearedAround(working, id, *original->geometry)
                 : grownAndCleared(working, parentIdOf(tree, *node), *resource->geometry);
        for (const Resource& changed : room) {
            after[changed.id] = *changed.geometry;
            working.setGeometry(changed.id, changed.geometry);
        }
    }
    std::vector<MoveCommand::Change> changes;
    for (const auto& [id, geometry] : after) {
        const Resource* before = document_.find(id);
        if (before != nullptr && before->geometry && *before->geometry != geometry) {
            changes.push_back({id, *before->geometry, geometry});
        }
    }
    if (changes.empty()) {
        return false;
    }
    undoStack_.push(new MoveCommand(
        [this](const std::vector<std::pair<ResourceId, Geometry>>& geometries) {
            applyGeometries(geometries);
        },
        std::move(subject), std::move(changes),
        mergeNudges ? MoveCommand::Merge::WithNudgesOfSameItems : MoveCommand::Merge::Never, text));
    return true;
}

bool DocumentController::alignItems(const QStringList& ids, const QString& edge) {
    const DrawingTree tree(document_);
    const std::vector<std::size_t> nodes = topMostNodes(tree, ids);
    if (nodes.size() < 2) {
        emit editRefused(tr("Select two or more items to align."));
        return false;
    }
    const std::size_t parent = tree.nodes[nodes.front()].parent;
    for (const std::size_t node : nodes) {
        if (tree.nodes[node].parent != parent || !tree.nodes[node].resource->geometry) {
            emit editRefused(
                tr("Only items in the same container can be aligned: select siblings."));
            return false;
        }
    }
    const auto extreme = [&](auto value, bool lowest) {
        double result = value(*tree.nodes[nodes.front()].resource->geometry);
        for (const std::size_t node : nodes) {
            const double v = value(*tree.nodes[node].resource->geometry);
            result = lowest ? std::min(result, v) : std::max(result, v);
        }
        return result;
    };
    const auto left = [](const Geometry& g) {
        return g.x;
    };
    const auto right = [](const Geometry& g) {
        return g.x + g.width;
    };
    const auto top = [](const Geometry& g) {
        return g.y;
    };
    const auto bottom = [](const Geometry& g) {
        return g.y + g.height;
    };
    // Centres line up on the middle of the selection's bounding box.
    const double middleX = (extreme(left, true) + extreme(right, false)) / 2;
    const double middleY = (extreme(top, true) + extreme(bottom, false)) / 2;
    std::map<ResourceId, Geometry> after;
    for (const std::size_t node : nodes) {
        Geometry g = *tree.nodes[node].resource->geometry;
        if (edge == QLatin1String("left")) {
            g.x = extreme(left, true);
        } else if (edge == QLatin1String("right")) {
            g.x = extreme(right, false) - g.width;
        } else if (edge == QLatin1String("top")) {
            g.y = extreme(top, true);
        } else if (edge == QLatin1String("bottom")) {
            g.y = extreme(bottom, false) - g.height;
        } else if (edge == QLatin1String("hcenter")) {
            g.x = middleX - g.width / 2;
        } else if (edge == QLatin1String("vcenter")) {
            g.y = middleY - g.height / 2;
        } else {
            return false;
        }
        after[tree.nodes[node].resource->id] = g;
    }
    return pushGeometry(std::move(after), false,
                        tr("Align %n items", nullptr, static_cast<int>(nodes.size())));
}

bool DocumentController::resizeItem(const QString& id, double width, double height) {
    const DrawingTree tree(document_);
    const auto node = tree.find(id.toStdString());
    if (!node || !tree.nodes[*node].resource->geometry ||
        !isContainerKind(tree.nodes[*node].resource->kind())) {
        return false;
    }
    // Never smaller than the children's bounds (with padding) nor than a container may be.
    double minWidth = M::minContainerWidth;
    double minHeight = M::titleBand + M::padding;
    for (const std::size_t child : tree.nodes[*node].children) {
        if (const auto& box = tree.nodes[child].resource->geometry) {
            minWidth = std::max(minWidth, box->x + box->width + M::padding);
            minHeight = std::max(minHeight, box->y + box->height + M::padding);
        }
    }
    Geometry resized = *tree.nodes[*node].resource->geometry;
    resized.width = std::max(width, minWidth);
    resized.height = std::max(height, minHeight);
    if (resized == *tree.nodes[*node].resource->geometry) {
        return false;
    }
    return pushGeometry(
        {{tree.nodes[*node].resource->id, resized}}, false,
        tr("Resize %1").arg(QString::fromStdString(tree.nodes[*node].resource->label())));
}

QString DocumentController::deletionSummaryOf(const QStringList& ids) const {
    const std::vector<ResourceId> chosen = toIds(topMost(ids));
    if (chosen.size() == 1) {
        return deletionSummary(QString::fromStdString(chosen.front()));
    }
    // Non-drawn ids (none today) would be skipped by topMost(): count what is actually named.
    if (chosen.empty()) {
        return {};
    }
    const RemovalPlan plan = planRemoval(document_, chosen);
    std::map<ResourceKind, int> removedByKind;
    for (const ResourceId& removed : plan.removed) {
        if (const Resource* resource = document_.find(removed)) {
            ++removedByKind[resource->kind()];
        }
    }
    QStringList parts;
    for (const auto& [kind, count] : removedByKind) {
        const std::string_view label = kindLabel(kind);
        parts.append(
            QStringLiteral("%1 \u00d7 %2")
                .arg(count)
                .arg(QString::fromUtf8(label.data(), static_cast<qsizetype>(label.size()))));
    }
    QString text =
        tr("Delete the %n selected items?", nullptr, static_cast<int>(chosen.size())) +
        QLatin1Char(' ') +
        tr("With what belongs to them this removes %1.").arg(parts.join(QStringLiteral(", ")));
    if (!plan.rewritten.empty()) {
        QStringList names;
        for (const Resource& rewritten : plan.rewritten) {
            names.append(QString::fromStdString(rewritten.label()));
        }
        text +=
            QLatin1Char(' ') +
            tr("These lose their references to them: %1.").arg(names.join(QStringLiteral(", ")));
    }
    return text + QLatin1Char(' ') + tr("Undo brings everything back.");
}

bool DocumentController::deleteItems(const QStringList& ids) {
    const std::vector<ResourceId> chosen = toIds(topMost(ids));
    if (chosen.empty()) {
        return false;
    }
    if (chosen.size() == 1) {
        return deleteItem(QString::fromStdString(chosen.front()));
    }
    const RemovalPlan plan = planRemoval(document_, chosen);
    DocumentEdit edit;
    for (const ResourceId& removed : plan.removed) {
        edit.recordRemoval(document_, removed);
    }
    for (const Resource& rewritten : plan.rewritten) {
        if (const Resource* before = document_.find(rewritten.id)) {
            edit.rewritten.push_back({*before, rewritten});
        }
    }
    pushEdit(std::move(edit), tr("Delete %n items", nullptr, static_cast<int>(chosen.size())));
    return true;
}

bool DocumentController::copyItems(const QStringList& ids) {
    std::vector<Resource> copies = collectCopies(document_, toIds(topMost(ids)));
    if (copies.empty()) {
        return false;
    }
    clipboard_ = std::move(copies);
    emit canPasteChanged();
    return true;
}

QStringList DocumentController::paste() {
    return pasteWith(clipboard_, PasteOptions{});
}

QStringList DocumentController::pasteAt(double x, double y) {
    const std::vector<ResourceId> tops = topCopies(document_, clipboard_);
    if (tops.empty()) {
        return paste(); // says there is nothing to paste
    }
    const Resource& first = *std::find_if(clipboard_.begin(), clipboard_.end(),
                                          [&](const Resource& r) { return r.id == tops.front(); });
    // The copies land in the innermost container under the pointer when it may hold them
    // (pasteCopies() decides the same way), else in their own.
    PasteOptions options;
    std::optional<ResourceId> landing = containerOf(document_, first);
    const std::vector<ResourceId> under = containersAt(document_, x, y);
    if (!under.empty()) {
        options.into = under.front();
        if (canPlace(document_, first.kind(), options.into).allowed) {
            landing = resolvedParent(document_, first.kind(), options.into);
        }
    }
    // Their top-left corner goes to the pointer, relative to where they land.
    double originX = 0;
    double originY = 0;
    if (landing) {
        const GeometryMap absolute = absoluteGeometry(document_);
        if (const auto found = absolute.find(*landing); found != absolute.end()) {
            originX = found->second.x;
            originY = found->second.y;
        }
    }
    options.topLeft = std::pair{x - originX, y - originY};
    return pasteWith(clipboard_, options);
}

QStringList DocumentController::duplicateItems(const QStringList& ids) {
    return pasteWith(collectCopies(document_, toIds(topMost(ids))), PasteOptions{});
}

QStringList DocumentController::pasteWith(const std::vector<Resource>& copies,
                                          const PasteOptions& options) {
    PasteResult result;
    try {
        result = pasteCopies(document_, copies, options);
    } catch (const std::exception& error) {
        emit editRefused(QString::fromUtf8(error.what()));
        return {};
    }
    const int count = static_cast<int>(result.topIds.size());
    pushEdit(std::move(result.edit), tr("Paste %n items", nullptr, count));
    return toStrings(result.topIds);
}

void DocumentController::applyGeometries(
    const std::vector<std::pair<ResourceId, Geometry>>& geometries) {
    ChangeSet changes;
    changes.geometryOnly = true;
    for (const auto& [id, geometry] : geometries) {
        const ChangeSet one = document_.setGeometry(id, geometry);
        engine_->setGeometry(id, geometry);
        changes.changed.insert(changes.changed.end(), one.changed.begin(), one.changed.end());
    }
    const GeometryMap absolute = absoluteGeometry(document_);
    items_.apply(document_, absolute, changes);
    edges_.apply(document_, absolute);
    attachments_.update(document_, absolute);
}

} // namespace topograph
