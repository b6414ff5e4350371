// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/check/finding.h"
#include "core/model/document.h"

#include <QString>
#include <vector>

namespace topograph {

/// What File > Export writes. The names are the ones QML passes: "cloudformation", "svg",
/// "drawio", "dot", "mermaid", "png".
struct ExportRequest {
    QString format;
    QString path;
    double pngScale = 1.0;         // 1, 2 or 4
    bool pngTransparent = false;   // else a white background
    std::vector<Finding> findings; // badged on diagrams
};

/// Writes the document in the requested format, atomically (readers see the old file or the
/// new one). Returns an empty string on success, else what went wrong and what to do, ready to
/// show to the user (CloudFormation's limits, an empty model, an unwritable folder...).
QString exportDocument(const Document& document, const ExportRequest& request);

} // namespace topograph
