// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/cidr/cidr.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace topograph::reach {

/// The boundaries of a collection of IPv4 blocks. Two addresses with the same slot lie in
/// exactly the same blocks of the collection, so every rule built from those blocks (a route, a
/// NACL entry, a security group rule) treats them alike: one evaluation stands for the slot.
class AddressCuts {
public:
    void add(const Cidr& block);
    /// Sorts and removes duplicates; call once after the last add().
    void seal();

    std::size_t slotOf(std::uint32_t address) const;
    std::size_t slotCount() const { return cuts_.size() + 1; }
    const std::vector<std::uint64_t>& cuts() const { return cuts_; }

private:
    std::vector<std::uint64_t> cuts_;
};

} // namespace topograph::reach
