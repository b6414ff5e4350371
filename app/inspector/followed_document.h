// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "app/document_controller.h"

#include <QPointer>

namespace topograph {

/// Points a view of the inspector at `next` and has `reload` run after each change of its
/// document (an edit, undo, redo), dropping the previous controller's connection. False when
/// `next` is already the one followed; the caller then has nothing to announce or re-read.
template <typename View>
bool followDocument(QPointer<DocumentController>& followed, QMetaObject::Connection& changed,
                    DocumentController* next, View* view, void (View::*reload)()) {
    if (followed == next) {
        return false;
    }
    QObject::disconnect(changed);
    followed = next;
    if (next != nullptr) {
        changed = QObject::connect(next, &DocumentController::documentChanged, view, reload);
    }
    return true;
}

} // namespace topograph
