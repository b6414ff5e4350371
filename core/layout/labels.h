// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/model/resource.h"

#include <string>

namespace topograph {

/// The short second line drawn under a resource's name: the CIDR of a VPC or subnet, the zone of
/// an AZ, the instance type, engine or runtime of a workload, the service of an endpoint. Falls
/// back to the kind's label so that every item says what it is.
std::string subtitleOf(const Resource& resource);

} // namespace topograph
