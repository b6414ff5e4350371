// SPDX-License-Identifier: Apache-2.0
#include "app/document_edit_command.h"

namespace topograph {

DocumentEditCommand::DocumentEditCommand(Applier apply, DocumentEdit edit, const QString& text)
    : apply_(std::move(apply)), edit_(std::move(edit)) {
    setText(text);
}

} // namespace topograph
