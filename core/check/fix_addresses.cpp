// SPDX-License-Identifier: Apache-2.0
// Fixes for address blocks: a block with host bits set becomes its network address; a block
// outside AWS's sizes gets the nearest allowed size holding the same first address; a subnet
// that overlaps another or lies outside its VPC gets the next free block of the VPC. Each one
// is refused when it would break something else (a subnet falling out of its VPC, an explicit
// private IP left outside its subnet, more interfaces than addresses).
#include "core/check/cidr_fields.h"
#include "core/check/fix_families.h"
#include "core/check/scope_view.h"
#include "core/check/wording.h"
#include "core/edit/proposed_cidr.h"

#include <algorithm>

namespace topograph::fixes {

namespace {

constexpr int largestPrefix = 16;  // AWS's largest VPC and subnet block
constexpr int smallestPrefix = 28; // and its smallest

std::vector<const Resource*> subnetsOf(const Document& document, const ResourceId& vpc) {
    std::vector<const Resource*> subnets;
    for (const Resource& resource : document.resources()) {
        if (const auto* subnet = resource.as<Subnet>(); subnet != nullptr && subnet->vpc == vpc) {
            subnets.push_back(&resource);
        }
    }
    return subnets;
}

std::vector<Cidr> ipv4BlocksOf(const Vpc& vpc) {
    std::vector<Cidr> blocks;
    for (const std::string& text : vpc.ipv4Cidrs) {
        if (const auto block = checks::alignedBlock(text);
            block && block->family() == IpFamily::V4) {
            blocks.push_back(*block);
        }
    }
    return blocks;
}

// True when every workload whose primary subnet is `subnet` and that writes down its private IP
// keeps it inside `block`, and the block has an address for every interface in the subnet.
bool subnetContentFits(const Document& document, const ResourceId& subnet, const Cidr& block) {
    std::uint64_t interfaces = 0;
    for (const Resource& resource : document.resources()) {
        if (const auto* nat = resource.as<NatGateway>(); nat != nullptr && nat->subnet == subnet) {
            ++interfaces;
        }
        const Placement* placement = resource.placement();
        if (placement == nullptr) {
            continue;
        }
        const auto in = std::find(placement->subnets.begin(), placement->subnets.end(), subnet);
        if (in == placement->subnets.end()) {
            continue;
        }
        ++interfaces;
        const auto primary =
            std::find_if(placement->subnets.begin(), placement->subnets.end(),
                         [&](const ResourceId& id) { return document.contains(id); });
        if (primary != placement->subnets.end() && *primary == subnet &&
            !placement->privateIp.empty()) {
            const auto address = checks::alignedBlock(placement->privateIp + "/32");
            if (!address || !block.contains(*address)) {
                return false;
            }
        }
    }
    return interfaces <= block.usableHosts();
}

bool overlapsAny(const Cidr& block, const std::vector<Cidr>& others) {
    return std::any_of(others.begin(), others.end(),
                       [&](const Cidr& other) { return other.overlaps(block); });
}

Proposal resizeVpcBlock(const Document& document, const Resource& resource, std::size_t i,
                        const Cidr& old, const Cidr& resized) {
    const auto& vpc = *resource.as<Vpc>();
    std::vector<Cidr> otherOwnBlocks;
    for (std::size_t j = 0; j < vpc.ipv4Cidrs.size(); ++j) {
        if (const auto block = checks::alignedBlock(vpc.ipv4Cidrs[j]); j != i && block) {
            otherOwnBlocks.push_back(*block);
        }
    }
    if (resized.prefixLength() > old.prefixLength()) {
        // Shrinking: every subnet the old block held must stay inside the VPC.
        for (const Resource* subnet : subnetsOf(document, resource.id)) {
            const auto block = checks::alignedBlock(subnet->as<Subnet>()->ipv4Cidr);
            if (block && old.contains(*block) && !resized.contains(*block) &&
                std::none_of(otherOwnBlocks.begin(), otherOwnBlocks.end(),
                             [&](const Cidr& own) { return own.contains(*block); })) {
                return std::nullopt;
            }
        }
    } else {
        // Growing: the larger block must not take addresses another block already has.
        std::vector<Cidr> taken = otherOwnBlocks;
        for (const Resource& other : document.resources()) {
            if (const auto* otherVpc = other.as<Vpc>();
                otherVpc != nullptr && other.id != resource.id) {
                const std::vector<Cidr> blocks = ipv4BlocksOf(*otherVpc);
                taken.insert(taken.end(), blocks.begin(), blocks.end());
            }
        }
        if (overlapsAny(resized, taken)) {
            return std::nullopt;
        }
    }
    Resource after = resource;
    after.as<Vpc>()->ipv4Cidrs[i] = resized.toString();
    return rewriteOf("Change the block of " + wording::named(resource) + " to " +
                         resized.toString(),
                     resource, std::move(after));
}

Proposal resizeSubnetBlock(const Document& document, const Resource& resource, const Cidr& old,
                           const Cidr& resized) {
    const auto& subnet = *resource.as<Subnet>();
    if (resized.prefixLength() > old.prefixLength()) {
        if (!subnetContentFits(document, resource.id, resized)) {
            return std::nullopt;
        }
    } else {
        const auto* vpc = document.findAs<Vpc>(subnet.vpc);
        if (vpc == nullptr) {
            return std::nullopt;
        }
        const std::vector<Cidr> vpcBlocks = ipv4BlocksOf(*vpc);
        if (std::none_of(vpcBlocks.begin(), vpcBlocks.end(),
                         [&](const Cidr& block) { return block.contains(resized); })) {
            return std::nullopt;
        }
        for (const Resource* other : subnetsOf(document, subnet.vpc)) {
            const auto block = checks::alignedBlock(other->as<Subnet>()->ipv4Cidr);
            if (other->id != resource.id && block && block->overlaps(resized)) {
                return std::nullopt;
            }
        }
    }
    Resource after = resource;
    after.as<Subnet>()->ipv4Cidr = resized.toString();
    return rewriteOf("Change the block of " + wording::named(resource) + " to " +
                         resized.toString(),
                     resource, std::move(after));
}

} // namespace

Proposal fixHostBits(const Document& document, const Finding& finding) {
    const Resource* resource = involved(document, finding, 0);
    if (resource == nullptr) {
        return std::nullopt;
    }
    const std::vector<checks::CidrField> fields = checks::cidrFieldsOf(*resource);
    for (std::size_t i = 0; i < fields.size(); ++i) {
        CidrParseError error;
        const auto cidr = Cidr::tryParse(*fields[i].text, error);
        // The message quotes the field and its text: "...: routes[1].destination "10.0.1.0/16"".
        if (!cidr || !cidr->hasHostBits() ||
            finding.message.find(": " + fields[i].field + " " + wording::quoted(*fields[i].text)) ==
                std::string::npos) {
            continue;
        }
        Resource after = *resource;
        // The fields of the copy, in the same order: the i-th is the one to rewrite.
        const std::vector<checks::CidrField> copied = checks::cidrFieldsOf(after);
        const std::string aligned = cidr->aligned().toString();
        *const_cast<std::string*>(copied[i].text) = aligned; // owned by `after`, not const
        return rewriteOf("Change " + fields[i].field + " of " + wording::named(*resource) + " to " +
                             aligned,
                         *resource, std::move(after));
    }
    return std::nullopt;
}

Proposal fixBlockSize(const Document& document, const Finding& finding) {
    const Resource* resource = involved(document, finding, 0);
    if (resource == nullptr) {
        return std::nullopt;
    }
    const auto resize = [](const Cidr& block) {
        const int prefix = std::clamp(block.prefixLength(), largestPrefix, smallestPrefix);
        return Cidr(block.network().masked(prefix), prefix);
    };
    // The message names the field and the block: "...: ipv4Cidrs[1] 10.0.0.0/8 is too large".
    const auto named = [&](const std::string& field, const Cidr& block) {
        return finding.message.find(": " + field + " " + block.toString() + " is too") !=
               std::string::npos;
    };
    if (const auto* vpc = resource->as<Vpc>()) {
        for (std::size_t i = 0; i < vpc->ipv4Cidrs.size(); ++i) {
            const auto block = checks::alignedBlock(vpc->ipv4Cidrs[i]);
            if (block && block->family() == IpFamily::V4 &&
                named("ipv4Cidrs[" + std::to_string(i) + "]", *block)) {
                return resizeVpcBlock(document, *resource, i, *block, resize(*block));
            }
        }
    } else if (const auto* subnet = resource->as<Subnet>()) {
        const auto block = checks::alignedBlock(subnet->ipv4Cidr);
        if (block && block->family() == IpFamily::V4 && named("ipv4Cidr", *block)) {
            return resizeSubnetBlock(document, *resource, *block, resize(*block));
        }
    }
    return std::nullopt;
}

Proposal fixSubnetPlacement(const Document& document, const Finding& finding) {
    // SUBNET_OVERLAP moves the second subnet (the later one in the file); SUBNET_OUTSIDE_VPC
    // the subnet itself, and only for its IPv4 block (an IPv6 block needs the VPC's /56).
    const bool overlap = finding.code == "SUBNET_OVERLAP";
    if (!overlap && finding.message.find(": ipv4Cidr ") == std::string::npos) {
        return std::nullopt;
    }
    const Resource* resource = involved(document, finding, overlap ? 1 : 0);
    const auto* subnet = resource != nullptr ? resource->as<Subnet>() : nullptr;
    if (subnet == nullptr) {
        return std::nullopt;
    }
    const std::optional<std::string> proposed = proposeSubnetCidr(document, subnet->vpc);
    const auto block = proposed ? checks::alignedBlock(*proposed) : std::nullopt;
    if (!block || !subnetContentFits(document, resource->id, *block)) {
        return std::nullopt;
    }
    Resource after = *resource;
    after.as<Subnet>()->ipv4Cidr = *proposed;
    return rewriteOf("Move " + wording::named(*resource) + " to the free block " + *proposed,
                     *resource, std::move(after));
}

} // namespace topograph::fixes
