// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/check/finding.h"
#include "core/model/document.h"

#include <vector>

namespace topograph {

/// The checks that need no routing analysis: references resolve (DANGLING_REFERENCE), CIDR
/// blocks parse and are aligned (CIDR_INVALID, CIDR_HOST_BITS_SET), VPC and subnet blocks have
/// sizes AWS accepts (VPC_CIDR_SIZE, SUBNET_CIDR_SIZE, VPC_TOO_MANY_CIDRS), subnets lie inside
/// their VPC (SUBNET_OUTSIDE_VPC) and do not overlap (SUBNET_OVERLAP). docs/FINDINGS.md
/// describes every code.
///
/// Findings come out in a deterministic order: by the document position of their first
/// resource, then by code; findings that tie keep the order the checks produced them in.
std::vector<Finding> runStructuralChecks(const Document& document);

} // namespace topograph
