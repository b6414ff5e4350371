// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QtQml/qqmlregistration.h>
#include <QUrl>

namespace topograph {

class DocumentController;

/// The export dialog's preview: the open document's diagram as a PNG or SVG export with the
/// dialog's options will look, scaled down to fit the dialog, with the exported image's size
/// and, before the user picks a file, what would make the export fail. It renders while
/// `active` (the dialog is open), again after every change of an option or of the network.
class ExportPreview : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_MOC_INCLUDE("app/document_controller.h")
    Q_PROPERTY(topograph::DocumentController* controller READ controller WRITE setController NOTIFY
                   controllerChanged)
    Q_PROPERTY(bool active READ active WRITE setActive NOTIFY optionsChanged)
    Q_PROPERTY(QString format READ format WRITE setFormat NOTIFY optionsChanged)
    Q_PROPERTY(double scale READ scale WRITE setScale NOTIFY optionsChanged)
    Q_PROPERTY(bool transparent READ transparent WRITE setTransparent NOTIFY optionsChanged)
    Q_PROPERTY(bool badges READ badges WRITE setBadges NOTIFY optionsChanged)
    Q_PROPERTY(bool legend READ legend WRITE setLegend NOTIFY optionsChanged)
    Q_PROPERTY(int maximumWidth READ maximumWidth WRITE setMaximumWidth NOTIFY optionsChanged)
    Q_PROPERTY(int maximumHeight READ maximumHeight WRITE setMaximumHeight NOTIFY optionsChanged)
    Q_PROPERTY(QUrl imageUrl READ imageUrl NOTIFY previewChanged)
    Q_PROPERTY(QString sizeText READ sizeText NOTIFY previewChanged)
    Q_PROPERTY(QString error READ error NOTIFY previewChanged)

public:
    explicit ExportPreview(QObject* parent = nullptr);

    DocumentController* controller() const { return controller_; }
    void setController(DocumentController* controller);
    bool active() const { return active_; }
    void setActive(bool active);
    /// "png" or "svg".
    QString format() const { return format_; }
    void setFormat(const QString& format);
    double scale() const { return scale_; }
    void setScale(double scale);
    bool transparent() const { return transparent_; }
    void setTransparent(bool transparent);
    bool badges() const { return badges_; }
    void setBadges(bool badges);
    bool legend() const { return legend_; }
    void setLegend(bool legend);
    int maximumWidth() const { return maximumWidth_; }
    void setMaximumWidth(int width);
    int maximumHeight() const { return maximumHeight_; }
    void setMaximumHeight(int height);

    /// The preview as a data: URL (a PNG), for an Image; empty while inactive or on failure.
    QUrl imageUrl() const { return imageUrl_; }
    /// "2,400 × 1,600 pixels" for PNG, "1,200 × 800 (scalable)" for SVG.
    QString sizeText() const { return sizeText_; }
    /// Why the export would fail with these options; empty when it would succeed.
    QString error() const { return error_; }

    /// Renders now instead of on the next turn of the event loop (tests).
    Q_INVOKABLE void renderNow();

signals:
    void controllerChanged();
    void optionsChanged();
    void previewChanged();

private:
    void scheduleRender();
    template <typename T> void setOption(T& field, T value);

    QPointer<DocumentController> controller_;
    QMetaObject::Connection documentConnection_;
    bool active_ = false;
    QString format_ = QStringLiteral("png");
    double scale_ = 2.0;
    bool transparent_ = false;
    bool badges_ = true;
    bool legend_ = true;
    int maximumWidth_ = 640;
    int maximumHeight_ = 400;
    QUrl imageUrl_;
    QString sizeText_;
    QString error_;
    QTimer renderTimer_; // several option changes in one turn render once
};

} // namespace topograph
