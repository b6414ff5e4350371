// SPDX-License-Identifier: Apache-2.0
#include "core/reach/address_cuts.h"

#include <algorithm>

namespace topograph::reach {

void AddressCuts::add(const Cidr& block) {
    if (block.family() != IpFamily::V4) {
        return;
    }
    cuts_.push_back(block.network().v4Value());
    cuts_.push_back(std::uint64_t{block.lastAddress().v4Value()} + 1);
}

void AddressCuts::seal() {
    std::sort(cuts_.begin(), cuts_.end());
    cuts_.erase(std::unique(cuts_.begin(), cuts_.end()), cuts_.end());
}

std::size_t AddressCuts::slotOf(std::uint32_t address) const {
    return static_cast<std::size_t>(std::upper_bound(cuts_.begin(), cuts_.end(), address) -
                                    cuts_.begin());
}

} // namespace topograph::reach
