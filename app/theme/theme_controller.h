// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QString>
#include <QtQml/qqml.h>
#include <QtQml/qqmlregistration.h>

class QJSEngine;
class QQmlEngine;

namespace topograph {

/// Light or dark: the user's choice (View > Theme), kept in QSettings, or the system's, read
/// from the application palette and followed when the desktop switches. qml/Theme.qml turns
/// `dark` into the named colours every view uses.
class ThemeController : public QObject {
    Q_OBJECT
    /// "system", "light" or "dark".
    Q_PROPERTY(QString mode READ mode WRITE setMode NOTIFY modeChanged)
    /// Whether the views are drawn dark: the mode, or the system's palette under "system".
    Q_PROPERTY(bool dark READ dark NOTIFY darkChanged)
    /// Whether the system's palette is dark, whatever the mode.
    Q_PROPERTY(bool systemDark READ systemDark NOTIFY systemDarkChanged)

public:
    explicit ThemeController(QObject* parent = nullptr);
    ~ThemeController() override;

    /// Makes `controller` the one QML sees (ThemeControllerForeign); null to forget it.
    static void setShared(ThemeController* controller);

    /// The mode a --theme value names ("system", "light" or "dark", any case), or an empty
    /// string when it names none.
    static QString modeFromOption(const QString& value);

    QString mode() const { return mode_; }
    bool dark() const;
    bool systemDark() const { return systemDark_; }

    /// Switches to `mode` and stores it for the next session; anything but the three modes is
    /// ignored.
    void setMode(const QString& mode);
    /// Switches to `mode` for this session only (--theme): the stored choice stays.
    void setSessionMode(const QString& mode);

signals:
    void modeChanged();
    void darkChanged();
    void systemDarkChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void apply(const QString& mode);
    void readSystemPalette();

    QString mode_;
    bool systemDark_ = false;
};

/// Registers ThemeController as the QML singleton `ThemeController`, built by create() rather
/// than by its constructor, so that QML sees the one main.cpp configured from --theme.
struct ThemeControllerForeign {
    Q_GADGET
    QML_FOREIGN(topograph::ThemeController)
    QML_NAMED_ELEMENT(ThemeController)
    QML_SINGLETON

public:
    /// The controller made shared, else a new one owned by the engine.
    static ThemeController* create(QQmlEngine* qmlEngine, QJSEngine* jsEngine);
};

} // namespace topograph
