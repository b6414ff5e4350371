// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/model/document_edit.h"

#include <functional>
#include <QString>
#include <QUndoCommand>

namespace topograph {

/// A structural edit (add, delete with what depends on it, grow containers) as one undo step.
/// Holds the edit as values, so undo restores exactly what was there, order included.
class DocumentEditCommand : public QUndoCommand {
public:
    /// Applies the edit forward (redo) or backward (undo) to the controller's document.
    using Applier = std::function<void(const DocumentEdit&, bool forward)>;

    DocumentEditCommand(Applier apply, DocumentEdit edit, const QString& text);

    void redo() override { apply_(edit_, true); }
    void undo() override { apply_(edit_, false); }

private:
    Applier apply_;
    DocumentEdit edit_;
};

} // namespace topograph
