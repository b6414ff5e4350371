// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/model/document.h"

#include <unordered_set>

namespace topograph {

/// Which subnets are public: their route table (or, without one, their VPC's main route table)
/// sends 0.0.0.0/0 to an internet gateway. Built once in linear time so that layouts and views
/// can ask about thousands of subnets without rescanning route tables.
class SubnetExposure {
public:
    explicit SubnetExposure(const Document& document);

    bool isPublic(const ResourceId& subnet) const { return publicSubnets_.contains(subnet); }

private:
    std::unordered_set<ResourceId> publicSubnets_;
};

} // namespace topograph
