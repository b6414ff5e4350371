// SPDX-License-Identifier: Apache-2.0
#include "app/attachment_model.h"

#include "core/model/applied_rules.h"

namespace topograph {

namespace {

constexpr double chipGap = 4;
constexpr double resizeHandleRoom = 18; // DiagramCanvas draws a selected container's handle there
constexpr double iconSize = 44;         // NodeDelegate's icon, centred at the top of the node
constexpr double iconTop = 4;

double chipWidth(QLatin1StringView shortLabel) {
    return 12 + 8.0 * shortLabel.size();
}

QString nameOf(const Document& document, const ResourceId& id, const char* kindLabel,
               bool implied) {
    const Resource* resource = document.find(id);
    const QString label = QString::fromStdString(resource != nullptr ? resource->label() : id);
    QString text = QStringLiteral("%1: %2").arg(QString::fromUtf8(kindLabel), label);
    if (implied) {
        text += QObject::tr(" (the VPC's default, no association of its own)");
    }
    return text;
}

} // namespace

AttachmentModel::AttachmentModel(QObject* parent) : QAbstractListModel(parent) {}

int AttachmentModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : count();
}

QVariant AttachmentModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= count()) {
        return {};
    }
    const Chip& chip = shown_[static_cast<std::size_t>(index.row())];
    switch (role) {
    case AttachedIdRole:
        return chip.attachedId;
    case OwnerIdRole:
        return chip.ownerId;
    case KindRole:
        return chip.kind;
    case ShortLabelRole:
        return chip.shortLabel;
    case NameRole:
        return chip.name;
    case ChipXRole:
        return chip.rect.x();
    case ChipYRole:
        return chip.rect.y();
    case ChipWidthRole:
        return chip.rect.width();
    case ChipHeightRole:
        return chip.rect.height();
    default:
        return {};
    }
}

QHash<int, QByteArray> AttachmentModel::roleNames() const {
    return {{AttachedIdRole, "attachedId"},
            {OwnerIdRole, "ownerId"},
            {KindRole, "kind"},
            {ShortLabelRole, "shortLabel"},
            {NameRole, "name"},
            {ChipXRole, "chipX"},
            {ChipYRole, "chipY"},
            {ChipWidthRole, "chipWidth"},
            {ChipHeightRole, "chipHeight"}};
}

void AttachmentModel::setVisibleRect(const QRectF& rect) {
    if (rect == visibleRect_) {
        return;
    }
    visibleRect_ = rect;
    emit visibleRectChanged();
    refilter();
}

void AttachmentModel::update(const Document& document, const GeometryMap& absolute) {
    // Most edits leave every chip as it was (a CIDR typed, a rule added): the chips are compared
    // with the ones kept before any string is built for them, and built from the first one that
    // differs. On a 2,000-item model that is thousands of chips not formatted on each keystroke.
    const QString impliedSuffix = QObject::tr(" (the VPC's default, no association of its own)");
    const auto sameName = [&](const QString& name, const ResourceId& id, const char* kindLabel,
                              bool implied) {
        const Resource* resource = document.find(id);
        const std::string& label = resource != nullptr ? resource->label() : id;
        QStringView rest(name);
        const QLatin1StringView kindText(kindLabel);
        const QLatin1StringView separator(": ");
        if (!rest.startsWith(kindText) || !rest.sliced(kindText.size()).startsWith(separator)) {
            return false;
        }
        rest = rest.sliced(kindText.size() + separator.size());
        if (implied) {
            if (!rest.endsWith(impliedSuffix)) {
                return false;
            }
            rest.chop(impliedSuffix.size());
        }
        return QAnyStringView::equal(rest, QUtf8StringView(label.data(), label.size()));
    };
    std::vector<Chip> chips;
    bool unchanged = true; // so far chips_[0, kept) are the chips
    std::size_t kept = 0;
    const auto add = [&](const ResourceId& attached, const ResourceId& owner, const char* kind,
                         const char* shortLabel, const char* kindLabel, bool implied,
                         const QRectF& rect) {
        if (unchanged && kept < chips_.size()) {
            const Chip& old = chips_[kept];
            if (old.rect == rect && old.kind == QLatin1StringView(kind) &&
                old.shortLabel == QLatin1StringView(shortLabel) &&
                QAnyStringView::equal(old.attachedId,
                                      QUtf8StringView(attached.data(), attached.size())) &&
                QAnyStringView::equal(old.ownerId, QUtf8StringView(owner.data(), owner.size())) &&
                sameName(old.name, attached, kindLabel, implied)) {
                ++kept;
                return;
            }
        }
        if (unchanged) {
            unchanged = false;
            chips.assign(chips_.begin(), chips_.begin() + static_cast<std::ptrdiff_t>(kept));
        }
        chips.push_back({QString::fromStdString(attached), QString::fromStdString(owner),
                         QString::fromLatin1(kind), QString::fromLatin1(shortLabel),
                         nameOf(document, attached, kindLabel, implied), rect});
    };
    const AppliedRulesIndex applied(document);
    for (const Resource& resource : document.resources()) {
        const bool subnet = resource.as<Subnet>() != nullptr;
        if (!subnet && resource.placement() == nullptr) {
            continue;
        }
        const auto geometry = absolute.find(resource.id);
        if (geometry == absolute.end()) {
            continue;
        }
        const Geometry& owner = geometry->second;
        const AppliedRules rules = applied.of(resource);
        if (subnet) {
            // Right-aligned on the bottom border, where they hide neither the title nor what the
            // subnet holds: the route table, then the ACL at the corner.
            const auto* own = resource.as<Subnet>();
            double right = owner.x + owner.width - resizeHandleRoom;
            const double top = owner.y + owner.height - chipHeight / 2;
            const auto place = [&](const std::optional<ResourceId>& id, const char* kind,
                                   const char* shortLabel, const char* kindLabel, bool implied) {
                if (!id) {
                    return;
                }
                const double width = chipWidth(QLatin1StringView(shortLabel));
                right -= width;
                add(*id, resource.id, kind, shortLabel, kindLabel, implied,
                    QRectF(right, top, width, chipHeight));
                right -= chipGap;
            };
            place(rules.networkAcl, "network-acl", "NACL", "Network ACL", !own->networkAcl);
            place(rules.routeTable, "route-table", "RT", "Route table", !own->routeTable);
            continue;
        }
        // A workload's groups stand left of its icon, one below the other.
        const bool implied = resource.placement()->securityGroups.empty();
        double top = owner.y + iconTop;
        for (const ResourceId& group : rules.securityGroups) {
            const double width = chipWidth(QLatin1StringView("SG"));
            const double left = owner.x + owner.width / 2 - iconSize / 2 - chipGap - width;
            add(group, resource.id, "security-group", "SG", "Security group", implied,
                QRectF(left, top, width, chipHeight));
            top += chipHeight + 2;
        }
    }
    if (unchanged) {
        if (kept == chips_.size()) {
            return; // every chip as it was: so are the rows
        }
        chips.assign(chips_.begin(), chips_.begin() + static_cast<std::ptrdiff_t>(kept));
    }
    chips_ = std::move(chips);
    refilter();
}

void AttachmentModel::refilter() {
    std::vector<Chip> shown;
    for (const Chip& chip : chips_) {
        if (!visibleRect_.isValid() || visibleRect_.intersects(chip.rect)) {
            shown.push_back(chip);
        }
    }
    if (shown == shown_) {
        return;
    }
    const int previousCount = count();
    beginResetModel();
    shown_ = std::move(shown);
    endResetModel();
    if (count() != previousCount) {
        emit countChanged();
    }
}

} // namespace topograph
