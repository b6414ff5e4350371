// SPDX-License-Identifier: Apache-2.0
#include "core/check/nacl_numbering.h"

#include <algorithm>
#include <iterator>
#include <set>

namespace topograph::fixes {

std::optional<int> freeNaclRuleNumber(const NetworkAcl& acl, bool egress, int limit) {
    std::set<int> used;
    int highestBelow = 0;
    for (const NaclEntry& entry : acl.entries) {
        if (entry.egress != egress) {
            continue;
        }
        used.insert(entry.ruleNumber);
        if (entry.ruleNumber < limit) {
            highestBelow = std::max(highestBelow, entry.ruleNumber);
        }
    }
    const int preferred = highestBelow == 0 ? 100 : (highestBelow / 10 + 1) * 10;
    if (preferred < limit && preferred <= highestNaclRuleNumber && !used.contains(preferred)) {
        return preferred;
    }
    for (int number = std::min(limit - 1, highestNaclRuleNumber); number >= 1; --number) {
        if (!used.contains(number)) {
            return number;
        }
    }
    return std::nullopt;
}

void insertInEvaluationOrder(NetworkAcl& acl, const NaclEntry& entry) {
    const auto sameDirection = [&](const NaclEntry& other) {
        return other.egress == entry.egress;
    };
    const auto later =
        std::find_if(acl.entries.begin(), acl.entries.end(), [&](const NaclEntry& other) {
            return sameDirection(other) && other.ruleNumber > entry.ruleNumber;
        });
    if (later != acl.entries.end()) {
        acl.entries.insert(later, entry);
        return;
    }
    const auto last = std::find_if(acl.entries.rbegin(), acl.entries.rend(), sameDirection);
    acl.entries.insert(last == acl.entries.rend() ? acl.entries.end() : last.base(), entry);
}

} // namespace topograph::fixes
