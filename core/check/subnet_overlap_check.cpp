// SPDX-License-Identifier: Apache-2.0
// SUBNET_OVERLAP: two subnets of one VPC must not share an address (NETWORK_SEMANTICS.md,
// "Addresses"). CIDR blocks never partly overlap: two blocks are either disjoint or one holds
// the other. So after sorting a VPC's blocks by network address (shorter prefix first on a
// tie), the blocks holding the current one are exactly a chain, kept on a stack; one sweep
// finds every overlapping pair. Cost: n log n for the sort plus one step per pair reported.
#include "core/check/check_families.h"
#include "core/check/wording.h"
#include "core/cidr/cidr.h"

#include <algorithm>
#include <unordered_map>

namespace topograph::checks {

namespace {

struct SubnetBlock {
    Cidr block;               // aligned
    std::size_t position = 0; // the subnet's position in the document
    const Resource* subnet = nullptr;
};

Finding overlapFinding(const SubnetBlock& earlier, const SubnetBlock& later,
                       const std::string& vpcId) {
    // Name the subnets in document order, whatever order the sweep met them in.
    const bool inOrder = earlier.position < later.position;
    const SubnetBlock& first = inOrder ? earlier : later;
    const SubnetBlock& second = inOrder ? later : earlier;
    const bool outerIsEarlier = earlier.block.contains(later.block);
    const Cidr& outer = outerIsEarlier ? earlier.block : later.block;
    const Cidr& inner = outerIsEarlier ? later.block : earlier.block;
    const std::string how = outer == inner ? "they use the same block"
                                           : inner.toString() + " lies inside " + outer.toString();
    Finding finding;
    finding.severity = Severity::Error;
    finding.code = "SUBNET_OVERLAP";
    finding.resources = {first.subnet->id, second.subnet->id};
    finding.message = "Subnets '" + first.subnet->id + "' (" + first.block.toString() + ") and '" +
                      second.subnet->id + "' (" + second.block.toString() + ") of VPC '" + vpcId +
                      "' overlap: " + how + ". Subnets of one VPC must not share addresses.";
    finding.fix = "Change the block of subnet '" + second.subnet->id +
                  "' to one that no other subnet of VPC '" + vpcId + "' uses.";
    return finding;
}

void sweep(std::vector<SubnetBlock>& blocks, const std::string& vpcId, std::vector<Finding>& out) {
    std::sort(blocks.begin(), blocks.end(), [](const SubnetBlock& a, const SubnetBlock& b) {
        if (a.block != b.block) {
            return a.block < b.block;
        }
        return a.position < b.position;
    });
    std::vector<const SubnetBlock*> holding; // each block holds the next one
    for (const SubnetBlock& current : blocks) {
        // A block that does not hold the current one ends before it, so before every later
        // block too: it can never overlap again.
        while (!holding.empty() && !holding.back()->block.contains(current.block)) {
            holding.pop_back();
        }
        for (const SubnetBlock* outer : holding) {
            out.push_back(overlapFinding(*outer, current, vpcId));
        }
        holding.push_back(&current);
    }
}

} // namespace

void checkSubnetOverlaps(const Document& document,
                         const std::vector<const Resource*>& subnetsInOrder,
                         std::vector<Finding>& out) {
    // Per VPC, per family; VPCs in order of first appearance so the output never depends on
    // hashing.
    std::unordered_map<ResourceId, std::size_t> vpcSlot;
    std::vector<std::pair<ResourceId, std::vector<SubnetBlock>>> byVpc[2];
    for (const Resource* resource : subnetsInOrder) {
        const Subnet* subnet = resource->as<Subnet>();
        if (subnet == nullptr || subnet->vpc.empty()) {
            continue;
        }
        const auto [slot, added] = vpcSlot.try_emplace(subnet->vpc, byVpc[0].size());
        if (added) {
            byVpc[0].push_back({subnet->vpc, {}});
            byVpc[1].push_back({subnet->vpc, {}});
        }
        const std::size_t position = document.positionOf(resource->id);
        const std::string* texts[2] = {&subnet->ipv4Cidr,
                                       subnet->ipv6Cidr ? &*subnet->ipv6Cidr : nullptr};
        for (int family = 0; family < 2; ++family) {
            if (texts[family] == nullptr) {
                continue;
            }
            CidrParseError error;
            const auto cidr = Cidr::tryParse(*texts[family], error);
            const IpFamily expected = family == 0 ? IpFamily::V4 : IpFamily::V6;
            if (cidr && cidr->family() == expected) {
                byVpc[family][slot->second].second.push_back({cidr->aligned(), position, resource});
            }
        }
    }
    for (auto& family : byVpc) {
        for (auto& [vpcId, blocks] : family) {
            sweep(blocks, vpcId, out);
        }
    }
}

void checkSubnetOverlaps(const Document& document, std::vector<Finding>& out) {
    std::vector<const Resource*> subnets;
    for (const Resource& resource : document.resources()) {
        if (resource.kind() == ResourceKind::Subnet) {
            subnets.push_back(&resource);
        }
    }
    checkSubnetOverlaps(document, subnets, out);
}

} // namespace topograph::checks
