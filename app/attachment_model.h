// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/layout/layout.h"
#include "core/model/document.h"

#include <QAbstractListModel>
#include <QRectF>
#include <QString>
#include <QtQml/qqmlregistration.h>
#include <vector>

namespace topograph {

/// The route table, network ACL and security groups that apply to each subnet and workload,
/// drawn as small chips on their owner (a subnet's on its bottom border, a workload's beside
/// its icon); clicking one selects it for the inspector. Only the chips inside `visibleRect` are
/// rows, so a 2,000-item model creates delegates for what is in view, not for all of it.
class AttachmentModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("AttachmentModel belongs to the DocumentController")
    Q_PROPERTY(QRectF visibleRect READ visibleRect WRITE setVisibleRect NOTIFY visibleRectChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        AttachedIdRole = Qt::UserRole + 1, // the route table, ACL or group
        OwnerIdRole,                       // the subnet or workload it applies to
        KindRole,                          // "route-table", "network-acl", "security-group"
        ShortLabelRole,                    // "RT", "NACL", "SG"
        NameRole,                          // "Route table: App route table A (main)"
        ChipXRole,                         // canvas coordinates
        ChipYRole,
        ChipWidthRole,
        ChipHeightRole,
    };
    Q_ENUM(Role)

    static constexpr double chipHeight = 18;

    explicit AttachmentModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return static_cast<int>(shown_.size()); }
    QRectF visibleRect() const { return visibleRect_; }
    void setVisibleRect(const QRectF& rect);
    /// Every chip, in view or not (tests).
    int totalCount() const { return static_cast<int>(chips_.size()); }

    /// The chips of `document` at the items' canvas positions; resets the rows only when what
    /// is shown changed (a move or an edit elsewhere keeps the delegates).
    void update(const Document& document, const GeometryMap& absolute);

signals:
    void visibleRectChanged();
    void countChanged();

private:
    struct Chip {
        QString attachedId;
        QString ownerId;
        QString kind;
        QString shortLabel;
        QString name;
        QRectF rect;
        bool operator==(const Chip&) const = default;
    };

    void refilter();

    std::vector<Chip> chips_;
    std::vector<Chip> shown_; // the rows: the chips in view
    QRectF visibleRect_;
};

} // namespace topograph
