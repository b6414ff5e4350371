// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// The intrinsic functions whose result depends only on their arguments, written to give the
// same answers as CloudFormation.

namespace topograph::cfn {

/// Fn::Cidr [ipBlock, count, cidrBits]: `count` consecutive blocks with `cidrBits` host bits
/// each, from the start of `ipBlock` (IPv4 or IPv6). On bad arguments returns std::nullopt and
/// sets `error` to a sentence saying what is wrong.
std::optional<std::vector<std::string>> cidrBlocks(std::string_view ipBlock, long long count,
                                                   long long cidrBits, std::string& error);

/// Fn::GetAZs: the zones listed for `region` in `known`, else `region` + "a", "b", "c".
std::vector<std::string>
availabilityZones(const std::string& region,
                  const std::map<std::string, std::vector<std::string>>& known);

/// Fn::Base64: standard alphabet with '=' padding.
std::string base64Encode(std::string_view text);

/// Fn::Split: the pieces of `text` between occurrences of `delimiter` (empty pieces kept).
std::vector<std::string> splitText(std::string_view text, std::string_view delimiter);

/// AWS::Partition and AWS::URLSuffix for a region ("aws-cn" and "amazonaws.com.cn" in China).
std::string partitionOf(const std::string& region);
std::string urlSuffixOf(const std::string& region);

/// Parses a whole number written as text ("42", "-1", " 7 "); std::nullopt otherwise.
std::optional<long long> parseInteger(std::string_view text);

} // namespace topograph::cfn
