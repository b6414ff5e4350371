// SPDX-License-Identifier: Apache-2.0
// The small network the end-to-end connect tests start from (drag and keyboard).
#pragma once

#include "core/model/document.h"

#include <string>

namespace topograph::testing {

template <typename T> void addNamed(Document& document, const std::string& id, T properties) {
    Resource resource;
    resource.id = id;
    resource.name = id;
    resource.properties = std::move(properties);
    document.add(std::move(resource));
}

/// VPC A with a subnet (no route yet) and an attached internet gateway.
inline Document vpcWithGateway() {
    Document document;
    addNamed(document, "region", Region{"us-east-1"});
    addNamed(document, "vpc-a", Vpc{"region", {"10.0.0.0/16"}, std::nullopt, true, false});
    addNamed(document, "az-a", AvailabilityZone{"vpc-a", "us-east-1a"});
    Subnet subnet;
    subnet.vpc = "vpc-a";
    subnet.availabilityZone = "az-a";
    subnet.ipv4Cidr = "10.0.0.0/24";
    addNamed(document, "public-a", subnet);
    InternetGateway igw;
    igw.attachedVpc = "vpc-a";
    igw.region = "region";
    addNamed(document, "igw", igw);
    return document;
}

} // namespace topograph::testing
