// SPDX-License-Identifier: Apache-2.0
// End to end: the real Main.qml zoomed across the detailed threshold. Zoomed out, the diagram
// is one DiagramOverview image and no item has a delegate; zooming in creates the delegates a
// batch a frame while the image stays under them, and hides the image once all are there;
// zooming out shows the image again.
#include "app/canvas/diagram_overview.h"
#include "app/canvas/view_window_filter.h"
#include "app/document_controller.h"
#include "window_input.h"

#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(TopographPlugin)

using topograph::DiagramOverview;
using topograph::DocumentController;
using topograph::ViewWindowFilter;
using topograph::testing::findItem;
using topograph::testing::MainWindowUnderTest;

class CanvasZoomTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QQuickStyle::setStyle(QStringLiteral("Fusion"));
    }

    void zoomingInCreatesTheDelegatesABatchAFrameOverTheImage() {
        DocumentController controller;
        QVERIFY(controller.open(QUrl::fromLocalFile(QStringLiteral(TOPOGRAPH_EXAMPLES_DIR) +
                                                    QStringLiteral("/three-tier-web.yaml"))));
        MainWindowUnderTest main;
        const QString loaded = main.load(controller);
        QVERIFY2(loaded.isEmpty(), qPrintable(loaded));
        QQuickWindow* window = main.window();
        if (QQuickItem* welcome =
                findItem(window->contentItem(), QStringLiteral("welcomeScreen"))) {
            welcome->setVisible(false);
        }
        QQuickItem* canvas = findItem(window->contentItem(), QStringLiteral("canvas"));
        QVERIFY(canvas != nullptr);
        auto* overview = qobject_cast<DiagramOverview*>(
            findItem(window->contentItem(), QStringLiteral("diagramOverview")));
        QVERIFY(overview != nullptr);
        auto* nodes = canvas->findChild<ViewWindowFilter*>(QStringLiteral("nodesInView"));
        auto* containers = canvas->findChild<ViewWindowFilter*>(QStringLiteral("containersInView"));
        QVERIFY(nodes != nullptr && containers != nullptr);

        // Zoomed far out: the image, no delegates.
        canvas->setProperty("userMoved", true);
        canvas->setProperty("zoom", 0.2);
        QTRY_VERIFY(overview->isVisible());
        QTRY_VERIFY(!overview->image().isNull());
        QCOMPARE(nodes->rowCount(), 0);
        QCOMPARE(containers->rowCount(), 0);

        // Zoomed in with batches of two: two of each now, the image still under them.
        constexpr int batch = 2;
        canvas->setProperty("delegateBatch", batch);
        canvas->setProperty("contentX", 0);
        canvas->setProperty("contentY", 0);
        canvas->setProperty("zoom", 1.0);
        QVERIFY(nodes->pending());
        QCOMPARE(nodes->rowCount(), batch);
        QVERIFY(overview->isVisible());
        // Each frame admits at most one more batch, until all are there; then the image goes.
        int frames = 0;
        int previous = nodes->rowCount();
        bool grewTooFast = false;
        const auto connection = connect(window, &QQuickWindow::afterAnimating, this, [&] {
            ++frames;
            grewTooFast = grewTooFast || nodes->rowCount() > previous + batch;
            previous = nodes->rowCount();
        });
        QTRY_VERIFY(!nodes->pending() && !containers->pending());
        disconnect(connection);
        QVERIFY(!grewTooFast);
        QVERIFY(frames >= 1);
        QTRY_VERIFY(!overview->isVisible());
        // The same delegates as without batches: every node in the window.
        ViewWindowFilter unbatched;
        unbatched.setSourceModel(controller.nodes());
        unbatched.setWindow(nodes->window());
        QCOMPARE(nodes->rowCount(), unbatched.rowCount());
        const QString firstNode =
            nodes->index(0, 0).data(topograph::DiagramModel::ItemIdRole).toString();
        QTRY_VERIFY(findItem(window->contentItem(), firstNode) != nullptr);

        // Zoomed far in on a corner: the lines outside the delegates' rectangle are hidden
        // (the software renderer would stroke each one every frame), those inside shown.
        canvas->setProperty("zoom", 4.0);
        canvas->setProperty("contentX", 0);
        canvas->setProperty("contentY", 0);
        QTRY_VERIFY(!containers->pending() && !nodes->pending());
        QTest::qWait(50);
        const QRectF covered = containers->covered();
        int hiddenLines = 0;
        int lines = 0;
        const auto scene = canvas->property("sceneItem").value<QQuickItem*>();
        QVERIFY(scene != nullptr);
        for (QQuickItem* child : scene->childItems()) {
            if (!QByteArray(child->metaObject()->className()).startsWith("EdgeDelegate")) {
                continue;
            }
            ++lines;
            const QRectF bounds = child->property("bounds").toRectF();
            const bool inside =
                bounds.left() <= covered.right() && bounds.right() >= covered.left() &&
                bounds.top() <= covered.bottom() && bounds.bottom() >= covered.top();
            QCOMPARE(child->isVisible(), inside);
            hiddenLines += inside ? 0 : 1;
        }
        QCOMPARE(lines, controller.edges()->rowCount());
        QVERIFY(hiddenLines > 0);

        // Zoomed out again: the image, and the delegates gone.
        canvas->setProperty("zoom", 0.2);
        QTRY_VERIFY(overview->isVisible());
        QCOMPARE(nodes->rowCount(), 0);
        QTRY_VERIFY(findItem(window->contentItem(), firstNode) == nullptr);
        QVERIFY(!overview->image().isNull());
        for (const QQmlError& warning : main.warnings()) {
            qWarning("%s", qPrintable(warning.toString()));
        }
        QVERIFY(main.warnings().isEmpty());
    }
};

QTEST_MAIN(CanvasZoomTest)
#include "canvas_zoom_test.moc"
