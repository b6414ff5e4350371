// SPDX-License-Identifier: Apache-2.0
// The export dialog's preview and options: the preview fits its box, says the exported image's
// size, follows every option and every edit, warns before an export that would be too large,
// and the file written with the same options looks like the preview.
#include "app/document_controller.h"
#include "app/export/export_preview.h"

#include <QImage>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using topograph::DocumentController;
using topograph::ExportPreview;

namespace {

QImage decode(const QUrl& url) {
    const QString text = url.toString();
    const QString prefix = QStringLiteral("data:image/png;base64,");
    if (!text.startsWith(prefix)) {
        return {};
    }
    return QImage::fromData(QByteArray::fromBase64(text.mid(prefix.size()).toLatin1()), "PNG");
}

bool openExample(DocumentController& controller) {
    return controller.open(
        QUrl::fromLocalFile(QStringLiteral(TOPOGRAPH_EXAMPLES_DIR "/three-tier-web.yaml")));
}

} // namespace

class ExportPreviewTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void rendersOnlyWhileActiveAndFitsItsBox() {
        DocumentController controller;
        QVERIFY(openExample(controller));
        ExportPreview preview;
        preview.setController(&controller);
        preview.renderNow();
        QVERIFY(preview.imageUrl().isEmpty());

        preview.setActive(true);
        QSignalSpy changed(&preview, &ExportPreview::previewChanged);
        QVERIFY(changed.wait(2000)); // rendered on the next turn of the event loop
        const QImage image = decode(preview.imageUrl());
        QVERIFY(!image.isNull());
        QVERIFY(image.width() <= preview.maximumWidth());
        QVERIFY(image.height() <= preview.maximumHeight());
        QVERIFY(image.width() == preview.maximumWidth() ||
                image.height() == preview.maximumHeight());
        QVERIFY2(preview.sizeText().endsWith(QStringLiteral("pixels")),
                 qPrintable(preview.sizeText()));
        QVERIFY(preview.error().isEmpty());
    }

    void sizeFollowsTheScaleAndFormat() {
        DocumentController controller;
        QVERIFY(openExample(controller));
        ExportPreview preview;
        preview.setController(&controller);
        preview.setActive(true);
        const auto sizeAt = [&preview](double scale) {
            preview.setScale(scale);
            preview.renderNow();
            // "2,400 × 1,600 pixels": the width, in this locale's digits.
            QString width = preview.sizeText().section(QChar(0x00d7), 0, 0).trimmed();
            width.remove(QLocale().groupSeparator());
            return width.toInt();
        };
        const int one = sizeAt(1);
        QVERIFY(one > 100);
        QCOMPARE(sizeAt(4), one * 4);
        preview.setFormat(QStringLiteral("svg"));
        preview.renderNow();
        QVERIFY2(preview.sizeText().contains(QStringLiteral("scalable")),
                 qPrintable(preview.sizeText()));
    }

    void followsTheOptions() {
        DocumentController controller;
        QVERIFY(openExample(controller));
        ExportPreview preview;
        preview.setController(&controller);
        preview.setActive(true);
        preview.renderNow();
        const QImage white = decode(preview.imageUrl());
        QCOMPARE(white.pixelColor(1, 1), QColor(Qt::white));

        preview.setTransparent(true);
        preview.renderNow();
        const QImage transparent = decode(preview.imageUrl());
        QCOMPARE(transparent.pixelColor(1, 1).alpha(), 0);

        preview.setTransparent(false);
        preview.setLegend(false);
        preview.renderNow();
        QVERIFY(decode(preview.imageUrl()) != white);
    }

    void badgesShowTheFindingsAndFollowEdits() {
        DocumentController controller;
        QVERIFY(openExample(controller));
        ExportPreview preview;
        preview.setController(&controller);
        preview.setActive(true);
        preview.renderNow();
        const QImage clean = decode(preview.imageUrl());

        // An edit that makes a finding: the preview follows it without being asked.
        QVERIFY(controller.setSubnetCidr(QStringLiteral("db-a"), QStringLiteral("10.0.0.0/24")));
        QVERIFY(!controller.findings()->findings().empty());
        QSignalSpy changed(&preview, &ExportPreview::previewChanged);
        QVERIFY(changed.wait(2000));
        const QImage badged = decode(preview.imageUrl());
        QVERIFY(badged != clean);

        preview.setBadges(false);
        preview.renderNow();
        QVERIFY(decode(preview.imageUrl()) != badged);
    }

    void warnsBeforeAnExportTooLarge() {
        DocumentController controller;
        QVERIFY(openExample(controller));
        ExportPreview preview;
        preview.setController(&controller);
        preview.setActive(true);
        // A region dropped far to the right makes the diagram over 4,000 units wide: at 4x
        // (print), more than the 16,384 pixels a side an image may have.
        QCOMPARE(controller.addItemAt(QStringLiteral("region"), 4500, 200), QString());
        preview.setScale(4);
        preview.renderNow();
        QVERIFY2(preview.error().contains(QStringLiteral("smaller scale")),
                 qPrintable(preview.error()));
        QVERIFY(!decode(preview.imageUrl()).isNull()); // the preview still shows the diagram
    }

    void theExportedFileUsesTheOptions() {
        DocumentController controller;
        QVERIFY(openExample(controller));
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("plain.svg"));
        QCOMPARE(controller.exportTo(QStringLiteral("svg"), QUrl::fromLocalFile(path), 1.0, true,
                                     false, false),
                 QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray transparentSvg = file.readAll();
        const QString withPage = folder.filePath(QStringLiteral("page.svg"));
        QCOMPARE(controller.exportTo(QStringLiteral("svg"), QUrl::fromLocalFile(withPage)),
                 QString());
        QFile pageFile(withPage);
        QVERIFY(pageFile.open(QIODevice::ReadOnly));
        QVERIFY(pageFile.readAll().size() > transparentSvg.size()); // white page and legend

        // Qt 6.4's own file dialog gives a typed name as a URL without the file: scheme.
        const QString typed = folder.filePath(QStringLiteral("typed.yaml"));
        QCOMPARE(controller.exportTo(QStringLiteral("cloudformation"), QUrl(typed)), QString());
        QVERIFY(QFile::exists(typed));
        const QString saved = folder.filePath(QStringLiteral("saved.yaml"));
        QVERIFY(controller.saveAs(QUrl(saved)));
        QVERIFY(QFile::exists(saved));
        QVERIFY(controller.open(QUrl(saved)));
        QVERIFY(!controller.exportTo(QStringLiteral("svg"), QUrl(QStringLiteral("relative.svg")))
                     .isEmpty());

        const QString png = folder.filePath(QStringLiteral("clear.png"));
        QCOMPARE(controller.exportTo(QStringLiteral("png"), QUrl::fromLocalFile(png), 1.0, true),
                 QString());
        QCOMPARE(QImage(png).pixelColor(1, 1).alpha(), 0);
    }
};

QTEST_MAIN(ExportPreviewTest)
#include "export_preview_test.moc"
