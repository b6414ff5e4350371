// SPDX-License-Identifier: Apache-2.0
// What is wrong with a CIDR block typed into the inspector, as one sentence for a student.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace topograph {

/// Where the typed block goes: AWS limits VPC and subnet IPv4 blocks to /16-/28; rule and route
/// fields take any IPv4 or IPv6 block.
enum class CidrUse { VpcBlock, SubnetBlock, RuleBlock };

/// "" when `text` is a block AWS accepts for `use`, else what is wrong and what to write
/// instead ("10.0.0.1/16 has host bits set: the block starts at 10.0.0.0/16."). Syntax errors
/// use the CIDR parser's own wording, so the inspector and the validator say the same thing.
std::string cidrProblem(std::string_view text, CidrUse use);

/// For a subnet block that is otherwise fine: "" when one of the VPC's blocks holds it, else a
/// sentence naming them. Blocks of the VPC that do not parse are ignored (CIDR_INVALID says so).
std::string subnetOutsideVpcProblem(std::string_view subnetText,
                                    const std::vector<std::string>& vpcBlocks);

} // namespace topograph
