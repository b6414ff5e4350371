// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "app/canvas/overview_painter.h"
#include "app/canvas/overview_renderer.h"
#include "app/diagram_model.h"
#include "app/edge_model.h"

#include <memory>
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
/// the area of the image shown, clipped to the scene.
///
/// Repaints run on a worker thread (OverviewRenderer) on a snapshot of the models, and the
/// previous image stays, scaled, until the new one is ready: a new area or scale, or an edit,
/// costs the GUI thread the snapshot (about a millisecond), not the paint. Requests coalesce and
/// a result older than the image shown is dropped, so after a burst of edits the newest state
/// is on screen within two paints. The paint is synchronous, before the frame, only when the
/// image would otherwise show something that is not there: when there is none yet, when the
/// models were reset (another document, or items added or removed), and when the item is shown
/// again after the models changed while it was hidden.
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
    /// How many images were painted and shown: each is a full paint, so panning should not add.
    Q_PROPERTY(int paintCount READ paintCount NOTIFY painted)
    /// A paint runs or waits on the worker: the image shown is about to be replaced.
    Q_PROPERTY(bool painting READ painting NOTIFY paintingChanged)

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
    bool painting() const { return renderer_.busy(); }

    /// The image shown (for tests); null before the first paint.
    QImage image() const { return image_; }
    /// The part of the scene the image shown covers, and its pixels per scene unit.
    QRectF imageArea() const { return imageArea_; }
    qreal imageScale() const { return imageScale_; }
    /// Paints what the image shows now, synchronously, with the painter it uses (for tests:
    /// the worker's image must be this one).
    QImage paintNow() const;

signals:
    void itemsChanged();
    void edgesChanged();
    void areaChanged();
    void renderScaleChanged();
    void colorsChanged();
    void painted();
    void paintingChanged();

protected:
    void updatePolish() override;
    QSGNode* updatePaintNode(QSGNode* oldNode, UpdatePaintNodeData* data) override;
    void itemChange(ItemChange change, const ItemChangeData& value) override;

private:
    /// The image is out of date: repaint it before the next frame (or once shown again).
    void invalidate();
    /// The models changed what is drawn; `reset` for a new document or rows added or removed,
    /// which the image must not go on showing even for a moment.
    void modelChanged(bool reset);
    /// The job for the image the current properties ask for.
    OverviewJob job();
    /// Shows a painted image (from the worker or painted here) unless a newer one is shown.
    void show(const QImage& image, const QRectF& area, qreal scale, quint64 generation);
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
    /// Shared with the worker's paint function; thread-safe.
    std::shared_ptr<const OverviewPainter> painter_;
    QImage image_;
    QRectF imageArea_;
    qreal imageScale_ = 1;
    bool dirty_ = true;
    bool textureDirty_ = false;
    int paintCount_ = 0;
    /// The generation of the newest request, and of the image shown.
    quint64 requested_ = 0;
    quint64 shown_ = 0;
    /// The first generation requested after the models last changed: an image older than it
    /// shows what is no longer there.
    quint64 freshFrom_ = 0;
    /// Paint before the next frame instead of on the worker.
    bool paintNow_ = true;
    /// Last: destroyed first, so that the worker stops before what it reports to goes.
    OverviewRenderer renderer_;
};

} // namespace topograph
