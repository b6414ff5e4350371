// SPDX-License-Identifier: Apache-2.0
// VPC_CIDR_SIZE, SUBNET_CIDR_SIZE, VPC_TOO_MANY_CIDRS and SUBNET_OUTSIDE_VPC
// (NETWORK_SEMANTICS.md, "Addresses"). Blocks that do not parse are left to CIDR_INVALID;
// blocks with host bits set are judged by their aligned network, so one slip gives one finding.
#include "core/check/check_families.h"
#include "core/check/wording.h"
#include "core/cidr/cidr.h"

#include <algorithm>

namespace topograph::checks {

namespace {

// AWS's limits for IPv4 blocks of VPCs and subnets alike.
constexpr int largestPrefix = 16;
constexpr int smallestPrefix = 28;
constexpr std::size_t maxIpv4BlocksPerVpc = 5; // the primary and four secondary blocks

std::optional<Cidr> parsedAs(const std::string& text, IpFamily family) {
    CidrParseError error;
    auto cidr = Cidr::tryParse(text, error);
    if (!cidr || cidr->family() != family) {
        return std::nullopt;
    }
    return cidr;
}

// The VPC's blocks of one family, or nothing when one of them cannot be read: then no one
// can tell where the subnets may go, and CIDR_INVALID already names the culprit.
std::optional<std::vector<Cidr>> parsedBlocks(const std::vector<std::string>& texts,
                                              IpFamily family) {
    std::vector<Cidr> blocks;
    for (const std::string& text : texts) {
        auto cidr = parsedAs(text, family);
        if (!cidr) {
            return std::nullopt;
        }
        blocks.push_back(cidr->aligned());
    }
    return blocks;
}

std::string listed(const std::vector<Cidr>& blocks) {
    std::string text;
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        text += (i == 0 ? "" : ", ") + blocks[i].toString();
    }
    return text;
}

// A block of the nearest allowed size that holds the same first address.
Cidr resizedWithinLimits(const Cidr& block) {
    const int prefix = std::clamp(block.prefixLength(), largestPrefix, smallestPrefix);
    return Cidr(block.network().masked(prefix), prefix);
}

void checkBlockSize(const Resource& resource, const std::string& field, const std::string& text,
                    const char* code, std::vector<Finding>& out) {
    const auto block = parsedAs(text, IpFamily::V4);
    if (!block ||
        (block->prefixLength() >= largestPrefix && block->prefixLength() <= smallestPrefix)) {
        return;
    }
    const bool tooLarge = block->prefixLength() < largestPrefix;
    Finding finding;
    finding.severity = Severity::Error;
    finding.code = code;
    finding.resources = {resource.id};
    finding.message = wording::capitalised(wording::named(resource)) + ": " + field + " " +
                      block->toString() + " is too " + (tooLarge ? "large" : "small") + " (" +
                      wording::withThousands(block->size()) + " addresses); AWS accepts " +
                      wording::kindInSentence(resource.kind()) + " IPv4 blocks from /16 (" +
                      "65,536 addresses) to /28 (16 addresses).";
    finding.fix = "Use a prefix length from /16 to /28, for example " +
                  resizedWithinLimits(block->aligned()).toString() + ".";
    out.push_back(std::move(finding));
}

void checkVpc(const Resource& resource, const Vpc& vpc, std::vector<Finding>& out) {
    for (std::size_t i = 0; i < vpc.ipv4Cidrs.size(); ++i) {
        checkBlockSize(resource, "ipv4Cidrs[" + std::to_string(i) + "]", vpc.ipv4Cidrs[i],
                       "VPC_CIDR_SIZE", out);
    }
    if (vpc.ipv4Cidrs.size() > maxIpv4BlocksPerVpc) {
        const std::size_t extra = vpc.ipv4Cidrs.size() - maxIpv4BlocksPerVpc;
        Finding finding;
        finding.severity = Severity::Error;
        finding.code = "VPC_TOO_MANY_CIDRS";
        finding.resources = {resource.id};
        finding.message = wording::capitalised(wording::named(resource)) + " has " +
                          std::to_string(vpc.ipv4Cidrs.size()) +
                          " IPv4 blocks; AWS allows a primary block and at most 4 secondary "
                          "blocks (5 in all).";
        finding.fix = "Remove " + std::to_string(extra) + (extra == 1 ? " block" : " blocks") +
                      " (the last one is " + vpc.ipv4Cidrs.back() +
                      "), or move some subnets into another VPC.";
        out.push_back(std::move(finding));
    }
}

// A block of the subnet's size (brought within AWS's limits) at the start of the VPC's first
// block, as an example of where the subnet may go; another subnet may already use it.
std::string exampleInside(const Cidr& subnetBlock, const Cidr& vpcBlock) {
    int prefix = subnetBlock.prefixLength();
    if (subnetBlock.family() == IpFamily::V4) {
        prefix = std::clamp(prefix, largestPrefix, smallestPrefix);
    }
    return Cidr(vpcBlock.network(), std::max(prefix, vpcBlock.prefixLength())).toString();
}

void checkSubnetInside(const Resource& resource, const Subnet& subnet, const Resource& vpcResource,
                       const Vpc& vpc, std::vector<Finding>& out) {
    struct Family {
        const std::string* subnetText;
        std::optional<std::vector<Cidr>> vpcBlocks;
        IpFamily family;
        const char* field;
    };
    std::vector<Family> families;
    families.push_back(
        {&subnet.ipv4Cidr, parsedBlocks(vpc.ipv4Cidrs, IpFamily::V4), IpFamily::V4, "ipv4Cidr"});
    if (subnet.ipv6Cidr && vpc.ipv6Cidr) {
        families.push_back({&*subnet.ipv6Cidr, parsedBlocks({*vpc.ipv6Cidr}, IpFamily::V6),
                            IpFamily::V6, "ipv6Cidr"});
    }
    for (const Family& family : families) {
        const auto block = parsedAs(*family.subnetText, family.family);
        // Without a block on both sides there is nothing to compare; CIDR_INVALID covers it.
        if (!block || !family.vpcBlocks || family.vpcBlocks->empty()) {
            continue;
        }
        const std::vector<Cidr>& vpcBlocks = *family.vpcBlocks;
        const Cidr aligned = block->aligned();
        const bool inside = std::any_of(vpcBlocks.begin(), vpcBlocks.end(),
                                        [&](const Cidr& v) { return v.contains(aligned); });
        if (inside) {
            continue;
        }
        const std::string ipName = family.family == IpFamily::V4 ? "IPv4" : "IPv6";
        Finding finding;
        finding.severity = Severity::Error;
        finding.code = "SUBNET_OUTSIDE_VPC";
        finding.resources = {resource.id, vpcResource.id};
        finding.message = wording::capitalised(wording::named(resource)) + ": " + family.field +
                          " " + aligned.toString() + " is not inside any " + ipName + " block of " +
                          wording::named(vpcResource) + " (" + listed(vpcBlocks) +
                          "); a subnet's addresses must come from " + "its VPC.";
        finding.fix =
            "Give the subnet a block inside " + listed(vpcBlocks) + " (for example " +
            exampleInside(aligned, vpcBlocks.front()) + ")" +
            (family.family == IpFamily::V4
                 ? ", or add a secondary block to the VPC that contains " + aligned.toString()
                 : std::string()) +
            ".";
        out.push_back(std::move(finding));
    }
}

} // namespace

void checkVpcAddressing(const Resource& resource, const ResourceLookup& lookUp,
                        std::vector<Finding>& out) {
    if (const auto* vpc = resource.as<Vpc>()) {
        checkVpc(resource, *vpc, out);
    } else if (const auto* subnet = resource.as<Subnet>()) {
        checkBlockSize(resource, "ipv4Cidr", subnet->ipv4Cidr, "SUBNET_CIDR_SIZE", out);
        const Resource* vpcResource = subnet->vpc.empty() ? nullptr : lookUp(subnet->vpc);
        const Vpc* vpcProperties = vpcResource != nullptr ? vpcResource->as<Vpc>() : nullptr;
        if (vpcProperties != nullptr) {
            checkSubnetInside(resource, *subnet, *vpcResource, *vpcProperties, out);
        }
    }
}

void checkVpcAddressing(const Document& document, std::vector<Finding>& out) {
    const ResourceLookup lookUp = [&](const ResourceId& id) {
        return document.find(id);
    };
    for (const Resource& resource : document.resources()) {
        checkVpcAddressing(resource, lookUp, out);
    }
}

} // namespace topograph::checks
