// SPDX-License-Identifier: Apache-2.0
// The PNG path of the diagram exporters: size follows the scale, the background option holds,
// and what is drawn actually lands in the pixels.
#include "app/render/svg_rasterizer.h"

#include <QTest>

using topograph::render::Background;
using topograph::render::rasterizeSvg;
using topograph::render::RasterOptions;

namespace {

// A 200 x 100 diagram: a purple box on the left half, nothing on the right half.
const QByteArray boxSvg = "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 200 100' "
                          "width='200' height='100'>"
                          "<rect x='10' y='10' width='80' height='80' fill='#8C4FFF'/></svg>";

// 100,000 units wide: at 4x far beyond any image we agree to allocate.
const QByteArray hugeSvg = "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 100000 100' "
                           "width='100000' height='100'><rect width='10' height='10'/></svg>";

int countPixelsNot(const QImage& image, QRgb colour) {
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            count += image.pixel(x, y) != colour ? 1 : 0;
        }
    }
    return count;
}

} // namespace

class SvgRasterizerTest : public QObject {
    Q_OBJECT

private slots:
    void sizeFollowsTheScale_data() {
        QTest::addColumn<double>("scale");
        QTest::newRow("1x") << 1.0;
        QTest::newRow("2x") << 2.0;
        QTest::newRow("4x") << 4.0;
    }
    void sizeFollowsTheScale() {
        QFETCH(double, scale);
        const auto result = rasterizeSvg(boxSvg, RasterOptions{scale, Background::White});
        QVERIFY2(!result.image.isNull(), qPrintable(result.error));
        QCOMPARE(result.image.width(), qRound(200 * scale));
        QCOMPARE(result.image.height(), qRound(100 * scale));
    }

    void whiteBackgroundWithTheDrawingOnIt() {
        const auto result = rasterizeSvg(boxSvg, RasterOptions{1.0, Background::White});
        QVERIFY(!result.image.isNull());
        QCOMPARE(QColor(result.image.pixel(150, 90)), QColor(Qt::white));
        QCOMPARE(QColor(result.image.pixel(50, 50)), QColor("#8C4FFF"));
        QVERIFY(countPixelsNot(result.image, qRgb(255, 255, 255)) > 80 * 80 - 10);
    }

    void transparentBackgroundKeepsOnlyTheDrawing() {
        const auto result = rasterizeSvg(boxSvg, RasterOptions{1.0, Background::Transparent});
        QVERIFY(!result.image.isNull());
        QCOMPARE(qAlpha(result.image.pixel(150, 90)), 0);
        QCOMPARE(qAlpha(result.image.pixel(50, 50)), 255);
    }

    void garbageIsRefusedWithAReason() {
        const auto result = rasterizeSvg("this is not svg", RasterOptions{});
        QVERIFY(result.image.isNull());
        QVERIFY(result.error.contains("SVG"));
    }

    void absurdSizesAreRefusedNotAllocated() {
        const QByteArray huge = hugeSvg;
        const auto result = rasterizeSvg(huge, RasterOptions{4.0, Background::White});
        QVERIFY(result.image.isNull());
        QVERIFY(result.error.contains("smaller scale"));
    }
};

QTEST_MAIN(SvgRasterizerTest)
#include "svg_rasterizer_test.moc"
