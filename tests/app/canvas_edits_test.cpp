// SPDX-License-Identifier: Apache-2.0
// Editing a selection through the controller as the canvas calls it: move several items, nudge
// them, delete them, copy, paste and duplicate, align, resize a container. Each is one undo step
// that undo reverts exactly and redo repeats.
#include "app/document_controller.h"
#include "core/layout/layout.h"
#include "core/model/references.h"

#include <algorithm>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using topograph::Document;
using topograph::DocumentController;
using topograph::Geometry;

namespace {

const QString examplePath =
    QStringLiteral(TOPOGRAPH_EXAMPLES_DIR) + QStringLiteral("/three-tier-web.yaml");

Geometry geometryOf(const DocumentController& controller, const char* id) {
    return *controller.document().find(id)->geometry;
}

/// Undo gives back `before`, redo gives back `after`, and undo once more `before` again.
void checkUndoRedo(DocumentController& controller, const Document& before) {
    const Document after = controller.document();
    QVERIFY(!(after == before));
    controller.undo();
    QVERIFY(controller.document() == before);
    controller.redo();
    QVERIFY(controller.document() == after);
    controller.undo();
    QVERIFY(controller.document() == before);
}

} // namespace

class CanvasEditsTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void topMostLeavesOutWhatAnotherChosenItemHolds() {
        DocumentController controller;
        QVERIFY(controller.open(QUrl::fromLocalFile(examplePath)));
        QCOMPARE(controller.topMost({"app-instance-a", "app-a", "az-b", "public-rt", "nothing"}),
                 (QStringList{"az-b", "app-a"})); // a route table is not drawn
        QCOMPARE(controller.allItems(), QStringList{"region"});
        // A rubber band around the whole zone A selects the zone, not what is inside it.
        const QRectF zone = controller.items()->rectOf(QStringLiteral("az-a"));
        QCOMPARE(
            controller.itemsInside(zone.x() - 2, zone.y() - 2, zone.width() + 4, zone.height() + 4),
            QStringList{"az-a"});
        const QRectF subnet = controller.items()->rectOf(QStringLiteral("app-a"));
        QCOMPARE(controller.itemsInside(subnet.right() + 1, subnet.bottom() + 1,
                                        -subnet.width() - 2, -subnet.height() - 2),
                 QStringList{"app-a"});
    }

    void movingSeveralItemsIsOneUndoStep() {
        DocumentController controller;
        QVERIFY(controller.open(QUrl::fromLocalFile(examplePath)));
        const Document before = controller.document();
        const Geometry appA = geometryOf(controller, "app-a");
        const Geometry dbA = geometryOf(controller, "db-a");
        const Geometry instance = geometryOf(controller, "app-instance-a");
        QVERIFY(controller.moveItems({"app-a", "db-a", "app-instance-a"}, 12, 8));
        QCOMPARE(geometryOf(controller, "app-a").x, appA.x + 12);
        QCOMPARE(geometryOf(controller, "db-a").y, dbA.y + 8);
        // The instance moved with its subnet, not twice.
        QCOMPARE(geometryOf(controller, "app-instance-a"), instance);
        QCOMPARE(controller.undoText(), QStringLiteral("Move 2 items"));
        checkUndoRedo(controller, before);
    }

    void movesStopAtTheContainersEdgeAndContainersGrow() {
        DocumentController controller;
        QVERIFY(controller.open(QUrl::fromLocalFile(examplePath)));
        const Geometry subnet = geometryOf(controller, "app-a");
        const Geometry zone = geometryOf(controller, "az-a");
        // Far up and left: the subnet stops below the zone's title band, at its padding.
        QVERIFY(controller.moveItems({"app-a"}, -5000, -5000));
        QCOMPARE(geometryOf(controller, "app-a").x, topograph::LayoutMetrics::padding);
        QCOMPARE(geometryOf(controller, "app-a").y, topograph::LayoutMetrics::titleBand);
        QVERIFY(!controller.moveItems({"app-a"}, -10, -10)); // already at the edge
        controller.undo();
        QCOMPARE(geometryOf(controller, "app-a"), subnet);
        // Far right: the zone (and what holds it) grows so the subnet stays inside.
        QVERIFY(controller.moveItems({"app-a"}, 400, 0));
        const Geometry grown = geometryOf(controller, "az-a");
        QVERIFY(grown.width >= subnet.x + 400 + subnet.width);
        QCOMPARE(grown.x, zone.x);
        const Geometry vpc = geometryOf(controller, "vpc");
        QVERIFY(vpc.width >= grown.x + grown.width);
        controller.undo();
        QCOMPARE(geometryOf(controller, "az-a"), zone);
    }

    void nudgesOfTheSameSelectionMerge() {
        DocumentController controller;
        QVERIFY(controller.open(QUrl::fromLocalFile(examplePath)));
        const Document before = controller.document();
        for (int i = 0; i < 4; ++i) {
            QVERIFY(controller.nudgeItems({"app-a", "db-a"}, 10, 0));
        }
        QCOMPARE(geometryOf(controller, "db-a").x, before.find("db-a")->geometry->x + 40);
        controller.undo();
        QVERIFY(controller.document() == before);
        QVERIFY(!controller.canUndo());
    }

    void deletingSeveralItemsAsksOnceAndUndoesAtOnce() {
        DocumentController controller;
        QVERIFY(controller.open(QUrl::fromLocalFile(examplePath)));
        const Document before = controller.document();
        const QString summary = controller.deletionSummaryOf({"public-a", "public-b"});
        QVERIFY2(summary.contains(QStringLiteral("2 selected items")), qPrintable(summary));
        // Both public subnets take the load balancer that lives in them.
        QVERIFY2(summary.contains(QStringLiteral("load balancer"), Qt::CaseInsensitive),
                 qPrintable(summary));
        QVERIFY(controller.deleteItems({"public-a", "public-b"}));
        QVERIFY(!controller.document().contains("public-a"));
        QVERIFY(!controller.document().contains("public-b"));
        QVERIFY(!controller.document().contains("alb"));
        QVERIFY(!controller.document().contains("nat-a"));
        QCOMPARE(controller.undoText(), QStringLiteral("Delete 2 items"));
        checkUndoRedo(controller, before);
        QVERIFY(!controller.deleteItems({"nothing"}));
    }

    void duplicateMakesFreshCopiesInOneStep() {
        DocumentController controller;
        QVERIFY(controller.open(QUrl::fromLocalFile(examplePath)));
        const Document before = controller.document();
        const QStringList copies = controller.duplicateItems({"app-a"});
        QCOMPARE(copies.size(), 1);
        const auto* subnet =
            controller.document().findAs<topograph::Subnet>(copies.front().toStdString());
        QVERIFY(subnet != nullptr);
        QCOMPARE(subnet->routeTable, std::optional<std::string>("app-rt-a"));
        QVERIFY(subnet->ipv4Cidr != before.findAs<topograph::Subnet>("app-a")->ipv4Cidr);
        // The subnet and the instance in it: two new resources, one undo step.
        QCOMPARE(controller.document().size(), before.size() + 2);
        QVERIFY(!controller.canPaste()); // duplicate leaves the clipboard alone
        checkUndoRedo(controller, before);
    }

    void pasteGoesIntoTheContainerUnderThePointer() {
        DocumentController controller;
        QVERIFY(controller.open(QUrl::fromLocalFile(examplePath)));
        QSignalSpy refused(&controller, &DocumentController::editRefused);
        QVERIFY(controller.paste().isEmpty()); // nothing copied yet
        QCOMPARE(refused.count(), 1);
        QSignalSpy canPaste(&controller, &DocumentController::canPasteChanged);
        QVERIFY(controller.copyItems({"app-instance-a"}));
        QCOMPARE(canPaste.count(), 1);
        QVERIFY(controller.canPaste());
        const Document before = controller.document();

        const QRectF target = controller.items()->rectOf(QStringLiteral("app-b"));
        const QPointF point = target.topLeft() + QPointF(40, 60);
        const QStringList pasted = controller.pasteAt(point.x(), point.y());
        QCOMPARE(pasted.size(), 1);
        const topograph::Resource* copy = controller.document().find(pasted.front().toStdString());
        QVERIFY(copy != nullptr);
        QCOMPARE(copy->placement()->subnets, std::vector<std::string>{"app-b"});
        QCOMPARE(controller.items()->rectOf(pasted.front()).topLeft(), point);
        checkUndoRedo(controller, before);
        // Pasting again, away from any container that may hold it: next to the original.
        const QStringList again = controller.paste();
        QCOMPARE(again.size(), 1);
        QCOMPARE(controller.document().find(again.front().toStdString())->placement()->subnets,
                 std::vector<std::string>{"app-a"});
    }

    void pastingNearASubnetsBottomPushesTheSubnetBelow() {
        DocumentController controller;
        QVERIFY(controller.open(QUrl::fromLocalFile(examplePath)));
        QVERIFY(controller.copyItems({"app-instance-a"}));
        const Document before = controller.document();
        const Geometry dbB = geometryOf(controller, "db-b");
        // The copy's top-left just above the app subnet's bottom edge: the subnet grows down
        // into the db subnet below it, which moves down, a gap clear, in the same undo step.
        const QRectF target = controller.items()->rectOf(QStringLiteral("app-b"));
        QCOMPARE(controller.pasteAt(target.left() + 40, target.bottom() - 20).size(), 1);
        const Geometry appB = geometryOf(controller, "app-b");
        const Geometry pushed = geometryOf(controller, "db-b");
        QCOMPARE(pushed.y, appB.y + appB.height + topograph::LayoutMetrics::gap);
        QVERIFY(pushed.y > dbB.y);
        QCOMPARE(pushed.x, dbB.x);
        checkUndoRedo(controller, before);
    }

    void alignLinesUpSiblingsAndRefusesOthers() {
        DocumentController controller;
        QVERIFY(controller.open(QUrl::fromLocalFile(examplePath)));
        // Make the two subnets of zone A start at different x first.
        QVERIFY(controller.moveItems({"app-a"}, 30, 0));
        const Document before = controller.document();
        QVERIFY(controller.alignItems({"public-a", "app-a"}, QStringLiteral("left")));
        QCOMPARE(geometryOf(controller, "app-a").x, geometryOf(controller, "public-a").x);
        checkUndoRedo(controller, before);

        QVERIFY(controller.alignItems({"public-a", "app-a"}, QStringLiteral("right")));
        const Geometry a = geometryOf(controller, "public-a");
        const Geometry b = geometryOf(controller, "app-a");
        QCOMPARE(a.x + a.width, b.x + b.width);
        controller.undo();
        QVERIFY(controller.alignItems({"public-a", "app-a"}, QStringLiteral("hcenter")));
        QCOMPARE(geometryOf(controller, "public-a").x +
                     geometryOf(controller, "public-a").width / 2,
                 geometryOf(controller, "app-a").x + geometryOf(controller, "app-a").width / 2);
        controller.undo();

        QSignalSpy refused(&controller, &DocumentController::editRefused);
        QVERIFY(!controller.alignItems({"public-a", "public-b"}, QStringLiteral("top")));
        QVERIFY(!controller.alignItems({"public-a"}, QStringLiteral("top")));
        QCOMPARE(refused.count(), 2);
        QVERIFY(controller.document() == before);
    }

    void resizeNeverCutsAChildOff() {
        DocumentController controller;
        QVERIFY(controller.open(QUrl::fromLocalFile(examplePath)));
        const Document before = controller.document();
        const Geometry zone = geometryOf(controller, "az-a");
        QVERIFY(controller.resizeItem(QStringLiteral("az-a"), zone.width + 100, zone.height + 50));
        QCOMPARE(geometryOf(controller, "az-a").width, zone.width + 100);
        QVERIFY(geometryOf(controller, "vpc").width >= zone.x + zone.width + 100);
        checkUndoRedo(controller, before);
        // Shrinking to nothing stops at the children's bounds plus padding.
        controller.resizeItem(QStringLiteral("az-a"), 1, 1);
        const Geometry shrunk = geometryOf(controller, "az-a");
        for (const char* child : {"public-a", "app-a", "db-a"}) {
            const Geometry box = geometryOf(controller, child);
            QVERIFY(box.x + box.width + topograph::LayoutMetrics::padding <= shrunk.width);
            QVERIFY(box.y + box.height + topograph::LayoutMetrics::padding <= shrunk.height);
        }
        QVERIFY(!controller.resizeItem(QStringLiteral("app-instance-a"), 300, 300));
    }
    void resizingAZoneIntoItsNeighbourPushesIt() {
        DocumentController controller;
        QVERIFY(controller.open(QUrl::fromLocalFile(examplePath)));
        const Document before = controller.document();
        const Geometry zoneA = geometryOf(controller, "az-a");
        const Geometry zoneB = geometryOf(controller, "az-b");
        const Geometry publicB = geometryOf(controller, "public-b");
        // Zone a, 200 wider, would cover zone b: zone b moves right, just a gap clear of it,
        // with its subnets where they were inside it; the VPC grows to hold it.
        QVERIFY(controller.resizeItem(QStringLiteral("az-a"), zoneA.width + 200, zoneA.height));
        const Geometry pushed = geometryOf(controller, "az-b");
        QCOMPARE(pushed.x,
                 std::max(zoneB.x, zoneA.x + zoneA.width + 200 + topograph::LayoutMetrics::gap));
        QVERIFY(pushed.x > zoneB.x);
        QCOMPARE(pushed.y, zoneB.y);
        QCOMPARE(geometryOf(controller, "public-b"), publicB);
        QVERIFY(geometryOf(controller, "vpc").width >= pushed.x + pushed.width);
        checkUndoRedo(controller, before);
    }
};

QTEST_GUILESS_MAIN(CanvasEditsTest)
#include "canvas_edits_test.moc"
