// SPDX-License-Identifier: Apache-2.0
// The findings panel's model follows an edit by inserting, removing and changing only the rows
// that differ, never by a reset: rows that stay keep their identity (persistent indexes, the
// list view's delegates), and the rows always equal the validator's findings.
#include "app/document_controller.h"
#include "app/findings_model.h"
#include "core/check/validator.h"

#include <algorithm>
#include <numeric>
#include <QAbstractItemModelTester>
#include <QPersistentModelIndex>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using topograph::DocumentController;
using topograph::Finding;
using topograph::FindingsModel;
using topograph::Severity;

namespace {

/// The model's rows as findings (through data(), as the panel reads them).
std::vector<std::pair<QString, QString>> rowsOf(const FindingsModel& model) {
    std::vector<std::pair<QString, QString>> rows;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row);
        rows.emplace_back(index.data(FindingsModel::CodeRole).toString(),
                          index.data(FindingsModel::MessageRole).toString());
    }
    return rows;
}

std::vector<std::pair<QString, QString>> rowsOf(const std::vector<Finding>& findings) {
    FindingsModel fresh;
    fresh.setFindings(findings);
    return rowsOf(fresh);
}

/// Distinct findings: the severities cycle so that the counts change with the rows.
std::vector<Finding> pool(int size) {
    std::vector<Finding> findings;
    for (int i = 0; i < size; ++i) {
        findings.push_back({static_cast<Severity>(i % 3),
                            "CODE_" + std::to_string(i % 7),
                            {"item-" + std::to_string(i)},
                            "finding " + std::to_string(i),
                            "fix " + std::to_string(i)});
    }
    return findings;
}

/// Counts the rows that rowsInserted and rowsRemoved announced.
struct RowSignals {
    explicit RowSignals(const FindingsModel& model)
        : reset(&model, &FindingsModel::modelReset), inserted(&model, &FindingsModel::rowsInserted),
          removed(&model, &FindingsModel::rowsRemoved),
          counted(&model, &FindingsModel::countChanged) {}

    static int rows(const QSignalSpy& spy) {
        int total = 0;
        for (const QList<QVariant>& call : spy) {
            total += call.at(2).toInt() - call.at(1).toInt() + 1;
        }
        return total;
    }

    QSignalSpy reset;
    QSignalSpy inserted;
    QSignalSpy removed;
    QSignalSpy counted;
};

QUrl example(const char* name) {
    return QUrl::fromLocalFile(QStringLiteral(TOPOGRAPH_EXAMPLES_DIR "/") +
                               QString::fromLatin1(name));
}

} // namespace

class FindingsModelTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void anEditAddingOneFindingInsertsOneRowAndUndoRemovesIt() {
        DocumentController controller;
        QVERIFY(controller.open(example("three-tier-web.yaml")));
        FindingsModel& model = *controller.findings();
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // app-b takes app-a's block first, so that rows exist before the edit measured.
        QVERIFY(controller.setSubnetCidr(QStringLiteral("app-b"), QStringLiteral("10.0.10.0/24")));
        const int before = model.count();
        QVERIFY(before > 0);
        // A finding shown before the edit, to follow through it.
        const QPersistentModelIndex last(model.index(before - 1));
        const QString lastMessage = last.data(FindingsModel::MessageRole).toString();

        RowSignals edit(model);
        // public-b takes public-a's block: a second overlap, sorted before the first (public-a
        // comes first in the file), so the row followed moves down by one.
        QVERIFY(
            controller.setSubnetCidr(QStringLiteral("public-b"), QStringLiteral("10.0.0.0/24")));
        QCOMPARE(rowsOf(model), rowsOf(topograph::validate(controller.document())));
        QCOMPARE(model.count(), before + 1);
        QCOMPARE(edit.reset.count(), 0);
        QCOMPARE(edit.inserted.count(), 1);
        QCOMPARE(RowSignals::rows(edit.inserted), 1);
        QCOMPARE(edit.removed.count(), 0);
        QCOMPARE(edit.counted.count(), 1);
        QVERIFY(last.isValid());
        QCOMPARE(last.row(), before);
        QCOMPARE(last.data(FindingsModel::MessageRole).toString(), lastMessage);

