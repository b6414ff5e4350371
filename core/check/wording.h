// SPDX-License-Identifier: Apache-2.0
// Shared wording for findings, so every check names things the same way.
#pragma once

#include "core/cidr/cidr.h"
#include "core/model/resource.h"

#include <string>
#include <vector>

namespace topograph::wording {

/// "VPC 'main'", "subnet 'app-a'": the kind as people say it, then the id in quotes.
std::string named(const Resource& resource);
/// "VPC", "subnet", "NAT gateway": a kind's label as it reads inside a sentence.
std::string kindInSentence(ResourceKind kind);
/// "VPC, subnet or route table".
std::string kindList(const std::vector<ResourceKind>& kinds);
/// Text in double quotes, as the user wrote it.
std::string quoted(const std::string& text);
/// Capitalises the first letter, for a sentence that starts with a resource's name.
std::string capitalised(std::string text);
/// "a", "a and b", "a, b and c".
std::string listed(const std::vector<std::string>& items);
/// "65,536": numbers that students read at a glance.
std::string withThousands(std::uint64_t number);

} // namespace topograph::wording
