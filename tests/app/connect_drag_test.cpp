// SPDX-License-Identifier: Apache-2.0
// End to end: the real Main.qml under the offscreen platform. A user selects a subnet, drags the
// connector handle onto the internet gateway, confirms the dialog, and the subnet's route table
// gets the default route; a drop on something a subnet cannot connect to shows the hint.
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
using topograph::Resource;

using topograph::testing::centreInWindow;
using topograph::testing::dragWithMouse;
using topograph::testing::findItem;
using topograph::testing::MainWindowUnderTest;

namespace {
/// VPC A with a subnet (no route yet) and an attached internet gateway; VPC B with a subnet.
Document network() {
    using namespace topograph;
    Document document = testing::vpcWithGateway();
    testing::addNamed(document, "vpc-b", Vpc{"region", {"10.1.0.0/16"}, std::nullopt, true, false});
    testing::addNamed(document, "az-b", AvailabilityZone{"vpc-b", "us-east-1a"});
    Subnet subnet;
    subnet.vpc = "vpc-b";
    subnet.availabilityZone = "az-b";
    subnet.ipv4Cidr = "10.1.0.0/24";
    testing::addNamed(document, "private-b", subnet);
    return document;
}

} // namespace

class ConnectDragTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QQuickStyle::setStyle(QStringLiteral("Fusion"));
    }

    void dragsFromASubnetOntoTheInternetGateway() {
        DocumentController controller;
        controller.setDocument(network(), {});
        MainWindowUnderTest main;
        const QString loaded = main.load(controller);
        QVERIFY2(loaded.isEmpty(), qPrintable(loaded));
        QQuickWindow* window = main.window();
        const QList<QQmlError>& warnings = main.warnings();
        QTest::qWait(100);

        QQuickItem* root = window->contentItem();
        QQuickItem* canvas = findItem(root, QStringLiteral("canvas"));
        QVERIFY(canvas != nullptr);
        auto* scene = canvas->property("sceneItem").value<QQuickItem*>();
        QVERIFY(scene != nullptr);
        const auto inWindow = [&](const QString& id, double fx, double fy) {
            const QRectF rect = controller.items()->rectOf(id);
            return scene
                ->mapToScene(QPointF(rect.x() + rect.width() * fx, rect.y() + rect.height() * fy))
                .toPoint();
        };

        // Select the subnet by clicking its title band: the handle appears.
        QTest::mouseClick(window, Qt::LeftButton, {},
                          inWindow(QStringLiteral("public-a"), 0.5, 0.1));
        QCOMPARE(canvas->property("selectedId").toString(), QStringLiteral("public-a"));
        QQuickItem* handle = findItem(root, QStringLiteral("connectHandle"));
        QVERIFY(handle != nullptr);
        QTRY_VERIFY(handle->isVisible());

        // A drop on the other VPC's subnet is refused: the hint bar says why.
        dragWithMouse(window, centreInWindow(handle),
                      inWindow(QStringLiteral("private-b"), 0.5, 0.5));
        QQuickItem* hintBar = findItem(root, QStringLiteral("hintBar"));
        QVERIFY(hintBar != nullptr);
        QTRY_VERIFY(hintBar->isVisible());
        QVERIFY(hintBar->findChild<QObject*>(QStringLiteral("hintText"))
                    ->property("text")
                    .toString()
                    .contains(QStringLiteral("internet gateway or a NAT gateway")));
        QVERIFY(!controller.canUndo());

        // Onto the internet gateway: the dialog lists the changes; OK makes them.
        QTRY_VERIFY(handle->isVisible());
        dragWithMouse(window, centreInWindow(handle), inWindow(QStringLiteral("igw"), 0.5, 0.5));
        QQuickItem* overlayRoot = window->contentItem()->parentItem() != nullptr
                                      ? window->contentItem()->parentItem()
                                      : root;
        QQuickItem* ok = nullptr;
        QTRY_VERIFY((ok = findItem(overlayRoot, QStringLiteral("connectOk"))) != nullptr &&
                    ok->isVisible() && ok->isEnabled());
        QTest::qWait(300); // the dialog's opening transition
        QTest::mouseClick(window, Qt::LeftButton, {}, centreInWindow(ok));
        QTRY_VERIFY(controller.canUndo());

        const auto* subnet = controller.document().findAs<topograph::Subnet>("public-a");
        QVERIFY(subnet != nullptr && subnet->routeTable.has_value());
        const auto* table =
            controller.document().findAs<topograph::RouteTable>(*subnet->routeTable);
        QVERIFY(table != nullptr);
        QCOMPARE(table->routes.size(), std::size_t{1});
        QCOMPARE(table->routes[0].destination, std::string("0.0.0.0/0"));
        QCOMPARE(table->routes[0].target, std::string("igw"));
        QCOMPARE(controller.undoText(), QStringLiteral("Route 0.0.0.0/0 of public-a to igw"));
        QVERIFY2(warnings.isEmpty(),
                 qPrintable(warnings.isEmpty() ? QString() : warnings.first().toString()));
    }
};

QTEST_MAIN(ConnectDragTest)
#include "connect_drag_test.moc"
