// SPDX-License-Identifier: Apache-2.0
#include "app/move_command.h"

#include <QCoreApplication>
#include <utility>

namespace topograph {

namespace {

// Any constant unique among the application's mergeable commands.
constexpr int nudgeCommandId = 0x4d6f7665;

} // namespace

MoveCommand::MoveCommand(GeometrySetter setGeometry, ResourceId id, Geometry before, Geometry after,
                         Merge merge)
    : setGeometry_(std::move(setGeometry)), resourceId_(std::move(id)), before_(before),
      after_(after), merge_(merge) {
    setText(QCoreApplication::translate("MoveCommand", "Move %1")
                .arg(QString::fromStdString(resourceId_)));
}

void MoveCommand::redo() {
    setGeometry_(resourceId_, after_);
}

void MoveCommand::undo() {
    setGeometry_(resourceId_, before_);
}

int MoveCommand::id() const {
    return merge_ == Merge::WithNudgesOfSameItem ? nudgeCommandId : -1;
}

bool MoveCommand::mergeWith(const QUndoCommand* other) {
    const auto* move = dynamic_cast<const MoveCommand*>(other);
    if (move == nullptr || move->resourceId_ != resourceId_ || move->merge_ != merge_) {
        return false;
    }
    after_ = move->after_;
    return true;
}

} // namespace topograph
