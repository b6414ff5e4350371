// SPDX-License-Identifier: Apache-2.0
#include "app/export/export_preview.h"

#include "app/document_controller.h"
#include "app/document_export.h"

#include <QBuffer>
#include <QLocale>

namespace topograph {

ExportPreview::ExportPreview(QObject* parent) : QObject(parent) {
    renderTimer_.setSingleShot(true);
    renderTimer_.setInterval(0);
    connect(&renderTimer_, &QTimer::timeout, this, &ExportPreview::renderNow);
}

void ExportPreview::setController(DocumentController* controller) {
    if (controller_ == controller) {
        return;
    }
    disconnect(documentConnection_);
    controller_ = controller;
    if (controller_ != nullptr) {
        documentConnection_ = connect(controller_, &DocumentController::documentChanged, this,
                                      &ExportPreview::scheduleRender);
    }
    emit controllerChanged();
    scheduleRender();
}

template <typename T> void ExportPreview::setOption(T& field, T value) {
    if (field == value) {
        return;
    }
    field = std::move(value);
    emit optionsChanged();
    scheduleRender();
}

void ExportPreview::setActive(bool active) {
    setOption(active_, active);
}

void ExportPreview::setFormat(const QString& format) {
    setOption(format_, format);
}

void ExportPreview::setScale(double scale) {
    setOption(scale_, scale);
}

void ExportPreview::setTransparent(bool transparent) {
    setOption(transparent_, transparent);
}

void ExportPreview::setBadges(bool badges) {
    setOption(badges_, badges);
}

void ExportPreview::setLegend(bool legend) {
    setOption(legend_, legend);
}

void ExportPreview::setMaximumWidth(int width) {
    setOption(maximumWidth_, width);
}

void ExportPreview::setMaximumHeight(int height) {
    setOption(maximumHeight_, height);
}

void ExportPreview::scheduleRender() {
    if (active_) {
        renderTimer_.start();
    }
}

void ExportPreview::renderNow() {
    renderTimer_.stop();
    QUrl url;
    QString size;
    QString error;
    if (active_ && controller_ != nullptr) {
        const bool svg = format_ == QLatin1String("svg");
        ExportRequest request{
            format_, {}, svg ? 1.0 : scale_, transparent_, controller_->findings()->findings()};
        request.badges = badges_;
        request.legend = legend_;
        const DiagramImage rendered = renderDiagramImage(controller_->document(), request,
                                                         QSize(maximumWidth_, maximumHeight_));
        error = rendered.error;
        if (!rendered.image.isNull()) {
            QByteArray png;
            QBuffer buffer(&png);
            buffer.open(QIODevice::WriteOnly);
            rendered.image.save(&buffer, "PNG");
            url = QUrl(QStringLiteral("data:image/png;base64,") +
                       QString::fromLatin1(png.toBase64()));
        }
        if (rendered.exportSize.isValid()) {
            const QLocale locale;
            const QString width = locale.toString(rendered.exportSize.width());
            const QString height = locale.toString(rendered.exportSize.height());
            size = svg ? tr("%1 \u00d7 %2 (scalable)").arg(width, height)
                       : tr("%1 \u00d7 %2 pixels").arg(width, height);
        }
    }
    if (url != imageUrl_ || size != sizeText_ || error != error_) {
        imageUrl_ = std::move(url);
        sizeText_ = std::move(size);
        error_ = std::move(error);
        emit previewChanged();
    }
}

} // namespace topograph
