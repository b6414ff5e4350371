// SPDX-License-Identifier: Apache-2.0
// End to end, without the mouse: the real Main.qml under the offscreen platform on the bundled
// three-tier example. Ctrl+F (Edit > Find Item…) lists the drawn items; typing filters them,
// Down moves, Enter selects the item on the canvas and brings it into view; Ctrl+K then
// offers what it connects to. Escape leaves the selection as it was.
#include "app/diagram_model.h"
#include "app/document_controller.h"
#include "window_input.h"

#include <QJSValue>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(TopographPlugin)

using topograph::DocumentController;
using topograph::testing::findItem;
using topograph::testing::MainWindowUnderTest;

namespace {

/// A QML `var` array property as strings.
QStringList stringsOf(const QVariant& value) {
    return value.canConvert<QJSValue>() ? value.value<QJSValue>().toVariant().toStringList()
                                        : value.toStringList();
}

/// Types `text` key by key (QTest::keyClicks takes widgets only).
void typeText(QQuickWindow* window, const QString& text) {
    for (const QChar character : text) {
        QTest::keyClick(window, character.toLatin1());
    }
}

/// True when the centre of the item `id` is inside the canvas's view.
bool isInView(QQuickItem* canvas, DocumentController& controller, const QString& id) {
    const QRectF rect = controller.items()->rectOf(id);
    const double zoom = canvas->property("zoom").toDouble();
    const double x = rect.center().x() * zoom - canvas->property("contentX").toDouble();
    const double y = rect.center().y() * zoom - canvas->property("contentY").toDouble();
    return !rect.isEmpty() && x >= 0 && x <= canvas->width() && y >= 0 && y <= canvas->height();
}

} // namespace

class FindKeyboardTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QQuickStyle::setStyle(QStringLiteral("Fusion"));
    }

    void selectsAnItemByTypingThenConnectsIt() {
        DocumentController controller;
        QVERIFY(controller.open(
            QUrl::fromLocalFile(QStringLiteral(TOPOGRAPH_EXAMPLES_DIR "/three-tier-web.yaml"))));
        MainWindowUnderTest main;
        const QString loaded = main.load(controller);
        QVERIFY2(loaded.isEmpty(), qPrintable(loaded));
        QQuickWindow* window = main.window();
        QTest::qWait(100);

        QQuickItem* canvas = findItem(window->contentItem(), QStringLiteral("canvas"));
        QVERIFY(canvas != nullptr);
        QObject* action = window->findChild<QObject*>(QStringLiteral("findAction"));
        QVERIFY(action != nullptr);
        QCOMPARE(action->property("shortcut").toString(), QStringLiteral("Ctrl+F"));
        QVERIFY(action->property("enabled").toBool());
        QObject* picker = window->findChild<QObject*>(QStringLiteral("findItemPicker"));
        QVERIFY(picker != nullptr);

        // Zoomed in far from the servers, so that showing one has to move the view.
        QMetaObject::invokeMethod(canvas, "select", Q_ARG(QVariant, QStringList{"region"}),
                                  Q_ARG(QString, QStringLiteral("region")));
        canvas->setProperty("zoom", 2.0);
        canvas->setProperty("contentX", 0.0);
        canvas->setProperty("contentY", 0.0);
        QVERIFY(!isInView(canvas, controller, QStringLiteral("app-instance-b")));

        // Escape leaves the selection as it was.
        QTest::keyClick(window, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(picker->property("opened").toBool());
        typeText(window, QStringLiteral("server"));
        QTest::keyClick(window, Qt::Key_Escape);
        QTRY_VERIFY(!picker->property("visible").toBool());
        QCOMPARE(canvas->property("selectedId").toString(), QStringLiteral("region"));

        // Ctrl+F opens with an empty filter: typing narrows to the two servers, Down picks B.
        QTest::keyClick(window, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(picker->property("opened").toBool());
        QQuickItem* filter = window->findChild<QQuickItem*>(QStringLiteral("findItemFilter"));
        QVERIFY(filter != nullptr);
        QTRY_VERIFY(filter->hasActiveFocus());
        QCOMPARE(filter->property("text").toString(), QString());
        typeText(window, QStringLiteral("app server"));
        QTRY_COMPARE(picker->property("currentId").toString(), QStringLiteral("app-instance-a"));
        QTest::keyClick(window, Qt::Key_Down);
        QCOMPARE(picker->property("currentId").toString(), QStringLiteral("app-instance-b"));
        QTest::keyClick(window, Qt::Key_Down); // the last one stays
        QCOMPARE(picker->property("currentId").toString(), QStringLiteral("app-instance-b"));
        // A new filter starts again from its first match, even with as many matches.
        QTest::keyClick(window, Qt::Key_A, Qt::ControlModifier);
        typeText(window, QStringLiteral("app subnet"));
        QTRY_COMPARE(picker->property("currentId").toString(), QStringLiteral("app-a"));
        QTest::keyClick(window, Qt::Key_A, Qt::ControlModifier);
        typeText(window, QStringLiteral("server b"));
        QTRY_COMPARE(picker->property("currentId").toString(), QStringLiteral("app-instance-b"));
        QTest::keyClick(window, Qt::Key_Return);
        QTRY_VERIFY(!picker->property("visible").toBool());

        // The same selection a click makes, and the item in view.
        QCOMPARE(canvas->property("selectedId").toString(), QStringLiteral("app-instance-b"));
        QCOMPARE(stringsOf(canvas->property("selectedIds")), QStringList{"app-instance-b"});
        QTRY_VERIFY(isInView(canvas, controller, QStringLiteral("app-instance-b")));

        // Ctrl+K goes on from there.
        QObject* connectPicker = window->findChild<QObject*>(QStringLiteral("connectTargetPicker"));
        QVERIFY(connectPicker != nullptr);
        QTest::keyClick(window, Qt::Key_K, Qt::ControlModifier);
        QTRY_VERIFY(connectPicker->property("opened").toBool());
        QCOMPARE(connectPicker->property("fromId").toString(), QStringLiteral("app-instance-b"));
        QTest::keyClick(window, Qt::Key_Escape);
        QTRY_VERIFY(!connectPicker->property("visible").toBool());
        QVERIFY(!controller.canUndo());

        QVERIFY2(
            main.warnings().isEmpty(),
            qPrintable(main.warnings().isEmpty() ? QString() : main.warnings().first().toString()));
    }

    void saysWhenNothingMatches() {
        DocumentController controller;
        QVERIFY(controller.open(
            QUrl::fromLocalFile(QStringLiteral(TOPOGRAPH_EXAMPLES_DIR "/three-tier-web.yaml"))));
        MainWindowUnderTest main;
        const QString loaded = main.load(controller);
        QVERIFY2(loaded.isEmpty(), qPrintable(loaded));
        QQuickWindow* window = main.window();
        QTest::qWait(100);
        QQuickItem* canvas = findItem(window->contentItem(), QStringLiteral("canvas"));
        QObject* picker = window->findChild<QObject*>(QStringLiteral("findItemPicker"));
        QVERIFY(canvas != nullptr && picker != nullptr);

        QTest::keyClick(window, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(picker->property("opened").toBool());
        typeText(window, QStringLiteral("zzz"));
        QQuickItem* empty = window->findChild<QQuickItem*>(QStringLiteral("findItemEmpty"));
        QVERIFY(empty != nullptr);
        QTRY_VERIFY(empty->isVisible());
        QCOMPARE(picker->property("currentId").toString(), QString());
        QTest::keyClick(window, Qt::Key_Return); // nothing to select: the list stays open
        QVERIFY(picker->property("visible").toBool());
        QCOMPARE(canvas->property("selectedId").toString(), QString());
        QTest::keyClick(window, Qt::Key_Escape);
        QTRY_VERIFY(!picker->property("visible").toBool());
        QVERIFY(main.warnings().isEmpty());
    }
};

QTEST_MAIN(FindKeyboardTest)
#include "find_keyboard_test.moc"
