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

DiagramOverview::DiagramOverview(QQuickItem* parent) : QQuickItem(parent) {
    setFlag(ItemHasContents, true);
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
                invalidate();
            }
        });
    connect(model, &QAbstractItemModel::modelReset, this, &DiagramOverview::invalidate);
    connect(model, &QAbstractItemModel::rowsInserted, this, &DiagramOverview::invalidate);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &DiagramOverview::invalidate);
    connect(model, &QAbstractItemModel::rowsMoved, this, &DiagramOverview::invalidate);
    connect(model, &QAbstractItemModel::layoutChanged, this, &DiagramOverview::invalidate);
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
        connect(items, &DiagramModel::boundsChanged, this, &DiagramOverview::invalidate);
    }
    invalidate();
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
    invalidate();
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
    invalidate();
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

void DiagramOverview::itemChange(ItemChange change, const ItemChangeData& value) {
    if (change == ItemVisibleHasChanged && value.boolValue && dirty_) {
        polish();
    }
    QQuickItem::itemChange(change, value);
}

void DiagramOverview::updatePolish() {
    if (!dirty_ || !isVisible()) {
        return;
    }
    dirty_ = false;
    const QRectF area = clippedArea();
    if (area.isEmpty()) {
        image_ = QImage();
    } else {
        const qreal scale = std::min(
            {renderScale_, maximumImageSide / area.width(), maximumImageSide / area.height()});
        image_ = painter_.paint(*items_, edges_, area, scale, colors_);
        imageScale_ = scale;
    }
    imageArea_ = area;
    setPosition(area.topLeft());
    setSize(area.size());
    textureDirty_ = true;
    ++paintCount_;
    update();
    emit painted();
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
