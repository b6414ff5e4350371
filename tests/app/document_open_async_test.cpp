// SPDX-License-Identifier: Apache-2.0
// DocumentController::openAsync(), as File > Open, Open Recent, the welcome screen's examples
// and `topograph FILE` use it: the document it shows equals what open() shows, a failure keeps
// the document open before and says where, and the latest request wins over one in flight.
#include "app/document_controller.h"
#include "exporters/model_yaml/model_file.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using topograph::DocumentController;

namespace {

const QString examplePath = QStringLiteral(TOPOGRAPH_EXAMPLES_DIR "/three-tier-web.yaml");
const QString danglingPath =
    QStringLiteral(TOPOGRAPH_TEST_DATA_DIR "/malformed/dangling-reference.yaml");
const QString templatePath =
    QStringLiteral(TOPOGRAPH_TEST_DATA_DIR "/malformed/cloudformation-template.yaml");

/// Waits for the next openFinished the spy follows; its argument, or nothing after 30 s.
std::optional<bool> finishedOpening(QSignalSpy& finished) {
    if (finished.isEmpty() && !finished.wait(30000)) {
        return std::nullopt;
    }
    return finished.takeFirst().at(0).toBool();
}

/// Lets every worker finish and every result arrive, so that a result that should be dropped
/// had its chance to show up.
void drainWorkers() {
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
}

} // namespace

class DocumentOpenAsyncTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        // Opening files records them as recent: keep that out of the user's settings.
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("topograph-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("document-open-async-test"));
    }

    void showsWhatOpenShowsAfterSayingWhatLoads() {
        DocumentController reference;
        QVERIFY(reference.open(QUrl::fromLocalFile(examplePath)));

        DocumentController controller;
        controller.recentFiles()->clear();
        QSignalSpy finished(&controller, &DocumentController::openFinished);
        QSignalSpy opened(&controller, &DocumentController::documentOpened);
        controller.openAsync(QUrl::fromLocalFile(examplePath));
        // Returns at once, before anything was read.
        QCOMPARE(controller.status(), DocumentController::Status::Loading);
        QCOMPARE(controller.loadingName(), QStringLiteral("three-tier-web.yaml"));
        QCOMPARE(controller.document().size(), std::size_t{0});

        QCOMPARE(finishedOpening(finished), std::optional<bool>(true));
        QCOMPARE(opened.count(), 1);
        QCOMPARE(controller.status(), DocumentController::Status::Ready);
        QVERIFY(controller.loadingName().isEmpty());
        QVERIFY(controller.document() == reference.document()); // laid out alike
        QCOMPARE(controller.filePath(), examplePath);
        QVERIFY(!controller.modified());
        QCOMPARE(controller.items()->count(), reference.items()->count());
        QCOMPARE(controller.edges()->rowCount(), reference.edges()->rowCount());
        QCOMPARE(controller.findings()->count(), reference.findings()->count());
        QCOMPARE(controller.recentFiles()->paths(), QStringList({examplePath}));
        controller.recentFiles()->clear();
    }

    void theBundledExampleOpensFromTheResources() {
        DocumentController controller;
        controller.recentFiles()->clear();
        QSignalSpy finished(&controller, &DocumentController::openFinished);
        controller.openAsync(QUrl(QStringLiteral("qrc:/examples/three-tier-web.yaml")));
        QCOMPARE(finishedOpening(finished), std::optional<bool>(true));
        QVERIFY(controller.document().contains("vpc"));
        QVERIFY(!controller.hasSavePath());                   // Save must ask where
        QVERIFY(controller.recentFiles()->paths().isEmpty()); // the bundled example is no file
    }

    void aFailureKeepsTheDocumentAndItsHistoryAndSaysWhere() {
        DocumentController reference;
        QVERIFY(!reference.open(QUrl::fromLocalFile(danglingPath)));
        const QString expectedError = reference.errorString();
        QVERIFY2(expectedError.startsWith(danglingPath + QLatin1Char(':')),
                 qPrintable(expectedError));

        DocumentController controller;
        QVERIFY(controller.open(QUrl::fromLocalFile(examplePath)));
        const QString subnet = firstSubnetOf(controller);
        QVERIFY(controller.setSubnetCidr(subnet, QStringLiteral("10.0.200.0/24")));
        const topograph::Document before = controller.document();
        const int findingsBefore = controller.findings()->count();

        QSignalSpy finished(&controller, &DocumentController::openFinished);
        QSignalSpy opened(&controller, &DocumentController::documentOpened);
        controller.openAsync(QUrl::fromLocalFile(danglingPath));
        QCOMPARE(finishedOpening(finished), std::optional<bool>(false));
        QCOMPARE(controller.status(), DocumentController::Status::Error);
        QCOMPARE(controller.errorString(), expectedError); // file, line, what to do: as open()
        QCOMPARE(opened.count(), 0);
        QVERIFY(controller.document() == before);
        QCOMPARE(controller.findings()->count(), findingsBefore);
        QCOMPARE(controller.filePath(), examplePath);
        QVERIFY(controller.canUndo());
        QVERIFY(controller.modified());
        controller.dismissError();
        QCOMPARE(controller.status(), DocumentController::Status::Ready);
    }

    void aMissingFileLeavesTheRecentFiles() {
        QTemporaryDir folder;
        const QString gone = folder.filePath(QStringLiteral("gone.yaml"));
        QVERIFY(QFile::copy(examplePath, gone));
        DocumentController controller;
        controller.recentFiles()->clear();
        QVERIFY(controller.open(QUrl::fromLocalFile(gone)));
        QCOMPARE(controller.recentFiles()->paths(), QStringList({gone}));
        QVERIFY(QFile::remove(gone));
        QSignalSpy finished(&controller, &DocumentController::openFinished);
        controller.openFileAsync(gone);
        QCOMPARE(finishedOpening(finished), std::optional<bool>(false));
        QVERIFY2(controller.errorString().contains(gone), qPrintable(controller.errorString()));
        QVERIFY(controller.recentFiles()->paths().isEmpty());
        QCOMPARE(controller.filePath(), gone); // still the document that was open
    }

    void anImportIsUnsavedWithItsNotesKnownWhenTheWindowHears() {
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("with-bucket.yaml"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Resources:\n"
                   "  Vpc:\n"
                   "    Type: AWS::EC2::VPC\n"
                   "    Properties: {CidrBlock: 10.1.0.0/16}\n"
                   "  Logs:\n"
                   "    Type: AWS::S3::Bucket\n");
        file.close();
        DocumentController controller;
        QStringList notesWhenOpened;
        connect(&controller, &DocumentController::documentOpened, this,
                [&] { notesWhenOpened = controller.importNotes(); });
        QSignalSpy finished(&controller, &DocumentController::openFinished);
        controller.openFileAsync(path);
        QCOMPARE(finishedOpening(finished), std::optional<bool>(true));
        QVERIFY(controller.document().contains("Vpc"));
        QVERIFY(controller.modified());
        QVERIFY(!controller.hasSavePath());
        QCOMPARE(controller.displayName(), QStringLiteral("with-bucket.yaml (imported)"));
        // Main.qml shows the notes from documentOpened: they must be there by then.
        QVERIFY2(controller.importNotesText().contains(QStringLiteral("EXTERNAL_RESOURCE")),
                 qPrintable(controller.importNotesText()));
        QCOMPARE(notesWhenOpened, controller.importNotes());
    }

    void aSecondOpenWinsOverTheFirst() {
        DocumentController controller;
        QSignalSpy finished(&controller, &DocumentController::openFinished);
        QSignalSpy opened(&controller, &DocumentController::documentOpened);
        controller.openAsync(QUrl::fromLocalFile(templatePath));
        controller.openAsync(QUrl::fromLocalFile(examplePath));
        QCOMPARE(controller.loadingName(), QStringLiteral("three-tier-web.yaml"));
        QCOMPARE(finishedOpening(finished), std::optional<bool>(true));
        drainWorkers();
        QCOMPARE(finished.count(), 0); // the first one's result was dropped
        QCOMPARE(opened.count(), 1);
        QCOMPARE(controller.filePath(), examplePath);
        QVERIFY(!controller.document().contains("VPC"));
        QVERIFY(controller.importNotes().isEmpty());
        QVERIFY(!controller.modified());
    }

    void aSynchronousOpenWinsOverOneInFlight() {
        DocumentController controller;
        QSignalSpy finished(&controller, &DocumentController::openFinished);
        controller.openAsync(QUrl::fromLocalFile(templatePath));
        QVERIFY(controller.open(QUrl::fromLocalFile(examplePath)));
        QCOMPARE(finished.count(), 1);
        drainWorkers();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(controller.filePath(), examplePath);
        QVERIFY(!controller.document().contains("VPC"));
        QCOMPARE(controller.status(), DocumentController::Status::Ready);
    }

    void newAndCloseWinOverAnOpenInFlight() {
        DocumentController controller;
        QSignalSpy finished(&controller, &DocumentController::openFinished);
        controller.openAsync(QUrl::fromLocalFile(examplePath));
        controller.newDocument();
        QCOMPARE(controller.status(), DocumentController::Status::Ready);
        QVERIFY(controller.loadingName().isEmpty());
        drainWorkers();
        QCOMPARE(finished.count(), 0);
        QCOMPARE(controller.document().size(), std::size_t{0});
        QVERIFY(controller.filePath().isEmpty());

        controller.openAsync(QUrl::fromLocalFile(examplePath));
        controller.closeDocument();
        drainWorkers();
        QCOMPARE(finished.count(), 0);
        QCOMPARE(controller.status(), DocumentController::Status::Empty);
    }

    void anEditWhileAFileOpensStopsTheOpenAndKeepsTheEdit() {
        DocumentController controller;
        QVERIFY(controller.open(QUrl::fromLocalFile(examplePath)));
        const QString subnet = firstSubnetOf(controller);
        QVERIFY(!subnet.isEmpty());
        QSignalSpy finished(&controller, &DocumentController::openFinished);
        controller.openAsync(QUrl::fromLocalFile(examplePath));
        QCOMPARE(controller.status(), DocumentController::Status::Loading);

        // The file arriving later would clear the undo history and this edit without a word.
        topograph::Resource renamed = *controller.document().find(subnet.toStdString());
        renamed.name = "Edited while opening";
        QVERIFY(controller.replaceResource(renamed, QStringLiteral("Rename")));
        QCOMPARE(controller.status(), DocumentController::Status::Error);
        QVERIFY2(controller.errorString().contains(QStringLiteral("three-tier-web.yaml")),
                 qPrintable(controller.errorString()));
        QVERIFY(controller.loadingName().isEmpty());
        QCOMPARE(finishedOpening(finished), std::optional<bool>(false));

        drainWorkers();
        QCOMPARE(finished.count(), 0);
        QCOMPARE(controller.document().find(subnet.toStdString())->name,
                 std::string("Edited while opening"));
        QVERIFY(controller.modified());
        QVERIFY(controller.canUndo());
    }

    void theControllerMayGoWhileAFileOpens() {
        auto* controller = new DocumentController;
        controller->openAsync(QUrl::fromLocalFile(examplePath));
        delete controller;
        drainWorkers(); // the worker's result reaches nobody, and nothing crashes
    }

private:
    static QString firstSubnetOf(const DocumentController& controller) {
        for (const topograph::Resource& resource : controller.document().resources()) {
            if (resource.as<topograph::Subnet>() != nullptr) {
                return QString::fromStdString(resource.id);
            }
        }
        return {};
    }
};

QTEST_MAIN(DocumentOpenAsyncTest)
#include "document_open_async_test.moc"
