// SPDX-License-Identifier: Apache-2.0
// The DocumentController's structural edits: new document, add by dropping, delete. Each one is
// a DocumentEdit pushed as one undo step; the rules (where an item may go, its proposed CIDR,
// what a deletion takes along) live in core/edit and core/layout.
#include "app/document_controller.h"
#include "app/document_edit_command.h"
#include "core/edit/attach_dropped.h"
#include "core/edit/dependents.h"
#include "core/edit/new_resource.h"
#include "core/edit/placement.h"
#include "core/layout/drop_placement.h"
#include "core/layout/layout.h"
#include "core/layout/sibling_clearance.h"

#include <map>

namespace topograph {

namespace {

QString labelOf(const Resource& resource) {
    return QString::fromStdString(resource.label());
}

QString kindLabelOf(ResourceKind kind) {
    const std::string_view label = kindLabel(kind);
    return QString::fromUtf8(label.data(), static_cast<qsizetype>(label.size()));
}

} // namespace

void DocumentController::newDocument() {
    importedFrom_.clear();
    setDocument(Document{}, {});
}

QString DocumentController::addItemAt(const QString& kind, double x, double y) {
    const std::optional<ResourceKind> resourceKind = kindFromName(kind.toStdString());
    if (!resourceKind) {
        return tr("'%1' is not a kind of component Topograph knows").arg(kind);
    }
    // The innermost container first, then outward, then the canvas itself.
    std::vector<std::optional<ResourceId>> candidates;
    for (ResourceId& id : containersAt(document_, x, y)) {
        candidates.emplace_back(std::move(id));
    }
    candidates.emplace_back(std::nullopt);
    const auto chosen = std::find_if(candidates.begin(), candidates.end(), [&](const auto& parent) {
        return canPlace(document_, *resourceKind, parent).allowed;
    });
    if (chosen == candidates.end()) {
        return QString::fromStdString(canPlace(document_, *resourceKind, candidates.front()).hint);
    }
    Resource created;
    try {
        created = makeResource(document_, *resourceKind, *chosen);
    } catch (const std::exception& error) {
        return QString::fromUtf8(error.what());
    }
    DocumentEdit edit;
    if (isDrawn(*resourceKind)) {
        // A gateway dropped on a subnet is drawn in the subnet's VPC: place it there.
        const std::optional<ResourceId> container =
            resolvedParent(document_, *resourceKind, *chosen);
        created.geometry = dropGeometry(document_, *resourceKind, container, x, y);
        // Its containers grow to hold it, pushing their neighbours aside: all in this one edit.
        for (Resource& changed : grownAndCleared(document_, container, *created.geometry)) {
            const Resource* before = document_.find(changed.id);
            edit.rewritten.push_back({*before, std::move(changed)});
        }
    }
    QString label = tr("Add %1").arg(kindLabelOf(*resourceKind));
    if (!isDrawn(*resourceKind)) {
        // A route table or ACL goes to the subnet it was dropped on, a group to the workload.
        ResourceId target;
        if (*resourceKind == ResourceKind::SecurityGroup) {
            target = items_.itemAt(x, y).toStdString();
        } else {
            for (const ResourceId& container : containersAt(document_, x, y)) {
                if (document_.findAs<Subnet>(container) != nullptr) {
                    target = container;
                    break;
                }
            }
        }
        if (const auto attached = attachDropped(document_, created, target)) {
            created.name = attached->name;
            edit.rewritten.push_back({*document_.find(attached->target.id), attached->target});
            label =
                tr("Add %1 (%2)")
                    .arg(kindLabelOf(*resourceKind), QString::fromStdString(attached->sentence));
        }
    }
    // A public NAT gateway comes with its Elastic IP, as the AWS console allocates one with it.
    for (Resource& companion : companionsOf(document_, created)) {
        edit.added.push_back(std::move(companion));
    }
    const QString id = QString::fromStdString(created.id);
    edit.added.push_back(std::move(created));
    pushEdit(std::move(edit), label);
    emit itemAdded(id);
    return {};
}

QString DocumentController::deletionSummary(const QString& id) const {
    const Resource* resource = document_.find(id.toStdString());
    if (resource == nullptr) {
        return {};
    }
    const RemovalPlan plan = planRemoval(document_, resource->id);
    // Count what goes along by kind: "2 subnets, 1 EC2 instance".
    std::map<ResourceKind, int> alongByKind;
    for (const ResourceId& removed : plan.removed) {
        if (removed != resource->id) {
            if (const Resource* other = document_.find(removed)) {
                ++alongByKind[other->kind()];
            }
        }
    }
    QString text =
        tr("Delete %1 \u201c%2\u201d?").arg(kindLabelOf(resource->kind()), labelOf(*resource));
    if (!alongByKind.empty()) {
        QStringList parts;
        for (const auto& [kind, count] : alongByKind) {
            parts.append(QStringLiteral("%1 \u00d7 %2").arg(count).arg(kindLabelOf(kind)));
        }
        text += QLatin1Char(' ') +
                tr("It takes along what belongs to it: %1.").arg(parts.join(QStringLiteral(", ")));
    }
    if (!plan.rewritten.empty()) {
        QStringList names;
        for (const Resource& rewritten : plan.rewritten) {
            names.append(labelOf(rewritten));
        }
        text += QLatin1Char(' ') +
                tr("These lose their references to it: %1.").arg(names.join(QStringLiteral(", ")));
    }
    return text + QLatin1Char(' ') + tr("Undo brings everything back.");
}

bool DocumentController::deleteItem(const QString& id) {
    const Resource* resource = document_.find(id.toStdString());
    if (resource == nullptr) {
        return false;
    }
    const QString text = tr("Delete %1").arg(labelOf(*resource));
    const RemovalPlan plan = planRemoval(document_, resource->id);
    DocumentEdit edit;
    for (const ResourceId& removed : plan.removed) {
        edit.recordRemoval(document_, removed);
    }
    for (const Resource& rewritten : plan.rewritten) {
        if (const Resource* before = document_.find(rewritten.id)) {
            edit.rewritten.push_back({*before, rewritten});
        }
    }
    pushEdit(std::move(edit), text);
    return true;
}

void DocumentController::pushEdit(DocumentEdit edit, const QString& text) {
    undoStack_.push(new DocumentEditCommand(
        [this](const DocumentEdit& applied, bool forward) { applyEdit(applied, forward); },
        std::move(edit), text));
}

bool DocumentController::replaceResource(const Resource& after, const QString& text) {
    const Resource* before = document_.find(after.id);
    if (before == nullptr || *before == after) {
        return false;
    }
    DocumentEdit edit;
    edit.rewritten.push_back({*before, after});
    pushEdit(std::move(edit), text);
    return true;
}

void DocumentController::applyEdit(const DocumentEdit& edit, bool forward) {
    const ChangeSet changes =
        forward ? topograph::applyEdit(document_, edit) : revertEdit(document_, edit);
    engine_->apply(edit, forward);
    const GeometryMap absolute = absoluteGeometry(document_);
    items_.apply(document_, absolute, changes);
    edges_.apply(document_, absolute);
    attachments_.update(document_, absolute);
    refreshFindings();
}

} // namespace topograph
