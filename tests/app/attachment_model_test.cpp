// SPDX-License-Identifier: Apache-2.0
// The chips of route tables, ACLs and security groups on the canvas: one per table, ACL and
// group that applies to a subnet or workload, on its owner, following edits and undo, and only
// those in view as rows.
#include "app/attachment_model.h"
#include "app/document_controller.h"

#include <QAbstractItemModelTester>
#include <QStandardPaths>
#include <QTest>

using topograph::AttachmentModel;
using topograph::DocumentController;

namespace {

/// attachedId of the chip of `kind` on `owner`, or "" when it has none.
QString chipOf(const AttachmentModel& model, const QString& owner, const QString& kind) {
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row);
        if (index.data(AttachmentModel::OwnerIdRole).toString() == owner &&
            index.data(AttachmentModel::KindRole).toString() == kind) {
            return index.data(AttachmentModel::AttachedIdRole).toString();
        }
    }
    return {};
}

QRectF chipRect(const AttachmentModel& model, const QString& owner, const QString& kind) {
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row);
        if (index.data(AttachmentModel::OwnerIdRole).toString() == owner &&
            index.data(AttachmentModel::KindRole).toString() == kind) {
            return {index.data(AttachmentModel::ChipXRole).toDouble(),
                    index.data(AttachmentModel::ChipYRole).toDouble(),
                    index.data(AttachmentModel::ChipWidthRole).toDouble(),
                    index.data(AttachmentModel::ChipHeightRole).toDouble()};
        }
    }
    return {};
}

} // namespace

class AttachmentModelTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void everySubnetAndWorkloadShowsWhatAppliesToIt() {
        DocumentController controller;
        AttachmentModel& chips = *controller.attachments();
        QAbstractItemModelTester tester(&chips,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(controller.open(
            QUrl::fromLocalFile(QStringLiteral(TOPOGRAPH_EXAMPLES_DIR "/three-tier-web.yaml"))));
        // 6 subnets with a route table and an ACL each; 4 workloads with one group each.
        QCOMPARE(chips.totalCount(), 6 * 2 + 4);
        QCOMPARE(chipOf(chips, QStringLiteral("db-a"), QStringLiteral("network-acl")),
                 QStringLiteral("db-nacl"));
        QCOMPARE(chipOf(chips, QStringLiteral("db-a"), QStringLiteral("route-table")),
                 QStringLiteral("db-rt"));
        QCOMPARE(chipOf(chips, QStringLiteral("app-a"), QStringLiteral("route-table")),
                 QStringLiteral("app-rt-a"));
        QCOMPARE(chipOf(chips, QStringLiteral("db"), QStringLiteral("security-group")),
                 QStringLiteral("db-sg"));
        // On its owner: a subnet's chips sit on its bottom border, inside its width.
        const QRectF subnet = controller.items()->rectOf(QStringLiteral("db-a"));
        const QRectF acl = chipRect(chips, QStringLiteral("db-a"), QStringLiteral("network-acl"));
        QVERIFY(acl.left() >= subnet.left() && acl.right() <= subnet.right());
        QVERIFY(acl.top() < subnet.bottom() && acl.bottom() > subnet.bottom());
        const QRectF workload = controller.items()->rectOf(QStringLiteral("db"));
        QVERIFY(workload.contains(
            chipRect(chips, QStringLiteral("db"), QStringLiteral("security-group")).center()));
    }

    void chipsFollowEditsMovesAndUndo() {
        DocumentController controller;
        AttachmentModel& chips = *controller.attachments();
        QVERIFY(controller.open(
            QUrl::fromLocalFile(QStringLiteral(TOPOGRAPH_EXAMPLES_DIR "/three-tier-web.yaml"))));
        topograph::Resource subnet = *controller.document().find("db-a");
        subnet.as<topograph::Subnet>()->networkAcl = "app-nacl";
        QVERIFY(controller.replaceResource(subnet, QStringLiteral("Use the app ACL")));
        QCOMPARE(chipOf(chips, QStringLiteral("db-a"), QStringLiteral("network-acl")),
                 QStringLiteral("app-nacl"));
        controller.undo();
        QCOMPARE(chipOf(chips, QStringLiteral("db-a"), QStringLiteral("network-acl")),
                 QStringLiteral("db-nacl"));

        const QRectF before =
            chipRect(chips, QStringLiteral("db"), QStringLiteral("security-group"));
        QVERIFY(controller.moveItem(QStringLiteral("db"), 20, 0));
        const QRectF after =
            chipRect(chips, QStringLiteral("db"), QStringLiteral("security-group"));
        QCOMPARE(after.x(), before.x() + 20);

        QVERIFY(controller.deleteItem(QStringLiteral("db")));
        QCOMPARE(chipOf(chips, QStringLiteral("db"), QStringLiteral("security-group")), QString());
        controller.undo();
        QCOMPARE(chipOf(chips, QStringLiteral("db"), QStringLiteral("security-group")),
                 QStringLiteral("db-sg"));
    }

    void onlyChipsInViewAreRows() {
        DocumentController controller;
        AttachmentModel& chips = *controller.attachments();
        QVERIFY(controller.open(
            QUrl::fromLocalFile(QStringLiteral(TOPOGRAPH_EXAMPLES_DIR "/three-tier-web.yaml"))));
        const int all = chips.rowCount();
        QCOMPARE(all, chips.totalCount());
        const QRectF subnet = controller.items()->rectOf(QStringLiteral("db-a"));
        chips.setVisibleRect(subnet.adjusted(0, subnet.height() / 2, 0, 20));
        QVERIFY(chips.rowCount() >= 2);
        QVERIFY(chips.rowCount() < all);
        QCOMPARE(chipOf(chips, QStringLiteral("db-a"), QStringLiteral("network-acl")),
                 QStringLiteral("db-nacl"));
        QCOMPARE(chipOf(chips, QStringLiteral("db"), QStringLiteral("security-group")), QString());
        chips.setVisibleRect({});
        QCOMPARE(chips.rowCount(), all);
    }
};

QTEST_MAIN(AttachmentModelTest)
#include "attachment_model_test.moc"
