// SPDX-License-Identifier: Apache-2.0
// An edit reaches the models of the canvas and the inspector as dataChanged of the rows (and
// roles) it changed, never as a reset, and afterwards every row equals what models built afresh
// from the edited document show: the diagram's items (with their badges), the attachment chips
// and the inspector's settings.
#include "app/attachment_model.h"
#include "app/diagram_model.h"
#include "app/document_controller.h"
#include "app/inspector/property_fields_model.h"
#include "core/check/validator.h"
#include "core/layout/layout.h"

#include <functional>
#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using topograph::AttachmentModel;
using topograph::DiagramModel;
using topograph::DocumentController;
using topograph::PropertyFieldsModel;
using topograph::Resource;

namespace {

/// Every row of `model` with every role it names, as QML reads them.
QList<QVariantMap> rowsOf(const QAbstractItemModel& model) {
    QList<QVariantMap> rows;
    const QHash<int, QByteArray> roles = model.roleNames();
    for (int row = 0; row < model.rowCount(); ++row) {
        QVariantMap values;
        for (auto role = roles.begin(); role != roles.end(); ++role) {
            values.insert(QString::fromUtf8(role.value()), model.index(row, 0).data(role.key()));
        }
        rows.append(values);
    }
    return rows;
}

/// The diagram of the controller's document drawn by a new model, badges included.
QList<QVariantMap> freshItems(const DocumentController& controller) {
    DiagramModel fresh;
    fresh.reset(controller.document(), topograph::absoluteGeometry(controller.document()));
    fresh.setFindings(topograph::validate(controller.document()));
    return rowsOf(fresh);
}

QList<QVariantMap> freshChips(const DocumentController& controller) {
    AttachmentModel fresh;
    fresh.update(controller.document(), topograph::absoluteGeometry(controller.document()));
    return rowsOf(fresh);
}

/// The rows and roles of the dataChanged calls in `spy`, leaving out badge-only ones (an edit
/// may also change findings).
QList<QPair<int, QList<int>>> changedRows(const QSignalSpy& spy) {
    QList<QPair<int, QList<int>>> changed;
    for (const QList<QVariant>& call : spy) {
        const QList<int> roles = call.at(2).value<QList<int>>();
        if (roles == QList<int>{DiagramModel::BadgeRole}) {
            continue;
        }
        const int first = call.at(0).toModelIndex().row();
        const int last = call.at(1).toModelIndex().row();
        for (int row = first; row <= last; ++row) {
            changed.append({row, roles});
        }
    }
    return changed;
}

QUrl threeTier() {
    return QUrl::fromLocalFile(QStringLiteral(TOPOGRAPH_EXAMPLES_DIR "/three-tier-web.yaml"));
}

} // namespace

class DiagramUpdatesTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void aCidrEditChangesTheSubnetsSubtitleOnly() {
        DocumentController controller;
        QVERIFY(controller.open(threeTier()));
        DiagramModel& items = *controller.items();
        QAbstractItemModelTester tester(&items,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&items, &DiagramModel::modelReset);
        QSignalSpy changed(&items, &DiagramModel::dataChanged);
        QVERIFY(controller.setSubnetCidr(QStringLiteral("app-b"), QStringLiteral("10.0.12.0/24")));
        QCOMPARE(reset.count(), 0);
        const int row = items.rowOf(QStringLiteral("app-b"));
        QVERIFY(row >= 0);
        const QList<QPair<int, QList<int>>> expected{{row, {DiagramModel::SubtitleRole}}};
        QCOMPARE(changedRows(changed), expected);
        QCOMPARE(items.index(row).data(DiagramModel::SubtitleRole).toString(),
                 QStringLiteral("10.0.12.0/24"));
        QCOMPARE(rowsOf(items), freshItems(controller));

