// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/model/document.h"

#include <cstdint>

namespace topograph::reach::testing {

/// A small random network (seeded, deterministic) of VPCs joined by transit gateways and
/// peering connections, the part of the model randomNetwork() leaves out: 2-4 VPCs (blocks may
/// overlap), subnets in zones, route tables with transit gateway, peering, blackhole and
/// missing-target routes, one or two transit gateways with default or explicit route tables,
/// static and blackhole routes, attachments with subnets and group referencing switched on or
/// off, NACLs, security groups with CIDR and group rules, and instances (several per subnet so
/// that classes have members to share).
Document randomTransitNetwork(std::uint32_t seed);

} // namespace topograph::reach::testing
