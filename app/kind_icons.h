// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/model/resource.h"

#include <QString>

namespace topograph {

/// The URL of the embedded SVG icon of a drawn kind ("qrc:/icons/nat-gateway.svg"); the file
/// names are the kinds' stable names, so a new kind needs a new file and nothing else. Subnets
/// have two icons, an open padlock for public and a closed one for private subnets.
QString iconSourceFor(ResourceKind kind, bool isPublicSubnet);

} // namespace topograph
