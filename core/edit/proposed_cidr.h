// SPDX-License-Identifier: Apache-2.0
// The CIDR blocks proposed for a new VPC or subnet: the first free aligned block of a sensible
// size, so a student who drops a VPC and a few subnets gets a valid, non-overlapping plan
// without typing an address. The user may change the block afterwards.
#pragma once

#include "core/model/document.h"

#include <optional>
#include <string>

namespace topograph {

/// The first /16 of 10.0.0.0/8, then of 172.16.0.0/12, then the first /20 of 192.168.0.0/16
/// (the RFC 1918 private ranges, in the order people usually pick them) that overlaps no IPv4
/// block of any VPC of the document. Blocks that cannot be read are ignored. std::nullopt when
/// all of them are taken.
std::optional<std::string> proposeVpcCidr(const Document& document);

/// The prefix length of the subnets proposed inside a VPC block of prefix `vpcPrefix`: /24 for
/// /16 to /22 blocks (256 addresses, the size people expect), else two bits smaller than the
/// block (four subnets), never smaller than /28, the smallest subnet AWS allows.
int proposedSubnetPrefix(int vpcPrefix);

/// The first free aligned block inside the IPv4 blocks of `vpc` (primary first, then the
/// secondary blocks) that overlaps none of the VPC's subnets, sized by proposedSubnetPrefix()
/// for the block it lies in. std::nullopt when the VPC is full, has no readable IPv4 block, or
/// is not a VPC of the document.
std::optional<std::string> proposeSubnetCidr(const Document& document, const ResourceId& vpc);

} // namespace topograph
