// SPDX-License-Identifier: Apache-2.0
#include "app/canvas/diagram_overview.h"

#include "app/diagram_model.h"
#include "app/edge_model.h"

#include <algorithm>
#include <memory>
#include <QQuickWindow>
#include <QSGSimpleTextureNode>
#include <QSGTexture>

namespace topograph {

namespace {

/// A texture node that owns its texture, so the texture goes with the node on the render
/// thread and a new image replaces the old texture there.
class OwnedTextureNode : public QSGSimpleTextureNode {
public:
    void replaceTexture(QSGTexture* texture) {
        setTexture(texture);
        owned_.reset(texture);
    }

private:
    std::unique_ptr<QSGTexture> owned_;
};

} // namespace

DiagramOverview::DiagramOverview(QQuickItem* parent)
    : QQuickItem(parent), painter_(std::make_shared<const OverviewPainter>()),
      renderer_([painter = painter_](const OverviewJob& job, const std::atomic<bool>& stop) {
          return painter->paint(job.scene, job.area, job.scale, job.colors, &stop);
      }) {
    setFlag(ItemHasContents, true);
    connect(&renderer_, &OverviewRenderer::finished, this, &DiagramOverview::show);
    connect(&renderer_, &OverviewRenderer::busyChanged, this, &DiagramOverview::paintingChanged);
}

void DiagramOverview::watch(QAbstractItemModel* model, bool textRolesDrawn) {
    if (model == nullptr) {
        return;
    }
    // Any change of what is drawn: geometry, badges, items added or removed, a new document.
    // Names and subtitles (a CIDR edit) are not drawn: they leave the image as it is.
    connect(
        model, &QAbstractItemModel::dataChanged, this,
        [this, textRolesDrawn](const QModelIndex&, const QModelIndex&, const QList<int>& roles) {
            const bool textOnly =
                !textRolesDrawn && !roles.isEmpty() &&
                std::all_of(roles.begin(), roles.end(), [](int role) {
                    return role == DiagramModel::NameRole || role == DiagramModel::SubtitleRole;
                });
            if (!textOnly) {
                modelChanged(false);
            }
        });
    const auto reset = [this] {
        modelChanged(true);
    };
    connect(model, &QAbstractItemModel::modelReset, this, reset);
    connect(model, &QAbstractItemModel::rowsInserted, this, reset);
    connect(model, &QAbstractItemModel::rowsRemoved, this, reset);
    connect(model, &QAbstractItemModel::rowsMoved, this, reset);
    connect(model, &QAbstractItemModel::layoutChanged, this, reset);
}

void DiagramOverview::setItems(DiagramModel* items) {
    if (items_ == items) {
        return;
    }
    if (items_ != nullptr) {
        disconnect(items_, nullptr, this, nullptr);
    }
    items_ = items;
    watch(items, false);
    if (items != nullptr) {
        connect(items, &DiagramModel::boundsChanged, this, [this] { modelChanged(false); });
    }
    modelChanged(true);
    emit itemsChanged();
}

void DiagramOverview::setEdges(EdgeModel* edges) {
    if (edges_ == edges) {
        return;
    }
    if (edges_ != nullptr) {
        disconnect(edges_, nullptr, this, nullptr);
    }
    edges_ = edges;
    watch(edges, true);
    modelChanged(true);
    emit edgesChanged();
}

void DiagramOverview::setArea(const QRectF& area) {
    if (area_ == area) {
        return;
    }
    area_ = area;
    invalidate();
    emit areaChanged();
}

void DiagramOverview::setRenderScale(qreal scale) {
    if (qFuzzyCompare(renderScale_, scale) || scale <= 0) {
        return;
    }
    renderScale_ = scale;
    invalidate();
    emit renderScaleChanged();
}

void DiagramOverview::setColors(const QVariantMap& colors) {
    if (colorMap_ == colors) {
        return;
    }
    colorMap_ = colors;
    colors_ = OverviewColors::fromMap(colors);
    modelChanged(false);
    emit colorsChanged();
}

QRectF DiagramOverview::clippedArea() const {
    if (items_ == nullptr) {
        return {};
    }
    return area_.intersected(QRectF(0, 0, items_->sceneWidth(), items_->sceneHeight()));
}

void DiagramOverview::invalidate() {
    dirty_ = true;
    // Hidden (the canvas is zoomed in), the image waits until it is shown again.
    if (isVisible()) {
        polish();
    }
}

void DiagramOverview::modelChanged(bool reset) {
    freshFrom_ = requested_ + 1;
    if (reset) {
        // Another document, or items added or removed: what the running paint and the image
        // shown draw is gone, and must not be shown while a new paint runs.
        paintNow_ = true;
        renderer_.cancel();
    }
    invalidate();
}

void DiagramOverview::itemChange(ItemChange change, const ItemChangeData& value) {
    if (change == ItemVisibleHasChanged && value.boolValue) {
        // The models changed while the image was hidden: it must not reappear as it was.
        if (shown_ < freshFrom_) {
            dirty_ = true;
            paintNow_ = true;
        }
        if (dirty_) {
            polish();
        }
    }
    QQuickItem::itemChange(change, value);
}

OverviewJob DiagramOverview::job() {
    OverviewJob next;
    next.area = clippedArea();
    next.colors = colors_;
    next.generation = ++requested_;
    if (!next.area.isEmpty()) {
        next.scale = std::min({renderScale_, maximumImageSide / next.area.width(),
                               maximumImageSide / next.area.height()});
        next.scene = OverviewScene::capture(*items_, edges_.data(), next.area);
    }
    return next;
}

void DiagramOverview::updatePolish() {
    if (!dirty_ || !isVisible()) {
        return;
    }
    dirty_ = false;
    OverviewJob next = job();
    if (next.area.isEmpty()) {
        renderer_.cancel();
        show(QImage(), next.area, next.scale, next.generation);
        return;
    }
    if (paintNow_ || image_.isNull()) {
        paintNow_ = false;
        renderer_.cancel();
        show(painter_->paint(next.scene, next.area, next.scale, next.colors), next.area, next.scale,
             next.generation);
        return;
    }
    // The image shown stays, at its own area and scale, until the worker's is ready.
    renderer_.request(std::move(next));
}

void DiagramOverview::show(const QImage& image, const QRectF& area, qreal scale,
                           quint64 generation) {
    if (generation <= shown_) {
        return;
    }
    shown_ = generation;
    image_ = image;
    imageArea_ = area;
    imageScale_ = scale;
    setPosition(area.topLeft());
    setSize(area.size());
    textureDirty_ = true;
    ++paintCount_;
    update();
    emit painted();
}

QImage DiagramOverview::paintNow() const {
    if (items_ == nullptr || imageArea_.isEmpty()) {
        return {};
    }
    return painter_->paint(*items_, edges_.data(), imageArea_, imageScale_, colors_);
}

QSGNode* DiagramOverview::updatePaintNode(QSGNode* oldNode, UpdatePaintNodeData* /*data*/) {
    auto* node = static_cast<OwnedTextureNode*>(oldNode);
    if (image_.isNull()) {
        delete node;
        return nullptr;
    }
    if (node == nullptr) {
        node = new OwnedTextureNode;
        node->setFiltering(QSGTexture::Linear);
        textureDirty_ = true;
    }
    if (textureDirty_) {
        node->replaceTexture(window()->createTextureFromImage(image_));
        textureDirty_ = false;
    }
    // The image's own size in scene units, not the area's: the scene's scale then maps it to
    // whole view pixels (exactly 1:1 when the zoom equals renderScale, a plain blit).
    node->setRect(
        QRectF(QPointF(0, 0), QSizeF(image_.width() / imageScale_, image_.height() / imageScale_)));
    return node;
}

} // namespace topograph
