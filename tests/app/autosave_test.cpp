// SPDX-License-Identifier: Apache-2.0
// Recovery after a crash: an edit leaves a recovery copy after the debounce, saving removes it,
// a copy a crashed session left is offered and restores the edited document as unsaved, a
// corrupted copy is refused and removed, and a failed write leaves no partial file. Also the
// welcome screen's list of bundled examples.
#include "app/autosave/autosaver.h"
#include "app/document_controller.h"
#include "app/welcome/example_list.h"
#include "exporters/model_yaml/model_file.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <unistd.h>

using topograph::Autosaver;
using topograph::DocumentController;
using topograph::ExampleList;
using topograph::RecoveryStore;

namespace {

const QString examplesDir = QStringLiteral(TOPOGRAPH_EXAMPLES_DIR);

/// A writable copy of the three-tier example, so that Save has somewhere to write.
QString copyOfExample(const QTemporaryDir& folder) {
    const QString path = folder.filePath(QStringLiteral("three-tier-web.yaml"));
    QFile::copy(examplesDir + QStringLiteral("/three-tier-web.yaml"), path);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

/// The id of the first item drawn, to move it.
QString firstItem(DocumentController& controller) {
    return controller.items()->index(0).data(topograph::DiagramModel::ItemIdRole).toString();
}

QStringList filesIn(const QString& directory) {
    return QDir(directory).entryList(QDir::Files | QDir::NoDotAndDotDot);
}

} // namespace

class AutosaveTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // Every test starts without leftovers in the (test-mode) recovery folder.
    void init() { QDir(RecoveryStore::defaultDirectory()).removeRecursively(); }

    void anEditLeavesARecoveryCopyAfterTheDebounceAndSavingRemovesIt() {
        QTemporaryDir folder;
        const QString path = copyOfExample(folder);
        DocumentController controller;
        QVERIFY(controller.openFile(path));
        Autosaver autosaver(&controller);
        autosaver.setDebounceInterval(100);
        QVERIFY(autosaver.recoveryPath().startsWith(RecoveryStore::defaultDirectory()));

        const QString id = firstItem(controller);
        QVERIFY(controller.moveItem(id, 40, 0));
        QVERIFY(controller.modified());
        QVERIFY(!QFile::exists(autosaver.recoveryPath())); // not before the debounce
        QTRY_VERIFY(QFile::exists(autosaver.recoveryPath()));

        const topograph::LeftoverRecovery copy = RecoveryStore::read(autosaver.recoveryPath());
        QCOMPARE(copy.info.originalPath, path);
        QCOMPARE(copy.info.name, QStringLiteral("three-tier-web.yaml"));
        QVERIFY(copy.info.savedAt.isValid());
        QVERIFY(copy.document == controller.document());

        QVERIFY(controller.save());
        QVERIFY(!QFile::exists(autosaver.recoveryPath()));
    }

    void undoingBackToTheSavedStateRemovesTheCopy() {
        DocumentController controller;
        QVERIFY(controller.open(QUrl(QStringLiteral("qrc:/examples/three-tier-web.yaml"))));
        Autosaver autosaver(&controller);
        autosaver.setDebounceInterval(20);
        QVERIFY(controller.moveItem(firstItem(controller), 10, 10));
        QTRY_VERIFY(QFile::exists(autosaver.recoveryPath()));
        controller.undo();
        QVERIFY(!controller.modified());
        QVERIFY(!QFile::exists(autosaver.recoveryPath()));
    }

    void aCrashedSessionsCopyIsOfferedAndRestoresTheEditAsUnsaved() {
        QTemporaryDir folder;
        const QString path = copyOfExample(folder);
        const QString crashedCopy =
            QDir(RecoveryStore::defaultDirectory()).filePath(QStringLiteral("crashed.yaml"));
        topograph::Document edited;
        {
            DocumentController running;
            QVERIFY(running.openFile(path));
            Autosaver autosaver(&running);
            QVERIFY(
                running.setSubnetCidr(QStringLiteral("public-a"), QStringLiteral("10.0.200.0/24")));
            QVERIFY(autosaver.saveNow());
            edited = running.document();
            // What a crash leaves: the copy without a running session's lock. The running
            // session's own copy, locked, is not offered while it runs.
            QVERIFY(QFile::copy(autosaver.recoveryPath(), crashedCopy));
            DocumentController other;
            Autosaver otherAutosaver(&other);
            otherAutosaver.findLeftovers();
            QCOMPARE(otherAutosaver.pendingCount(), 1);
        }

        DocumentController controller;
        QVERIFY(controller.openFile(path));
        Autosaver autosaver(&controller);
        autosaver.findLeftovers();
        QCOMPARE(autosaver.pendingCount(), 1);
        QVERIFY2(autosaver.pendingQuestion().contains(QStringLiteral("three-tier-web.yaml")),
                 qPrintable(autosaver.pendingQuestion()));
        QVERIFY(!(controller.document() == edited));

        QVERIFY(autosaver.restorePending());
        QCOMPARE(autosaver.pendingCount(), 0);
        QVERIFY(controller.document() == edited);
        QVERIFY(controller.modified());
        QCOMPARE(controller.filePath(), path);
        QVERIFY(controller.hasSavePath());
        QVERIFY(!QFile::exists(crashedCopy));
        QVERIFY(QFile::exists(autosaver.recoveryPath())); // this session holds the edit now

        // Save writes the original file and the copy goes.
        QVERIFY(controller.save());
        QVERIFY(!controller.modified());
        QVERIFY(topograph::loadModelFile(path.toStdString()) == edited);
        QVERIFY(!QFile::exists(autosaver.recoveryPath()));
    }

