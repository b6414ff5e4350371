// SPDX-License-Identifier: Apache-2.0
// End to end: the real Main.qml under the offscreen platform, driven with mouse drags from the
// palette onto the canvas as a user would, checking the model the drops build.
#include "app/document_controller.h"
#include "window_input.h"

#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(TopographPlugin)

using topograph::DocumentController;

using topograph::testing::centreInWindow;
using topograph::testing::dragWithMouse;
using topograph::testing::findItem;
using topograph::testing::MainWindowUnderTest;

namespace {} // namespace

class PaletteDragTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QQuickStyle::setStyle(QStringLiteral("Fusion"));
    }

    void dragsComponentsFromThePaletteOntoTheCanvas() {
        DocumentController controller;
        controller.newDocument();
        MainWindowUnderTest main;
        const QString loaded = main.load(controller);
        QVERIFY2(loaded.isEmpty(), qPrintable(loaded));
        QQuickWindow* window = main.window();
        const QList<QQmlError>& warnings = main.warnings();

        QQuickItem* root = window->contentItem();
        QQuickItem* canvas = findItem(root, QStringLiteral("canvas"));
        QVERIFY(canvas != nullptr);
        const auto tile = [root](const char* kind) {
            QQuickItem* item = findItem(root, QStringLiteral("palette-%1").arg(kind));
            return item != nullptr ? centreInWindow(item) : QPoint(-1, -1);
        };
        const QPoint canvasCentre = centreInWindow(canvas);
        QVERIFY(tile("region").x() >= 0);

        // A region in the middle of the canvas, then a VPC onto it.
        dragWithMouse(window, tile("region"), canvasCentre);
        QCOMPARE(controller.document().size(), std::size_t{1});
        const topograph::Resource region = controller.document().resources().front();
        QCOMPARE(region.kind(), topograph::ResourceKind::Region);

        dragWithMouse(window, tile("vpc"), canvasCentre);
        QCOMPARE(controller.document().size(), std::size_t{2});
        const auto* vpc = controller.document().resources().back().as<topograph::Vpc>();
        QVERIFY(vpc != nullptr);
        QCOMPARE(vpc->region, region.id);
        QCOMPARE(vpc->ipv4Cidrs, std::vector<std::string>{"10.0.0.0/16"});

        // A subnet dropped beside the AZs it needs is refused with the hint shown on the canvas.
        dragWithMouse(window, tile("subnet"), canvasCentre);
        QCOMPARE(controller.document().size(), std::size_t{2});
        QQuickItem* hintBar = findItem(root, QStringLiteral("hintBar"));
        QVERIFY(hintBar != nullptr);
        QVERIFY(hintBar->isVisible());
        QVERIFY(hintBar->findChild<QObject*>(QStringLiteral("hintText"))
                    ->property("text")
                    .toString()
                    .contains(QStringLiteral("availability zone")));

        // Click the VPC, press Delete, confirm: it goes; Ctrl+Z brings it back; Ctrl+Z again
        // undoes its drop.
        QTest::mouseClick(window, Qt::LeftButton, {}, canvasCentre);
        QCOMPARE(canvas->property("selectedId").toString(),
                 QString::fromStdString(controller.document().resources().back().id));
        QTest::keyClick(window, Qt::Key_Delete);
        QQuickItem* confirm = nullptr;
        QTRY_VERIFY((confirm = findItem(window->contentItem()->parentItem() != nullptr
                                            ? window->contentItem()->parentItem()
                                            : root,
                                        QStringLiteral("confirmButton"))) != nullptr &&
                    confirm->isVisible());
        QTest::qWait(300); // the dialog's opening transition
        QTest::mouseClick(window, Qt::LeftButton, {}, centreInWindow(confirm));
        QTRY_COMPARE(controller.document().size(), std::size_t{1});
        QTest::keyClick(window, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(controller.document().size(), std::size_t{2});
        QTest::keyClick(window, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(controller.document().size(), std::size_t{1});
        QVERIFY2(warnings.isEmpty(),
                 qPrintable(warnings.isEmpty() ? QString() : warnings.first().toString()));
    }
};

QTEST_MAIN(PaletteDragTest)
#include "palette_drag_test.moc"
