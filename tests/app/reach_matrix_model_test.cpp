// SPDX-License-Identifier: Apache-2.0
// The reachability matrix as the Matrix tab uses it: on the three-tier example every cell agrees
// with core's reach() for that pair, a live matrix follows an edit that breaks the DB's NACL,
// and a generated M model (1,500 workloads) is computed off the GUI thread.
#include "app/document_controller.h"
#include "app/reach/reach_matrix_model.h"
#include "core/reach/reach.h"
#include "synthetic_network.h"

#include <algorithm>
#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using topograph::DocumentController;
using topograph::ReachMatrixModel;

namespace {

void openExample(DocumentController& controller) {
    QVERIFY(controller.open(
        QUrl::fromLocalFile(QStringLiteral(TOPOGRAPH_EXAMPLES_DIR "/three-tier-web.yaml"))));
}

int positionOf(const ReachMatrixModel& matrix, const QString& id) {
    for (int position = 0; position < matrix.workloadCount(); ++position) {
        if (matrix.workloadId(position) == id) {
            return position;
        }
    }
    return -1;
}

QVariant cell(const ReachMatrixModel& matrix, const QString& from, const QString& to,
              ReachMatrixModel::Role role) {
    return matrix.data(matrix.index(positionOf(matrix, from), positionOf(matrix, to)), role);
}

topograph::reach::ReachAnswer askCore(const topograph::Document& document, const QString& from,
                                      const QString& to, int port) {
    topograph::reach::ReachQuery query;
    query.source = from.toStdString();
    query.destination = to.toStdString();
    query.protocol = topograph::IpProtocol{topograph::IpProtocol::Tcp};
    query.port = port;
    return topograph::reach::reach(document, query);
}

/// The DB subnets' ACL without its outbound rule for the responses on ephemeral ports.
topograph::Resource dbAclWithoutEphemeralOutbound(const topograph::Document& document) {
    topograph::Resource acl = *document.find("db-nacl");
    std::erase_if(acl.as<topograph::NetworkAcl>()->entries, [](const topograph::NaclEntry& entry) {
        return entry.egress && entry.ports && entry.ports->from == 1024;
    });
    return acl;
}

} // namespace

class ReachMatrixModelTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void everyCellAgreesWithCoreReach() {
        DocumentController controller;
        openExample(controller);
        ReachMatrixModel matrix;
        QAbstractItemModelTester tester(&matrix,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        matrix.setController(&controller);
        matrix.setProtocol(QStringLiteral("tcp"));
        matrix.setPort(5432);
        QSignalSpy results(&matrix, &ReachMatrixModel::resultChanged);
        matrix.compute();
        // Small models are answered at once, on the GUI thread.
        QVERIFY(!matrix.computing());
        QCOMPARE(results.count(), 1);
        QCOMPARE(matrix.errorString(), QString());
        QCOMPARE(matrix.resultPort(), 5432);
        QCOMPARE(matrix.resultProtocol(), QStringLiteral("tcp"));

        QCOMPARE(matrix.workloadCount(), 4);
        QCOMPARE(matrix.rowCount(), 4);
        QCOMPARE(matrix.columnCount(), 4);
        int reachable = 0;
        for (int from = 0; from < matrix.rowCount(); ++from) {
            QCOMPARE(
                matrix.headerData(from, Qt::Vertical, Qt::DisplayRole).toString(),
                QString::fromStdString(
                    controller.document().find(matrix.workloadId(from).toStdString())->label()));
            for (int to = 0; to < matrix.columnCount(); ++to) {
                const QModelIndex index = matrix.index(from, to);
                if (from == to) {
                    QVERIFY(index.data(ReachMatrixModel::SelfRole).toBool());
                    QVERIFY(!index.data(ReachMatrixModel::ReachableRole).toBool());
                    continue;
                }
                const auto answer = askCore(controller.document(), matrix.workloadId(from),
                                            matrix.workloadId(to), 5432);
                QCOMPARE(index.data(ReachMatrixModel::ReachableRole).toBool(), answer.reachable);
                QCOMPARE(index.data(ReachMatrixModel::CodeRole).toString(),
                         QString::fromStdString(answer.code));
                QCOMPARE(index.data(ReachMatrixModel::SourceRole).toString(),
                         matrix.workloadId(from));
                QCOMPARE(index.data(ReachMatrixModel::DestinationRole).toString(),
                         matrix.workloadId(to));
                reachable += answer.reachable ? 1 : 0;
            }
        }
        QCOMPARE(matrix.summary(), QStringLiteral("%1 of %2 pairs reachable")
                                       .arg(QLocale().toString(reachable), QLocale().toString(12)));

        // What `topograph-cli reach three-tier-web.yaml --matrix --port 5432` reports.
        QVERIFY(cell(matrix, "app-instance-a", "db", ReachMatrixModel::ReachableRole).toBool());
        QVERIFY(cell(matrix, "app-instance-b", "db", ReachMatrixModel::ReachableRole).toBool());
        QVERIFY(!cell(matrix, "alb", "db", ReachMatrixModel::ReachableRole).toBool());
        QCOMPARE(cell(matrix, "alb", "db", ReachMatrixModel::CodeRole).toString(),
                 QStringLiteral("SG_EGRESS_DENIED"));
        QCOMPARE(cell(matrix, "alb", "db", ReachMatrixModel::LabelRole).toString(),
                 QStringLiteral("SG out"));
        QVERIFY(!cell(matrix, "alb", "db", ReachMatrixModel::MeaningRole).toString().isEmpty());
        QCOMPARE(cell(matrix, "app-instance-a", "db", ReachMatrixModel::CodeRole).toString(),
                 QString());
        QCOMPARE(matrix.summary(), QStringLiteral("2 of 12 pairs reachable"));
    }

