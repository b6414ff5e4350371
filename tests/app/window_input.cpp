// SPDX-License-Identifier: Apache-2.0
#include "window_input.h"

#include <QTest>

namespace topograph::testing {

QString MainWindowUnderTest::load(DocumentController& controller) {
    QObject::connect(&engine_, &QQmlEngine::warnings,
                     [this](const QList<QQmlError>& more) { warnings_ += more; });
    engine_.addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine_.setInitialProperties(
        {{QStringLiteral("controller"), QVariant::fromValue(&controller)}});
    engine_.load(QUrl(QStringLiteral("qrc:/qt/qml/Topograph/qml/Main.qml")));
    if (engine_.rootObjects().size() != 1) {
        return QStringLiteral("Main.qml did not load");
    }
    window_ = qobject_cast<QQuickWindow*>(engine_.rootObjects().constFirst());
    if (window_ == nullptr) {
        return QStringLiteral("Main.qml's root is no window");
    }
    window_->resize(1400, 900);
    window_->show();
    if (!QTest::qWaitForWindowExposed(window_)) {
        return QStringLiteral("the window was never exposed");
    }
    return {};
}

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
