// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QRectF>
#include <QSortFilterProxyModel>
#include <QtQml/qqmlregistration.h>
#include <vector>

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
///
/// Becoming active (zooming in past the detailed threshold) would create a hundred delegates
/// at once, a 100-400 ms frame. With a `batchSize`, only that many rows, nearest the window's
/// centre, are admitted at once; the rest wait (`pending`) and each admitNext() (the canvas
/// calls it once a frame) admits the next batch, while the canvas keeps the far-zoom image
/// under them.
class ViewWindowFilter : public QSortFilterProxyModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QRectF window READ window WRITE setWindow NOTIFY windowChanged)
    Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged)
    /// The part of the scene whose items are rows; it holds `window` while active. Changes
    /// seldom, so what else is created for the items in view (attachment chips) follows it.
    Q_PROPERTY(QRectF covered READ covered NOTIFY coveredChanged)
    /// Rows admitted at once on becoming active, and by each admitNext(); 0 for all at once.
    Q_PROPERTY(int batchSize READ batchSize WRITE setBatchSize NOTIFY batchSizeChanged)
    /// Rows in `covered` wait to be admitted.
    Q_PROPERTY(bool pending READ pending NOTIFY pendingChanged)

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
    int batchSize() const { return batchSize_; }
    void setBatchSize(int size);
    bool pending() const { return !waiting_.empty(); }

    /// Admits the next `batchSize` waiting rows, nearest the window's centre first.
    Q_INVOKABLE void admitNext();

    void setSourceModel(QAbstractItemModel* source) override;

signals:
    void windowChanged();
    void activeChanged();
    void coveredChanged();
    void batchSizeChanged();
    void pendingChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    /// The source's rows changed geometry: rows may enter or leave the window.
    void sourceDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight,
                           const QList<int>& roles);

    /// Sets `covered` around `window` unless the current one will do; refilters if it moved.
    void cover(bool force);
    /// `covered` around `window`, whatever it was.
    void placeCovered();
    /// Holds back every row in `covered` that is not a row yet, but the `admitNow` nearest the
    /// window's centre (see batchSize).
    void deferRows(int admitNow);
    /// Admits every waiting row (no refilter).
    void admitAll();
    /// `rows` (source rows, the next to admit last) wait; the others are admitted (no refilter).
    void hold(std::vector<int> rows);
    bool overlapsCovered(int sourceRow) const;

    QRectF window_;
    QRectF covered_;
    bool active_ = true;
    int batchSize_ = 0;
    /// The source rows waiting, the next to admit last; `deferred_[row]` for each of them.
    std::vector<int> waiting_;
    std::vector<bool> deferred_;
    /// Rows were admitted while the source was about to change: refilter once it has.
    bool refilterAfterChange_ = false;
};

} // namespace topograph
