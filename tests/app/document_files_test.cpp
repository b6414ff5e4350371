// SPDX-License-Identifier: Apache-2.0
// What File > Save, Save As, Open (of a template) and Export do, and how the findings panel and
// the canvas badges follow edits: driven through the DocumentController as the menus drive it.
#include "app/document_controller.h"
#include "exporters/model_yaml/model_file.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using topograph::DiagramModel;
using topograph::Document;
using topograph::DocumentController;
using topograph::FindingsModel;

namespace {

const QString examplePath = QStringLiteral(TOPOGRAPH_EXAMPLES_DIR "/three-tier-web.yaml");
const QString templatePath =
    QStringLiteral(TOPOGRAPH_TEST_DATA_DIR "/malformed/cloudformation-template.yaml");

QByteArray contentsOf(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString badgeOf(const DiagramModel& items, const QString& id) {
    return items.index(items.rowOf(id)).data(DiagramModel::BadgeRole).toString();
}

/// The rows of the findings model naming `id`, as "severity code".
QStringList findingsNaming(const FindingsModel& findings, const QString& id) {
    QStringList found;
    for (int row = 0; row < findings.rowCount(); ++row) {
        const QModelIndex index = findings.index(row);
        if (index.data(FindingsModel::ResourcesRole).toStringList().contains(id)) {
            found.append(index.data(FindingsModel::SeverityRole).toString() + QLatin1Char(' ') +
                         index.data(FindingsModel::CodeRole).toString());
        }
    }
    return found;
}

} // namespace

class DocumentFilesTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        // Recent files go to a test-only settings folder, never the user's.
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("topograph-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("document-files-test"));
    }

    void recentFilesListOpenedAndSavedFilesNewestFirst() {
        QTemporaryDir folder;
        DocumentController controller;
        controller.recentFiles()->clear();
        QVERIFY(controller.open(QUrl(QStringLiteral("qrc:/examples/three-tier-web.yaml"))));
        QVERIFY(controller.recentFiles()->paths().isEmpty()); // the bundled example is no file
        QVERIFY(controller.open(QUrl::fromLocalFile(examplePath)));
        const QString copy = folder.filePath(QStringLiteral("copy.yaml"));
        QVERIFY(controller.saveAs(QUrl::fromLocalFile(copy)));
        QCOMPARE(controller.recentFiles()->paths(), QStringList({copy, examplePath}));
        QVERIFY(controller.open(QUrl::fromLocalFile(examplePath)));
        QCOMPARE(controller.recentFiles()->paths(), QStringList({examplePath, copy}));
        // Kept for the next session.
        QCOMPARE(topograph::RecentFiles().paths(), QStringList({examplePath, copy}));
        // A file that has gone leaves the list when opening it fails.
        QVERIFY(QFile::remove(copy));
        QVERIFY(!controller.open(QUrl::fromLocalFile(copy)));
        QCOMPARE(controller.recentFiles()->paths(), QStringList({examplePath}));
        controller.recentFiles()->clear();
        QVERIFY(topograph::RecentFiles().paths().isEmpty());
    }

    void saveAsWritesAFileThatReloadsEqual() {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        DocumentController controller;
        QVERIFY(controller.open(QUrl::fromLocalFile(examplePath)));
        QVERIFY(!controller.modified());
        QVERIFY(controller.moveItem(QStringLiteral("vpc"), 40, 24));
        QVERIFY(controller.modified());
        QVERIFY(controller.windowTitle().contains(QChar(0x2022)));

        const QString path = folder.filePath(QStringLiteral("copy.yaml"));
        QSignalSpy titleChanges(&controller, &DocumentController::titleChanged);
        QVERIFY(controller.saveAs(QUrl::fromLocalFile(path)));
        QVERIFY(!controller.modified());
        QVERIFY(titleChanges.count() > 0);
        QCOMPARE(controller.filePath(), path);
        QCOMPARE(controller.windowTitle(), QStringLiteral("copy.yaml \u2014 Topograph"));
        QVERIFY(topograph::loadModelFile(path.toStdString()) == controller.document());
        // The original file is untouched.
        QVERIFY(topograph::loadModelFile(examplePath.toStdString()) != controller.document());
    }

