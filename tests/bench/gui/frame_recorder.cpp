// SPDX-License-Identifier: Apache-2.0
#include "frame_recorder.h"

#include <QQuickWindow>

namespace topograph::bench {

FrameRecorder::FrameRecorder(QQuickWindow* window) : QObject(window) {
    clock_.start();
    // Direct connections: the software render loop emits these on the GUI thread, and a queued
    // connection would time the event loop instead of the frame.
    connect(
        window, &QQuickWindow::beforeSynchronizing, this, [this] { current_.syncStart = now(); },
        Qt::DirectConnection);
    connect(
        window, &QQuickWindow::afterRendering, this, [this] { current_.renderEnd = now(); },
        Qt::DirectConnection);
    connect(
        window, &QQuickWindow::frameSwapped, this,
        [this] {
            current_.swapped = now();
            frames_.push_back(current_);
            current_ = {};
            emit frameSwapped();
        },
        Qt::DirectConnection);
}

} // namespace topograph::bench
