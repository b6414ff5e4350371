// SPDX-License-Identifier: Apache-2.0
// Small documents for the editing tests, built resource by resource.
#pragma once

#include "core/check/validator.h"
#include "core/model/document.h"

#include <string>
#include <vector>

namespace topograph::edit_tests {

inline const Resource& add(Document& document, ResourceId id, ResourceProperties properties) {
    Resource resource;
    resource.id = std::move(id);
    resource.properties = std::move(properties);
    document.add(resource);
    return *document.find(resource.id);
}

inline void addRegion(Document& document, const ResourceId& id, std::string name) {
    add(document, id, Region{std::move(name)});
}

inline void addVpc(Document& document, const ResourceId& id, std::vector<std::string> cidrs,
                   ResourceId region = {}) {
    Vpc vpc;
    vpc.region = std::move(region);
    vpc.ipv4Cidrs = std::move(cidrs);
    add(document, id, vpc);
}

inline void addZone(Document& document, const ResourceId& id, const ResourceId& vpc,
                    std::string zone) {
    add(document, id, AvailabilityZone{vpc, std::move(zone)});
}

inline void addSubnet(Document& document, const ResourceId& id, const ResourceId& vpc,
                      std::string cidr, ResourceId zone = {}) {
    Subnet subnet;
    subnet.vpc = vpc;
    subnet.availabilityZone = std::move(zone);
    subnet.ipv4Cidr = std::move(cidr);
    add(document, id, subnet);
}

inline void addInstance(Document& document, const ResourceId& id, std::vector<ResourceId> subnets,
                        std::vector<ResourceId> groups = {}) {
    Instance instance;
    instance.placement.subnets = std::move(subnets);
    instance.placement.securityGroups = std::move(groups);
    add(document, id, instance);
}

/// A region with one VPC, one zone, one subnet holding an instance, and a transit gateway.
inline Document smallNetwork() {
    Document document;
    addRegion(document, "region", "us-west-2");
    addVpc(document, "vpc", {"10.0.0.0/16"}, "region");
    addZone(document, "az-a", "vpc", "us-west-2a");
    addSubnet(document, "subnet-a", "vpc", "10.0.0.0/24", "az-a");
    addInstance(document, "web", {"subnet-a"});
    TransitGateway tgw;
    tgw.region = "region";
    add(document, "tgw", tgw);
    return document;
}

/// The validator's DANGLING_REFERENCE findings, as "resource: message" lines.
inline std::vector<std::string> danglingReferences(const Document& document) {
    std::vector<std::string> result;
    for (const Finding& finding : validate(document)) {
        if (finding.code == "DANGLING_REFERENCE") {
            result.push_back(finding.message);
        }
    }
    return result;
}

} // namespace topograph::edit_tests
