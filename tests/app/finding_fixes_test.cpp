// SPDX-License-Identifier: Apache-2.0
// The findings panel's one-click fixes, as the user meets them: the three-tier example with the
// database NACL's response rule removed shows NACL_EPHEMERAL_BLOCKED with a fix button; the fix
// is one undo step that removes the finding, and undo brings the finding back. Emptying that
// ACL instead shows ALLOWED_FLOW_BLOCKED, whose fix opens the app tier's path in both zones.
#include "app/document_controller.h"
#include "core/reach/reach.h"

#include <QAbstractItemModelTester>
#include <QStandardPaths>
#include <QTest>

using topograph::DocumentController;
using topograph::FindingsModel;

namespace {

/// The row of the finding with `code` about `resource` (its first resource), or -1.
int rowOf(DocumentController& controller, const std::string& code, const std::string& resource) {
    const auto& findings = controller.findings()->findings();
    for (std::size_t row = 0; row < findings.size(); ++row) {
        if (findings[row].code == code && !findings[row].resources.empty() &&
            findings[row].resources.front() == resource) {
            return static_cast<int>(row);
        }
    }
    return -1;
}

QString fixLabelAt(DocumentController& controller, int row) {
    FindingsModel* model = controller.findings();
    return model->data(model->index(row), FindingsModel::FixLabelRole).toString();
}

bool appReachesDatabase(const DocumentController& controller) {
    const topograph::reach::ReachQuery query{
        .source = "app-instance-a", .destination = "db", .port = 5432};
    return topograph::reach::reach(controller.document(), query).reachable;
}

/// Opens the three-tier example and removes the database NACL's outbound (response) rules.
void openWithBrokenDatabaseNacl(DocumentController& controller) {
    QVERIFY(controller.openFile(QStringLiteral(TOPOGRAPH_EXAMPLES_DIR "/three-tier-web.yaml")));
    QVERIFY(appReachesDatabase(controller));
    topograph::Resource acl = *controller.document().find("db-nacl");
    std::erase_if(acl.as<topograph::NetworkAcl>()->entries,
                  [](const topograph::NaclEntry& entry) { return entry.egress; });
    QVERIFY(controller.replaceResource(acl, QStringLiteral("Remove DB responses")));
    QVERIFY(!appReachesDatabase(controller));
}

} // namespace

class FindingFixesTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void fixIsOneUndoableStep() {
        DocumentController controller;
        QAbstractItemModelTester tester(controller.findings(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        openWithBrokenDatabaseNacl(controller);
        if (QTest::currentTestFailed()) {
            return;
        }
        const int row = rowOf(controller, "NACL_EPHEMERAL_BLOCKED", "db-nacl");
        QVERIFY(row >= 0);
        const QString label = fixLabelAt(controller, row);
        QCOMPARE(label, QStringLiteral("Add outbound NACL rule 100: allow tcp 1024-65535 to "
                                       "10.0.10.0/23"));
        QVERIFY(controller.findings()->roleNames().values().contains("fixLabel"));

        QVERIFY(controller.applyFix(row));
        QCOMPARE(controller.undoText(), label);
        QCOMPARE(rowOf(controller, "NACL_EPHEMERAL_BLOCKED", "db-nacl"), -1);
        QVERIFY(appReachesDatabase(controller));

        controller.undo();
        QVERIFY(rowOf(controller, "NACL_EPHEMERAL_BLOCKED", "db-nacl") >= 0);
        QVERIFY(!appReachesDatabase(controller));
        QCOMPARE(controller.undoText(), QStringLiteral("Remove DB responses"));

        controller.redo();
        QCOMPARE(rowOf(controller, "NACL_EPHEMERAL_BLOCKED", "db-nacl"), -1);
        QVERIFY(appReachesDatabase(controller));
    }

    void panelButtonRequestsTheFix() {
        // The QML button calls requestFix on the model; the controller applies it.
        DocumentController controller;
        openWithBrokenDatabaseNacl(controller);
        if (QTest::currentTestFailed()) {
            return;
        }
        const int row = rowOf(controller, "NACL_EPHEMERAL_BLOCKED", "db-nacl");
        QVERIFY(row >= 0);
        controller.findings()->requestFix(row);
        QCOMPARE(rowOf(controller, "NACL_EPHEMERAL_BLOCKED", "db-nacl"), -1);
        QVERIFY(controller.canUndo());
    }

    void emptiedAclIsAFindingThatOneClickOpens() {
        // The "done when": break the database's ACL, see why in the findings, fix it
        // with one click. An emptied ACL denies everything, so the app tier's PostgreSQL
        // traffic, which the database's group admits, is blocked in both zones.
        DocumentController controller;
        QVERIFY(controller.openFile(QStringLiteral(TOPOGRAPH_EXAMPLES_DIR "/three-tier-web.yaml")));
        topograph::Resource acl = *controller.document().find("db-nacl");
        acl.as<topograph::NetworkAcl>()->entries.clear();
        QVERIFY(controller.replaceResource(acl, QStringLiteral("Empty the DB ACL")));
        const int row = rowOf(controller, "ALLOWED_FLOW_BLOCKED", "app-instance-a");
        QVERIFY(row >= 0);
        const auto& finding = controller.findings()->findings()[static_cast<std::size_t>(row)];
        QVERIFY(std::find(finding.resources.begin(), finding.resources.end(), "db-nacl") !=
                finding.resources.end());
        const QString label = fixLabelAt(controller, row);
        QCOMPARE(label, QStringLiteral("Open tcp/5432 from App server A and App server B to "
                                       "PostgreSQL database"));

        QVERIFY(controller.applyFix(row));
        QCOMPARE(controller.undoText(), label);
        QCOMPARE(rowOf(controller, "ALLOWED_FLOW_BLOCKED", "app-instance-a"), -1);
        QVERIFY(controller.findings()->findings().empty());
        QVERIFY(appReachesDatabase(controller));

        controller.undo();
        QVERIFY(rowOf(controller, "ALLOWED_FLOW_BLOCKED", "app-instance-a") >= 0);
        QVERIFY(!appReachesDatabase(controller));
    }

    void rowsWithoutAFixOfferNone() {
        DocumentController controller;
        QVERIFY(controller.openFile(QStringLiteral(TOPOGRAPH_EXAMPLES_DIR "/three-tier-web.yaml")));
        // The app instance loses its groups: DEFAULT_SG_IN_USE, which has no automatic fix.
        topograph::Resource instance = *controller.document().find("app-instance-a");
        instance.placement()->securityGroups.clear();
        QVERIFY(controller.replaceResource(instance, QStringLiteral("Drop groups")));
        const int row = rowOf(controller, "DEFAULT_SG_IN_USE", "app-instance-a");
        QVERIFY(row >= 0);
        QCOMPARE(fixLabelAt(controller, row), QString());
        const QString undoText = controller.undoText();
        QVERIFY(!controller.applyFix(row));
        QVERIFY(!controller.applyFix(-1));
        QVERIFY(!controller.applyFix(controller.findings()->count()));
        QCOMPARE(controller.undoText(), undoText);
    }
};

QTEST_MAIN(FindingFixesTest)
#include "finding_fixes_test.moc"
