// SPDX-License-Identifier: Apache-2.0
#include "app/document_controller.h"
#include "core/layout/layout.h"
#include "tests/core/layout/every_kind_document.h"

#include <memory>
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using topograph::Document;
using topograph::DocumentController;

namespace {

const QString examplePath = QStringLiteral(TOPOGRAPH_EXAMPLES_DIR "/three-tier-web.yaml");
const QString malformedDir = QStringLiteral(TOPOGRAPH_TEST_DATA_DIR "/malformed/");

QRectF rectOf(const topograph::DiagramModel& model, const QString& id) {
    const QModelIndex index = model.index(model.rowOf(id));
    return {index.data(topograph::DiagramModel::XRole).toDouble(),
            index.data(topograph::DiagramModel::YRole).toDouble(),
            index.data(topograph::DiagramModel::WidthRole).toDouble(),
            index.data(topograph::DiagramModel::HeightRole).toDouble()};
}

std::size_t drawnCount(const Document& document) {
    std::size_t count = 0;
    for (const auto& resource : document.resources()) {
        count += topograph::isDrawn(resource.kind()) ? 1 : 0;
    }
    return count;
}

} // namespace

class DocumentControllerTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        // Opening files records them as recent: keep that out of the user's settings.
        QStandardPaths::setTestModeEnabled(true);
    }

    void opensTheExampleAndFillsConsistentModels() {
        DocumentController controller;
        // The testers watch every signal from the start, so the reset on opening is checked too.
        QAbstractItemModelTester itemsTester(
            controller.items(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester edgesTester(
            controller.edges(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester containersTester(
            controller.containers(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(controller.status(), DocumentController::Status::Empty);
        QSignalSpy opened(&controller, &DocumentController::documentOpened);

        QVERIFY(controller.open(QUrl::fromLocalFile(examplePath)));
        QCOMPARE(controller.status(), DocumentController::Status::Ready);
        QCOMPARE(opened.count(), 1);
        QCOMPARE(controller.fileName(), QStringLiteral("three-tier-web.yaml"));
        QCOMPARE(controller.title(), QStringLiteral("Three-tier web application"));
        QVERIFY(!controller.canUndo());

        const Document& document = controller.document();
        QCOMPARE(static_cast<std::size_t>(controller.items()->count()), drawnCount(document));
        QCOMPARE(controller.containers()->rowCount() + controller.nodes()->rowCount(),
                 controller.items()->count());
        QVERIFY(controller.edges()->count() > 0);
        for (const auto& resource : document.resources()) {
            QCOMPARE(resource.geometry.has_value(), topograph::isDrawn(resource.kind()));
        }
        // Containers come before what they contain, so painting in row order nests them.
        const auto* items = controller.items();
        QVERIFY(items->rowOf(QStringLiteral("vpc")) < items->rowOf(QStringLiteral("az-a")));
        QVERIFY(
            rectOf(*items, QStringLiteral("vpc")).contains(rectOf(*items, QStringLiteral("az-a"))));
        const QModelIndex region = items->index(items->rowOf(QStringLiteral("region")));
        QCOMPARE(region.data(topograph::DiagramModel::IsContainerRole).toBool(), true);
        QCOMPARE(region.data(topograph::DiagramModel::IconSourceRole).toString(),
                 QStringLiteral("qrc:/icons/region.svg"));
    }

    void opensTheEmbeddedExample() {
        DocumentController controller;
        QVERIFY2(controller.open(QUrl(QStringLiteral("qrc:/examples/three-tier-web.yaml"))),
                 qPrintable(controller.errorString()));
        QVERIFY(controller.items()->count() > 10);
        // Every icon the model names is embedded.
        for (int row = 0; row < controller.items()->count(); ++row) {
            const QString icon = controller.items()
                                     ->index(row)
                                     .data(topograph::DiagramModel::IconSourceRole)
                                     .toString();
            QVERIFY2(QFile::exists(QLatin1Char(':') + QUrl(icon).path()), qPrintable(icon));
        }
    }

    void moveUndoRedoRoundTripRestoresTheDocumentExactly() {
        DocumentController controller;
        QAbstractItemModelTester tester(controller.items(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(controller.open(QUrl::fromLocalFile(examplePath)));
        const Document original = controller.document();
        const QRectF vpcBefore = rectOf(*controller.items(), QStringLiteral("vpc"));
        const QRectF serverBefore = rectOf(*controller.items(), QStringLiteral("app-a"));
        QSignalSpy dataChanged(controller.items(), &QAbstractItemModel::dataChanged);

        QVERIFY(controller.moveItem(QStringLiteral("vpc"), 30, -12));
        const Document moved = controller.document();
        QVERIFY(!(moved == original));
        QVERIFY(controller.canUndo());
        // The VPC and everything inside it moved; only geometry roles were announced.
        QCOMPARE(rectOf(*controller.items(), QStringLiteral("vpc")), vpcBefore.translated(30, -12));
        QCOMPARE(rectOf(*controller.items(), QStringLiteral("app-a")),
                 serverBefore.translated(30, -12));
        QVERIFY(!dataChanged.isEmpty());
        for (const auto& signal : dataChanged) {
            const auto roles = signal.at(2).value<QList<int>>();
            QVERIFY(roles.contains(topograph::DiagramModel::XRole));
            QVERIFY(!roles.contains(topograph::DiagramModel::NameRole));
        }

        controller.undo();
        QVERIFY(controller.document() == original);
        QCOMPARE(rectOf(*controller.items(), QStringLiteral("app-a")), serverBefore);
        QVERIFY(controller.canRedo());
        controller.redo();
        QVERIFY(controller.document() == moved);
        controller.undo();
        QVERIFY(controller.document() == original);

        QVERIFY(!controller.moveItem(QStringLiteral("no-such-item"), 5, 5));
        QVERIFY(!controller.moveItem(QStringLiteral("public-rt"), 5, 5)); // not drawn
    }

    void nudgesOfOneItemMergeIntoOneUndoStep() {
        DocumentController controller;
        QVERIFY(controller.open(QUrl::fromLocalFile(examplePath)));
        const Document original = controller.document();
        for (int i = 0; i < 5; ++i) {
            QVERIFY(controller.nudgeItem(QStringLiteral("app-a"), 1, 0));
        }
        QVERIFY(controller.nudgeItem(QStringLiteral("app-b"), 0, 1));
        const auto* moved = controller.document().find("app-a");
        QCOMPARE(moved->geometry->x, original.find("app-a")->geometry->x + 5);
        controller.undo(); // app-b's nudge
        controller.undo(); // all five nudges of app-a at once
        QVERIFY(controller.document() == original);
        QVERIFY(!controller.canUndo());
        // A drag is its own step even right after a nudge.
        QVERIFY(controller.nudgeItem(QStringLiteral("app-a"), 1, 0));
        QVERIFY(controller.moveItem(QStringLiteral("app-a"), 10, 0));
        controller.undo();
        QCOMPARE(controller.document().find("app-a")->geometry->x,
                 original.find("app-a")->geometry->x + 1);
    }

    void malformedFileSetsErrorAndKeepsTheDocument_data() {
        QTest::addColumn<QString>("file");
        QTest::newRow("bad enum") << QStringLiteral("bad-enum.yaml");
        QTest::newRow("duplicate id") << QStringLiteral("duplicate-id.yaml");
        QTest::newRow("dangling reference") << QStringLiteral("dangling-reference.yaml");
        QTest::newRow("binary garbage") << QStringLiteral("binary-garbage.png");
        QTest::newRow("missing file") << QStringLiteral("does-not-exist.yaml");
    }

    void malformedFileSetsErrorAndKeepsTheDocument() {
        QFETCH(QString, file);
        DocumentController controller;
        QVERIFY(controller.open(QUrl::fromLocalFile(examplePath)));
        QVERIFY(controller.moveItem(QStringLiteral("vpc"), 4, 4));
        const Document before = controller.document();
        const int itemsBefore = controller.items()->count();

        QVERIFY(!controller.open(QUrl::fromLocalFile(malformedDir + file)));
        QCOMPARE(controller.status(), DocumentController::Status::Error);
        QVERIFY2(controller.errorString().contains(file), qPrintable(controller.errorString()));
        QVERIFY(controller.document() == before);
        QCOMPARE(controller.items()->count(), itemsBefore);
        QVERIFY(controller.canUndo()); // the history of the kept document is kept too
        QCOMPARE(controller.fileName(), QStringLiteral("three-tier-web.yaml"));

        controller.dismissError();
        QCOMPARE(controller.status(), DocumentController::Status::Ready);
        QVERIFY(controller.errorString().isEmpty());
    }

    void loadErrorNamesLineAndColumn() {
        DocumentController controller;
        QVERIFY(!controller.open(QUrl::fromLocalFile(malformedDir + "bad-enum.yaml")));
        // "file:line:column: message", with real numbers for a value the reader rejected.
        const QRegularExpression location(
            QStringLiteral("bad-enum\\.yaml:[1-9][0-9]*:[1-9][0-9]*: .+"));
        QVERIFY2(location.match(controller.errorString()).hasMatch(),
                 qPrintable(controller.errorString()));
        QCOMPARE(controller.items()->count(), 0);
        controller.dismissError();
        QCOMPARE(controller.status(), DocumentController::Status::Empty);
    }

    void everyKindBuiltInCodeIsDrawnWithEdges() {
        DocumentController controller;
        QAbstractItemModelTester edgesTester(
            controller.edges(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        controller.setDocument(topograph::testing_support::everyKindDocument(), QString());
        QCOMPARE(controller.status(), DocumentController::Status::Ready);
        QStringList kinds;
        for (int row = 0; row < controller.edges()->count(); ++row) {
            kinds << controller.edges()->index(row).data(topograph::EdgeModel::KindRole).toString();
        }
        for (const char* kind : {"route", "peering", "attachment", "vpn"}) {
            QVERIFY2(kinds.contains(QLatin1String(kind)), kind);
        }
        // Moving the peer VPC moves the end of its attachment line, and only that data changes.
        QSignalSpy edgeChanged(controller.edges(), &QAbstractItemModel::dataChanged);
        QSignalSpy edgeReset(controller.edges(), &QAbstractItemModel::modelReset);
        QVERIFY(controller.moveItem(QStringLiteral("vpc-peer"), 0, 40));
        QVERIFY(!edgeChanged.isEmpty());
        QVERIFY(edgeReset.isEmpty());
    }
};

QTEST_GUILESS_MAIN(DocumentControllerTest)
#include "document_controller_test.moc"
