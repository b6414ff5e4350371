// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "app/canvas/overview_painter.h"
#include "app/diagram_model.h"
#include "app/edge_model.h"

#include <QImage>
#include <QPointer>
#include <QQuickItem>
#include <QtQml/qqmlregistration.h>

namespace topograph {

/// The diagram zoomed far out as one item: the part `area` of the scene painted once into an
/// image at `renderScale` (OverviewPainter) and shown as one textured node, repainted only
/// when the models, the area, the scale or the colours change, never while the view pans or
/// zooms inside them. It takes no input: clicks reach the canvas's own hit testing.
/// Placed in scene coordinates (a child of the canvas's scaled scene); its geometry follows
/// `area` clipped to the scene.
class DiagramOverview : public QQuickItem {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(topograph::DiagramModel* items READ items WRITE setItems NOTIFY itemsChanged)
    Q_PROPERTY(topograph::EdgeModel* edges READ edges WRITE setEdges NOTIFY edgesChanged)
    /// The part of the scene to draw (scene coordinates); clipped to the diagram's scene.
    Q_PROPERTY(QRectF area READ area WRITE setArea NOTIFY areaChanged)
    /// Image pixels per scene unit (the zoom the image is made for; the scene's scale does the
    /// rest). Lowered when the image would exceed maximumImageSide pixels.
    Q_PROPERTY(qreal renderScale READ renderScale WRITE setRenderScale NOTIFY renderScaleChanged)
    /// Theme colours by name, see OverviewColors.
    Q_PROPERTY(QVariantMap colors READ colors WRITE setColors NOTIFY colorsChanged)
    /// How many times the image was painted: each is a full paint, so panning should not add.
    Q_PROPERTY(int paintCount READ paintCount NOTIFY painted)

public:
    /// Larger images cost more to paint than they save, and some GPUs refuse larger textures.
    static constexpr int maximumImageSide = 3072;

    explicit DiagramOverview(QQuickItem* parent = nullptr);

    DiagramModel* items() const { return items_; }
    void setItems(DiagramModel* items);
    EdgeModel* edges() const { return edges_; }
    void setEdges(EdgeModel* edges);
    QRectF area() const { return area_; }
    void setArea(const QRectF& area);
    qreal renderScale() const { return renderScale_; }
    void setRenderScale(qreal scale);
    QVariantMap colors() const { return colorMap_; }
    void setColors(const QVariantMap& colors);
    int paintCount() const { return paintCount_; }

    /// The last image painted (for tests); null before the first paint.
    QImage image() const { return image_; }

signals:
    void itemsChanged();
    void edgesChanged();
    void areaChanged();
    void renderScaleChanged();
    void colorsChanged();
    void painted();

protected:
    void updatePolish() override;
    QSGNode* updatePaintNode(QSGNode* oldNode, UpdatePaintNodeData* data) override;
    void itemChange(ItemChange change, const ItemChangeData& value) override;

private:
    /// The image is out of date: repaint it before the next frame (or once shown again).
    void invalidate();
    /// Repaints on the model's changes; `textRolesDrawn` false for the DiagramModel, whose
    /// name and subtitle roles the image leaves out.
    void watch(QAbstractItemModel* model, bool textRolesDrawn);
    QRectF clippedArea() const;

    QPointer<DiagramModel> items_;
    QPointer<EdgeModel> edges_;
    QRectF area_;
    qreal renderScale_ = 0.25;
    QVariantMap colorMap_;
    OverviewColors colors_;
    OverviewPainter painter_;
    QImage image_;
    QRectF imageArea_;
    qreal imageScale_ = 1;
    bool dirty_ = true;
    bool textureDirty_ = false;
    int paintCount_ = 0;
};

} // namespace topograph
