// SPDX-License-Identifier: Apache-2.0
#include "app/inspector/cidr_problem.h"

#include "core/check/wording.h"
#include "core/cidr/cidr.h"

namespace topograph {

namespace {

// AWS's limits for the IPv4 blocks of VPCs and subnets (NETWORK_SEMANTICS.md, "Addresses").
constexpr int largestPrefix = 16;
constexpr int smallestPrefix = 28;

std::string sizeProblem(const Cidr& block, CidrUse use) {
    if (block.prefixLength() >= largestPrefix && block.prefixLength() <= smallestPrefix) {
        return {};
    }
    const bool tooLarge = block.prefixLength() < largestPrefix;
    const char* what = use == CidrUse::VpcBlock ? "a VPC" : "a subnet";
    return block.toString() + " is too " + (tooLarge ? "large" : "small") + " (" +
           wording::withThousands(block.size()) + " addresses): AWS allows /16 to /28 for " + what +
           " (65,536 to 16 addresses).";
}

} // namespace

std::string cidrProblem(std::string_view text, CidrUse use) {
    CidrParseError error;
    const auto block = Cidr::tryParse(text, error);
    if (!block) {
        return wording::capitalised(error.message()) + ".";
    }
    const bool addressBlock = use != CidrUse::RuleBlock;
    if (addressBlock && block->family() != IpFamily::V4) {
        return std::string(text) + " is an IPv6 block; this field holds the IPv4 block, for "
                                   "example 10.0.0.0/16.";
    }
    if (block->hasHostBits()) {
        return std::string(text) + " has host bits set: the block starts at " +
               block->aligned().toString() + ".";
    }
    return addressBlock ? sizeProblem(*block, use) : std::string();
}

std::string subnetOutsideVpcProblem(std::string_view subnetText,
                                    const std::vector<std::string>& vpcBlocks) {
    CidrParseError error;
    const auto subnet = Cidr::tryParse(subnetText, error);
    if (!subnet) {
        return {};
    }
    std::string listed;
    for (const std::string& text : vpcBlocks) {
        const auto vpcBlock = Cidr::tryParse(text, error);
        if (!vpcBlock || vpcBlock->family() != subnet->family()) {
            continue;
        }
        if (vpcBlock->aligned().contains(subnet->aligned())) {
            return {};
        }
        listed += (listed.empty() ? "" : ", ") + vpcBlock->aligned().toString();
    }
    if (listed.empty()) {
        return {};
    }
    return subnet->aligned().toString() + " is outside the VPC's address space (" + listed +
           "): a subnet takes its block from its VPC.";
}

} // namespace topograph
