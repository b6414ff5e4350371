// SPDX-License-Identifier: Apache-2.0
#include "app/document_export.h"

#include "app/render/svg_rasterizer.h"
#include "exporters/cloudformation/cfn_export.h"
#include "exporters/diagram/diagram_export.h"
#include "exporters/io/atomic_file.h"

#include <exception>
#include <QCoreApplication>
#include <QSaveFile>

namespace topograph {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("DocumentExport", text);
}

QString writePng(const Document& document, const ExportRequest& request) {
    DiagramOptions options;
    options.findings = request.findings;
    options.background = !request.pngTransparent;
    const std::string svg = exportDiagram(document, DiagramFormat::Svg, options);
    const render::RasterResult raster = render::rasterizeSvg(
        QByteArray(svg.data(), static_cast<qsizetype>(svg.size())),
        {request.pngScale,
         request.pngTransparent ? render::Background::Transparent : render::Background::White});
    if (raster.image.isNull()) {
        return raster.error;
    }
    QSaveFile file(request.path);
    if (!file.open(QIODevice::WriteOnly) || !raster.image.save(&file, "PNG") || !file.commit()) {
        return tr("%1: cannot write the image (%2); choose another folder")
            .arg(request.path, file.errorString());
    }
    return {};
}

} // namespace

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
        DiagramOptions options;
        options.findings = request.findings;
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
