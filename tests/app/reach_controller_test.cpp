// SPDX-License-Identifier: Apache-2.0
// The reachability tool as the panel drives it, on the bundled three-tier example: a reachable
// query with its hops, a blocked one with its code, a pinned query that follows edits and
// undo, and the path drawn between the items it crosses.
#include "app/document_controller.h"
#include "app/reach/reach_controller.h"
#include "core/reach/reach.h"

#include <algorithm>
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using topograph::DocumentController;
using topograph::ReachController;
using topograph::ReachHopsModel;
using topograph::ReachPathModel;

namespace {

void openExample(DocumentController& controller) {
    QVERIFY(controller.open(
        QUrl::fromLocalFile(QStringLiteral(TOPOGRAPH_EXAMPLES_DIR "/three-tier-web.yaml"))));
}

void ask(ReachController& reach, const QString& source, const QString& destination, int port) {
    reach.setSource(source);
    reach.setDestination(destination);
    reach.setProtocol(QStringLiteral("tcp"));
    reach.setPort(port);
    reach.run();
}

QVariant hopData(ReachController& reach, int row, ReachHopsModel::Role role) {
    return reach.hops()->data(reach.hops()->index(row), role);
}

topograph::reach::ReachQuery tcpQuery(const std::string& source, const std::string& destination,
                                      int port) {
    topograph::reach::ReachQuery query;
    query.source = source;
    query.destination = destination;
    query.protocol = topograph::IpProtocol{topograph::IpProtocol::Tcp};
    query.port = port;
    return query;
}

QVariant segmentData(ReachController& reach, int row, ReachPathModel::Role role) {
    return reach.path()->data(reach.path()->index(row), role);
}

/// The DB subnets' ACL without its outbound rule for the responses on ephemeral ports.
topograph::Resource dbAclWithoutEphemeralOutbound(const topograph::Document& document) {
    topograph::Resource acl = *document.find("db-nacl");
    std::erase_if(acl.as<topograph::NetworkAcl>()->entries, [](const topograph::NaclEntry& entry) {
        return entry.egress && entry.ports && entry.ports->from == 1024;
    });
    return acl;
}

/// The DB subnets' ACL loses every rule: AWS then denies everything both ways.
void emptyDbAcl(DocumentController& controller) {
    topograph::Resource emptied = *controller.document().find("db-nacl");
    emptied.as<topograph::NetworkAcl>()->entries.clear();
    QVERIFY(controller.replaceResource(emptied, QStringLiteral("Remove rules")));
}

} // namespace

class ReachControllerTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void reachableQueryListsTheEngineHops() {
        DocumentController controller;
        openExample(controller);
        ReachController reach;
        QAbstractItemModelTester hopsTester(reach.hops(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester pathTester(reach.path(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        reach.setController(&controller);
        // The boxes offer "id — label"; the id before the dash is what is asked.
        const QStringList choices = reach.endpointChoices();
        const auto appChoice = std::find_if(choices.begin(), choices.end(), [](const QString& c) {
            return c.startsWith(QStringLiteral("app-instance-a "));
        });
        QVERIFY(appChoice != choices.end());
        QVERIFY(appChoice->contains(QStringLiteral("App server A")));
        QVERIFY(choices.contains(QStringLiteral("internet — the internet")));
        QVERIFY(!std::any_of(choices.begin(), choices.end(), [](const QString& c) {
            return c.startsWith(QStringLiteral("db-nacl"));
        }));

        ask(reach, *appChoice, QStringLiteral("db"), 5432);
        QCOMPARE(reach.errorString(), QString());
        QCOMPARE(reach.verdict(), QStringLiteral("reachable"));
        QCOMPARE(reach.blockingCode(), QString());
        QVERIFY2(reach.summary().contains(QStringLiteral("App server A")),
                 qPrintable(reach.summary()));

        const auto expected =
            topograph::reach::reach(controller.document(), tcpQuery("app-instance-a", "db", 5432));
        QCOMPARE(reach.hops()->count(), static_cast<int>(expected.hops.size()));
        QVERIFY(reach.hops()->count() > 0);
        for (int row = 0; row < reach.hops()->count(); ++row) {
            const auto& hop = expected.hops[static_cast<std::size_t>(row)];
            QCOMPARE(hopData(reach, row, ReachHopsModel::DirectionRole).toString().toStdString(),
                     hop.direction);
            QCOMPARE(hopData(reach, row, ReachHopsModel::ComponentIdRole).toString().toStdString(),
                     hop.component);
            QCOMPARE(hopData(reach, row, ReachHopsModel::DetailRole).toString().toStdString(),
                     hop.detail);
            QVERIFY(hopData(reach, row, ReachHopsModel::AllowedRole).toBool());
        }
        QCOMPARE(hopData(reach, 0, ReachHopsModel::DirectionRole).toString(),
                 QStringLiteral("request"));
        QCOMPARE(
            hopData(reach, reach.hops()->count() - 1, ReachHopsModel::DirectionRole).toString(),
            QStringLiteral("response"));
        // The security group shows on the workload that carries it, the ACL on its subnet.
        QCOMPARE(hopData(reach, 0, ReachHopsModel::AnchorIdRole).toString(),
                 QStringLiteral("app-instance-a"));
        QCOMPARE(hopData(reach, 1, ReachHopsModel::AnchorIdRole).toString(),
                 QStringLiteral("app-a"));
        QVERIFY(!reach.path()->hasBlocked());
    }

    void internetToAPrivateInstanceIsBlockedWithItsCode() {
        DocumentController controller;
        openExample(controller);
        ReachController reach;
        reach.setController(&controller);
        ask(reach, QStringLiteral("internet"), QStringLiteral("app-instance-a"), 443);
        const auto expected = topograph::reach::reach(controller.document(),
                                                      tcpQuery("internet", "app-instance-a", 443));
        QVERIFY(!expected.reachable);
        QCOMPARE(reach.verdict(), QStringLiteral("blocked"));
        QCOMPARE(reach.blockingCode(), QStringLiteral("NO_PUBLIC_IP"));
        QCOMPARE(reach.raCode().toStdString(), expected.raCode);
        QCOMPARE(reach.blockedAt(), QStringLiteral("app-instance-a"));
        QVERIFY(!reach.explanation().isEmpty());
        QVERIFY(!reach.fix().isEmpty());
        // The blocking check is the last hop row, and its item is outlined on the canvas.
        const int last = reach.hops()->count() - 1;
        QVERIFY(last >= 0);
        QVERIFY(!hopData(reach, last, ReachHopsModel::AllowedRole).toBool());
        QVERIFY(hopData(reach, last, ReachHopsModel::DetailRole)
                    .toString()
                    .contains(QStringLiteral("NO_PUBLIC_IP")));
        QVERIFY(reach.path()->hasBlocked());
        QCOMPARE(reach.path()->blockedRect(),
                 controller.items()->rectOf(QStringLiteral("app-instance-a")));
        QCOMPARE(reach.path()->blockedCode(), QStringLiteral("NO_PUBLIC_IP"));
    }

    void pinnedQueryFollowsEditsAndUndo() {
        DocumentController controller;
        openExample(controller);
        ReachController reach;
        reach.setController(&controller);
        reach.setPinned(true);
        ask(reach, QStringLiteral("app-instance-a"), QStringLiteral("db"), 5432);
        QCOMPARE(reach.verdict(), QStringLiteral("reachable"));

        QSignalSpy answered(&reach, &ReachController::answerChanged);
        const topograph::Resource edited = dbAclWithoutEphemeralOutbound(controller.document());
        QCOMPARE(edited.as<topograph::NetworkAcl>()->entries.size() + 1,
                 controller.document().findAs<topograph::NetworkAcl>("db-nacl")->entries.size());
        QVERIFY(controller.replaceResource(edited, QStringLiteral("Remove rule")));
        QVERIFY(answered.count() > 0);
        QCOMPARE(reach.verdict(), QStringLiteral("blocked"));
        QCOMPARE(reach.blockingCode(), QStringLiteral("NACL_RETURN_DENIED"));
        QCOMPARE(reach.blockedAt(), QStringLiteral("db-nacl"));
        const int last = reach.hops()->count() - 1;
        QCOMPARE(hopData(reach, last, ReachHopsModel::ComponentIdRole).toString(),
                 QStringLiteral("db-nacl"));
        QCOMPARE(hopData(reach, last, ReachHopsModel::DirectionRole).toString(),
                 QStringLiteral("response"));
        QVERIFY(!hopData(reach, last, ReachHopsModel::AllowedRole).toBool());
        // The ACL is drawn on the DB's subnet, and the way back into it is red.
        QCOMPARE(reach.path()->blockedId(), QStringLiteral("db-a"));
        bool redResponse = false;
        for (int row = 0; row < reach.path()->count(); ++row) {
            redResponse =
                redResponse || (!segmentData(reach, row, ReachPathModel::AllowedRole).toBool() &&
                                segmentData(reach, row, ReachPathModel::IsResponseRole).toBool());
        }
        QVERIFY(redResponse);

        controller.undo();
        QCOMPARE(reach.verdict(), QStringLiteral("reachable"));
        QVERIFY(!reach.path()->hasBlocked());
    }

    void aBrokenAclIsFixedInOneClickAndOneUndo() {
        DocumentController controller;
        openExample(controller);
        ReachController reach;
        reach.setController(&controller);
        emptyDbAcl(controller);
        const topograph::Document broken = controller.document();

        ask(reach, QStringLiteral("app-instance-a"), QStringLiteral("db"), 5432);
        QCOMPARE(reach.verdict(), QStringLiteral("blocked"));
        QCOMPARE(reach.blockingCode(), QStringLiteral("NACL_INBOUND_DENIED"));
        QVERIFY(reach.canApplyFix());
        QVERIFY(reach.appliedFix().isEmpty());

        QVERIFY(reach.applyFix());
        // The request's rule and the response's rule, and the path is open.
        QCOMPARE(reach.verdict(), QStringLiteral("reachable"));
        QCOMPARE(reach.appliedFix().size(), 2);
        QVERIFY2(reach.appliedFix().at(0).contains(QStringLiteral("inbound")),
                 qPrintable(reach.appliedFix().at(0)));
        QVERIFY2(reach.appliedFix().at(1).contains(QStringLiteral("1024-65535")),
                 qPrintable(reach.appliedFix().at(1)));
        QVERIFY(!reach.canApplyFix());
        QVERIFY(
            controller.undoText().startsWith(QStringLiteral("Open tcp/5432 from App server A")));

        // One undo step takes both rules away.
        controller.undo();
        QVERIFY(controller.document() == broken);
        reach.run();
        QCOMPARE(reach.verdict(), QStringLiteral("blocked"));
        QVERIFY(reach.appliedFix().isEmpty());
    }

    void applyFixOpensTheQuestionAnsweredNotTheBoxesEditedSince() {
        DocumentController controller;
        openExample(controller);
        ReachController reach;
        reach.setController(&controller);
        emptyDbAcl(controller);
        ask(reach, QStringLiteral("app-instance-a"), QStringLiteral("db"), 5432);
        QVERIFY(reach.canApplyFix());

        reach.setPort(5433); // typed, not checked: the fix on screen is still for 5432
        QVERIFY(reach.applyFix());
        QVERIFY2(controller.undoText().startsWith(QStringLiteral("Open tcp/5432 ")),
                 qPrintable(controller.undoText()));
        QCOMPARE(reach.verdict(), QStringLiteral("reachable"));
        QVERIFY(reach.summary().contains(QStringLiteral("5432")));
    }

    void aBlockThatNeedsTheDesignerOffersNoButton() {
        DocumentController controller;
        openExample(controller);
        ReachController reach;
        reach.setController(&controller);
        ask(reach, QStringLiteral("internet"), QStringLiteral("app-instance-a"), 443);
        QCOMPARE(reach.blockingCode(), QStringLiteral("NO_PUBLIC_IP"));
        QVERIFY(!reach.canApplyFix());
        QVERIFY(!reach.applyFix());
    }

    void unpinnedAnswerIsClearedByAnEdit() {
        DocumentController controller;
        openExample(controller);
        ReachController reach;
        reach.setController(&controller);
        ask(reach, QStringLiteral("app-instance-a"), QStringLiteral("db"), 5432);
        QCOMPARE(reach.verdict(), QStringLiteral("reachable"));
        QVERIFY(controller.replaceResource(dbAclWithoutEphemeralOutbound(controller.document()),
                                           QStringLiteral("Remove rule")));
        QCOMPARE(reach.verdict(), QString());
        QCOMPARE(reach.hops()->count(), 0);
        QCOMPARE(reach.path()->count(), 0);
    }

    void pathSegmentsJoinTheDrawnItemsAndFollowMoves() {
        DocumentController controller;
        openExample(controller);
        ReachController reach;
        reach.setController(&controller);
        ask(reach, QStringLiteral("app-instance-a"), QStringLiteral("internet"), 443);
        QCOMPARE(reach.verdict(), QStringLiteral("reachable"));
        const auto segmentsInsideTheirItems = [&] {
            QVERIFY(reach.path()->count() > 0);
            bool response = false;
            for (int row = 0; row < reach.path()->count(); ++row) {
                const QString from = segmentData(reach, row, ReachPathModel::FromIdRole).toString();
                const QString to = segmentData(reach, row, ReachPathModel::ToIdRole).toString();
                QVERIFY(from != to);
                const QPointF start(segmentData(reach, row, ReachPathModel::X1Role).toDouble(),
                                    segmentData(reach, row, ReachPathModel::Y1Role).toDouble());
                const QPointF end(segmentData(reach, row, ReachPathModel::X2Role).toDouble(),
                                  segmentData(reach, row, ReachPathModel::Y2Role).toDouble());
                QVERIFY2(controller.items()->rectOf(from).contains(start), qPrintable(from));
                QVERIFY2(controller.items()->rectOf(to).contains(end), qPrintable(to));
                // A hop on a subnet (its route table, its ACL) meets it in its title band,
                // not at its centre, where one of its children may sit.
                if (controller.items()->isContainer(to)) {
                    QVERIFY2(end.y() - controller.items()->rectOf(to).top() <= 36, qPrintable(to));
                }
                QVERIFY(segmentData(reach, row, ReachPathModel::AllowedRole).toBool());
                response =
                    response || segmentData(reach, row, ReachPathModel::IsResponseRole).toBool();
            }
            QVERIFY(response);
        };
        segmentsInsideTheirItems();
        // The NAT gateway the packet leaves through is one of the stops.
        bool throughNat = false;
        for (int row = 0; row < reach.path()->count(); ++row) {
            throughNat =
                throughNat || segmentData(reach, row, ReachPathModel::ToIdRole).toString() ==
                                  QStringLiteral("nat-a");
        }
        QVERIFY(throughNat);
        // A move is no change of the network: the answer stays, the lines follow the items.
        const double before = segmentData(reach, 0, ReachPathModel::X1Role).toDouble();
        QVERIFY(controller.moveItem(QStringLiteral("region"), 80, 0));
        QCOMPARE(reach.verdict(), QStringLiteral("reachable"));
        QCOMPARE(segmentData(reach, 0, ReachPathModel::X1Role).toDouble(), before + 80);
        segmentsInsideTheirItems();
    }

    void aQuestionThatCannotBeAskedSaysWhy() {
        DocumentController controller;
        openExample(controller);
        ReachController reach;
        reach.setController(&controller);
        ask(reach, QStringLiteral("no-such-server"), QStringLiteral("db"), 5432);
        QCOMPARE(reach.verdict(), QString());
        QVERIFY2(reach.errorString().contains(QStringLiteral("no-such-server")),
                 qPrintable(reach.errorString()));
        // A security group is in the model but is no endpoint: the engine's sentence is shown.
        ask(reach, QStringLiteral("db-sg"), QStringLiteral("db"), 5432);
        QCOMPARE(reach.verdict(), QString());
        QVERIFY(!reach.errorString().isEmpty());
        ask(reach, QString(), QStringLiteral("db"), 5432);
        QVERIFY(!reach.errorString().isEmpty());
    }
};

QTEST_MAIN(ReachControllerTest)
#include "reach_controller_test.moc"
