// SPDX-License-Identifier: Apache-2.0
#include "app/document_export.h"

#include "app/render/svg_rasterizer.h"
#include "exporters/cloudformation/cfn_export.h"
#include "exporters/diagram/diagram_export.h"
#include "exporters/io/atomic_file.h"

#include <algorithm>
#include <cmath>
#include <exception>
#include <QCoreApplication>
#include <QSaveFile>

namespace topograph {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("DocumentExport", text);
}

DiagramOptions diagramOptions(const ExportRequest& request) {
    DiagramOptions options;
    if (request.badges) {
        options.findings = request.findings;
    }
    options.legend = request.legend;
    return options;
}

QString writePng(const Document& document, const ExportRequest& request) {
    const DiagramImage rendered = renderDiagramImage(document, request);
    if (rendered.image.isNull()) {
        return rendered.error;
    }
    QSaveFile file(request.path);
    if (!file.open(QIODevice::WriteOnly) || !rendered.image.save(&file, "PNG") || !file.commit()) {
        return tr("%1: cannot write the image (%2); choose another folder")
            .arg(request.path, file.errorString());
    }
    return {};
}

} // namespace

DiagramImage renderDiagramImage(const Document& document, const ExportRequest& request,
                                QSize fitWithin) {
    DiagramOptions options = diagramOptions(request);
    options.background = !request.transparent;
    const std::string text = exportDiagram(document, DiagramFormat::Svg, options);
    const QByteArray svg(text.data(), static_cast<qsizetype>(text.size()));
    const std::optional<QSizeF> logical = render::svgSize(svg);
    if (!logical) {
        return {{}, {}, tr("The diagram could not be drawn; export it as SVG to see why")};
    }
    const QSize exportSize(static_cast<int>(std::ceil(logical->width() * request.pngScale)),
                           static_cast<int>(std::ceil(logical->height() * request.pngScale)));
    double scale = request.pngScale;
    if (fitWithin.isValid()) {
        scale = std::min(
            {scale, fitWithin.width() / logical->width(), fitWithin.height() / logical->height()});
    }
    const render::RasterResult raster =
        render::rasterizeSvg(svg, {scale, request.transparent ? render::Background::Transparent
                                                              : render::Background::White});
    if (raster.image.isNull()) {
        return {{}, exportSize, raster.error};
    }
    if (exportSize.width() > render::maximumImageSide ||
        exportSize.height() > render::maximumImageSide) {
        // The preview fits, but the export would not: say so before the user picks a file.
        return {raster.image, exportSize,
                tr("At this scale the image would be %1 x %2 pixels, more than %3 a side; "
                   "choose a smaller scale")
                    .arg(exportSize.width())
                    .arg(exportSize.height())
                    .arg(render::maximumImageSide)};
    }
    return {raster.image, exportSize, {}};
}

QString exportDocument(const Document& document, const ExportRequest& request) {
    const std::string path = request.path.toStdString();
    try {
        if (request.format == QLatin1String("png")) {
            return writePng(document, request);
        }
        if (request.format == QLatin1String("cloudformation")) {
            exportTemplateFile(document, path);
            return {};
        }
        const std::optional<DiagramFormat> format =
            diagramFormatFromName(request.format.toStdString());
        if (!format) {
            return tr("%1: unknown export format").arg(request.format);
        }
        DiagramOptions options = diagramOptions(request);
        options.background = !request.transparent;
        writeFileAtomically(path, exportDiagram(document, *format, options));
        return {};
    } catch (const TemplateTooLargeError& error) {
        return tr("The model is too large for one CloudFormation template: %1")
            .arg(QString::fromUtf8(error.what()));
    } catch (const NothingToExportError& error) {
        return tr("Nothing to export: %1").arg(QString::fromUtf8(error.what()));
    } catch (const std::exception& error) {
        return QString::fromUtf8(error.what());
    }
}

} // namespace topograph
