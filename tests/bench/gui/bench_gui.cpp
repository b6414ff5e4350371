// SPDX-License-Identifier: Apache-2.0
// bench_gui: the real Main.qml under Qt Quick's software renderer with a generated model of
// about 2,000 drawn items. Measures opening (controller.open() through the first frame
// swapped), frame times while panning and zooming, one edit until its findings are shown, and
// the resident memory. Not a CTest: run it by hand, see docs/GUI-PERFORMANCE.md.
//
//   bench_gui [--vpcs N] [--workloads N] [--frames N] [--edits N] [--width W] [--height H]
//             [--open async|sync] [-platform xcb]
//
// QT_QUICK_BACKEND=software and QT_QPA_PLATFORM=offscreen are set here before QGuiApplication
// unless the environment (or -platform) already chose otherwise.
#include "app/canvas/diagram_overview.h"
#include "app/document_controller.h"
#include "exporters/model_yaml/model_file.h"
#include "frame_recorder.h"
#include "sample_stats.h"
#include "synthetic_network.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMetaMethod>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(TopographPlugin)

using topograph::DocumentController;
using topograph::bench::FrameRecorder;
using topograph::bench::SampleStats;

namespace {

const QUrl mainQml(QStringLiteral("qrc:/qt/qml/Topograph/qml/Main.qml"));

bool hasPlatformArgument(int argc, char* argv[]) {
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "-platform") == 0 || qstrcmp(argv[i], "--platform") == 0) {
            return true;
        }
    }
    return false;
}

QString firstLineOf(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readLine()).trimmed()
                                          : QStringLiteral("?");
}

/// VmRSS and VmHWM of this process in MiB, from /proc/self/status.
std::pair<double, double> residentMemoryMiB() {
    QFile file(QStringLiteral("/proc/self/status"));
    double rss = 0;
    double peak = 0;
    if (file.open(QIODevice::ReadOnly)) {
        for (const QByteArray& line : file.readAll().split('\n')) {
            const auto kib = [&line] {
                return line.simplified().split(' ').value(1).toDouble() / 1024.0;
            };
            if (line.startsWith("VmRSS:")) {
                rss = kib();
            } else if (line.startsWith("VmHWM:")) {
                peak = kib();
            }
        }
    }
    return {rss, peak};
}

int countItems(QQuickItem* item) {
    int count = 1;
    for (QQuickItem* child : item->childItems()) {
        count += countItems(child);
    }
    return count;
}

QQuickItem* findItem(QQuickItem* root, const QString& name) {
    if (root->objectName() == name) {
        return root;
    }
    for (QQuickItem* child : root->childItems()) {
        if (QQuickItem* found = findItem(child, name)) {
            return found;
        }
    }
    return nullptr;
}

/// Calls a QML function by name, converting each argument to the declared parameter type (a
/// typed QML function has real C++ parameter types, an untyped one takes QVariants).
bool callQml(QObject* object, const char* name, QVariantList arguments) {
    const QMetaObject* meta = object->metaObject();
    for (int index = meta->methodOffset(); index < meta->methodCount(); ++index) {
        const QMetaMethod method = meta->method(index);
        if (method.name() != name || method.parameterCount() != arguments.size()) {
            continue;
        }
        std::vector<QGenericArgument> generic;
        for (int i = 0; i < method.parameterCount(); ++i) {
            QVariant& argument = arguments[i];
            const QMetaType type = method.parameterMetaType(i);
            if (type == QMetaType::fromType<QVariant>()) {
                generic.emplace_back("QVariant", &argument);
            } else {
                argument.convert(type);
                generic.emplace_back(type.name(), argument.constData());
            }
        }
        generic.resize(4);
        return method.invoke(object, Qt::DirectConnection, generic[0], generic[1], generic[2],
                             generic[3]);
    }
    return false;
}