    void discardingALeftoverRemovesIt() {
        const QString leftover =
            QDir(RecoveryStore::defaultDirectory()).filePath(QStringLiteral("left.yaml"));
        RecoveryStore(RecoveryStore::defaultDirectory())
            .write(leftover, topograph::Document{}, {QString(), QStringLiteral("Untitled"), {}});
        DocumentController controller;
        Autosaver autosaver(&controller);
        autosaver.findLeftovers();
        QCOMPARE(autosaver.pendingCount(), 1);
        autosaver.discardPending();
        QCOMPARE(autosaver.pendingCount(), 0);
        QVERIFY(!QFile::exists(leftover));
        QCOMPARE(controller.status(), DocumentController::Status::Empty);
    }

    void aCorruptedCopyIsReportedAndRemoved() {
        const QDir recovery(RecoveryStore::defaultDirectory());
        QVERIFY(recovery.mkpath(QStringLiteral(".")));
        const QString noHeader = recovery.filePath(QStringLiteral("no-header.yaml"));
        const QString brokenModel = recovery.filePath(QStringLiteral("broken-model.yaml"));
        QFile first(noHeader);
        QVERIFY(first.open(QIODevice::WriteOnly));
        first.write("topograph: 1\nresources: []\n");
        first.close();
        QFile second(brokenModel);
        QVERIFY(second.open(QIODevice::WriteOnly));
        second.write("# topograph-recovery {\"original\":\"\",\"name\":\"x\"}\n"
                     "topograph: 1\nresources: [ {id: a, kind: warp-drive\n");
        second.close();

        DocumentController controller;
        Autosaver autosaver(&controller);
        autosaver.findLeftovers();
        QCOMPARE(autosaver.pendingCount(), 0);
        QVERIFY2(autosaver.problems().contains(QStringLiteral("no-header.yaml")),
                 qPrintable(autosaver.problems()));
        QVERIFY2(autosaver.problems().contains(QStringLiteral("broken-model.yaml")),
                 qPrintable(autosaver.problems()));
        QVERIFY(!QFile::exists(noHeader));
        QVERIFY(!QFile::exists(brokenModel));
        autosaver.dismissProblems();
        QVERIFY(autosaver.problems().isEmpty());
    }

    void aFailedWriteLeavesNoPartialFileAndTheDocumentUntouched() {
        QTemporaryDir folder;
        const QString directory = folder.filePath(QStringLiteral("recovery"));
        DocumentController controller;
        QVERIFY(controller.open(QUrl(QStringLiteral("qrc:/examples/three-tier-web.yaml"))));
        Autosaver autosaver(&controller, directory);
        QVERIFY(controller.moveItem(firstItem(controller), 5, 5));
        const topograph::Document before = controller.document();

        // The rename over the recovery file fails (a folder stands in its place), after the
        // temporary file was written: the same failure root meets in a read-only folder.
        QVERIFY(QDir().mkpath(autosaver.recoveryPath() + QStringLiteral("/in-the-way")));
        QVERIFY(!autosaver.saveNow());
        QVERIFY2(autosaver.lastError().contains(QStringLiteral("recovery")),
                 qPrintable(autosaver.lastError()));
        QStringList left = filesIn(directory);
        left.removeAll(QFileInfo(RecoveryStore::lockPathOf(autosaver.recoveryPath())).fileName());
        QCOMPARE(left, QStringList());
        QVERIFY(controller.document() == before);
        QVERIFY(controller.modified());

        if (geteuid() != 0) { // root writes into read-only folders
            QDir(autosaver.recoveryPath()).removeRecursively();
            QVERIFY(QFile::setPermissions(directory, QFile::ReadOwner | QFile::ExeOwner));
            QVERIFY(!autosaver.saveNow());
            QVERIFY(!autosaver.lastError().isEmpty());
            left = filesIn(directory);
            left.removeAll(
                QFileInfo(RecoveryStore::lockPathOf(autosaver.recoveryPath())).fileName());
            QCOMPARE(left, QStringList());
            QFile::setPermissions(directory,
                                  QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        }
    }

    void theWelcomeScreenListsTheBundledExamplesAndOpensThem() {
        const QStringList files =
            QDir(examplesDir).entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name);
        QCOMPARE(files.size(), 3);
        ExampleList examples;
        QCOMPARE(examples.count(), static_cast<int>(files.size()));
        DocumentController controller;
        controller.closeDocument();
        QCOMPARE(controller.status(), DocumentController::Status::Empty);
        for (int row = 0; row < examples.count(); ++row) {
            const QModelIndex index = examples.index(row);
            const topograph::Document onDisk = topograph::loadModelFile(
                (examplesDir + QLatin1Char('/') + files.at(row)).toStdString());
            QCOMPARE(index.data(ExampleList::FileNameRole).toString(), files.at(row));
            QCOMPARE(index.data(ExampleList::TitleRole).toString(),
                     QString::fromStdString(onDisk.title));
            QCOMPARE(index.data(ExampleList::DescriptionRole).toString(),
                     QString::fromStdString(onDisk.description));
            QVERIFY(!onDisk.title.empty());

            QVERIFY(controller.open(examples.urlAt(row)));
            QCOMPARE(controller.status(), DocumentController::Status::Ready);
            QCOMPARE(controller.title(), QString::fromStdString(onDisk.title));
            QVERIFY(!controller.modified());
            QVERIFY(!controller.hasSavePath()); // an example is saved with Save As
        }
        QVERIFY(examples.urlAt(examples.count()).isEmpty());
        controller.closeDocument();
        QCOMPARE(controller.status(), DocumentController::Status::Empty);
        QCOMPARE(controller.items()->rowCount(), 0);
    }
};

QTEST_MAIN(AutosaveTest)
#include "autosave_test.moc"
