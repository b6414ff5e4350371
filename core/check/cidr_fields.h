// SPDX-License-Identifier: Apache-2.0
// Every place where a resource writes down a CIDR block, with what the place expects, so the
// CIDR checks walk one list instead of knowing every kind.
#pragma once

#include "core/cidr/ip_address.h"
#include "core/model/resource.h"

#include <optional>
#include <string>
#include <vector>

namespace topograph::checks {

struct CidrField {
    std::string field;                 // "ipv4Cidrs[1]", "routes[2].destination"
    const std::string* text = nullptr; // the block as written, owned by the resource
    std::optional<IpFamily> family;    // the family the field holds; any when absent
    std::string example;               // a typical block for this field, for fixes
    int typicalV4Prefix = 32;          // used to complete a block written without "/n"
    int typicalV6Prefix = 128;
};

/// The CIDR fields of one resource, in field order. Prefix-list destinations ("pl-...") are
/// not CIDRs and are left out; so is a subnet's empty IPv4 block when it has an IPv6 block
/// (an IPv6-only subnet).
std::vector<CidrField> cidrFieldsOf(const Resource& resource);

} // namespace topograph::checks
