// SPDX-License-Identifier: Apache-2.0
#include "app/theme/theme_controller.h"

#include <QCoreApplication>
#include <QEvent>
#include <QGuiApplication>
#include <QPalette>
#include <QPointer>
#include <QQmlEngine>
#include <QSettings>

namespace topograph {

namespace {

const QString settingsKey = QStringLiteral("theme/mode");
const QString systemMode = QStringLiteral("system");
const QString lightMode = QStringLiteral("light");
const QString darkMode = QStringLiteral("dark");

QPointer<ThemeController>& sharedController() {
    static QPointer<ThemeController> controller;
    return controller;
}

} // namespace

ThemeController::ThemeController(QObject* parent) : QObject(parent) {
    const QString stored = modeFromOption(QSettings().value(settingsKey).toString());
    mode_ = stored.isEmpty() ? systemMode : stored;
    readSystemPalette();
    // The application palette changes when the desktop switches between light and dark; the
    // event goes to the application object, so we watch that.
    if (QCoreApplication::instance() != nullptr) {
        QCoreApplication::instance()->installEventFilter(this);
    }
}

ThemeController::~ThemeController() = default;

ThemeController* ThemeControllerForeign::create(QQmlEngine* qmlEngine, QJSEngine* /*jsEngine*/) {
    if (ThemeController* shared = sharedController().data()) {
        // Made and deleted by main.cpp or a test: the engine must not delete it.
        QJSEngine::setObjectOwnership(shared, QJSEngine::CppOwnership);
        return shared;
    }
    return new ThemeController(qmlEngine);
}

void ThemeController::setShared(ThemeController* controller) {
    sharedController() = controller;
}

QString ThemeController::modeFromOption(const QString& value) {
    const QString lowered = value.trimmed().toLower();
    if (lowered == systemMode || lowered == lightMode || lowered == darkMode) {
        return lowered;
    }
    return {};
}

bool ThemeController::dark() const {
    return mode_ == darkMode || (mode_ == systemMode && systemDark_);
}

void ThemeController::setMode(const QString& mode) {
    const QString valid = modeFromOption(mode);
    if (valid.isEmpty()) {
        return;
    }
    QSettings().setValue(settingsKey, valid);
    apply(valid);
}

void ThemeController::setSessionMode(const QString& mode) {
    const QString valid = modeFromOption(mode);
    if (!valid.isEmpty()) {
        apply(valid);
    }
}

void ThemeController::apply(const QString& mode) {
    if (mode == mode_) {
        return;
    }
    const bool wasDark = dark();
    mode_ = mode;
    emit modeChanged();
    if (dark() != wasDark) {
        emit darkChanged();
    }
}

bool ThemeController::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::ApplicationPaletteChange &&
        watched == QCoreApplication::instance()) {
        readSystemPalette();
    }
    return QObject::eventFilter(watched, event);
}

void ThemeController::readSystemPalette() {
    if (qobject_cast<QGuiApplication*>(QCoreApplication::instance()) == nullptr) {
        return;
    }
    // A dark palette has light text on a dark window, whichever desktop drew it.
    const QPalette palette = QGuiApplication::palette();
    const bool isDark = palette.color(QPalette::WindowText).lightness() >
                        palette.color(QPalette::Window).lightness();
    if (isDark == systemDark_) {
        return;
    }
    const bool wasDark = dark();
    systemDark_ = isDark;
    emit systemDarkChanged();
    if (dark() != wasDark) {
        emit darkChanged();
    }
}

} // namespace topograph
