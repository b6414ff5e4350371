// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/layout/diagram_edges.h"
#include "core/layout/layout.h"

#include <QAbstractListModel>
#include <QPointF>
#include <QtQml/qqmlregistration.h>
#include <QVariantList>
#include <vector>

namespace topograph {

/// The lines of the diagram (routes to gateways, peerings, transit gateway attachments, VPN
/// connections, load balancer targets) with their points computed here, so QML only binds a
/// Shape to `points` and `arrowHead`. When items move, only the lines whose points changed get
/// dataChanged; when the set of lines changes, the model resets.
class EdgeModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("EdgeModel belongs to the DocumentController")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        KindRole = Qt::UserRole + 1, // "route", "peering", "attachment", "vpn", "load-balancing"
        FromIdRole,
        ToIdRole,
        PointsRole,    // the line, a list of points in canvas coordinates
        ArrowHeadRole, // three points: wing, tip, wing
    };
    Q_ENUM(Role)

    explicit EdgeModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return static_cast<int>(rows_.size()); }

    void reset(const Document& document, const GeometryMap& absolute);
    void apply(const Document& document, const GeometryMap& absolute);

signals:
    void countChanged();

private:
    struct Row {
        DiagramEdge edge;
        QVariantList points;
        QVariantList arrowHead;
    };

    static std::vector<Row> buildRows(const Document& document, const GeometryMap& absolute);

    std::vector<Row> rows_;
};

} // namespace topograph
