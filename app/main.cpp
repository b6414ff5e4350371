// SPDX-License-Identifier: Apache-2.0
// topograph [FILE] [--welcome] [--theme light|dark|system] [--quit-after-load]: opens a Topograph
// model or imports a CloudFormation template (told apart by content), or opens the bundled
// three-tier example (or nothing, under the welcome screen, with --welcome), and shows it as a
// diagram. Offers to restore what a crashed session left unsaved.
#include "app/autosave/autosaver.h"
#include "app/document_controller.h"
#include "app/theme/theme_controller.h"

#include <cstdio>
#include <QCommandLineParser>
#include <QDir>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlError>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTimer>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(TopographPlugin)

namespace {

// Exit codes of --quit-after-load, so a smoke test can tell the failures apart.
constexpr int exitBadOption = 1;
constexpr int exitLoadFailed = 2;
constexpr int exitQmlFailed = 3;
constexpr int exitNoFrame = 4;

const QUrl bundledExample(QStringLiteral("qrc:/examples/three-tier-web.yaml"));
const QUrl mainQml(QStringLiteral("qrc:/qt/qml/Topograph/qml/Main.qml"));

} // namespace

int main(int argc, char* argv[]) {
    QGuiApplication application(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("Topograph"));
    QGuiApplication::setOrganizationName(QStringLiteral("Topograph"));
    QGuiApplication::setApplicationVersion(QStringLiteral(TOPOGRAPH_VERSION));
    // Ties the window to its desktop entry (the Wayland app id; installer/CMakeLists.txt).
    QGuiApplication::setDesktopFileName(QStringLiteral(TOPOGRAPH_APP_ID));
    // Fusion draws desktop menus with their shortcuts; the Basic style is meant for touch.
    QQuickStyle::setStyle(QStringLiteral("Fusion"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Design AWS networks and know at once whether they work."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QStringLiteral("A Topograph model (.yaml) or a CloudFormation "
                                                "template to open; without it the bundled "
                                                "three-tier example opens."),
                                 QStringLiteral("[FILE]"));
    const QCommandLineOption quitAfterLoad(
        QStringLiteral("quit-after-load"),
        QStringLiteral("Exit once the first frame is drawn: 0 when the model and the QML loaded "
                       "cleanly, non-zero otherwise (for smoke tests)."));
    parser.addOption(quitAfterLoad);
    const QCommandLineOption welcome(
        QStringLiteral("welcome"),
        QStringLiteral("Start on the welcome screen instead of the bundled example."));
    parser.addOption(welcome);
    const QCommandLineOption theme(
        QStringLiteral("theme"),
        QStringLiteral("Draw light or dark (or as the system does) for this session, whatever "
                       "View > Theme says."),
        QStringLiteral("light|dark|system"));
    parser.addOption(theme);
    parser.process(application);

    // Shared with QML as the ThemeController singleton that qml/Theme.qml reads.
    topograph::ThemeController themeController;
    topograph::ThemeController::setShared(&themeController);
    if (parser.isSet(theme)) {
        const QString mode = topograph::ThemeController::modeFromOption(parser.value(theme));
        if (mode.isEmpty()) {
            std::fprintf(stderr, "topograph: --theme takes light, dark or system, not \"%s\"\n",
                         qPrintable(parser.value(theme)));
            return exitBadOption;
        }
        themeController.setSessionMode(mode);
    }

    topograph::DocumentController controller;
    QObject::connect(&controller, &topograph::DocumentController::openFinished, &controller,
                     [&controller](bool succeeded) {
                         if (!succeeded) {
                             std::fprintf(stderr, "%s\n", qPrintable(controller.errorString()));
                         }
                     });
    const QStringList files = parser.positionalArguments();
    const bool startEmpty = files.isEmpty() && parser.isSet(welcome);
    if (!startEmpty) {
        // Read, laid out and validated on a worker thread while Main.qml loads here: on two
        // cores the window and the document are ready at about the same time, and the window
        // says what is opening if the file takes longer.
        controller.openAsync(
            files.isEmpty() ? bundledExample
                            : QUrl::fromLocalFile(QDir::current().absoluteFilePath(files.first())));
    }

    // Declared after the controller so that it goes first: a clean exit removes its copy.
    topograph::Autosaver autosaver(&controller);
    autosaver.findLeftovers();

    QQmlApplicationEngine engine;
    int qmlWarnings = 0;
    QObject::connect(&engine, &QQmlEngine::warnings, &engine,
                     [&qmlWarnings](const QList<QQmlError>& warnings) {
                         qmlWarnings += static_cast<int>(warnings.size());
                     });
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine.setInitialProperties({{QStringLiteral("controller"), QVariant::fromValue(&controller)},
                                 {QStringLiteral("autosaver"), QVariant::fromValue(&autosaver)}});
    engine.load(mainQml);
    if (engine.rootObjects().isEmpty()) {
        return exitQmlFailed;
    }

    if (parser.isSet(quitAfterLoad)) {
        auto* window = qobject_cast<QQuickWindow*>(engine.rootObjects().constFirst());
        if (window == nullptr) {
            return exitQmlFailed;
        }
        QObject::connect(
            window, &QQuickWindow::frameSwapped, &application,
            [&] {
                if (controller.status() == topograph::DocumentController::Status::Loading) {
                    return; // the window came first; the document's frame follows
                }
                const auto expected = startEmpty ? topograph::DocumentController::Status::Empty
                                                 : topograph::DocumentController::Status::Ready;
                if (controller.status() != expected) {
                    QCoreApplication::exit(exitLoadFailed);
                } else {
                    QCoreApplication::exit(qmlWarnings == 0 ? 0 : exitQmlFailed);
                }
            },
            Qt::QueuedConnection);
        QTimer::singleShot(20000, &application, [] { QCoreApplication::exit(exitNoFrame); });
    }
    return QGuiApplication::exec();
}
