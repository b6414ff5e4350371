// SPDX-License-Identifier: Apache-2.0
#include "app/move_command.h"

#include <algorithm>
#include <utility>

namespace topograph {

namespace {

// Any constant unique among the application's mergeable commands.
constexpr int nudgeCommandId = 0x4d6f7665;

} // namespace

MoveCommand::MoveCommand(GeometrySetter setGeometry, std::vector<ResourceId> subject,
                         std::vector<Change> changes, Merge merge, const QString& text)
    : setGeometry_(std::move(setGeometry)), subject_(std::move(subject)),
      changes_(std::move(changes)), merge_(merge) {
    setText(text);
}

void MoveCommand::redo() {
    set(true);
}

void MoveCommand::undo() {
    set(false);
}

void MoveCommand::set(bool forward) {
    std::vector<std::pair<ResourceId, Geometry>> geometries;
    geometries.reserve(changes_.size());
    for (const Change& change : changes_) {
        geometries.emplace_back(change.id, forward ? change.after : change.before);
    }
    setGeometry_(geometries);
}

int MoveCommand::id() const {
    return merge_ == Merge::WithNudgesOfSameItems ? nudgeCommandId : -1;
}

bool MoveCommand::mergeWith(const QUndoCommand* other) {
    const auto* move = dynamic_cast<const MoveCommand*>(other);
    if (move == nullptr || move->merge_ != merge_ || move->subject_ != subject_) {
        return false;
    }
    // The later nudge may grow containers this one did not touch: those join with the
    // geometry they had before it, which is what they had before this command too.
    for (const Change& later : move->changes_) {
        const auto found = std::find_if(changes_.begin(), changes_.end(),
                                        [&](const Change& c) { return c.id == later.id; });
        if (found != changes_.end()) {
            found->after = later.after;
        } else {
            changes_.push_back(later);
        }
    }
    return true;
}

} // namespace topograph
