// SPDX-License-Identifier: Apache-2.0
// The Qt Quick tests (tst_*.qml beside this file): the real components of the Topograph QML
// module, driven with key presses and clicks, over a DocumentController on the bundled example
// that the tests reach as the TopographTest `Fixture` singleton.
#include "tests/qml/qml_test_fixture.h"

#include <QQmlEngine>
#include <QQuickStyle>
#include <QStandardPaths>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest/quicktest.h>

Q_IMPORT_QML_PLUGIN(TopographPlugin)

class QmlTestSetup : public QObject {
    Q_OBJECT

public slots:
    void applicationAvailable() {
        // Opening files records recent files and the theme menu stores a mode: keep both out
        // of the user's settings.
        QStandardPaths::setTestModeEnabled(true);
        // The style the application uses (app/main.cpp).
        QQuickStyle::setStyle(QStringLiteral("Fusion"));
        fixture_ = new topograph::QmlTestFixture(this);
        qmlRegisterSingletonInstance("TopographTest", 1, 0, "Fixture", fixture_);
    }

    void qmlEngineAvailable(QQmlEngine* engine) {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
    }

private:
    topograph::QmlTestFixture* fixture_ = nullptr;
};

QUICK_TEST_MAIN_WITH_SETUP(topograph_qml, QmlTestSetup)

#include "qml_test_main.moc"
