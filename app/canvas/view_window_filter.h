// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QRectF>
#include <QSortFilterProxyModel>
#include <QtQml/qqmlregistration.h>

namespace topograph {

/// The rows of a diagram layer (DiagramLayer over DiagramModel) whose rectangle overlaps
/// `covered`, a rectangle around `window` (scene coordinates), and none while not `active`:
/// the canvas creates delegates only for the items in view at the zoom where they are drawn
/// one by one. Creating all 2,000 delegates took a third of the time to open a large model, and
/// every hidden one still cost the software renderer (docs/GUI-PERFORMANCE.md). Keeps the
/// source's order (containers before what they contain).
///
/// `covered` has hysteresis, because creating delegates is what costs: it is `window` grown by
/// an eighth of its size on each side, and it stays while it holds `window` and is at most
/// `maximumSlack` times its area. Zooming in then creates nothing, and panning or zooming out
/// creates a large batch now and then rather than a small one every few frames.
class ViewWindowFilter : public QSortFilterProxyModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QRectF window READ window WRITE setWindow NOTIFY windowChanged)
    Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged)
    /// The part of the scene whose items are rows; it holds `window` while active. Changes
    /// seldom, so what else is created for the items in view (attachment chips) follows it.
    Q_PROPERTY(QRectF covered READ covered NOTIFY coveredChanged)

public:
    /// How much larger than `window` (in area) `covered` may grow before it is taken in.
    static constexpr qreal maximumSlack = 4;
    /// `covered` is `window` grown by this fraction of its width and height on each side.
    static constexpr qreal growth = 0.125;

    explicit ViewWindowFilter(QObject* parent = nullptr);

    QRectF window() const { return window_; }
    void setWindow(const QRectF& window);
    bool active() const { return active_; }
    void setActive(bool active);
    QRectF covered() const { return covered_; }

    void setSourceModel(QAbstractItemModel* source) override;

signals:
    void windowChanged();
    void activeChanged();
    void coveredChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    /// The source's rows changed geometry: rows may enter or leave the window.
    void sourceDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight,
                           const QList<int>& roles);

    /// Sets `covered` around `window` unless the current one will do; refilters if it moved.
    void cover(bool force);

    QRectF window_;
    QRectF covered_;
    bool active_ = true;
};

} // namespace topograph
