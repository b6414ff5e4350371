// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/check/finding.h"
#include "core/model/document.h"

#include <QImage>
#include <QSize>
#include <QString>
#include <vector>

namespace topograph {

/// What File > Export writes. The names are the ones QML passes: "cloudformation", "svg",
/// "drawio", "dot", "mermaid", "png".
struct ExportRequest {
    QString format;
    QString path;
    double pngScale = 1.0;         // 1, 2 or 4
    bool transparent = false;      // PNG and SVG: no white page behind the diagram
    std::vector<Finding> findings; // badged on diagrams
    bool badges = true;            // draw the findings' badges (diagrams only)
    bool legend = true;            // the colour legend, when colours carry meaning
};

/// The diagram of a PNG export as an image, at the request's scale and background; a null
/// image and the message to show when it cannot be made (too large at that scale...).
/// `fitWithin`, when valid, renders at the largest scale up to the request's that fits it
/// (the export dialog's preview) instead.
struct DiagramImage {
    QImage image;
    QSize exportSize; // the size of the exported image, at the request's scale
    QString error;
};
DiagramImage renderDiagramImage(const Document& document, const ExportRequest& request,
                                QSize fitWithin = {});

/// Writes the document in the requested format, atomically (readers see the old file or the
/// new one). Returns an empty string on success, else what went wrong and what to do, ready to
/// show to the user (CloudFormation's limits, an empty model, an unwritable folder...).
QString exportDocument(const Document& document, const ExportRequest& request);

} // namespace topograph
