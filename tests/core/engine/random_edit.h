// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/model/document.h"

#include <cstdint>
#include <optional>
#include <random>
#include <string>

namespace topograph::engine::testing {

/// The kinds of single edit the designer makes.
enum class EditKind { Rule, Route, Cidr, Association, AddOrRemove };

/// One edit of `kind` on a random resource of `document`: a security group rule or NACL entry
/// added, dropped or changed; a route added, dropped or retargeted; a VPC or subnet block
/// changed; a subnet's route table or NACL, or a workload's groups, changed; a resource added
/// or removed. The edited copy of the resource, or the resource to add; std::nullopt when the
/// document has nothing to edit that way. `removeId` is set when the edit removes a resource.
struct RandomEdit {
    std::optional<Resource> replacement;
    std::optional<Resource> addition;
    std::string removeId;
    std::string description;
};

RandomEdit randomEdit(const Document& document, EditKind kind, std::mt19937& random);

} // namespace topograph::engine::testing
