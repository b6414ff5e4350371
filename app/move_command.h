// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/model/values.h"

#include <functional>
#include <QString>
#include <QUndoCommand>
#include <vector>

namespace topograph {

/// Moves or resizes items by writing their geometry: a drag, a nudge, an alignment or a resize
/// of one or many items is one command. Holds the ids and both geometries (never pointers to
/// views), does its work in redo(), and restores the exact previous geometry in undo(), so that
/// an undo leaves the document equal to what it was. Keyboard nudges of the same items merge
/// into one step; any other change is one command of its own.
class MoveCommand : public QUndoCommand {
public:
    struct Change {
        ResourceId id;
        Geometry before;
        Geometry after;
    };
    using GeometrySetter = std::function<void(const std::vector<std::pair<ResourceId, Geometry>>&)>;
    enum class Merge { Never, WithNudgesOfSameItems };

    /// `subject`: the items the user moved (without the containers that grew for them); nudges
    /// merge when they move the same subject.
    MoveCommand(GeometrySetter setGeometry, std::vector<ResourceId> subject,
                std::vector<Change> changes, Merge merge, const QString& text);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    void set(bool forward);

    GeometrySetter setGeometry_;
    std::vector<ResourceId> subject_;
    std::vector<Change> changes_;
    Merge merge_;
};

} // namespace topograph
