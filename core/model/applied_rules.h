// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/model/document.h"

#include <optional>
#include <unordered_map>
#include <vector>

namespace topograph {

/// The resources whose rules apply to a subnet or a workload, as AWS applies them: a subnet's
/// own route table and network ACL, else its VPC's main table and default ACL; a workload's
/// security groups, else its VPC's default group. Only what the document declares: AWS's
/// implicit main table of a VPC that declares none has no id to name.
struct AppliedRules {
    std::optional<ResourceId> routeTable;
    std::optional<ResourceId> networkAcl;
    std::vector<ResourceId> securityGroups;
};

/// Answers AppliedRules for many resources of one document after one pass over it (the
/// canvas asks for every subnet and workload after each edit).
class AppliedRulesIndex {
public:
    explicit AppliedRulesIndex(const Document& document);

    /// Empty for anything but a subnet or a workload (a resource with a placement).
    AppliedRules of(const Resource& resource) const;

private:
    struct VpcDefaults {
        std::optional<ResourceId> mainRouteTable;
        std::optional<ResourceId> defaultNetworkAcl;
        std::optional<ResourceId> defaultSecurityGroup;
    };

    const Document& document_;
    std::unordered_map<ResourceId, VpcDefaults> defaults_; // by VPC id
};

} // namespace topograph
