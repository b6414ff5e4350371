// SPDX-License-Identifier: Apache-2.0
// The families of structural checks. Each appends its findings to `out` in any order;
// runStructuralChecks() puts them in the published order.
#pragma once

#include "core/check/finding.h"
#include "core/model/document.h"

#include <functional>
#include <string>
#include <vector>

namespace topograph::checks {

/// True for a value an imported template leaves symbolic ("${PeerVpcCidr}",
/// "${ImportValue:Shared-VPC}"): unknown until deployment, so neither a dangling reference nor an
/// invalid block. The importer reports it (UNRESOLVED_VALUE); the checks leave it alone.
inline bool isSymbolic(const std::string& text) {
    return text.find("${") != std::string::npos;
}

/// Finds a resource by id; the scoped validator records what it looks up outside its scope.
using ResourceLookup = std::function<const Resource*(const ResourceId&)>;

/// DANGLING_REFERENCE.
void checkReferences(const Document& document, std::vector<Finding>& out);
void checkReferences(const Resource& resource, const ResourceLookup& lookUp,
                     std::vector<Finding>& out);
/// CIDR_INVALID and CIDR_HOST_BITS_SET for every CIDR the document writes down.
void checkCidrSyntax(const Document& document, std::vector<Finding>& out);
void checkCidrSyntax(const Resource& resource, std::vector<Finding>& out);
/// VPC_CIDR_SIZE, SUBNET_CIDR_SIZE, VPC_TOO_MANY_CIDRS and SUBNET_OUTSIDE_VPC.
void checkVpcAddressing(const Document& document, std::vector<Finding>& out);
void checkVpcAddressing(const Resource& resource, const ResourceLookup& lookUp,
                        std::vector<Finding>& out);
/// SUBNET_OVERLAP, by sorting each VPC's subnet blocks and sweeping once (n log n).
void checkSubnetOverlaps(const Document& document, std::vector<Finding>& out);
/// SUBNET_OVERLAP among the given subnets (in document order), grouped by their `vpc` field.
void checkSubnetOverlaps(const Document& document,
                         const std::vector<const Resource*>& subnetsInOrder,
                         std::vector<Finding>& out);

} // namespace topograph::checks
