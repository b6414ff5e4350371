// SPDX-License-Identifier: Apache-2.0
#pragma once

// Internal to core/reach: how NetworkIndex views rules and entries, shared by the first build
// (network_index.cpp) and the refresh after an edit (index_refresh.cpp).

#include "core/reach/network_index.h"

#include <vector>

namespace topograph::reach {

std::vector<SgRuleView> viewRules(const std::vector<SecurityGroupRule>& rules);

/// The ACL's entries split by direction, by ascending rule number (file order on ties).
void viewNaclEntries(const NetworkAcl& acl, NaclView& view);

} // namespace topograph::reach
