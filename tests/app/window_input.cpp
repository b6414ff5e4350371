// SPDX-License-Identifier: Apache-2.0
#include "window_input.h"

#include <QTest>

namespace topograph::testing {

QQuickItem* findItem(QQuickItem* root, const QString& name) {
    if (root->objectName() == name) {
        return root;
    }
    for (QQuickItem* child : root->childItems()) {
        if (QQuickItem* found = findItem(child, name)) {
            return found;
        }
    }
    return nullptr;
}

void dragWithMouse(QQuickWindow* window, QPoint from, QPoint to, Qt::KeyboardModifiers modifiers) {
    QTest::mousePress(window, Qt::LeftButton, modifiers, from);
    constexpr int steps = 20;
    for (int step = 1; step <= steps; ++step) {
        QTest::mouseMove(window, from + (to - from) * step / steps, 10);
    }
    QTest::mouseRelease(window, Qt::LeftButton, modifiers, to, 50);
    QTest::qWait(50);
}

QPoint centreInWindow(QQuickItem* item) {
    return item->mapToScene(QPointF(item->width() / 2, item->height() / 2)).toPoint();
}

} // namespace topograph::testing