    void saveMarksCleanAndUndoPastItMakesDirtyAgain() {
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("model.yaml"));
        QVERIFY(QFile::copy(examplePath, path));
        DocumentController controller;
        QVERIFY(controller.open(QUrl::fromLocalFile(path)));
        QVERIFY(controller.hasSavePath());
        QSignalSpy modifiedChanges(&controller, &DocumentController::modifiedChanged);

        QVERIFY(controller.moveItem(QStringLiteral("vpc"), 10, 0));
        QVERIFY(controller.modified());
        controller.undo();
        QVERIFY(!controller.modified()); // back at the state on disk
        QCOMPARE(modifiedChanges.count(), 2);

        QVERIFY(controller.moveItem(QStringLiteral("vpc"), 10, 0));
        QVERIFY(controller.save());
        QVERIFY(!controller.modified());
        QVERIFY(topograph::loadModelFile(path.toStdString()) == controller.document());
        controller.undo();
        QVERIFY(controller.modified()); // the file holds the moved VPC
        QVERIFY(controller.windowTitle().startsWith(QStringLiteral("model.yaml \u2022")));
    }

    void saveWithoutAFileAsksForOne() {
        DocumentController controller;
        QVERIFY(controller.open(QUrl(QStringLiteral("qrc:/examples/three-tier-web.yaml"))));
        QVERIFY(!controller.hasSavePath()); // the bundled example is read-only
        QVERIFY(!controller.save());
        QVERIFY2(controller.errorString().contains(QStringLiteral("Save As")),
                 qPrintable(controller.errorString()));
    }

    void saveIntoAMissingFolderFailsWithTheReason() {
        DocumentController controller;
        QVERIFY(controller.open(QUrl::fromLocalFile(examplePath)));
        QVERIFY(controller.moveItem(QStringLiteral("vpc"), 10, 0));
        const QString path = QStringLiteral("/nonexistent-folder/model.yaml");
        QVERIFY(!controller.saveAs(QUrl::fromLocalFile(path)));
        QCOMPARE(controller.status(), DocumentController::Status::Error);
        QVERIFY2(controller.errorString().contains(path), qPrintable(controller.errorString()));
        QVERIFY(controller.modified());
        QCOMPARE(controller.filePath(), examplePath);
    }

    void openingATemplateImportsItAsAnUnsavedModel() {
        DocumentController controller;
        QVERIFY2(controller.open(QUrl::fromLocalFile(templatePath)),
                 qPrintable(controller.errorString()));
        QCOMPARE(controller.status(), DocumentController::Status::Ready);
        QVERIFY(controller.document().contains("VPC"));
        QVERIFY(controller.items()->rowOf(QStringLiteral("VPC")) >= 0); // laid out and drawn
        QVERIFY(controller.modified());
        QVERIFY(!controller.hasSavePath());
        QCOMPARE(controller.displayName(),
                 QStringLiteral("cloudformation-template.yaml (imported)"));

        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("imported.yaml"));
        QVERIFY(controller.saveAs(QUrl::fromLocalFile(path)));
        QVERIFY(!controller.modified());
        QCOMPARE(controller.displayName(), QStringLiteral("imported.yaml"));
        QVERIFY(topograph::loadModelFile(path.toStdString()) == controller.document());
    }

    void importNotesAreListedAndClearedByTheNextOpen() {
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
        QSignalSpy notesChanged(&controller, &DocumentController::importNotesChanged);
        QVERIFY2(controller.open(QUrl::fromLocalFile(path)), qPrintable(controller.errorString()));
        QCOMPARE(notesChanged.count(), 1);
        QVERIFY2(controller.importNotesText().contains(QStringLiteral("EXTERNAL_RESOURCE")),
                 qPrintable(controller.importNotesText()));
        QCOMPARE(controller.importNotes().size(),
                 static_cast<qsizetype>(controller.importNotesText().count(QLatin1Char('\n')) + 1));

        QVERIFY(controller.open(QUrl::fromLocalFile(examplePath)));
        QVERIFY(controller.importNotes().isEmpty());
        QVERIFY(!controller.modified());
        QCOMPARE(controller.displayName(), QStringLiteral("three-tier-web.yaml"));
    }

    void exportWritesEachFormat_data() {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QByteArray>("start");
        QTest::newRow("cloudformation") << QStringLiteral("cloudformation") << QByteArray();
        QTest::newRow("svg") << QStringLiteral("svg") << QByteArray("<");
        QTest::newRow("drawio") << QStringLiteral("drawio") << QByteArray("<");
        QTest::newRow("dot") << QStringLiteral("dot") << QByteArray("/");
        QTest::newRow("mermaid") << QStringLiteral("mermaid") << QByteArray();
        QTest::newRow("png") << QStringLiteral("png") << QByteArray("\x89PNG");
    }

    void exportWritesEachFormat() {
        QFETCH(QString, format);
        QFETCH(QByteArray, start);
        QTemporaryDir folder;
        DocumentController controller;
        QVERIFY(controller.open(QUrl::fromLocalFile(examplePath)));
        const QString path = folder.filePath(QStringLiteral("out.") + format);
        const QString error = controller.exportTo(format, QUrl::fromLocalFile(path), 2.0, true);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QByteArray written = contentsOf(path);
        QVERIFY(written.size() > 100);
        QVERIFY2(written.startsWith(start), written.left(40).constData());
        if (format == QLatin1String("dot")) {
            QVERIFY(written.contains("digraph"));
        }
        if (format == QLatin1String("cloudformation")) {
            QVERIFY(written.contains("AWS::EC2::VPC"));
        }
        if (format == QLatin1String("png")) {
            const QImage image = QImage::fromData(written, "PNG");
            QVERIFY(!image.isNull());
            QVERIFY(image.hasAlphaChannel());
            QCOMPARE(image.pixelColor(0, 0).alpha(), 0); // transparent background
            // and twice the size of the 1x white one, which is opaque.
            const QString whitePath = folder.filePath(QStringLiteral("white.png"));
            QVERIFY(controller.exportTo(format, QUrl::fromLocalFile(whitePath)).isEmpty());
            const QImage white(whitePath);
            QCOMPARE(white.pixelColor(0, 0), QColor(Qt::white));
            QCOMPARE(image.width(), white.width() * 2);
        }
        QVERIFY(!controller.modified()); // exporting is not saving, and changes nothing
    }

    void exportProposesANameBesideTheDocument() {
        // The export file dialog opens on this name, so Export works without typing one.
        DocumentController untitled;
        untitled.setDocument(Document{}, {});
        const QUrl untitledPng =
            untitled.suggestedExportFile(QStringLiteral("png"), QStringLiteral("png"));
        QCOMPARE(QFileInfo(untitledPng.toLocalFile()).fileName(), QStringLiteral("Untitled.png"));

        DocumentController controller;
        QVERIFY(controller.open(QUrl::fromLocalFile(examplePath)));
        const QFileInfo example(examplePath);
        const QString expected =
            example.absolutePath() + QStringLiteral("/") + example.completeBaseName() + ".svg";
        const auto proposed = [&controller](const char* format, const char* suffix) {
            return controller
                .suggestedExportFile(QString::fromLatin1(format), QString::fromLatin1(suffix))
                .toLocalFile();
        };
        QCOMPARE(proposed("svg", "svg"), expected);
        QCOMPARE(controller.suggestedExportFolder().toLocalFile(), example.absolutePath());
        // The model is YAML, and so is a template: the proposal never names the model itself.
        const QString stem =
            example.absolutePath() + QStringLiteral("/") + example.completeBaseName();
        QCOMPARE(proposed("cloudformation", "yaml"), stem + "-cloudformation.yaml");
        QCOMPARE(proposed("mermaid", "yaml"), stem + "-export.yaml");
    }

    void exportOfAnEmptyModelSaysWhy() {
        QTemporaryDir folder;
        DocumentController controller;
        controller.setDocument(Document{}, {});
        const QString path = folder.filePath(QStringLiteral("empty.yaml"));
        const QString error =
            controller.exportTo(QStringLiteral("cloudformation"), QUrl::fromLocalFile(path));
        QVERIFY2(error.startsWith(QStringLiteral("Nothing to export")), qPrintable(error));
        QVERIFY(!QFile::exists(path));
        QVERIFY(!controller.exportTo(QStringLiteral("bmp"), QUrl::fromLocalFile(path)).isEmpty());
    }

    void findingsAndBadgesFollowACidrEditAndItsUndo() {
        DocumentController controller;
        QAbstractItemModelTester findingsTester(
            controller.findings(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(controller.open(QUrl::fromLocalFile(examplePath)));
        const std::vector<topograph::Finding> before = controller.findings()->findings();
        const QString subnet = QStringLiteral("public-a");
        QVERIFY(findingsNaming(*controller.findings(), subnet).isEmpty());
        QCOMPARE(badgeOf(*controller.items(), subnet), QString());

        // A move changes no finding, so the panel's rows stay. An edit inserts and removes rows
        // (never a reset, which would rebuild the panel under the user's eyes); countChanged
        // says the findings changed.
        QSignalSpy resets(controller.findings(), &QAbstractItemModel::modelReset);
        QSignalSpy changes(controller.findings(), &topograph::FindingsModel::countChanged);
        QVERIFY(controller.moveItem(QStringLiteral("vpc"), 30, 0));
        QCOMPARE(changes.count(), 0);

        // Host bits set: 10.0.0.1/24 is no network address.
        QVERIFY(controller.setSubnetCidr(subnet, QStringLiteral("10.0.0.1/24")));
        QVERIFY(!controller.setSubnetCidr(subnet, QStringLiteral("10.0.0.1/24"))); // unchanged
        QCOMPARE(changes.count(), 1);
        QCOMPARE(resets.count(), 0);
        const QStringList naming = findingsNaming(*controller.findings(), subnet);
        QVERIFY2(!naming.isEmpty(), "a subnet CIDR with host bits set is reported");
        const QString worst = naming.first().section(QLatin1Char(' '), 0, 0);
        QVERIFY(worst == QLatin1String("error") || worst == QLatin1String("warning"));
        QCOMPARE(badgeOf(*controller.items(), subnet), worst);
        // Clicking the finding finds the subnet on the canvas.
        QCOMPARE(controller.items()->drawnOf({QStringLiteral("no-such-id"), subnet, subnet}),
                 QStringList{subnet});
        QCOMPARE(controller.items()->boundsOf({QStringLiteral("no-such-id"), subnet}),
                 controller.items()->rectOf(subnet));
        QVERIFY(controller.items()->rectOf(subnet).width() > 0);
        QVERIFY(controller.items()->rectOf(QStringLiteral("no-such-id")).isNull());
        QVERIFY(controller.findings()->count() > static_cast<int>(before.size()));
        QVERIFY(controller.undoText().contains(QStringLiteral("CIDR")));
        // The example is clean, so now there is exactly one error, said in the singular.
        QCOMPARE(controller.findings()->errorCount(), 1);
        QVERIFY2(controller.findings()->summary().startsWith(QStringLiteral("1 error, ")),
                 qPrintable(controller.findings()->summary()));

        controller.undo();
        QVERIFY(controller.findings()->findings() == before);
        QCOMPARE(controller.findings()->summary(),
                 QStringLiteral("No findings: the design checks out."));
        QCOMPARE(badgeOf(*controller.items(), subnet), QString());
        controller.redo();
        QCOMPARE(badgeOf(*controller.items(), subnet), worst);
    }
};

// A QGuiApplication: the PNG export paints text, which needs the font database.
QTEST_MAIN(DocumentFilesTest)
#include "document_files_test.moc"
