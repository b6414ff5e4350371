// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <vector>

class QQuickWindow;

namespace topograph::bench {

/// The timestamps of one frame of a QQuickWindow, in milliseconds since the recorder started.
/// With the software backend the whole frame runs on the GUI thread: polish, sync, render into
/// the backing store, flush, then frameSwapped.
struct FrameTimes {
    double syncStart = 0; // beforeSynchronizing
    double renderEnd = 0; // afterRendering
    double swapped = 0;   // frameSwapped
    double syncAndRender() const { return renderEnd - syncStart; }
};

/// Listens to a window's frame signals (direct connections, on the thread that renders) and
/// keeps every frame's timestamps; `frameSwapped` tells the caller a frame is complete.
class FrameRecorder : public QObject {
    Q_OBJECT

public:
    explicit FrameRecorder(QQuickWindow* window);

    /// Milliseconds since the recorder was created, on the same clock as the frames.
    double now() const { return static_cast<double>(clock_.nsecsElapsed()) / 1e6; }
    const std::vector<FrameTimes>& frames() const { return frames_; }
    void clear() { frames_.clear(); }

signals:
    /// Emitted after each frame was swapped, once its times are recorded.
    void frameSwapped();

private:
    QElapsedTimer clock_;
    FrameTimes current_;
    std::vector<FrameTimes> frames_;
};

} // namespace topograph::bench
