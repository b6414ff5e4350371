// SPDX-License-Identifier: Apache-2.0
// The canvas's far-zoom pieces: ViewWindowFilter (which items get a delegate) and
// OverviewPainter (the diagram as one image), on the three-tier example.
#include "app/canvas/overview_painter.h"
#include "app/canvas/view_window_filter.h"
#include "app/diagram_model.h"
#include "app/document_controller.h"
#include "core/check/finding.h"

#include <QAbstractItemModelTester>
#include <QStandardPaths>
#include <QTest>

using topograph::DiagramModel;
using topograph::DocumentController;
using topograph::OverviewColors;
using topograph::OverviewPainter;
using topograph::ViewWindowFilter;

namespace {

QStringList idsOf(const QAbstractItemModel& model) {
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row) {
        ids << model.index(row, 0).data(DiagramModel::ItemIdRole).toString();
    }
    return ids;
}

/// The first node (workload or gateway) of the document and its rectangle.
std::pair<QString, QRectF> firstNode(DocumentController& controller) {
    const QAbstractItemModel& nodes = *controller.nodes();
    const QString id = nodes.index(0, 0).data(DiagramModel::ItemIdRole).toString();
    return {id, controller.items()->rectOf(id)};
}

bool opaque(const QImage& image, QPointF at) {
    return qAlpha(image.pixel(at.toPoint())) == 255;
}

} // namespace

class CanvasOverviewTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void onlyItemsInTheWindowAreRows() {
        DocumentController controller;
        QVERIFY(controller.open(
            QUrl::fromLocalFile(QStringLiteral(TOPOGRAPH_EXAMPLES_DIR "/three-tier-web.yaml"))));
        ViewWindowFilter filter;
        QAbstractItemModelTester tester(&filter,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSourceModel(controller.nodes());
        const auto [id, rect] = firstNode(controller);
        QVERIFY(!rect.isEmpty());

        // A window on the node alone: it is a row, and nodes far from it are not.
        filter.setWindow(rect.adjusted(1, 1, -1, -1));
        QVERIFY(idsOf(filter).contains(id));
        QVERIFY(filter.rowCount() < controller.nodes()->rowCount());
        QVERIFY(filter.covered().contains(filter.window()));

        // Zooming in (a smaller window inside): nothing changes, no delegate is recreated.
        const QRectF covered = filter.covered();
        filter.setWindow(rect.adjusted(4, 4, -4, -4));
        QCOMPARE(filter.covered(), covered);

        // Far from every item: no rows.
        filter.setWindow(QRectF(-10000, -10000, 10, 10));
        QCOMPARE(filter.rowCount(), 0);

        // Inactive (zoomed out): no rows wherever the window is; active again, the window's.
        filter.setWindow(rect);
        QVERIFY(filter.rowCount() > 0);
        filter.setActive(false);
        QCOMPARE(filter.rowCount(), 0);
        filter.setActive(true);
        QVERIFY(idsOf(filter).contains(id));
    }

    void anItemMovedIntoTheWindowBecomesARow() {
        DocumentController controller;
        QVERIFY(controller.open(
            QUrl::fromLocalFile(QStringLiteral(TOPOGRAPH_EXAMPLES_DIR "/three-tier-web.yaml"))));
        ViewWindowFilter filter;
        filter.setSourceModel(controller.nodes());
        const auto [id, rect] = firstNode(controller);
        // A window just right of the node, beyond its covered margin.
        filter.setWindow(QRectF(rect.right() + rect.width(), rect.y(), rect.width(), 4));
        QVERIFY(!idsOf(filter).contains(id));
        QVERIFY(controller.moveItems({id}, 2 * rect.width(), 0));
        QVERIFY(idsOf(filter).contains(id));
    }

