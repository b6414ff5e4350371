// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/model/values.h"

#include <functional>
#include <optional>
#include <QUndoCommand>

namespace topograph {

/// Moves one item by writing its geometry. Holds the id and both geometries (never pointers to
/// views), does its work in redo(), and restores the exact previous geometry in undo(), so that
/// an undo leaves the document equal to what it was. Keyboard nudges of the same item merge into
/// one step; a drag is one command of its own.
class MoveCommand : public QUndoCommand {
public:
    using GeometrySetter = std::function<void(const ResourceId&, std::optional<Geometry>)>;
    enum class Merge { Never, WithNudgesOfSameItem };

    MoveCommand(GeometrySetter setGeometry, ResourceId id, Geometry before, Geometry after,
                Merge merge);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    GeometrySetter setGeometry_;
    ResourceId resourceId_;
    Geometry before_;
    Geometry after_;
    Merge merge_;
};

} // namespace topograph
