// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/model/resource.h"

#include <functional>
#include <QString>
#include <QUndoCommand>

namespace topograph {

/// Replaces one resource by an edited copy (a new CIDR, name, rule...). Holds both values, never
/// pointers into the document, so undo restores exactly what was there.
class ReplaceResourceCommand : public QUndoCommand {
public:
    using ResourceSetter = std::function<void(const Resource&)>;

    ReplaceResourceCommand(ResourceSetter setResource, Resource before, Resource after,
                           const QString& text);

    void redo() override { setResource_(after_); }
    void undo() override { setResource_(before_); }

private:
    ResourceSetter setResource_;
    Resource before_;
    Resource after_;
};

} // namespace topograph
