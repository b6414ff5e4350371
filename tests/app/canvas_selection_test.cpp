// SPDX-License-Identifier: Apache-2.0
// End to end: the real Main.qml under the offscreen platform with the three-tier example,
// driven with the mouse and keyboard as a user would: click, shift+click, a rubber band, a drag
// that moves the selection, Select All, Escape, and Ctrl+D.
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

namespace {

QStringList selectedIds(QQuickItem* canvas) {
    return canvas->property("selectedIds").toStringList();
}

} // namespace

class CanvasSelectionTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QQuickStyle::setStyle(QStringLiteral("Fusion"));
    }

    void selectsMovesAndDuplicatesWithTheMouse() {
        DocumentController controller;
        QVERIFY(controller.open(QUrl::fromLocalFile(QStringLiteral(TOPOGRAPH_EXAMPLES_DIR) +
                                                    QStringLiteral("/three-tier-web.yaml"))));
        MainWindowUnderTest main;
        const QString loaded = main.load(controller);
        QVERIFY2(loaded.isEmpty(), qPrintable(loaded));
        QQuickWindow* window = main.window();
        const QList<QQmlError>& warnings = main.warnings();
        QQuickItem* welcome = findItem(window->contentItem(), QStringLiteral("welcomeScreen"));
        if (welcome != nullptr) {
            welcome->setVisible(false);
        }
        QQuickItem* canvas = findItem(window->contentItem(), QStringLiteral("canvas"));
        QVERIFY(canvas != nullptr);
        auto* scene = canvas->property("sceneItem").value<QQuickItem*>();
        QVERIFY(scene != nullptr);
        QTest::qWait(100);
        // Scene (canvas) coordinates to window coordinates.
        const auto at = [scene](QPointF point) {
            return scene->mapToScene(point).toPoint();
        };
        const auto rect = [&controller](const char* id) {
            return controller.items()->rectOf(QString::fromLatin1(id));
        };
        const qreal band = controller.items()->titleBandHeight();

        // A click on a subnet's title band selects it; shift+click adds another.
        QTest::mouseClick(window, Qt::LeftButton, {},
                          at(rect("public-a").topLeft() + QPointF(30, band / 2)));
        QCOMPARE(selectedIds(canvas), QStringList{"public-a"});
        QTest::mouseClick(window, Qt::LeftButton, Qt::ShiftModifier,
                          at(rect("app-a").topLeft() + QPointF(30, band / 2)));
        QCOMPARE(selectedIds(canvas), (QStringList{"public-a", "app-a"}));
        QCOMPARE(canvas->property("selectedId").toString(), QStringLiteral("app-a"));
        // Shift+click again takes it out.
        QTest::mouseClick(window, Qt::LeftButton, Qt::ShiftModifier,
                          at(rect("app-a").topLeft() + QPointF(30, band / 2)));
        QCOMPARE(selectedIds(canvas), QStringList{"public-a"});

        // A click on a subnet's NACL chip selects the ACL and shows it in the Inspector.
        QQuickItem* chip = findItem(window->contentItem(), QStringLiteral("chip:db-a:db-nacl"));
        QVERIFY(chip != nullptr);
        QTest::mouseClick(window, Qt::LeftButton, {}, centreInWindow(chip));
        QCOMPARE(selectedIds(canvas), QStringList{"db-nacl"});
        QQuickItem* inspector = findItem(window->contentItem(), QStringLiteral("inspectorPanel"));
        QVERIFY(inspector != nullptr);
        QTRY_VERIFY(inspector->isVisible());
        QTest::mouseClick(window, Qt::LeftButton, {},
                          at(rect("public-a").topLeft() + QPointF(30, band / 2)));
        QCOMPARE(selectedIds(canvas), QStringList{"public-a"});

        // A rubber band from the zone's body around the app and database subnets selects
        // both (and not the instance inside app-a: it comes along with its subnet).
        const QRectF both = rect("app-a").united(rect("db-a"));
        QVERIFY(!both.contains(rect("public-a")));
        dragWithMouse(window, at(both.topLeft() - QPointF(6, 6)),
                      at(both.bottomRight() + QPointF(6, 6)));
        QCOMPARE(selectedIds(canvas), (QStringList{"app-a", "db-a"}));

        // Dragging one of them by its title band moves both, as one undo step.
        const topograph::Document before = controller.document();
        const QPointF grip = rect("db-a").topLeft() + QPointF(30, band / 2);
        const qreal zoom = canvas->property("zoom").toReal();
        dragWithMouse(window, at(grip), at(grip) + QPoint(qRound(40 * zoom), qRound(20 * zoom)));
        const auto moved = [&](const char* id) {
            return controller.document().find(id)->geometry->x - before.find(id)->geometry->x;
        };
        QVERIFY2(moved("app-a") > 30 && moved("app-a") < 50,
                 qPrintable(QString::number(moved("app-a"))));
        QCOMPARE(moved("db-a"), moved("app-a"));
        QTest::keyClick(window, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(controller.document() == before);

        // Ctrl+D duplicates the selection and selects the copies.
        QTest::keyClick(window, Qt::Key_D, Qt::ControlModifier);
        QCOMPARE(selectedIds(canvas).size(), 2);
        QVERIFY(!selectedIds(canvas).contains(QStringLiteral("app-a")));
        QVERIFY(controller.document().size() > before.size());
        QTest::keyClick(window, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(controller.document() == before);

        // Ctrl+A selects the top-level items; Escape clears.
        QTest::keyClick(window, Qt::Key_A, Qt::ControlModifier);
        QCOMPARE(selectedIds(canvas), QStringList{"region"});
        QTest::keyClick(window, Qt::Key_Escape);
        QVERIFY(selectedIds(canvas).isEmpty());
        QCOMPARE(canvas->property("selectedId").toString(), QString());

        // The minimap: zoomed in, a click near its bottom-right corner shows that part.
        QQuickItem* minimap = findItem(window->contentItem(), QStringLiteral("minimap"));
        QVERIFY(minimap != nullptr && minimap->isVisible());
        canvas->setProperty("zoom", 2.0);
        canvas->setProperty("contentX", 0.0);
        canvas->setProperty("contentY", 0.0);
        QTest::mouseClick(
            window, Qt::LeftButton, {},
            minimap->mapToScene(QPointF(minimap->width() - 10, minimap->height() - 10)).toPoint());
        QVERIFY(canvas->property("contentX").toReal() > 0);
        QVERIFY(canvas->property("contentY").toReal() > 0);

        QVERIFY2(warnings.isEmpty(),
                 qPrintable(warnings.isEmpty() ? QString() : warnings.first().toString()));
    }

    void clickingAFindingSelectsAndFramesItsItems() {
        // The database ACL emptied: ALLOWED_FLOW_BLOCKED names both app servers and the
        // database (and the ACL, a chip). Shown zoomed in on the far corner first, so that
        // framing them has to zoom out.
        DocumentController controller;
        QVERIFY(controller.open(QUrl::fromLocalFile(QStringLiteral(TOPOGRAPH_EXAMPLES_DIR) +
                                                    QStringLiteral("/three-tier-web.yaml"))));
        topograph::Resource acl = *controller.document().find("db-nacl");
        acl.as<topograph::NetworkAcl>()->entries.clear();
        QVERIFY(controller.replaceResource(acl, QStringLiteral("Empty the DB ACL")));
        MainWindowUnderTest main;
        const QString loaded = main.load(controller);
        QVERIFY2(loaded.isEmpty(), qPrintable(loaded));
        QQuickWindow* window = main.window();
        QQuickItem* canvas = findItem(window->contentItem(), QStringLiteral("canvas"));
        QQuickItem* panel = findItem(window->contentItem(), QStringLiteral("findingsPanel"));
        QVERIFY(canvas != nullptr && panel != nullptr);
        canvas->setProperty("zoom", 3.0);
        canvas->setProperty("contentX", 0.0);
        canvas->setProperty("contentY", 0.0);

        const auto& findings = controller.findings()->findings();
        const auto flow = std::find_if(findings.begin(), findings.end(), [](const auto& finding) {
            return finding.code == "ALLOWED_FLOW_BLOCKED";
        });
        QVERIFY(flow != findings.end());
        QStringList resources;
        for (const auto& id : flow->resources) {
            resources.append(QString::fromStdString(id));
        }
        QVERIFY(QMetaObject::invokeMethod(panel, "findingClicked", Q_ARG(QVariant, resources)));

        const QStringList expected{"app-instance-a", "db", "app-instance-b"};
        QCOMPARE(selectedIds(canvas), expected);
        const qreal zoom = canvas->property("zoom").toReal();
        QVERIFY2(zoom < 3.0, qPrintable(QString::number(zoom)));
        const QRectF view(canvas->property("contentX").toReal() / zoom,
                          canvas->property("contentY").toReal() / zoom, canvas->width() / zoom,
                          canvas->height() / zoom);
        for (const QString& id : expected) {
            QVERIFY2(view.contains(controller.items()->rectOf(id)), qPrintable(id));
        }
    }
};

QTEST_MAIN(CanvasSelectionTest)
#include "canvas_selection_test.moc"
