// SPDX-License-Identifier: Apache-2.0
// The DocumentController's ways in and out besides opening and saving: restoring a recovery
// copy after a crash (app/autosave) and closing to the welcome screen.
#include "app/document_controller.h"

namespace topograph {

void DocumentController::restoreRecovered(Document document, const QString& filePath) {
    importedFrom_.clear();
    setDocument(std::move(document), filePath);
    // Unsaved until the user saves: the same flag an import that was never saved sets, which
    // Save and Save As clear.
    setUnsavedImport(true);
}

void DocumentController::closeDocument() {
    importedFrom_.clear();
    setDocument(Document{}, {});
    setStatus(Status::Empty);
}

} // namespace topograph
