// SPDX-License-Identifier: Apache-2.0
// The real Main.qml's export file dialog: it proposes a file beside the model, and accepting a
// name that is already taken asks before replacing it (Qt 6.4's own dialog does not), while
// Cancel leaves the file as it was.
#include "app/document_controller.h"
#include "window_input.h"

#include <QFile>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(TopographPlugin)

using topograph::DocumentController;
using topograph::testing::MainWindowUnderTest;

class ReplaceConfirmTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QQuickStyle::setStyle(QStringLiteral("Fusion"));
    }

    void exportingOverAFileAsksFirst() {
        QTemporaryDir folder;
        const QString model = folder.filePath(QStringLiteral("net.yaml"));
        QVERIFY(QFile::copy(QStringLiteral(TOPOGRAPH_EXAMPLES_DIR "/three-tier-web.yaml"), model));
        DocumentController controller;
        QVERIFY(controller.open(QUrl::fromLocalFile(model)));
        MainWindowUnderTest main;
        const QString loaded = main.load(controller);
        QVERIFY2(loaded.isEmpty(), qPrintable(loaded));
        QObject* dialog = main.window()->findChild<QObject*>(QStringLiteral("exportDialog"));
        QObject* popup = main.window()->findChild<QObject*>(QStringLiteral("confirmReplace"));
        QVERIFY(dialog != nullptr && popup != nullptr);

        // The proposal: beside the model, never the model itself.
        const QString taken = folder.filePath(QStringLiteral("net-cloudformation.yaml"));
        QCOMPARE(
            controller.suggestedExportFile(QStringLiteral("cloudformation"), QStringLiteral("yaml"))
                .toLocalFile(),
            taken);

        // A free name is written at once.
        dialog->setProperty("format", QStringLiteral("cloudformation"));
        dialog->setProperty("selectedFile", QUrl::fromLocalFile(taken));
        QVERIFY(QMetaObject::invokeMethod(dialog, "accepted"));
        QVERIFY(!popup->property("visible").toBool());
        QVERIFY(QFile::exists(taken));

        // A taken one asks; Cancel leaves the file alone.
        {
            QFile file(taken);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("keep me\n");
        }
        QVERIFY(QMetaObject::invokeMethod(dialog, "accepted"));
        QTRY_VERIFY(popup->property("visible").toBool());
        QVERIFY(popup->property("text").toString().contains(QStringLiteral("net-cloudformation")));
        QVERIFY(QMetaObject::invokeMethod(popup, "reject"));
        QTRY_VERIFY(!popup->property("visible").toBool());
        QFile kept(taken);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("keep me\n"));
        kept.close();

        // Replace writes it.
        QVERIFY(QMetaObject::invokeMethod(dialog, "accepted"));
        QTRY_VERIFY(popup->property("visible").toBool());
        QVERIFY(QMetaObject::invokeMethod(popup, "accept"));
        QFile replaced(taken);
        QVERIFY(replaced.open(QIODevice::ReadOnly));
        QVERIFY(replaced.readAll().contains("AWSTemplateFormatVersion"));
        QVERIFY(!controller.modified());
        QVERIFY2(
            main.warnings().isEmpty(),
            qPrintable(main.warnings().isEmpty() ? QString() : main.warnings().first().toString()));
    }
};

QTEST_MAIN(ReplaceConfirmTest)
#include "replace_confirm_test.moc"
