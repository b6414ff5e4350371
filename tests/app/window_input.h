// SPDX-License-Identifier: Apache-2.0
// What the end-to-end tests of the real Main.qml do with the mouse: find an item by its
// objectName, and drag from one window point to another in small steps, as a hand does (past
// the drag threshold, so Qt Quick sees a drag and not a click).
#pragma once

#include "app/document_controller.h"

#include <QList>
#include <QPoint>
#include <QQmlApplicationEngine>
#include <QQmlError>
#include <QQuickItem>
#include <QQuickWindow>
#include <QString>

namespace topograph::testing {

/// The real Main.qml in a shown 1400 x 900 window on `controller`, collecting every QML warning
/// so that a test can require none.
class MainWindowUnderTest {
public:
    /// Loads and shows the window; "" on success, else what failed.
    QString load(DocumentController& controller);
    QQuickWindow* window() const { return window_; }
    QQuickItem* root() const { return window_->contentItem(); }
    const QList<QQmlError>& warnings() const { return warnings_; }

private:
    QQmlApplicationEngine engine_;
    QList<QQmlError> warnings_;
    QQuickWindow* window_ = nullptr;
};

/// The first item named `name` in the tree under `root` (itself included), or nullptr.
QQuickItem* findItem(QQuickItem* root, const QString& name);

/// Presses on `from`, moves there from `to` in 20 steps and releases, holding `modifiers`.
void dragWithMouse(QQuickWindow* window, QPoint from, QPoint to,
                   Qt::KeyboardModifiers modifiers = {});

/// The centre of `item` in window coordinates.
QPoint centreInWindow(QQuickItem* item);

} // namespace topograph::testing
