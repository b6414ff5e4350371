// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/reach/port_set.h"

#include <cstdint>
#include <vector>

namespace topograph::reach {

/// Interned port sets with memoized intersections. A verdict-only walk narrows the client ports
/// through several NACLs per pair; across millions of pairs only a handful of distinct sets
/// ever occur, so each intersection is computed once and then read from a table.
class PortSetPool {
public:
    using Id = std::uint16_t;

    PortSetPool();

    Id intern(const PortSet& set);
    Id intersect(Id a, Id b);
    bool empty(Id id) const { return id == emptyId; }
    bool contains(Id id, int port) const { return sets_[id].contains(port); }
    /// contains() for one port asked again and again (a request's destination port).
    bool containsPort(Id id, int port);
    const PortSet& at(Id id) const { return sets_[id]; }

    static constexpr Id emptyId = 0;

private:
    void grow();

    std::vector<PortSet> sets_;
    std::size_t capacity_ = 0;
    std::vector<std::int32_t> intersections_; // capacity_ x capacity_, -1 unknown
    int cachedPort_ = -1;
    std::vector<std::int8_t> holdsCachedPort_; // per set: -1 unknown, 0 or 1
};

} // namespace topograph::reach
