// SPDX-License-Identifier: Apache-2.0
#include "app/inspector/inspector_controller.h"

#include "app/inspector/cidr_problem.h"
#include "app/inspector/followed_document.h"
#include "core/model/applied_rules.h"
#include "core/model/references.h"

#include <algorithm>

namespace topograph {

namespace {

QString fromView(std::string_view text) {
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

} // namespace

InspectorController::InspectorController(QObject* parent) : QObject(parent) {}

void InspectorController::setController(DocumentController* controller) {
    if (followDocument(controller_, changed_, controller, this, &InspectorController::reload)) {
        emit controllerChanged();
        reload();
    }
}

void InspectorController::setSelectedId(const QString& id) {
    if (selectedId_ == id) {
        return;
    }
    selectedId_ = id;
    emit selectedIdChanged();
    setLastError({});
    reload();
}

void InspectorController::reload() {
    const Resource* found = controller_ != nullptr && !selectedId_.isEmpty()
                                ? controller_->document().find(selectedId_.toStdString())
                                : nullptr;
    QString routeTable;
    QString networkAcl;
    QStringList groups;
    if (found != nullptr) {
        const Document& document = controller_->document();
        if (found->as<Subnet>() != nullptr || found->placement() != nullptr) {
            const AppliedRules rules = AppliedRulesIndex(document).of(*found);
            routeTable = QString::fromStdString(rules.routeTable.value_or(ResourceId{}));
            networkAcl = QString::fromStdString(rules.networkAcl.value_or(ResourceId{}));
            for (const ResourceId& group : rules.securityGroups) {
                groups.append(QString::fromStdString(group));
            }
        } else if (found->as<RouteTable>() != nullptr) {
            routeTable = selectedId_;
        } else if (found->as<NetworkAcl>() != nullptr) {
            networkAcl = selectedId_;
        } else if (found->as<SecurityGroup>() != nullptr) {
            groups.append(selectedId_);
        }
    }
    std::optional<Resource> shown = found != nullptr ? std::optional(*found) : std::nullopt;
    // Only a real change is announced: a notification rewrites the fields the user may be
    // typing in.
    if (shown == shown_ && routeTable == routeTableId_ && networkAcl == networkAclId_ &&
        groups == securityGroupIds_) {
        return;
    }
    shown_ = std::move(shown);
    routeTableId_ = routeTable;
    networkAclId_ = networkAcl;
    securityGroupIds_ = groups;
    tags_.setTags(shown_ ? shown_->tags : std::vector<Tag>{});
    emit selectionChanged();
}

QString InspectorController::kind() const {
    return shown_ ? fromView(kindName(shown_->kind())) : QString();
}

QString InspectorController::kindLabel() const {
    return shown_ ? fromView(topograph::kindLabel(shown_->kind())) : QString();
}

QString InspectorController::name() const {
    return shown_ ? QString::fromStdString(shown_->name) : QString();
}

QString InspectorController::notes() const {
    return shown_ ? QString::fromStdString(shown_->notes) : QString();
}

bool InspectorController::hasCidr() const {
    return shown_ && (shown_->as<Vpc>() != nullptr || shown_->as<Subnet>() != nullptr);
}

QString InspectorController::cidr() const {
    if (!shown_) {
        return {};
    }
    if (const Vpc* vpc = shown_->as<Vpc>()) {
        return vpc->ipv4Cidrs.empty() ? QString() : QString::fromStdString(vpc->ipv4Cidrs.front());
    }
    if (const Subnet* subnet = shown_->as<Subnet>()) {
        return QString::fromStdString(subnet->ipv4Cidr);
    }
    return {};
}

QString InspectorController::label() const {
    return shown_ ? QString::fromStdString(shown_->label()) : QString();
}

void InspectorController::setLastError(const QString& error) {
    if (lastError_ != error) {
        lastError_ = error;
        emit lastErrorChanged();
    }
}

bool InspectorController::commit(Resource after, const QString& text) {
    setLastError({});
    return controller_ != nullptr && controller_->replaceResource(after, text);
}

bool InspectorController::setName(const QString& name) {
    if (!shown_) {
        return false;
    }
    Resource after = *shown_;
    after.name = name.trimmed().toStdString();
    return commit(std::move(after), tr("Rename %1").arg(label()));
}

bool InspectorController::setNotes(const QString& notes) {
    if (!shown_) {
        return false;
    }
    Resource after = *shown_;
    after.notes = notes.toStdString();
    return commit(std::move(after), tr("Edit notes of %1").arg(label()));
}

bool InspectorController::setTag(const QString& key, const QString& value) {
    if (!shown_) {
        return false;
    }
    const std::string tagKey = key.trimmed().toStdString();
    if (tagKey.empty()) {
        setLastError(tr("A tag needs a key, for example Environment or Owner."));
        return false;
    }
    Resource after = *shown_;
    auto tag = std::ranges::find(after.tags, tagKey, &Tag::key);
    if (tag == after.tags.end()) {
        after.tags.push_back({tagKey, value.toStdString()});
    } else {
        tag->value = value.toStdString();
    }
    return commit(std::move(after), tr("Set tag %1 of %2").arg(key.trimmed(), label()));
}

bool InspectorController::renameTag(const QString& oldKey, const QString& newKey) {
    if (!shown_) {
        return false;
    }
    const std::string from = oldKey.toStdString();
    const std::string to = newKey.trimmed().toStdString();
    if (to.empty()) {
        setLastError(tr("A tag needs a key; use Remove to delete the tag."));
        return false;
    }
    Resource after = *shown_;
    if (from != to && std::ranges::find(after.tags, to, &Tag::key) != after.tags.end()) {
        setLastError(tr("%1 already has a tag %2.").arg(label(), newKey.trimmed()));
        return false;
    }
    auto tag = std::ranges::find(after.tags, from, &Tag::key);
    if (tag == after.tags.end()) {
        return false;
    }
    tag->key = to;
    return commit(std::move(after), tr("Rename tag %1 of %2").arg(oldKey, label()));
}

bool InspectorController::removeTag(const QString& key) {
    if (!shown_) {
        return false;
    }
    Resource after = *shown_;
    std::erase_if(after.tags, [&](const Tag& tag) { return tag.key == key.toStdString(); });
    return commit(std::move(after), tr("Remove tag %1 from %2").arg(key, label()));
}

QString InspectorController::cidrProblem(const QString& text, bool isVpc) const {
    return QString::fromStdString(topograph::cidrProblem(
        text.trimmed().toStdString(), isVpc ? CidrUse::VpcBlock : CidrUse::SubnetBlock));
}

QString InspectorController::checkCidr(const QString& text) const {
    if (!hasCidr()) {
        return {};
    }
    const QString problem = cidrProblem(text, shown_->as<Vpc>() != nullptr);
    if (!problem.isEmpty() || controller_ == nullptr) {
        return problem;
    }
    if (const Subnet* subnet = shown_->as<Subnet>()) {
        if (const Vpc* vpc = controller_->document().findAs<Vpc>(subnet->vpc)) {
            return QString::fromStdString(
                subnetOutsideVpcProblem(text.trimmed().toStdString(), vpc->ipv4Cidrs));
        }
    }
    return {};
}

bool InspectorController::setCidr(const QString& text) {
    if (!hasCidr()) {
        return false;
    }
    const QString problem = checkCidr(text);
    if (!problem.isEmpty()) {
        setLastError(problem);
        return false;
    }
    Resource after = *shown_;
    const std::string block = text.trimmed().toStdString();
    if (Vpc* vpc = after.as<Vpc>()) {
        if (vpc->ipv4Cidrs.empty()) {
            vpc->ipv4Cidrs.push_back(block);
        } else {
            vpc->ipv4Cidrs.front() = block;
        }
    } else {
        after.as<Subnet>()->ipv4Cidr = block;
    }
    return commit(std::move(after), tr("Change CIDR of %1").arg(label()));
}

} // namespace topograph
