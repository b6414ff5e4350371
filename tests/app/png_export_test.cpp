// SPDX-License-Identifier: Apache-2.0
// The PNG export of every bundled example and every corpus template, rendered headless through
// Qt: the image has the scaled size of the diagram, is not blank, and shows the colours of the
// diagram (purple VPC borders, teal or green subnets) rather than only text.
#include "app/document_export.h"
#include "core/layout/layout.h"
#include "exporters/cloudformation/cfn_import.h"
#include "exporters/model_yaml/model_file.h"

#include <algorithm>
#include <cstdlib>
#include <QDir>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using topograph::Document;

namespace {

QStringList inputs() {
    QStringList files;
    const QDir examples(QStringLiteral(TOPOGRAPH_EXAMPLES_DIR));
    for (const QString& name : examples.entryList({QStringLiteral("*.yaml")}, QDir::Files)) {
        files << examples.filePath(name);
    }
    const QDir corpus(QStringLiteral(TOPOGRAPH_SHARED_DIR "/corpus/cfn"));
    for (const QString& name :
         corpus.entryList({QStringLiteral("*.yaml"), QStringLiteral("*.json")}, QDir::Files)) {
        files << corpus.filePath(name);
    }
    return files;
}

Document load(const QString& path) {
    const std::string file = path.toStdString();
    if (path.contains(QStringLiteral("/corpus/"))) {
        Document document = topograph::importTemplateFile(file).document;
        topograph::layOut(document);
        return document;
    }
    return topograph::loadModelFile(file);
}

/// Share of pixels that are neither white nor transparent, and whether a saturated colour of
/// the diagram palette appears (so the picture is more than black text on white).
struct Coverage {
    double inked = 0;
    bool coloured = false;
};

Coverage coverageOf(const QImage& image) {
    qsizetype inked = 0;
    bool coloured = false;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            const QColor colour = image.pixelColor(x, y);
            if (colour.alpha() > 0 && colour != QColor(Qt::white)) {
                ++inked;
            }
            coloured = coloured || (colour.hsvSaturation() > 120 && colour.value() > 80);
        }
    }
    const double samples = double(image.width() / 2 + 1) * double(image.height() / 2 + 1);
    return {double(inked) / samples, coloured};
}

} // namespace

class PngExportTest : public QObject {
    Q_OBJECT

private slots:
    void everyExampleAndTemplateRendersAPicture_data() {
        QTest::addColumn<QString>("path");
        const QStringList files = inputs();
        QVERIFY2(files.size() >= 3, "the examples are missing");
        for (const QString& file : files) {
            QTest::newRow(qPrintable(QFileInfo(file).fileName())) << file;
        }
    }
    void everyExampleAndTemplateRendersAPicture() {
        QFETCH(QString, path);
        const Document document = load(path);
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        topograph::ExportRequest request;
        request.format = QStringLiteral("png");
        request.path = folder.filePath(QStringLiteral("1x.png"));
        QCOMPARE(topograph::exportDocument(document, request), QString());
        const QImage once(request.path);
        QVERIFY(!once.isNull());
        QVERIFY2(once.width() >= 100 && once.height() >= 100,
                 qPrintable(QStringLiteral("%1 x %2").arg(once.width()).arg(once.height())));
        const Coverage coverage = coverageOf(once);
        QVERIFY2(coverage.inked > 0.02, qPrintable(QString::number(coverage.inked)));
        // Only a template of resources Topograph merely keeps (grey boxes) has nothing coloured.
        const bool modelsSomething =
            std::any_of(document.resources().begin(), document.resources().end(),
                        [](const topograph::Resource& r) {
                            return r.kind() != topograph::ResourceKind::External;
                        });
        QCOMPARE(coverage.coloured, modelsSomething);

        request.path = folder.filePath(QStringLiteral("2x.png"));
        request.pngScale = 2;
        QCOMPARE(topograph::exportDocument(document, request), QString());
        const QImage twice(request.path);
        // Each size is rounded up to whole pixels, so 2x may be one pixel short of twice 1x.
        QVERIFY(std::abs(twice.width() - 2 * once.width()) <= 1);
        QVERIFY(std::abs(twice.height() - 2 * once.height()) <= 1);
    }
};

QTEST_MAIN(PngExportTest)
#include "png_export_test.moc"
