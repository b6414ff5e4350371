// SPDX-License-Identifier: Apache-2.0
// What the end-to-end tests of the real Main.qml do with the mouse: find an item by its
// objectName, and drag from one window point to another in small steps, as a hand does (past
// the drag threshold, so Qt Quick sees a drag and not a click).
#pragma once

#include <QPoint>
#include <QQuickItem>
#include <QQuickWindow>
#include <QString>

namespace topograph::testing {

/// The first item named `name` in the tree under `root` (itself included), or nullptr.
QQuickItem* findItem(QQuickItem* root, const QString& name);

/// Presses on `from`, moves there from `to` in 20 steps and releases, holding `modifiers`.
void dragWithMouse(QQuickWindow* window, QPoint from, QPoint to,
                   Qt::KeyboardModifiers modifiers = {});

/// The centre of `item` in window coordinates.
QPoint centreInWindow(QQuickItem* item);

} // namespace topograph::testing
