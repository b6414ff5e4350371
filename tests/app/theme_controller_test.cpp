// SPDX-License-Identifier: Apache-2.0
// The theme: the user's mode kept across sessions, --theme for one session, and "system"
// following the application palette when the desktop switches between light and dark.
#include "app/theme/theme_controller.h"

#include <QGuiApplication>
#include <QPalette>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using topograph::ThemeController;

namespace {

QPalette paletteWith(const QColor& window, const QColor& text) {
    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    return palette;
}

const QPalette lightPalette = paletteWith(QColor(0xEF, 0xEF, 0xEF), Qt::black);
const QPalette darkPalette = paletteWith(QColor(0x2A, 0x2A, 0x2A), QColor(0xF0, 0xF0, 0xF0));

} // namespace

class ThemeControllerTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        // The mode is stored in QSettings: keep the tests out of the user's settings.
        QStandardPaths::setTestModeEnabled(true);
    }

    void init() {
        QSettings().clear();
        QGuiApplication::setPalette(lightPalette);
    }

    void startsFollowingTheSystem() {
        const ThemeController theme;
        QCOMPARE(theme.mode(), QStringLiteral("system"));
        QVERIFY(!theme.systemDark());
        QVERIFY(!theme.dark());
    }

    void keepsTheChosenModeForTheNextSession() {
        {
            ThemeController theme;
            QSignalSpy modeChanged(&theme, &ThemeController::modeChanged);
            QSignalSpy darkChanged(&theme, &ThemeController::darkChanged);
            theme.setMode(QStringLiteral("dark"));
            QCOMPARE(theme.mode(), QStringLiteral("dark"));
            QVERIFY(theme.dark());
            QCOMPARE(modeChanged.count(), 1);
            QCOMPARE(darkChanged.count(), 1);
        }
        const ThemeController nextSession;
        QCOMPARE(nextSession.mode(), QStringLiteral("dark"));
        QVERIFY(nextSession.dark());
    }

    void ignoresAnUnknownMode() {
        ThemeController theme;
        theme.setMode(QStringLiteral("light"));
        QSignalSpy modeChanged(&theme, &ThemeController::modeChanged);
        theme.setMode(QStringLiteral("sepia"));
        QCOMPARE(theme.mode(), QStringLiteral("light"));
        QCOMPARE(modeChanged.count(), 0);
        QCOMPARE(ThemeController().mode(), QStringLiteral("light"));
    }

    void aStoredGarbageModeFallsBackToSystem() {
        QSettings().setValue(QStringLiteral("theme/mode"), QStringLiteral("neon"));
        QCOMPARE(ThemeController().mode(), QStringLiteral("system"));
    }

    void sessionModeIsNotStored() {
        ThemeController theme;
        theme.setMode(QStringLiteral("light"));
        theme.setSessionMode(QStringLiteral("dark"));
        QVERIFY(theme.dark());
        QCOMPARE(ThemeController().mode(), QStringLiteral("light"));
    }

    void followsTheSystemPaletteWhenItChanges() {
        ThemeController theme;
        QSignalSpy darkChanged(&theme, &ThemeController::darkChanged);
        QSignalSpy systemDarkChanged(&theme, &ThemeController::systemDarkChanged);

        QGuiApplication::setPalette(darkPalette);
        QVERIFY(theme.systemDark());
        QVERIFY(theme.dark());
        QCOMPARE(darkChanged.count(), 1);
        QCOMPARE(systemDarkChanged.count(), 1);

        QGuiApplication::setPalette(lightPalette);
        QVERIFY(!theme.dark());
        QCOMPARE(darkChanged.count(), 2);
    }

    void anExplicitModeOverridesTheSystem() {
        QGuiApplication::setPalette(darkPalette);
        ThemeController theme;
        QVERIFY(theme.systemDark());
        QVERIFY(theme.dark());

        QSignalSpy darkChanged(&theme, &ThemeController::darkChanged);
        theme.setMode(QStringLiteral("light"));
        QVERIFY(!theme.dark());
        QCOMPARE(darkChanged.count(), 1);
        // A desktop switch changes what the system is, not what the user chose.
        QGuiApplication::setPalette(lightPalette);
        QVERIFY(!theme.systemDark());
        QCOMPARE(darkChanged.count(), 1);
        QGuiApplication::setPalette(darkPalette);
        QVERIFY(!theme.dark());
    }

    void parsesTheCommandLineOption_data() {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("mode");
        QTest::newRow("dark") << "dark"
                              << "dark";
        QTest::newRow("light") << "light"
                               << "light";
        QTest::newRow("system") << "system"
                                << "system";
        QTest::newRow("any case") << "Dark"
                                  << "dark";
        QTest::newRow("spaces") << " light "
                                << "light";
        QTest::newRow("unknown") << "sepia"
                                 << "";
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("prefix only") << "dar"
                                     << "";
    }

    void parsesTheCommandLineOption() {
        QFETCH(QString, value);
        QFETCH(QString, mode);
        QCOMPARE(ThemeController::modeFromOption(value), mode);
    }
};

QTEST_MAIN(ThemeControllerTest)
#include "theme_controller_test.moc"
