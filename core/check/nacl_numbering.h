// SPDX-License-Identifier: Apache-2.0
// Where a new NACL entry goes: the rule number that puts it before the entries it must precede,
// and its place in the file. Shared by the one-click fixes that add entries.
#pragma once

#include "core/model/resource_kinds.h"

#include <optional>

namespace topograph::fixes {

inline constexpr int highestNaclRuleNumber = 32766; // 32767 is AWS's own final deny

/// A free rule number of `acl`'s direction `egress` below `limit`: the next multiple of ten after
/// the highest number in use below the limit, as people number them, else any free number that
/// still comes before the limit; std::nullopt when every number below it is taken.
std::optional<int> freeNaclRuleNumber(const NetworkAcl& acl, bool egress, int limit);

/// Inserts `entry` before the first entry of its direction numbered above it, else after the last
/// entry of its direction (at the end when it has none), so the file reads in evaluation order.
void insertInEvaluationOrder(NetworkAcl& acl, const NaclEntry& entry);

} // namespace topograph::fixes
