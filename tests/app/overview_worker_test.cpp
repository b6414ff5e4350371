// SPDX-License-Identifier: Apache-2.0
// The far-zoom image painted off the GUI thread: OverviewRenderer (one paint at a time, the
// newest request winning, nothing delivered after cancel or destruction) and DiagramOverview
// in a real window (the worker's image is the synchronous painter's, the previous image stays
// until it is ready, an edit or a new document during a paint is never lost, and closing the
// window or dropping the models during a paint crashes nothing).
#include "app/canvas/diagram_overview.h"
#include "app/canvas/overview_renderer.h"
#include "app/document_controller.h"

#include <memory>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSemaphore>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QThread>

using topograph::DiagramOverview;
using topograph::DocumentController;
using topograph::OverviewJob;
using topograph::OverviewRenderer;

namespace {

/// A job told apart by its generation.
OverviewJob jobNumber(quint64 generation) {
    OverviewJob job;
    job.area = QRectF(0, 0, 10, 10);
    job.scale = 1;
    job.generation = generation;
    return job;
}

/// A paint that waits until the test lets it go (or it is stopped), then returns a 1 x 1
/// image whose red channel is the job's generation.
struct GatedPaint {
    std::shared_ptr<QSemaphore> gate = std::make_shared<QSemaphore>();

    OverviewRenderer::PaintFunction function() const {
        return [gate = gate](const OverviewJob& job, const std::atomic<bool>& stop) {
            while (!gate->tryAcquire(1, 5)) {
                if (stop.load()) {
                    return QImage();
                }
            }
            QImage image(1, 1, QImage::Format_ARGB32_Premultiplied);
            image.fill(QColor(static_cast<int>(job.generation), 0, 0));
            return image;
        };
    }
};

QString examplePath(const char* name) {
    return QStringLiteral(TOPOGRAPH_EXAMPLES_DIR "/") + QLatin1String(name);
}

/// A window showing a DiagramOverview of the whole diagram, as the canvas places it.
struct OverviewWindow {
    QQuickWindow window;
    DiagramOverview* overview = nullptr;

    bool open(DocumentController& controller, qreal scale) {
        window.resize(400, 300);
        overview = new DiagramOverview(window.contentItem());
        overview->setItems(controller.items());
        overview->setEdges(controller.edges());
        const topograph::DiagramModel& items = *controller.items();
        overview->setArea(QRectF(0, 0, items.sceneWidth(), items.sceneHeight()));
        overview->setRenderScale(scale);
        window.show();
        return QTest::qWaitForWindowExposed(&window);
    }

    /// The three-tier example shown at 25 %, once its first image is there.
    bool showExample(DocumentController& controller) {
        return controller.open(QUrl::fromLocalFile(examplePath("three-tier-web.yaml"))) &&
               open(controller, 0.25) &&
               QTest::qWaitFor([this] { return !overview->image().isNull(); }, 5000);
    }
};

/// Runs `action` once, when the overview's next paint has been handed to the worker: at once
/// (inside the polish that requested it, so surely while it runs) or, `queued`, from the
/// event loop a moment later (for what must not happen inside a polish, like closing the
/// window; the paints here take tens of milliseconds, so it is then still running too).
template <typename Action>
void whenPaintStarts(DiagramOverview& overview, Action action, bool queued = false) {
    QObject::connect(
        &overview, &DiagramOverview::paintingChanged, &overview,
        [&overview, action, queued] {
            if (!overview.painting()) {
                return;
            }
            if (queued) {
                QMetaObject::invokeMethod(QCoreApplication::instance(), action,
                                          Qt::QueuedConnection);
            } else {
                action();
            }
        },
        Qt::SingleShotConnection);
}

/// Waits until the overview has no paint running or waiting and its image is shown.
bool settled(DiagramOverview& overview) {
    return QTest::qWaitFor([&overview] { return !overview.painting(); }, 10000);
}

} // namespace

class OverviewWorkerTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void requestsWhileAPaintRunsCoalesceToTheNewest() {
        GatedPaint paint;
        OverviewRenderer renderer(paint.function());
        QSignalSpy finished(&renderer, &OverviewRenderer::finished);
        renderer.request(jobNumber(1));
        renderer.request(jobNumber(2));
        renderer.request(jobNumber(3));
        QVERIFY(renderer.busy());
        paint.gate->release(2);
        QTRY_COMPARE(finished.size(), 2);
        // The first ran; of the two that waited, only the newest was painted.
        QCOMPARE(finished.at(0).at(3).toULongLong(), 1u);
        QCOMPARE(finished.at(1).at(3).toULongLong(), 3u);
        QCOMPARE(qRed(finished.at(1).at(0).value<QImage>().pixel(0, 0)), 3);
        QTRY_VERIFY(!renderer.busy());
        QTest::qWait(20);
        QCOMPARE(finished.size(), 2);
    }

    void aCancelledPaintIsNeverDelivered() {
        GatedPaint paint;
        OverviewRenderer renderer(paint.function());
        QSignalSpy finished(&renderer, &OverviewRenderer::finished);
        renderer.request(jobNumber(1));
        renderer.request(jobNumber(2));
        renderer.cancel();
        QVERIFY(!renderer.busy());
        // A new request after the cancel is painted, and only it.
        renderer.request(jobNumber(3));
        paint.gate->release(3);
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(3).toULongLong(), 3u);
        QTRY_VERIFY(!renderer.busy());
    }

    void destroyingTheRendererDuringAPaintStopsIt() {
        GatedPaint paint;
        auto renderer = std::make_unique<OverviewRenderer>(paint.function());
        renderer->request(jobNumber(1));
        renderer->request(jobNumber(2));
        QThread::msleep(20); // the paint is running, waiting at its gate
        QElapsedTimer clock;
        clock.start();
        renderer.reset(); // never released: only the stop flag ends the paint
        QVERIFY(clock.elapsed() < 2000);
        // Nothing was posted to the destroyed renderer that could run now.
        QCoreApplication::processEvents();
    }

    void theWorkersImageIsTheSynchronousPaintersAndReplacesTheOldOneWhenReady() {
        DocumentController controller;
        QVERIFY(controller.open(QUrl::fromLocalFile(examplePath("three-tier-web.yaml"))));
        OverviewWindow shown;
        QVERIFY(shown.open(controller, 0.25));
        DiagramOverview& overview = *shown.overview;
        // The first image is painted before the first frame: there was nothing to show.
        QTRY_VERIFY(!overview.image().isNull());
        QVERIFY(!overview.painting());
        QCOMPARE(overview.imageScale(), 0.25);
        const QImage quarter = overview.image();
        QCOMPARE(quarter, overview.paintNow());

        // A new scale is painted on the worker; meanwhile the old image stays. The check runs
        // when the paint starts, so it cannot be skipped by a paint that finishes quickly.
        QSignalSpy painted(&overview, &DiagramOverview::painted);
        bool checkedWhilePainting = false;
        bool oldImageStayed = false;
        whenPaintStarts(overview, [&] {
            checkedWhilePainting = true;
            oldImageStayed = overview.image() == quarter && overview.imageScale() == 0.25;
        });
        overview.setRenderScale(1);
        QTRY_VERIFY(checkedWhilePainting);
        QVERIFY(oldImageStayed);
        QVERIFY(settled(overview));
        QTRY_COMPARE(painted.size(), 1);
        QCOMPARE(overview.imageScale(), 1.0);
        QCOMPARE(overview.image().size(), quarter.size() * 4);
        QCOMPARE(overview.image(), overview.paintNow());
    }

    void anEditDuringAPaintIsShownOnceItIsDone() {
        DocumentController controller;
        OverviewWindow shown;
        QVERIFY(shown.showExample(controller));
        DiagramOverview& overview = *shown.overview;

        // A large paint starts on the worker; the edit lands while it runs.
        const QString id =
            controller.nodes()->index(0, 0).data(topograph::DiagramModel::ItemIdRole).toString();
        bool moved = false;
        whenPaintStarts(overview, [&] { moved = controller.moveItems({id}, 0, 300); });
        overview.setRenderScale(2);
        QTRY_VERIFY(moved);
        QVERIFY(settled(overview));
        QTest::qWait(20);
        // What is shown is the edited diagram, not the paint that started before the edit.
        const QImage afterMove = overview.paintNow();
        QCOMPARE(overview.image(), afterMove);
        // The move shows at this scale: without it the picture differs.
        controller.undo();
        QVERIFY(overview.paintNow() != afterMove);
    }

    void anEditWhileHiddenIsPaintedBeforeTheImageIsShownAgain() {
        DocumentController controller;
        OverviewWindow shown;
        QVERIFY(shown.showExample(controller));
        DiagramOverview& overview = *shown.overview;
        QVERIFY(settled(overview));

        // Zoomed in (hidden), an item moves; zoomed out again, the old image must not show
        // for even one frame: it is painted before the frame, not on the worker.
        overview.setVisible(false);
        const QString id =
            controller.nodes()->index(0, 0).data(topograph::DiagramModel::ItemIdRole).toString();
        QVERIFY(controller.moveItems({id}, 0, 300));
        QSignalSpy painted(&overview, &DiagramOverview::painted);
        QSignalSpy painting(&overview, &DiagramOverview::paintingChanged);
        overview.setVisible(true);
        QTRY_COMPARE(painted.size(), 1);
        QCOMPARE(painting.size(), 0);
        QCOMPARE(overview.image(), overview.paintNow());
    }

    void aNewDocumentDuringAPaintIsShownAtOnce() {
        DocumentController controller;
        OverviewWindow shown;
        QVERIFY(shown.showExample(controller));
        DiagramOverview& overview = *shown.overview;

        bool reopened = false;
        bool abandoned = false;
        whenPaintStarts(overview, [&] {
            reopened = controller.open(QUrl::fromLocalFile(examplePath("transit-hub.yaml")));
            // The old document's paint is abandoned at once; the new one is painted before
            // the next frame.
            abandoned = !overview.painting();
        });
        overview.setRenderScale(2);
        QTRY_VERIFY(reopened);
        QVERIFY(abandoned);
        const topograph::DiagramModel& items = *controller.items();
        overview.setArea(QRectF(0, 0, items.sceneWidth(), items.sceneHeight()));
        QTRY_COMPARE(overview.imageArea(), QRectF(0, 0, items.sceneWidth(), items.sceneHeight()));
        QVERIFY(settled(overview));
        QTest::qWait(20);
        QCOMPARE(overview.image(), overview.paintNow());
    }

    void closingTheWindowOrDroppingTheModelsDuringAPaintIsSafe() {
        {
            DocumentController controller;
            QVERIFY(controller.open(QUrl::fromLocalFile(examplePath("three-tier-web.yaml"))));
            auto shown = std::make_unique<OverviewWindow>();
            QVERIFY(shown->open(controller, 0.25));
            QTRY_VERIFY(!shown->overview->image().isNull());
            bool closed = false;
            // The window and the overview go while the worker paints.
            whenPaintStarts(
                *shown->overview,
                [&] {
                    shown.reset();
                    closed = true;
                },
                true);
            shown->overview->setRenderScale(2);
            QTRY_VERIFY(closed);
            QTest::qWait(50);
        }
        {
            auto controller = std::make_unique<DocumentController>();
            QVERIFY(controller->open(QUrl::fromLocalFile(examplePath("three-tier-web.yaml"))));
            OverviewWindow shown;
            QVERIFY(shown.open(*controller, 0.25));
            QTRY_VERIFY(!shown.overview->image().isNull());
            // The models go while the worker paints (its own copy of them).
            whenPaintStarts(
                *shown.overview, [&] { controller.reset(); }, true);
            shown.overview->setRenderScale(2);
            QTRY_VERIFY(controller == nullptr);
            QVERIFY(settled(*shown.overview));
            QTest::qWait(20);
            QVERIFY(shown.overview->items() == nullptr);
        }
    }
};

QTEST_MAIN(OverviewWorkerTest)
#include "overview_worker_test.moc"
