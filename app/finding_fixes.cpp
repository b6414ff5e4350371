// SPDX-License-Identifier: Apache-2.0
// The findings panel's fix buttons: the fix proposed for a finding (core/check/fixes.h) pushed
// as one undo step named by its label.
#include "app/document_controller.h"
#include "core/check/fixes.h"

namespace topograph {

bool DocumentController::applyFix(int findingRow) {
    const std::vector<Finding>& shown = findings_.findings();
    if (findingRow < 0 || findingRow >= static_cast<int>(shown.size())) {
        return false;
    }
    std::optional<ProposedFix> fix =
        proposeFix(document_, shown[static_cast<std::size_t>(findingRow)]);
    if (!fix) {
        return false;
    }
    pushEdit(std::move(fix->edit), QString::fromStdString(fix->label));
    return true;
}

} // namespace topograph
