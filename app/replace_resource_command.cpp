// SPDX-License-Identifier: Apache-2.0
#include "app/replace_resource_command.h"

#include <utility>

namespace topograph {

ReplaceResourceCommand::ReplaceResourceCommand(ResourceSetter setResource, Resource before,
                                               Resource after, const QString& text)
    : setResource_(std::move(setResource)), before_(std::move(before)), after_(std::move(after)) {
    setText(text);
}

} // namespace topograph