    void becomingActiveAdmitsRowsInBatchesNearestTheCentreFirst() {
        DocumentController controller;
        QVERIFY(controller.open(
            QUrl::fromLocalFile(QStringLiteral(TOPOGRAPH_EXAMPLES_DIR "/three-tier-web.yaml"))));
        const QRectF everything = controller.items()->bounds().adjusted(-10, -10, 10, 10);
        ViewWindowFilter all;
        all.setSourceModel(controller.containers());
        all.setWindow(everything);
        QVERIFY(all.rowCount() > 3);

        ViewWindowFilter batched;
        QAbstractItemModelTester tester(&batched,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        batched.setSourceModel(controller.containers());
        batched.setBatchSize(2);
        batched.setActive(false);
        // A window on the first workload: the containers holding it are nearest its centre.
        const auto [id, rect] = firstNode(controller);
        batched.setWindow(
            QRectF(rect.center() - QPointF(rect.width() * 4, rect.height() * 4), rect.size() * 8));
        const QRectF window = batched.window();
        batched.setWindow(everything);
        QVERIFY(!batched.pending());
        QCOMPARE(batched.rowCount(), 0);

        // Active again: two rows now, the rest waiting.
        batched.setWindow(window);
        batched.setActive(true);
        QVERIFY(batched.pending());
        QCOMPARE(batched.rowCount(), 2);
        for (int row = 0; row < batched.rowCount(); ++row) {
            const QString container =
                batched.index(row, 0).data(DiagramModel::ItemIdRole).toString();
            QVERIFY2(controller.items()->rectOf(container).contains(window.center()),
                     qPrintable(container));
        }
        // Each step admits two more, until all are rows: the same as without batches.
        int previous = batched.rowCount();
        int steps = 0;
        while (batched.pending()) {
            batched.admitNext();
            QVERIFY(batched.rowCount() > previous);
            QVERIFY(batched.rowCount() <= previous + 2);
            previous = batched.rowCount();
            ++steps;
        }
        QVERIFY(steps >= 1);
        ViewWindowFilter unbatched;
        unbatched.setSourceModel(controller.containers());
        unbatched.setWindow(window);
        QCOMPARE(idsOf(batched), idsOf(unbatched));
    }

    void waitingRowsFollowTheWindowAndComeAtOnceWhenTheModelResets() {
        DocumentController controller;
        QVERIFY(controller.open(
            QUrl::fromLocalFile(QStringLiteral(TOPOGRAPH_EXAMPLES_DIR "/three-tier-web.yaml"))));
        const QRectF everything = controller.items()->bounds().adjusted(-10, -10, 10, 10);
        ViewWindowFilter batched;
        QAbstractItemModelTester tester(&batched,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        batched.setSourceModel(controller.nodes());
        batched.setBatchSize(1);
        batched.setActive(false);
        batched.setWindow(everything);
        batched.setActive(true);
        QVERIFY(batched.pending());
        QCOMPARE(batched.rowCount(), 1);
        // Moving far while rows wait: the rows of the new place wait their turn too, and in
        // the end the rows are those of the new place.
        batched.setWindow(everything.translated(everything.width() / 2, 0));
        QVERIFY(batched.pending());
        while (batched.pending()) {
            batched.admitNext();
        }
        ViewWindowFilter unbatched;
        unbatched.setSourceModel(controller.nodes());
        unbatched.setWindow(batched.window());
        QCOMPARE(idsOf(batched), idsOf(unbatched));

        // A new document while rows wait: every row of it in the window, none lost or stale.
        batched.setActive(false);
        batched.setWindow(everything);
        batched.setActive(true);
        QVERIFY(batched.pending());
        QVERIFY(controller.open(
            QUrl::fromLocalFile(QStringLiteral(TOPOGRAPH_EXAMPLES_DIR "/transit-hub.yaml"))));
        QVERIFY(!batched.pending());
        unbatched.setWindow(everything);
        QCOMPARE(idsOf(batched), idsOf(unbatched));
    }

    void theOverviewDrawsContainersNodesAndBadges() {
        DocumentController controller;
        QVERIFY(controller.open(
            QUrl::fromLocalFile(QStringLiteral(TOPOGRAPH_EXAMPLES_DIR "/three-tier-web.yaml"))));
        DiagramModel& items = *controller.items();
        const auto [id, rect] = firstNode(controller);
        topograph::Finding finding;
        finding.severity = topograph::Severity::Error;
        finding.resources = {id.toStdString()};
        items.setFindings({finding});

        OverviewColors colors;
        colors.error = QColor(255, 0, 0);
        OverviewPainter painter;
        const qreal scale = 0.25;
        const QRectF area(0, 0, items.sceneWidth(), items.sceneHeight());
        const QImage image = painter.paint(items, controller.edges(), area, scale, colors);
        QCOMPARE(image.size(), QSize(qCeil(area.width() * scale), qCeil(area.height() * scale)));

        // The canvas margin stays transparent (the canvas colour shows through).
        QCOMPARE(qAlpha(image.pixel(1, 1)), 0);
        // The outermost container is filled.
        const QRectF outer = items.bounds();
        QVERIFY(opaque(image, (outer.center() - area.topLeft()) * scale));
        // The node's icon is drawn where NodeDelegate puts it (centred, 4 below its top).
        const QPointF iconCentre(rect.center().x(), rect.y() + 4 + 22);
        QVERIFY(opaque(image, iconCentre * scale));
        // Its error badge sits on the icon's top-right corner, at least minimumBadgePixels wide.
        const QPointF badgeCentre(rect.center().x() + 22 - 8 + 9, rect.y() + 4 - 6 + 9);
        const QColor badge = image.pixelColor((badgeCentre * scale).toPoint());
        QVERIFY2(badge.red() > 200 && badge.green() < 80 && badge.blue() < 80,
                 qPrintable(badge.name()));
    }

    void colorsComeFromTheThemeMap() {
        const OverviewColors colors = OverviewColors::fromMap(
            {{QStringLiteral("vpcStroke"), QColor(1, 2, 3)}, {QStringLiteral("error"), 42}});
        QCOMPARE(colors.vpcStroke, QColor(1, 2, 3));
        // Not a colour: the default stays.
        QCOMPARE(colors.error, OverviewColors().error);
    }
};

QTEST_MAIN(CanvasOverviewTest)
#include "canvas_overview_test.moc"