    void badPortIsRefusedWithAReason() {
        DocumentController controller;
        openExample(controller);
        ReachMatrixModel matrix;
        matrix.setController(&controller);
        matrix.setPort(70000);
        matrix.compute();
        QVERIFY(matrix.errorString().contains(QStringLiteral("0 to 65535")));
        QCOMPARE(matrix.rowCount(), 0);
        matrix.setPort(5432);
        matrix.setProtocol(QStringLiteral("sctp"));
        matrix.compute();
        QVERIFY(matrix.errorString().contains(QStringLiteral("sctp")));
    }

    void liveMatrixFollowsAnEditAndAStaleOneIsCleared() {
        DocumentController controller;
        openExample(controller);
        ReachMatrixModel matrix;
        QAbstractItemModelTester tester(&matrix,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        matrix.setController(&controller);
        matrix.setPort(5432);
        matrix.setLive(true);
        matrix.compute();
        QVERIFY(cell(matrix, "app-instance-a", "db", ReachMatrixModel::ReachableRole).toBool());

        QVERIFY(controller.replaceResource(dbAclWithoutEphemeralOutbound(controller.document()),
                                           QStringLiteral("Break the DB NACL")));
        for (const QString& app :
             {QStringLiteral("app-instance-a"), QStringLiteral("app-instance-b")}) {
            QVERIFY(!cell(matrix, app, "db", ReachMatrixModel::ReachableRole).toBool());
            const QString code = cell(matrix, app, "db", ReachMatrixModel::CodeRole).toString();
            QCOMPARE(code,
                     QString::fromStdString(askCore(controller.document(), app, "db", 5432).code));
            QVERIFY(code.startsWith(QStringLiteral("NACL_")));
        }
        QCOMPARE(matrix.summary(), QStringLiteral("0 of 12 pairs reachable"));

        controller.undo();
        QVERIFY(cell(matrix, "app-instance-a", "db", ReachMatrixModel::ReachableRole).toBool());

        // Not live: the answer described the network before the edit, so it goes.
        matrix.setLive(false);
        controller.redo();
        QCOMPARE(matrix.rowCount(), 0);
        QCOMPARE(matrix.summary(), QString());
    }

    void largeModelIsComputedOffTheGuiThread() {
        DocumentController controller;
        controller.setDocument(
            topograph::bench::generateNetwork(topograph::bench::NetworkShape::medium()), QString());
        ReachMatrixModel matrix;
        matrix.setController(&controller);
        matrix.setPort(443);
        QSignalSpy results(&matrix, &ReachMatrixModel::resultChanged);
        QSignalSpy computing(&matrix, &ReachMatrixModel::computingChanged);

        matrix.compute();
        // compute() only started the worker: nothing is answered yet.
        QVERIFY(matrix.computing());
        QCOMPARE(results.count(), 0);
        QCOMPARE(matrix.rowCount(), 0);
        // The GUI thread keeps serving events meanwhile (QTRY_ spins the event loop).
        QTRY_VERIFY_WITH_TIMEOUT(!matrix.computing(), 30000);
        QCOMPARE(computing.count(), 2);
        QCOMPARE(results.count(), 1);
        QCOMPARE(matrix.errorString(), QString());
        QVERIFY(matrix.workloadCount() > 1000);
        QCOMPARE(matrix.rowCount(), matrix.workloadCount());

        // Spot checks against core's reach() for single pairs.
        const int last = matrix.workloadCount() - 1;
        for (const auto& [from, to] : {std::pair{0, 1}, std::pair{0, last}, std::pair{last, 0},
                                       std::pair{last / 2, last / 3}}) {
            const auto answer =
                askCore(controller.document(), matrix.workloadId(from), matrix.workloadId(to), 443);
            const QModelIndex index = matrix.index(from, to);
            QCOMPARE(index.data(ReachMatrixModel::ReachableRole).toBool(), answer.reachable);
            QCOMPARE(index.data(ReachMatrixModel::CodeRole).toString(),
                     QString::fromStdString(answer.code));
        }
    }

    void destroyingTheModelWhileComputingIsSafe() {
        DocumentController controller;
        controller.setDocument(
            topograph::bench::generateNetwork(topograph::bench::NetworkShape::medium()), QString());
        auto matrix = std::make_unique<ReachMatrixModel>();
        matrix->setController(&controller);
        matrix->compute();
        QVERIFY(matrix->computing());
        matrix.reset();
        // The worker's posted result must not reach the destroyed model.
        QTest::qWait(50);
    }
};

QTEST_MAIN(ReachMatrixModelTest)
#include "reach_matrix_model_test.moc"
