// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/check/finding.h"
#include "core/layout/layout.h"
#include "core/model/document.h"

#include <QAbstractListModel>
#include <QHash>
#include <QRectF>
#include <QStringList>
#include <QtQml/qqmlregistration.h>
#include <vector>

namespace topograph {

/// The drawn items of the document for QML: containers and nodes with absolute geometry, in an
/// order where every container comes before what it contains (painting in row order nests them).
/// Follows the document through ChangeSets: geometry changes and edits of known items become
/// role-specific dataChanged found through an id->row hash; items added or removed reset the
/// model (structural editing arrives with the designer, which will insert rows instead).
class DiagramModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("DiagramModel belongs to the DocumentController")
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(qreal sceneWidth READ sceneWidth NOTIFY boundsChanged)
    Q_PROPERTY(qreal sceneHeight READ sceneHeight NOTIFY boundsChanged)
    Q_PROPERTY(qreal titleBandHeight READ titleBandHeight CONSTANT)

public:
    enum Role {
        // "itemId", "itemX", ...: QML reserves the word id, and delegates bind their own x, y,
        // width and height to these roles rather than being assigned over them.
        ItemIdRole = Qt::UserRole + 1,
        KindRole,
        NameRole,
        SubtitleRole,
        XRole,
        YRole,
        WidthRole,
        HeightRole,
        DepthRole,
        IsContainerRole,
        IsPublicRole,
        IconSourceRole,
        BadgeRole, // "error", "warning" or "": the worst finding naming the item
    };
    Q_ENUM(Role)

    explicit DiagramModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return static_cast<int>(rows_.size()); }
    /// The rectangle holding every item, in canvas coordinates; what "fit to window" shows.
    QRectF bounds() const { return bounds_; }
    /// The canvas size that shows every item with the layout's margin on all sides.
    qreal sceneWidth() const {
        return bounds_.isNull() ? 0 : bounds_.right() + LayoutMetrics::canvasMargin;
    }
    qreal sceneHeight() const {
        return bounds_.isNull() ? 0 : bounds_.bottom() + LayoutMetrics::canvasMargin;
    }
    qreal titleBandHeight() const { return LayoutMetrics::titleBand; }

    /// The row of an id, or -1.
    int rowOf(const QString& id) const { return rowOfId_.value(id, -1); }
    /// The ids of `ids` that are drawn, in their order, each once (a finding's resources: the
    /// route tables, ACLs and groups among them are chips, not items).
    Q_INVOKABLE QStringList drawnOf(const QStringList& ids) const;
    /// The smallest rectangle holding every drawn item of `ids`; empty when none is drawn.
    Q_INVOKABLE QRectF boundsOf(const QStringList& ids) const;
    /// Where an item is drawn, in canvas coordinates; an empty rectangle when it is not drawn.
    Q_INVOKABLE QRectF rectOf(const QString& id) const;
    /// The item a click at the canvas point hits: a node before any container, the innermost
    /// container otherwise; "" on empty canvas.
    Q_INVOKABLE QString itemAt(double x, double y) const;
    /// True when the item is drawn as a container (it may be resized).
    Q_INVOKABLE bool isContainer(const QString& id) const {
        const int row = rowOf(id);
        return row >= 0 && rows_[static_cast<std::size_t>(row)].isContainer;
    }
    /// The items whose rectangle lies wholly inside `rect` (canvas coordinates), in row order.
    QStringList itemsInside(const QRectF& rect) const;

    void reset(const Document& document, const GeometryMap& absolute);
    void apply(const Document& document, const GeometryMap& absolute, const ChangeSet& changes);
    /// Badges every item that a finding names with that finding's severity (the worst wins;
    /// info findings give no badge), signalling only the rows whose badge changed.
    void setFindings(const std::vector<Finding>& findings);

signals:
    void countChanged();
    void boundsChanged();

private:
    struct Row {
        QString id;
        QString kind;
        QString name;
        QString subtitle;
        QRectF rect;
        int depth = 0;
        bool isContainer = false;
        bool isPublic = false;
        QString iconSource;
    };

    static std::vector<Row> buildRows(const Document& document, const GeometryMap& absolute);
    void updateBounds();

    std::vector<Row> rows_;
    QHash<QString, int> rowOfId_;
    /// Kept apart from the rows: findings arrive after the document changed, and ids without a
    /// row (route tables, security groups) keep their badge for when they are drawn.
    QHash<QString, QString> badgeOfId_;
    QRectF bounds_;
};

} // namespace topograph
