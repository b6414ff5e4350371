// SPDX-License-Identifier: Apache-2.0
#include "core/model/public_address.h"

namespace topograph {

bool hasPublicIpv4(const Resource& workload, bool namedByElasticIp, bool subnetMapsPublicIp) {
    if (const auto* balancer = workload.as<LoadBalancer>()) {
        return balancer->scheme == LoadBalancerScheme::InternetFacing;
    }
    if (namedByElasticIp) {
        return true;
    }
    const Placement* placement = workload.placement();
    if (placement == nullptr) {
        return false;
    }
    switch (placement->publicIp) {
    case PublicIpChoice::Yes:
        return true;
    case PublicIpChoice::No:
        return false;
    case PublicIpChoice::SubnetDefault:
        return subnetMapsPublicIp;
    }
    return false;
}

} // namespace topograph
