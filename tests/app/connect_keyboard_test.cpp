// SPDX-License-Identifier: Apache-2.0
// End to end, without the mouse after selecting: the real Main.qml under the offscreen
// platform. With a subnet selected, Ctrl+K (Edit > Connect To…) lists what it can connect to,
// Enter picks the internet gateway, Return in the dialog applies the route; Escape leaves the
// list and the model as they were.
#include "app/document_controller.h"
#include "connect_test_network.h"
#include "window_input.h"

#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(TopographPlugin)

using topograph::Document;
using topograph::DocumentController;

using topograph::testing::findItem;
using topograph::testing::MainWindowUnderTest;

namespace {
Document network() {
    return topograph::testing::vpcWithGateway();
}

/// A popup of Main.qml (a Dialog) by objectName: popups are QObject children of the items that
/// declare them, not items of the window's visual tree.
QObject* findPopup(QQuickWindow* window, const QString& name) {
    return window->findChild<QObject*>(name);
}

/// An item inside a popup, by objectName; fails the test when there is none.
QQuickItem* findPopupItem(QQuickWindow* window, const QString& name) {
    QQuickItem* item = window->findChild<QQuickItem*>(name);
    if (item == nullptr) {
        qFatal("no item named %s", qPrintable(name));
    }
    return item;
}

} // namespace

class ConnectKeyboardTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QQuickStyle::setStyle(QStringLiteral("Fusion"));
    }

    void connectsASubnetToTheGatewayWithTheKeyboard() {
        DocumentController controller;
        controller.setDocument(network(), {});
        MainWindowUnderTest main;
        const QString loaded = main.load(controller);
        QVERIFY2(loaded.isEmpty(), qPrintable(loaded));
        QQuickWindow* window = main.window();
        QTest::qWait(100);

        QQuickItem* canvas = findItem(window->contentItem(), QStringLiteral("canvas"));
        QVERIFY(canvas != nullptr);
        QObject* action = window->findChild<QObject*>(QStringLiteral("connectAction"));
        QVERIFY(action != nullptr);
        QCOMPARE(action->property("shortcut").toString(), QStringLiteral("Ctrl+K"));
        QVERIFY(!action->property("enabled").toBool()); // nothing selected

        canvas->setProperty("selectedId", QStringLiteral("public-a"));
        QTRY_VERIFY(action->property("enabled").toBool());
        QObject* picker = findPopup(window, QStringLiteral("connectTargetPicker"));
        QVERIFY(picker != nullptr);

        // Escape leaves the list, and nothing changes.
        QTest::keyClick(window, Qt::Key_K, Qt::ControlModifier);
        QTRY_VERIFY(picker->property("opened").toBool());
        QTest::keyClick(window, Qt::Key_Escape);
        QTRY_VERIFY(!picker->property("visible").toBool());
        QVERIFY(!controller.canUndo());

        // Ctrl+K, the gateway is the first choice: Enter, then Return in the dialog.
        QTest::keyClick(window, Qt::Key_K, Qt::ControlModifier);
        QTRY_VERIFY(picker->property("opened").toBool());
        QCOMPARE(picker->property("current").toMap().value(QStringLiteral("id")).toString(),
                 QStringLiteral("igw"));
        QVERIFY(findPopupItem(window, QStringLiteral("connectTargetFilter"))->hasActiveFocus());
        QTest::keyClick(window, Qt::Key_Return);
        QObject* dialog = findPopup(window, QStringLiteral("connectDialog"));
        QVERIFY(dialog != nullptr);
        QTRY_VERIFY(dialog->property("opened").toBool());
        QVERIFY(!picker->property("visible").toBool());
        QVERIFY(findPopupItem(window, QStringLiteral("connectOk"))->hasActiveFocus());
        QTest::keyClick(window, Qt::Key_Return);
        QTRY_VERIFY(controller.canUndo());
        QTRY_VERIFY(!dialog->property("visible").toBool());

        QCOMPARE(controller.undoText(), QStringLiteral("Route 0.0.0.0/0 of public-a to igw"));
        const auto* subnet = controller.document().findAs<topograph::Subnet>("public-a");
        QVERIFY(subnet != nullptr && subnet->routeTable.has_value());
        const auto* table =
            controller.document().findAs<topograph::RouteTable>(*subnet->routeTable);
        QVERIFY(table != nullptr);
        QCOMPARE(table->routes.size(), std::size_t{1});
        QCOMPARE(table->routes[0].target, std::string("igw"));
        QVERIFY2(
            main.warnings().isEmpty(),
            qPrintable(main.warnings().isEmpty() ? QString() : main.warnings().first().toString()));
    }
};

QTEST_MAIN(ConnectKeyboardTest)
#include "connect_keyboard_test.moc"
