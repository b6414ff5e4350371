// SPDX-License-Identifier: Apache-2.0
#include "core/edit/proposed_cidr.h"

#include "core/cidr/cidr.h"

#include <algorithm>
#include <cstdint>
#include <vector>

namespace topograph {

namespace {

/// An aligned IPv4 block as numbers: [first, first + size).
struct Block {
    std::uint64_t first = 0;
    std::uint64_t size = 0;
    std::uint64_t end() const { return first + size; }
};

std::optional<Cidr> readIpv4(const std::string& text) {
    CidrParseError error;
    auto cidr = Cidr::tryParse(text, error);
    if (!cidr || cidr->family() != IpFamily::V4) {
        return std::nullopt;
    }
    return cidr->aligned();
}

Block toBlock(const Cidr& cidr) {
    return {cidr.network().v4Value(), std::uint64_t{1} << cidr.hostBitCount()};
}

std::string toText(std::uint64_t first, int prefixLength) {
    return Cidr(IpAddress::v4(static_cast<std::uint32_t>(first)), prefixLength).toString();
}

/// The first aligned block of `prefixLength` inside `pool` that overlaps none of `taken`
/// (sorted by first address). A block that overlaps moves the search past the taken block, so
/// the cost follows the number of taken blocks, not the size of the pool.
std::optional<std::string> firstFree(const Block& pool, int prefixLength,
                                     const std::vector<Block>& taken) {
    const std::uint64_t size = std::uint64_t{1} << (32 - prefixLength);
    std::uint64_t candidate = pool.first;
    auto next = taken.begin();
    while (candidate + size <= pool.end()) {
        // Taken blocks that end before the candidate can never overlap a later candidate.
        while (next != taken.end() && next->end() <= candidate) {
            ++next;
        }
        const Block* blocker = nullptr;
        for (auto it = next; it != taken.end() && it->first < candidate + size; ++it) {
            if (candidate < it->end()) {
                blocker = &*it;
                break;
            }
        }
        if (blocker == nullptr) {
            return toText(candidate, prefixLength);
        }
        // Jump to the first aligned candidate after the blocker.
        const std::uint64_t past = blocker->end();
        candidate = (past + size - 1) / size * size;
    }
    return std::nullopt;
}

std::vector<Block> sorted(std::vector<Block> blocks) {
    std::sort(blocks.begin(), blocks.end(), [](const Block& a, const Block& b) {
        return a.first < b.first || (a.first == b.first && a.size > b.size);
    });
    return blocks;
}

} // namespace

std::optional<std::string> proposeVpcCidr(const Document& document) {
    std::vector<Block> taken;
    for (const Resource& resource : document.resources()) {
        if (const Vpc* vpc = resource.as<Vpc>()) {
            for (const std::string& text : vpc->ipv4Cidrs) {
                if (auto cidr = readIpv4(text)) {
                    taken.push_back(toBlock(*cidr));
                }
            }
        }
    }
    taken = sorted(std::move(taken));
    struct Pool {
        const char* block;
        int prefixLength;
    };
    constexpr Pool pools[] = {{"10.0.0.0/8", 16}, {"172.16.0.0/12", 16}, {"192.168.0.0/16", 20}};
    for (const Pool& pool : pools) {
        if (auto found = firstFree(toBlock(Cidr::parse(pool.block)), pool.prefixLength, taken)) {
            return found;
        }
    }
    return std::nullopt;
}

int proposedSubnetPrefix(int vpcPrefix) {
    if (vpcPrefix <= 22) {
        return 24;
    }
    return std::min(vpcPrefix + 2, 28);
}

std::optional<std::string> proposeSubnetCidr(const Document& document, const ResourceId& vpcId) {
    const Vpc* vpc = document.findAs<Vpc>(vpcId);
    if (vpc == nullptr) {
        return std::nullopt;
    }
    std::vector<Block> taken;
    for (const Resource& resource : document.resources()) {
        const Subnet* subnet = resource.as<Subnet>();
        if (subnet == nullptr || subnet->vpc != vpcId) {
            continue;
        }
        if (auto cidr = readIpv4(subnet->ipv4Cidr)) {
            taken.push_back(toBlock(*cidr));
        }
    }
    taken = sorted(std::move(taken));
    for (const std::string& text : vpc->ipv4Cidrs) {
        const auto block = readIpv4(text);
        // A subnet block must fit the VPC block; /29 and smaller VPC blocks are invalid anyway.
        if (!block || block->prefixLength() > 28) {
            continue;
        }
        const int prefixLength = proposedSubnetPrefix(block->prefixLength());
        if (auto found = firstFree(toBlock(*block), prefixLength, taken)) {
            return found;
        }
    }
    return std::nullopt;
}

} // namespace topograph
