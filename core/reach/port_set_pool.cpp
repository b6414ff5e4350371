// SPDX-License-Identifier: Apache-2.0
#include "core/reach/port_set_pool.h"

namespace topograph::reach {

PortSetPool::PortSetPool() {
    sets_.push_back(PortSet{}); // emptyId
    grow();
}

PortSetPool::Id PortSetPool::intern(const PortSet& set) {
    for (std::size_t i = 0; i < sets_.size(); ++i) {
        if (sets_[i] == set) {
            return static_cast<Id>(i);
        }
    }
    sets_.push_back(set);
    if (sets_.size() > capacity_) {
        grow();
    }
    return static_cast<Id>(sets_.size() - 1);
}

PortSetPool::Id PortSetPool::intersect(Id a, Id b) {
    std::int32_t& slot = intersections_[a * capacity_ + b];
    if (slot < 0) {
        const Id result = intern(sets_[a].intersect(sets_[b]));
        // intern() may have grown the table: index it afresh.
        intersections_[a * capacity_ + b] = result;
        return result;
    }
    return static_cast<Id>(slot);
}

bool PortSetPool::containsPort(Id id, int port) {
    if (port != cachedPort_) {
        cachedPort_ = port;
        holdsCachedPort_.assign(sets_.size(), -1);
    }
    if (id >= holdsCachedPort_.size()) {
        holdsCachedPort_.resize(sets_.size(), -1);
    }
    std::int8_t& holds = holdsCachedPort_[id];
    if (holds < 0) {
        holds = sets_[id].contains(port) ? 1 : 0;
    }
    return holds == 1;
}

void PortSetPool::grow() {
    const std::size_t old = capacity_;
    const std::size_t next = old == 0 ? 16 : old * 2;
    std::vector<std::int32_t> table(next * next, -1);
    for (std::size_t a = 0; a < old; ++a) {
        for (std::size_t b = 0; b < old; ++b) {
            table[a * next + b] = intersections_[a * old + b];
        }
    }
    intersections_ = std::move(table);
    capacity_ = next;
}

} // namespace topograph::reach
