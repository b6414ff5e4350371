// SPDX-License-Identifier: Apache-2.0
// The families of one-click fixes behind proposeFix() (fixes.h), one per file, and the small
// helpers they share.
#pragma once

#include "core/check/fixes.h"

namespace topograph::fixes {

using Proposal = std::optional<ProposedFix>;

/// The finding's i-th resource, or nullptr when it has fewer or the id names nothing.
const Resource* involved(const Document& document, const Finding& finding, std::size_t i);

/// A fix that replaces `before` by `after`.
ProposedFix rewriteOf(std::string label, const Resource& before, Resource after);

/// The subnets whose explicit or implicit route table is `table` (main tables serve every
/// subnet of the VPC without an association).
std::size_t subnetsUsingTable(const Document& document, const Resource& table);

Proposal fixNaclEphemeral(const Document& document, const Finding& finding);

Proposal fixHostBits(const Document& document, const Finding& finding);
Proposal fixBlockSize(const Document& document, const Finding& finding);
Proposal fixSubnetPlacement(const Document& document, const Finding& finding);

Proposal fixMissingDefaultRoute(const Document& document, const Finding& finding);
Proposal fixIgwNotAttached(const Document& document, const Finding& finding);
Proposal fixDuplicateRoutes(const Document& document, const Finding& finding);
Proposal fixRouteInsideVpc(const Document& document, const Finding& finding);
Proposal fixNatElasticIp(const Document& document, const Finding& finding);
Proposal fixNatInPrivateSubnet(const Document& document, const Finding& finding);
Proposal fixDuplicateDefault(const Document& document, const Finding& finding);
Proposal fixPrivateIp(const Document& document, const Finding& finding);

Proposal fixAllowedFlow(const Document& document, const Finding& finding);

} // namespace topograph::fixes
