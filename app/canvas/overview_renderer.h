// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "app/canvas/overview_painter.h"
#include "app/canvas/overview_scene.h"

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <QImage>
#include <QObject>
#include <QRectF>
#include <QThreadPool>

namespace topograph {

/// One overview image to paint: a snapshot of the scene and where and how to draw it.
struct OverviewJob {
    OverviewScene scene;
    QRectF area;
    qreal scale = 1;
    OverviewColors colors;
    /// Increases with every request: the receiver shows a result only if it is newer than
    /// the image it shows.
    quint64 generation = 0;
};

/// Paints overview images on a worker thread, so that a repaint (100-300 ms on a large model
/// under load) does not stall a frame. One paint runs at a time; requests made meanwhile
/// coalesce: only the newest waiting one is painted next, so a burst of edits or zoom steps
/// costs at most the running paint and one more. Results arrive on this object's thread
/// through finished(). Destroying the renderer abandons the running paint and waits for it
/// (a few milliseconds: the paint checks its stop flag between items), so nothing outlives it.
class OverviewRenderer : public QObject {
    Q_OBJECT

public:
    /// Paints a job; returns a null image once `stop` turns true. Runs on the worker thread:
    /// it must touch nothing but the job and thread-safe state.
    using PaintFunction =
        std::function<QImage(const OverviewJob& job, const std::atomic<bool>& stop)>;

    explicit OverviewRenderer(PaintFunction paint, QObject* parent = nullptr);
    ~OverviewRenderer() override;
    OverviewRenderer(const OverviewRenderer&) = delete;
    OverviewRenderer& operator=(const OverviewRenderer&) = delete;

    /// Paints `job` on the worker: now if idle, else after the running paint, replacing any
    /// request still waiting.
    void request(OverviewJob job);
    /// Drops the waiting request and abandons the running paint: neither is delivered.
    void cancel();
    /// A paint runs or waits.
    bool busy() const { return running_ != nullptr || waiting_.has_value(); }

signals:
    /// A requested paint is done (never for a cancelled one).
    void finished(const QImage& image, const QRectF& area, qreal scale, quint64 generation);
    /// busy() changed.
    void busyChanged();

private:
    void start(OverviewJob job);
    void done(const QImage& image, const QRectF& area, qreal scale, quint64 generation,
              const std::shared_ptr<std::atomic<bool>>& stop);
    /// Emits busyChanged() if busy() is not what was last reported.
    void reportBusy();

    PaintFunction paint_;
    QThreadPool pool_;
    /// The running paint's stop flag, shared with the worker; null when idle.
    std::shared_ptr<std::atomic<bool>> running_;
    std::optional<OverviewJob> waiting_;
    bool reportedBusy_ = false;
};

} // namespace topograph
