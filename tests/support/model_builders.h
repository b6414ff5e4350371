// SPDX-License-Identifier: Apache-2.0
// Small helpers to write documents in tests without repeating boilerplate. Header-only: include
// "tests/support/model_builders.h" from any test linked with topograph::core.
#pragma once

#include "core/model/document.h"

#include <initializer_list>
#include <string>
#include <utility>
#include <vector>

namespace topograph::testing_support {

/// A resource with the given id and properties, e.g. `resource("vpc", Vpc{.ipv4Cidrs = {...}})`.
template <typename Properties> Resource resource(ResourceId id, Properties properties) {
    Resource result;
    result.id = std::move(id);
    result.properties = std::move(properties);
    return result;
}

/// A document holding the given resources in order.
inline Document documentOf(std::initializer_list<Resource> resources) {
    Document document;
    for (const Resource& item : resources) {
        document.add(item);
    }
    return document;
}

// The builders below assign fields one by one instead of using designated initializers, so
// that including this header never trips GCC 12's -Wmissing-field-initializers.

inline Resource vpc(ResourceId id, std::vector<std::string> ipv4Cidrs, ResourceId region = {}) {
    Vpc properties;
    properties.region = std::move(region);
    properties.ipv4Cidrs = std::move(ipv4Cidrs);
    return resource(std::move(id), std::move(properties));
}

inline Resource subnet(ResourceId id, ResourceId vpcId, std::string ipv4Cidr,
                       ResourceId availabilityZone = {}) {
    Subnet properties;
    properties.vpc = std::move(vpcId);
    properties.availabilityZone = std::move(availabilityZone);
    properties.ipv4Cidr = std::move(ipv4Cidr);
    return resource(std::move(id), std::move(properties));
}

inline Resource instance(ResourceId id, std::vector<ResourceId> subnets,
                         std::vector<ResourceId> securityGroups = {}) {
    Instance properties;
    properties.placement.subnets = std::move(subnets);
    properties.placement.securityGroups = std::move(securityGroups);
    return resource(std::move(id), std::move(properties));
}

} // namespace topograph::testing_support
