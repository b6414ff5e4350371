// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/model/values.h"

#include <optional>
#include <string>
#include <vector>

namespace topograph::reach {

/// A set of ports 0-65535 kept as sorted, disjoint, non-adjacent ranges. NACLs are evaluated
/// over the client's whole ephemeral range at once: first-match rules carve it into the part
/// that passes and the part that is denied.
class PortSet {
public:
    PortSet() = default; // empty
    static PortSet range(int from, int to);
    static PortSet of(const PortRange& range) { return PortSet::range(range.from, range.to); }
    static PortSet all() { return range(0, 65535); }

    bool empty() const { return ranges_.empty(); }
    bool contains(int port) const;
    std::optional<int> lowest() const;
    /// How many ports the set holds.
    long long count() const;

    PortSet intersect(const PortSet& other) const;
    PortSet subtract(const PortSet& other) const;
    PortSet unite(const PortSet& other) const;

    const std::vector<PortRange>& ranges() const { return ranges_; }
    /// "1024-65535", "22", "1024-2047,4096-65535"; empty text for the empty set.
    std::string toString() const;

    bool operator==(const PortSet&) const = default;

private:
    static PortSet normalized(std::vector<PortRange> ranges);
    std::vector<PortRange> ranges_;
};

} // namespace topograph::reach
