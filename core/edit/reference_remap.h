// SPDX-License-Identifier: Apache-2.0
// Pointing references elsewhere: what copy and paste needs so that a copied subnet names the
// copied route table rather than the original one.
#pragma once

#include "core/model/resource.h"

#include <functional>
#include <optional>

namespace topograph {

/// Gives the id a reference should name instead of `id`, or std::nullopt to leave it.
using ReferenceMapping = std::function<std::optional<ResourceId>(const ResourceId&)>;

/// Rewrites, in place, every reference referencesOf() (core/model/references.h) lists for the
/// resource: each target the mapping answers for is replaced by its answer. Security group
/// rules are rewritten only when their peer is a group, never a CIDR or a prefix list.
void remapReferences(Resource& resource, const ReferenceMapping& mapping);

} // namespace topograph