/// Runs the event loop until the window swaps a frame; false after `timeoutMs` without one.
bool waitForFrame(FrameRecorder& recorder, int timeoutMs) {
    QEventLoop loop;
    bool swapped = false;
    QObject::connect(&recorder, &FrameRecorder::frameSwapped, &loop, [&] {
        swapped = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return swapped;
}

/// Runs the event loop until the controller is no longer Loading (an openAsync() finished);
/// false after `timeoutMs`.
bool waitForOpen(DocumentController& controller, int timeoutMs) {
    if (controller.status() != DocumentController::Status::Loading) {
        return true;
    }
    QEventLoop loop;
    QObject::connect(&controller, &DocumentController::openFinished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return controller.status() != DocumentController::Status::Loading;
}

/// The longest time the GUI thread gave no timer a turn while it was running: a 5 ms timer
/// notes each tick, so that a frozen window shows as one long gap.
class StallMeter : public QObject {
public:
    StallMeter() {
        clock_.start();
        timer_.setInterval(5);
        QObject::connect(&timer_, &QTimer::timeout, this, [this] { tick(); });
        timer_.start();
    }
    double longestGap() {
        tick();
        return longest_;
    }

private:
    void tick() {
        const double now = static_cast<double>(clock_.nsecsElapsed()) / 1e6;
        longest_ = std::max(longest_, now - last_);
        last_ = now;
    }
    QElapsedTimer clock_;
    QTimer timer_;
    double last_ = 0;
    double longest_ = 0;
};

/// Lets pending frames (transitions, late image loads) finish: returns once no frame came for
/// 300 ms, or after 10 s.
void settle(FrameRecorder& recorder) {
    for (int i = 0; i < 30 && waitForFrame(recorder, 300); ++i) {
    }
}

struct FrameSeries {
    std::vector<double> intervals; // frameSwapped to frameSwapped
    std::vector<double> latencies; // step applied to frameSwapped
    std::vector<double> renders;   // beforeSynchronizing to afterRendering
    int stalls = 0;                // steps that drew no frame within a second
};

/// Applies step(i) after each swapped frame for `frames` frames (each step queued right after
/// the previous frame, as input events arrive between frames) and records every frame.
FrameSeries driveFrames(QQuickWindow* window, FrameRecorder& recorder, int frames,
                        const std::function<void(int)>& step) {
    settle(recorder);
    FrameSeries series;
    QEventLoop loop;
    QTimer watchdog;
    watchdog.setSingleShot(true);
    watchdog.setInterval(1000);
    int applied = 0;
    double stepAt = 0;
    double previousSwap = -1;
    const auto next = [&] {
        if (applied == frames) {
            loop.quit();
            return;
        }
        stepAt = recorder.now();
        step(applied++);
        watchdog.start();
    };
    QObject::connect(&watchdog, &QTimer::timeout, &loop, [&] {
        ++series.stalls;
        previousSwap = -1;
        window->update();
        next();
    });
    QObject::connect(&recorder, &FrameRecorder::frameSwapped, &loop, [&] {
        watchdog.stop();
        const auto& frame = recorder.frames().back();
        series.latencies.push_back(frame.swapped - stepAt);
        series.renders.push_back(frame.syncAndRender());
        if (previousSwap >= 0) {
            series.intervals.push_back(frame.swapped - previousSwap);
        }
        previousSwap = frame.swapped;
        QMetaObject::invokeMethod(&loop, next, Qt::QueuedConnection);
    });
    QMetaObject::invokeMethod(&loop, next, Qt::QueuedConnection);
    loop.exec();
    return series;
}

void printSeries(const char* title, const FrameSeries& series) {
    std::printf("%s\n", title);
    SampleStats::of(series.intervals).print("frame interval (swap to swap)");
    SampleStats::of(series.latencies).print("step applied -> frame swapped");
    SampleStats::of(series.renders).print("sync + render (software)");
    if (series.stalls > 0) {
        std::printf("  %d steps drew no frame within 1 s\n", series.stalls);
    }
}

/// Two subnets of one VPC: the edit gives the second the first's block (an overlap) and back.
std::pair<const topograph::Resource*, const topograph::Resource*>
twoSubnetsOfOneVpc(const topograph::Document& document) {
    const topograph::Resource* first = nullptr;
    for (const topograph::Resource& resource : document.resources()) {
        const auto* subnet = resource.as<topograph::Subnet>();
        if (subnet == nullptr) {
            continue;
        }
        if (first != nullptr && first->as<topograph::Subnet>()->vpc == subnet->vpc) {
            return {first, &resource};
        }
        first = &resource;
    }
    return {nullptr, nullptr};
}

} // namespace

int main(int argc, char* argv[]) {
    // Read once when the first window is created: set before QGuiApplication.
    if (!qEnvironmentVariableIsSet("QT_QUICK_BACKEND")) {
        qputenv("QT_QUICK_BACKEND", "software");
    }
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM") && !hasPlatformArgument(argc, argv)) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QGuiApplication application(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // keep the recent-files list of the user alone
    QQuickStyle::setStyle(QStringLiteral("Fusion"));

    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption vpcsOption(QStringLiteral("vpcs"), QStringLiteral("VPCs"),
                                        QStringLiteral("N"), QStringLiteral("40"));
    const QCommandLineOption workloadsOption(QStringLiteral("workloads"),
                                             QStringLiteral("Instances"), QStringLiteral("N"),
                                             QStringLiteral("1440"));
    const QCommandLineOption framesOption(QStringLiteral("frames"),
                                          QStringLiteral("Frames per pan or zoom run"),
                                          QStringLiteral("N"), QStringLiteral("300"));
    const QCommandLineOption editsOption(QStringLiteral("edits"), QStringLiteral("Edits timed"),
                                         QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption widthOption(QStringLiteral("width"), QStringLiteral("Window width"),
                                         QStringLiteral("W"), QStringLiteral("1600"));
    const QCommandLineOption heightOption(QStringLiteral("height"), QStringLiteral("Window height"),
                                          QStringLiteral("H"), QStringLiteral("1000"));
    const QCommandLineOption writeModelOption(
        QStringLiteral("write-model"),
        QStringLiteral("Only write the generated model to FILE (to open it in the app)"),
        QStringLiteral("FILE"));
    const QCommandLineOption openOption(
        QStringLiteral("open"),
        QStringLiteral("async: as the app opens files (worker thread, Main.qml loading "
                       "meanwhile); sync: controller.open() on the GUI thread first"),
        QStringLiteral("async|sync"), QStringLiteral("async"));
    parser.addOptions({vpcsOption, workloadsOption, framesOption, editsOption, widthOption,
                       heightOption, writeModelOption, openOption});
    parser.process(application);
    const int frames = parser.value(framesOption).toInt();
    const int edits = parser.value(editsOption).toInt();
    const int width = parser.value(widthOption).toInt();
    const int height = parser.value(heightOption).toInt();
    const bool openAsync = parser.value(openOption) != QStringLiteral("sync");

    std::printf("bench_gui: Qt %s, platform %s, scene graph backend %s, %d CPUs\n", qVersion(),
                qPrintable(QGuiApplication::platformName()),
                qPrintable(qEnvironmentVariable("QT_QUICK_BACKEND")), QThread::idealThreadCount());
    std::printf("load average at start: %s\n",
                qPrintable(firstLineOf(QStringLiteral("/proc/loadavg"))));

    // 1. The model: M's proportions scaled to about 2,000 drawn items.
    topograph::bench::NetworkShape shape = topograph::bench::NetworkShape::medium();
    shape.name = "GUI";
    shape.vpcs = parser.value(vpcsOption).toInt();
    shape.workloads = parser.value(workloadsOption).toInt();
    shape.securityGroups = shape.workloads * 2 / 5;
    shape.naclEntries = shape.vpcs * 60;
    const topograph::Document generated = topograph::bench::generateNetwork(shape);
    QTemporaryDir folder;
    const QString modelPath = parser.isSet(writeModelOption)
                                  ? parser.value(writeModelOption)
                                  : folder.filePath(QStringLiteral("generated.yaml"));
    {
        std::ofstream out(modelPath.toStdString(), std::ios::binary);
        out << topograph::writeModel(generated);
    }
    std::printf("model: %d VPCs, %d workloads: %zu resources, %zu objects, %lld bytes of YAML\n",
                shape.vpcs, shape.workloads, generated.size(),
                topograph::bench::objectCount(generated), QFileInfo(modelPath).size());
    if (parser.isSet(writeModelOption)) {
        return 0;
    }

    // 2. Opening as `topograph FILE` does: openAsync() (the worker reads while Main.qml loads
    // here), or with --open sync open(), then Main.qml; then the first frame with the document.
    DocumentController controller;
    QElapsedTimer clock;
    clock.start();
    const auto elapsed = [&clock] {
        return static_cast<double>(clock.nsecsElapsed()) / 1e6;
    };
    double openFinishedAt = -1;
    QObject::connect(&controller, &DocumentController::openFinished, &controller, [&] {
        if (openFinishedAt < 0) {
            openFinishedAt = elapsed();
        }
    });
    if (openAsync) {
        controller.openAsync(QUrl::fromLocalFile(modelPath));
    } else {
        controller.open(QUrl::fromLocalFile(modelPath));
    }
    if (controller.status() == DocumentController::Status::Error) {
        std::fprintf(stderr, "cannot open the model: %s\n", qPrintable(controller.errorString()));
        return 1;
    }
    const double opened = elapsed();
    QQmlApplicationEngine engine;
    int qmlWarnings = 0;
    QObject::connect(&engine, &QQmlEngine::warnings, &engine,
                     [&qmlWarnings](const QList<QQmlError>& warnings) {
                         qmlWarnings += static_cast<int>(warnings.size());
                         for (const QQmlError& warning : warnings) {
                             std::fprintf(stderr, "QML: %s\n", qPrintable(warning.toString()));
                         }
                     });
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine.setInitialProperties({{QStringLiteral("controller"), QVariant::fromValue(&controller)},
                                 {QStringLiteral("width"), width},
                                 {QStringLiteral("height"), height}});
    engine.load(mainQml);
    if (engine.rootObjects().isEmpty()) {
        return 3;
    }
    auto* window = qobject_cast<QQuickWindow*>(engine.rootObjects().constFirst());
    if (window == nullptr) {
        return 3;
    }
    FrameRecorder recorder(window);
    double firstFrame = -1;
    QObject::connect(
        window, &QQuickWindow::frameSwapped, &engine,
        [&] {
            if (firstFrame < 0) {
                firstFrame = static_cast<double>(clock.nsecsElapsed()) / 1e6;
            }
        },
        Qt::DirectConnection);
    const double loaded = elapsed();
    window->show();
    if (!waitForFrame(recorder, 30000)) {
        std::fprintf(stderr, "no frame within 30 s\n");
        return 4;
    }
    const double windowFrame = firstFrame;
    double documentFrame = firstFrame;
    if (openFinishedAt < 0 || openFinishedAt > windowFrame) {
        // The window came before the document: its first frame said "Opening…".
        if (!waitForOpen(controller, 30000) ||
            controller.status() != DocumentController::Status::Ready) {
            std::fprintf(stderr, "cannot open the model: %s\n",
                         qPrintable(controller.errorString()));
            return 1;
        }
        waitForFrame(recorder, 30000);
        documentFrame = elapsed();
    }
    QQuickItem* canvas = findItem(window->contentItem(), QStringLiteral("canvas"));
    if (canvas == nullptr) {
        std::fprintf(stderr, "Main.qml has no item named canvas\n");
        return 3;
    }
    const auto [rss, peakRss] = residentMemoryMiB();
    std::printf("drawn: %d items (%d containers, %d nodes), %d edges; %d findings; "
                "%d QQuickItems in the window\n",
                controller.items()->count(), controller.containers()->rowCount(),
                controller.nodes()->rowCount(), controller.edges()->rowCount(),
                controller.findings()->count(), countItems(window->contentItem()));
    if (openAsync) {
        std::printf("\nopening (cold, as `topograph FILE`: openAsync(), Main.qml meanwhile)\n");
        std::printf("  openAsync() returned                                 %8.1f ms\n", opened);
        std::printf("  Main.qml loaded                                      %8.1f ms\n", loaded);
        std::printf("  first frame swapped (the window)                     %8.1f ms\n",
                    windowFrame);
        std::printf("  document shown (worker done, models reset)           %8.1f ms\n",
                    openFinishedAt);
        std::printf("  total: openAsync() to the document's first frame     %8.1f ms\n",
                    documentFrame);
    } else {
        std::printf("\nopening (cold, --open sync: open(), then Main.qml)\n");
        std::printf("  controller.open() (read, lay out, validate, models)  %8.1f ms\n", opened);
        std::printf("  Main.qml loaded (delegates created)                  %8.1f ms\n",
                    loaded - opened);
        std::printf("  first frame swapped                                  %8.1f ms\n",
                    firstFrame - loaded);
        std::printf("  total: open() to first frame                         %8.1f ms\n",
                    firstFrame);
    }
    std::printf("memory after opening: RSS %.1f MiB (peak %.1f MiB)\n", rss, peakRss);

    // The same file opened again in the running window (File > Open), three times.
    std::vector<double> reopenCalls;
    std::vector<double> reopenFrames;
    std::vector<double> reopenStalls;
    for (int i = 0; i < 3; ++i) {
        controller.newDocument();
        settle(recorder);
        StallMeter stalls;
        const double start = recorder.now();
        if (openAsync) {
            controller.openAsync(QUrl::fromLocalFile(modelPath));
        } else {
            controller.open(QUrl::fromLocalFile(modelPath));
        }
        reopenCalls.push_back(recorder.now() - start);
        waitForOpen(controller, 30000);
        waitForFrame(recorder, 30000);
        reopenFrames.push_back(recorder.frames().back().swapped - start);
        reopenStalls.push_back(stalls.longestGap());
    }
    std::printf("opening in the running window (File > Open), 3 times\n");
    SampleStats::of(reopenCalls)
        .print(openAsync ? "openAsync() returns" : "controller.open() incl. delegates");
    SampleStats::of(reopenFrames).print("request to document's first frame");
    SampleStats::of(reopenStalls).print("longest GUI-thread stall meanwhile");
    settle(recorder);

    // 3. Panning at 100 % and at 25 %, then zooming from fit-to-window to 100 % and back.
    const double sceneWidth = controller.items()->sceneWidth();
    const double sceneHeight = controller.items()->sceneHeight();
    const auto panAt = [&](double zoom) {
        canvas->setProperty("userMoved", true);
        canvas->setProperty("zoom", zoom);
        const double startX = sceneWidth * zoom / 2 - width / 2.0;
        const double startY = sceneHeight * zoom / 2 - height / 2.0;
        return driveFrames(window, recorder, frames, [&](int i) {
            // A diagonal drag of 6 x 4 px per frame, back and forth every 100 frames.
            const int leg = (i / 100) % 2 == 0 ? i % 100 : 100 - i % 100;
            canvas->setProperty("contentX", startX + 6.0 * leg);
            canvas->setProperty("contentY", startY + 4.0 * leg);
        });
    };
    std::printf("\n");
    printSeries("panning at 100 %", panAt(1.0));
    printSeries("panning at 25 %", panAt(0.25));

    callQml(canvas, "fitToWindow", {});
    const double fitZoom = canvas->property("zoom").toDouble();
    const int half = std::max(1, frames / 2);
    const double factor = fitZoom < 1 ? std::pow(1.0 / fitZoom, 1.0 / half) : 1.01;
    const QPointF viewCentre(canvas->width() / 2, canvas->height() / 2);
    QQuickItem* overview = findItem(window->contentItem(), QStringLiteral("diagramOverview"));
    std::vector<int> overviewPaints;
    const FrameSeries zooming = driveFrames(window, recorder, 2 * half, [&](int i) {
        overviewPaints.push_back(overview ? overview->property("paintCount").toInt() : -1);
        callQml(canvas, "zoomAround", {i < half ? factor : 1.0 / factor, viewCentre});
    });
    const QString zoomTitle = QStringLiteral("zooming around the centre: fit (%1 %) -> 100 % -> "
                                             "fit, x%2 a frame")
                                  .arg(fitZoom * 100, 0, 'f', 1)
                                  .arg(factor, 0, 'f', 4);
    printSeries(qPrintable(zoomTitle), zooming);
    if (qEnvironmentVariableIsSet("BENCH_GUI_DUMP_ZOOM")) {
        // Per frame: the zoom it was drawn at and its step-to-swap latency, to see which zoom
        // levels cost (the zoom of step i is fitZoom * factor^(i+1) going in, then back).
        for (std::size_t i = 0; i < zooming.latencies.size(); ++i) {
            const int index = static_cast<int>(i);
            const int steps = index < half ? index + 1 : 2 * half - index - 1;
            std::fprintf(stderr, "zoom %.3f  %.1f ms  overview painted %d times before\n",
                         fitZoom * std::pow(factor, steps), zooming.latencies[i],
                         i < overviewPaints.size() ? overviewPaints[i] : -1);
        }
    }

    // 4. One edit: a subnet takes its neighbour's block (an overlap error) and gets its own
    // back, alternately; timed until the findings model changed and until the next frame.
    callQml(canvas, "fitToWindow", {});
    const auto [neighbour, edited] = twoSubnetsOfOneVpc(controller.document());
    if (neighbour == nullptr) {
        std::fprintf(stderr, "the model has no two subnets in one VPC\n");
        return 1;
    }
    const QString editedId = QString::fromStdString(edited->id);
    const QString ownBlock = QString::fromStdString(edited->as<topograph::Subnet>()->ipv4Cidr);
    const QString clashingBlock =
        QString::fromStdString(neighbour->as<topograph::Subnet>()->ipv4Cidr);
    double findingsChangedAt = -1;
    // countChanged follows every change of the findings, after the model's rows changed.
    QObject::connect(controller.findings(), &topograph::FindingsModel::countChanged, &engine, [&] {
        if (findingsChangedAt < 0) {
            findingsChangedAt = recorder.now();
        }
    });
    std::vector<double> editCalls;
    std::vector<double> findingsChanged;
    std::vector<double> shown;
    std::vector<double> imageShown;
    auto* overviewItem = qobject_cast<topograph::DiagramOverview*>(overview);
    double imagePaintedAt = -1;
    if (overviewItem != nullptr) {
        QObject::connect(overviewItem, &topograph::DiagramOverview::painted, &engine,
                         [&] { imagePaintedAt = recorder.now(); });
    }
    int unchanged = 0;
    const int findingsBefore = controller.findings()->count();
    int findingsWithClash = findingsBefore;
    for (int i = 0; i < edits; ++i) {
        settle(recorder);
        findingsChangedAt = -1;
        const double start = recorder.now();
        controller.setSubnetCidr(editedId, i % 2 == 0 ? clashingBlock : ownBlock);
        editCalls.push_back(recorder.now() - start);
        if (i == 0) {
            findingsWithClash = controller.findings()->count();
        }
        if (findingsChangedAt < 0) {
            ++unchanged;
            continue;
        }
        findingsChanged.push_back(findingsChangedAt - start);
        if (waitForFrame(recorder, 2000)) {
            shown.push_back(recorder.frames().back().swapped - start);
            // The far-zoom image is repainted on a worker thread: the edit's badge is on
            // screen with the first frame swapped after that paint was shown.
            while (overviewItem != nullptr && overviewItem->painting() &&
                   waitForFrame(recorder, 2000)) {
            }
            if (imagePaintedAt > recorder.frames().back().swapped) {
                waitForFrame(recorder, 2000);
            }
            imageShown.push_back(recorder.frames().back().swapped - start);
        }
    }
    std::printf("\none edit: subnet %s %s <-> %s (findings %d -> %d), %d edits\n",
                qPrintable(editedId), qPrintable(ownBlock), qPrintable(clashingBlock),
                findingsBefore, findingsWithClash, edits);
    SampleStats::of(editCalls).print("setSubnetCidr() returns");
    SampleStats::of(findingsChanged).print("findings model changed");
    SampleStats::of(shown).print("next frame swapped");
    SampleStats::of(imageShown).print("far-zoom image repainted, swapped");
    if (unchanged > 0 || static_cast<int>(shown.size()) != edits) {
        std::printf("  %d edits left the findings unchanged, %d drew no frame\n", unchanged,
                    edits - unchanged - static_cast<int>(shown.size()));
    }

    const auto [endRss, endPeak] = residentMemoryMiB();
    std::printf("\nmemory at the end: RSS %.1f MiB (peak %.1f MiB)\n", endRss, endPeak);
    std::printf("load average at end: %s\n",
                qPrintable(firstLineOf(QStringLiteral("/proc/loadavg"))));
    std::printf("QML warnings: %d\n", qmlWarnings);
    return qmlWarnings == 0 ? 0 : 3;
}
