// SPDX-License-Identifier: Apache-2.0
#include "app/canvas/overview_renderer.h"

#include <utility>

namespace topograph {

OverviewRenderer::OverviewRenderer(PaintFunction paint, QObject* parent)
    : QObject(parent), paint_(std::move(paint)) {
    // One worker: paints run one after another, and the GUI thread keeps the other core.
    pool_.setMaxThreadCount(1);
}

OverviewRenderer::~OverviewRenderer() {
    waiting_.reset();
    if (running_ != nullptr) {
        running_->store(true);
    }
    // The worker may still post its (abandoned) result to this object; QObject's destructor
    // discards events posted to it, and nothing else of ours is touched after this wait.
    pool_.waitForDone();
}

void OverviewRenderer::request(OverviewJob job) {
    if (running_ != nullptr) {
        waiting_ = std::move(job);
    } else {
        start(std::move(job));
    }
    reportBusy();
}

void OverviewRenderer::cancel() {
    waiting_.reset();
    if (running_ != nullptr) {
        running_->store(true);
        running_.reset();
    }
    reportBusy();
}

void OverviewRenderer::reportBusy() {
    if (reportedBusy_ != busy()) {
        reportedBusy_ = busy();
        emit busyChanged();
    }
}

void OverviewRenderer::start(OverviewJob job) {
    auto stop = std::make_shared<std::atomic<bool>>(false);
    running_ = stop;
    // The job and the paint function are copied into the task: the worker shares nothing
    // mutable with the GUI thread but the stop flag.
    pool_.start([this, paint = paint_, job = std::move(job), stop] {
        const QImage image = paint(job, *stop);
        QMetaObject::invokeMethod(
            this,
            [this, image, area = job.area, scale = job.scale, generation = job.generation, stop] {
                done(image, area, scale, generation, stop);
            },
            Qt::QueuedConnection);
    });
}

void OverviewRenderer::done(const QImage& image, const QRectF& area, qreal scale,
                            quint64 generation, const std::shared_ptr<std::atomic<bool>>& stop) {
    if (running_ == stop) {
        running_.reset();
    }
    // A cancelled paint's result is dropped; its successor may already run.
    const bool delivered = !stop->load();
    if (running_ == nullptr && waiting_.has_value()) {
        OverviewJob next = std::move(*waiting_);
        waiting_.reset();
        start(std::move(next));
    }
    if (delivered) {
        emit finished(image, area, scale, generation);
    }
    reportBusy();
}

} // namespace topograph
