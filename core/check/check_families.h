// SPDX-License-Identifier: Apache-2.0
// The families of structural checks. Each appends its findings to `out` in any order;
// runStructuralChecks() puts them in the published order.
#pragma once

#include "core/check/finding.h"
#include "core/model/document.h"

#include <vector>

namespace topograph::checks {

/// DANGLING_REFERENCE.
void checkReferences(const Document& document, std::vector<Finding>& out);
/// CIDR_INVALID and CIDR_HOST_BITS_SET for every CIDR the document writes down.
void checkCidrSyntax(const Document& document, std::vector<Finding>& out);
/// VPC_CIDR_SIZE, SUBNET_CIDR_SIZE, VPC_TOO_MANY_CIDRS and SUBNET_OUTSIDE_VPC.
void checkVpcAddressing(const Document& document, std::vector<Finding>& out);
/// SUBNET_OVERLAP, by sorting each VPC's subnet blocks and sweeping once (n log n).
void checkSubnetOverlaps(const Document& document, std::vector<Finding>& out);

} // namespace topograph::checks