        changed.clear();
        controller.undo();
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changedRows(changed), expected);
        QCOMPARE(rowsOf(items), freshItems(controller));
    }

    void aRouteToTheInternetMakesTheSubnetsPublic() {
        // The edit is the route table's; the rows that change are the subnets using it.
        DocumentController controller;
        QVERIFY(controller.open(threeTier()));
        DiagramModel& items = *controller.items();
        QAbstractItemModelTester tester(&items,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Resource* table = controller.document().find("app-rt-a");
        QVERIFY(table != nullptr);
        Resource after = *table;
        after.as<topograph::RouteTable>()->routes = {
            {"0.0.0.0/0", topograph::RouteTargetKind::InternetGateway, "igw"}};
        QSignalSpy reset(&items, &DiagramModel::modelReset);
        QSignalSpy changed(&items, &DiagramModel::dataChanged);
        QVERIFY(controller.replaceResource(after, QStringLiteral("Route app-a to the internet")));
        QCOMPARE(reset.count(), 0);
        const int row = items.rowOf(QStringLiteral("app-a"));
        const QList<QPair<int, QList<int>>> expected{
            {row, {DiagramModel::IsPublicRole, DiagramModel::IconSourceRole}}};
        QCOMPARE(changedRows(changed), expected);
        QVERIFY(items.index(row).data(DiagramModel::IsPublicRole).toBool());
        QCOMPARE(rowsOf(items), freshItems(controller));
    }

    void chipsStayUntilWhatTheyShowChanges() {
        DocumentController controller;
        QVERIFY(controller.open(threeTier()));
        AttachmentModel& chips = *controller.attachments();
        QAbstractItemModelTester tester(&chips,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&chips, &AttachmentModel::modelReset);
        QVERIFY(controller.setSubnetCidr(QStringLiteral("app-b"), QStringLiteral("10.0.12.0/24")));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(rowsOf(chips), freshChips(controller));

        // Renaming a route table renames its chips, and only the chips tell.
        const Resource* table = controller.document().find("app-rt-a");
        QVERIFY(table != nullptr);
        Resource renamed = *table;
        renamed.name = "Renamed route table";
        QVERIFY(controller.replaceResource(renamed, QStringLiteral("Rename")));
        QCOMPARE(rowsOf(chips), freshChips(controller));
        bool shown = false;
        for (const QVariantMap& row : rowsOf(chips)) {
            shown = shown || row.value(QStringLiteral("name")).toString() ==
                                 QStringLiteral("Route table: Renamed route table");
        }
        QVERIFY(shown);

        controller.undo();
        QCOMPARE(rowsOf(chips), freshChips(controller));
        controller.undo();
        QCOMPARE(rowsOf(chips), freshChips(controller));
    }

    void settingsSignalOnlyTheFieldsThatReadDifferently() {
        DocumentController controller;
        QVERIFY(controller.open(threeTier()));
        PropertyFieldsModel fields;
        fields.setController(&controller);
        fields.setResourceId(QStringLiteral("app-instance-a"));
        QVERIFY(fields.count() > 1);
        QAbstractItemModelTester tester(&fields,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        int changedRows = 0;
        int keptRows = 0;
        const auto check = [&](const std::function<bool()>& edit) {
            const QList<QVariantMap> before = rowsOf(fields);
            QSignalSpy reset(&fields, &PropertyFieldsModel::modelReset);
            QSignalSpy changed(&fields, &PropertyFieldsModel::dataChanged);
            QVERIFY(edit());
            QCOMPARE(reset.count(), 0);
            PropertyFieldsModel fresh;
            fresh.setController(&controller);
            fresh.setResourceId(QStringLiteral("app-instance-a"));
            const QList<QVariantMap> after = rowsOf(fields);
            QCOMPARE(after, rowsOf(fresh));
            QSet<int> signalled;
            for (const QList<QVariant>& call : changed) {
                for (int row = call.at(0).toModelIndex().row();
                     row <= call.at(1).toModelIndex().row(); ++row) {
                    signalled.insert(row);
                }
            }
            for (int row = 0; row < after.size(); ++row) {
                QCOMPARE(signalled.contains(row), before[row] != after[row]);
                ++(signalled.contains(row) ? changedRows : keptRows);
            }
        };
        check([&] {
            return controller.setSubnetCidr(QStringLiteral("db-b"), QStringLiteral("10.0.22.0/24"));
        });
        check([&] {
            return fields.setValue(QStringLiteral("instanceType"), QStringLiteral("t3.large"));
        });
        QVERIFY(changedRows > 0);
        QVERIFY(keptRows > 0);
    }
};

QTEST_MAIN(DiagramUpdatesTest)
#include "diagram_updates_test.moc"