        RowSignals undo(model);
        controller.undo();
        QCOMPARE(rowsOf(model), rowsOf(topograph::validate(controller.document())));
        QCOMPARE(model.count(), before);
        QCOMPARE(undo.reset.count(), 0);
        QCOMPARE(undo.inserted.count(), 0);
        QCOMPARE(undo.removed.count(), 1);
        QCOMPARE(RowSignals::rows(undo.removed), 1);
        QCOMPARE(last.data(FindingsModel::MessageRole).toString(), lastMessage);

        RowSignals redo(model);
        controller.redo();
        QCOMPARE(rowsOf(model), rowsOf(topograph::validate(controller.document())));
        QCOMPARE(redo.reset.count(), 0);
        QCOMPARE(RowSignals::rows(redo.inserted), 1);
    }

    void unchangedFindingsChangeNoRow() {
        FindingsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFindings(pool(12));
        RowSignals same(model);
        model.setFindings(pool(12));
        QCOMPARE(same.reset.count() + same.inserted.count() + same.removed.count(), 0);
        QCOMPARE(same.counted.count(), 0);
    }

    void aFindingReplacedInPlaceKeepsItsRow() {
        FindingsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        std::vector<Finding> findings = pool(10);
        model.setFindings(findings);
        findings[4].message = "the same problem, now naming another block";
        findings[4].severity = Severity::Warning;
        const int warningsBefore = model.warningCount();
        RowSignals replaced(model);
        QSignalSpy changed(&model, &FindingsModel::dataChanged);
        model.setFindings(findings);
        QCOMPARE(rowsOf(model), rowsOf(findings));
        QCOMPARE(replaced.reset.count() + replaced.inserted.count() + replaced.removed.count(), 0);
        QCOMPARE(model.warningCount(),
                 warningsBefore + (pool(10)[4].severity == Severity::Warning ? 0 : 1));
        // The replaced row's data (every role), then every row's fix label.
        QVERIFY(changed.count() >= 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 4);
        QCOMPARE(changed.first().at(1).toModelIndex().row(), 4);
    }

    // Random edits of random lists: the rows always end up equal to the new findings, without
    // a reset, and every finding present before and after keeps its persistent index.
    void randomEditsKeepTheFindingsThatStay() {
        const std::vector<Finding> all = pool(80);
        QRandomGenerator random(20261202);
        for (int trial = 0; trial < 300; ++trial) {
            std::vector<std::size_t> order(all.size());
            std::iota(order.begin(), order.end(), std::size_t{0});
            std::shuffle(order.begin(), order.end(), random);
            const std::size_t size = random.bounded(40);
            std::vector<Finding> before;
            for (std::size_t i = 0; i < size; ++i) {
                before.push_back(all[order[i]]);
            }
            // After: some removed, some not shown before inserted anywhere; what stays keeps
            // its relative order, as the validator's sort keeps it.
            std::vector<Finding> after;
            for (const Finding& finding : before) {
                if (random.bounded(4) != 0) {
                    after.push_back(finding);
                }
            }
            const int insertions = random.bounded(6);
            for (int k = 0; k < insertions; ++k) {
                const Finding& fresh = all[order[size + static_cast<std::size_t>(k)]];
                after.insert(after.begin() + random.bounded(static_cast<int>(after.size()) + 1),
                             fresh);
            }

            FindingsModel model;
            QAbstractItemModelTester tester(&model,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
            model.setFindings(before);
            std::vector<std::pair<QPersistentModelIndex, QString>> followed;
            for (int row = 0; row < model.rowCount(); ++row) {
                followed.emplace_back(model.index(row),
                                      model.index(row).data(FindingsModel::MessageRole).toString());
            }
            RowSignals edit(model);
            model.setFindings(after);
            QCOMPARE(rowsOf(model), rowsOf(after));
            QCOMPARE(edit.reset.count(), 0);
            QCOMPARE(RowSignals::rows(edit.inserted) - RowSignals::rows(edit.removed),
                     static_cast<int>(after.size()) - static_cast<int>(size));
            for (const auto& [index, message] : followed) {
                const bool stays = std::any_of(after.begin(), after.end(), [&](const Finding& f) {
                    return QString::fromStdString(f.message) == message;
                });
                if (stays) {
                    QVERIFY(index.isValid());
                    QCOMPARE(index.data(FindingsModel::MessageRole).toString(), message);
                }
            }
            QCOMPARE(model.errorCount(), static_cast<int>(std::count_if(
                                             after.begin(), after.end(), [](const Finding& f) {
                                                 return f.severity == Severity::Error;
                                             })));
        }
    }
};

QTEST_MAIN(FindingsModelTest)
#include "findings_model_test.moc"
