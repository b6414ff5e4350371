// SPDX-License-Identifier: Apache-2.0
#include "core/edit/placement.h"

#include "core/check/wording.h"
#include "core/edit/proposed_cidr.h"
#include "core/model/references.h"

#include <algorithm>

namespace topograph {

namespace {

using K = ResourceKind;

bool isRegional(ResourceKind kind) {
    return kind == K::Vpc || kind == K::ElasticIp || kind == K::TransitGateway ||
           kind == K::CustomerGateway;
}

bool documentHasRegion(const Document& document) {
    return std::any_of(document.resources().begin(), document.resources().end(),
                       [](const Resource& resource) { return resource.kind() == K::Region; });
}

PlacementCheck allow() {
    return {true, {}};
}

PlacementCheck refuse(std::string hint) {
    return {false, std::move(hint)};
}

std::string quotedLabel(const Resource& resource) {
    return wording::kindInSentence(resource.kind()) + " '" + resource.label() + "'";
}

/// True when a gateway of kind `gateway` is already attached to `vpc`: AWS attaches at most one
/// internet gateway and one virtual private gateway to a VPC.
bool vpcHasAttached(const Document& document, const ResourceId& vpc, ResourceKind gateway) {
    return std::any_of(document.resources().begin(), document.resources().end(),
                       [&](const Resource& resource) {
                           if (resource.kind() != gateway) {
                               return false;
                           }
                           if (const auto* igw = resource.as<InternetGateway>()) {
                               return igw->attachedVpc == vpc;
                           }
                           const auto* vgw = resource.as<VpnGateway>();
                           return vgw != nullptr && vgw->attachedVpc == vpc;
                       });
}

/// What AWS refuses beyond containment, once the container is right.
PlacementCheck checkCreation(const Document& document, ResourceKind kind,
                             const std::optional<ResourceId>& container) {
    if (kind == K::Vpc && !proposeVpcCidr(document)) {
        return refuse("Every private address range (10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16) "
                      "is used by a VPC already: free one by re-addressing or removing a VPC.");
    }
    if (!container) {
        return allow();
    }
    const Resource& parent = *document.find(*container);
    if (kind == K::Subnet) {
        const auto* zone = parent.as<AvailabilityZone>();
        const Resource* vpc = document.find(zone->vpc);
        if (vpc == nullptr || vpc->kind() != K::Vpc) {
            return refuse(wording::capitalised(quotedLabel(parent)) +
                          " belongs to no VPC of the diagram: move it into a VPC first.");
        }
        if (!proposeSubnetCidr(document, vpc->id)) {
            return refuse(wording::capitalised(quotedLabel(*vpc)) +
                          " has no free address block left for another subnet (or no valid "
                          "IPv4 block): add a secondary CIDR block to the VPC, or make its "
                          "subnets smaller.");
        }
    }
    if ((kind == K::InternetGateway || kind == K::VpnGateway) &&
        vpcHasAttached(document, *container, kind)) {
        return refuse(
            wording::capitalised(quotedLabel(parent)) + " already has " +
            (kind == K::InternetGateway ? "an internet gateway" : "a virtual private gateway") +
            ": a VPC can have only one.");
    }
    return allow();
}

} // namespace

std::optional<ResourceKind> requiredParentKind(ResourceKind child) {
    switch (child) {
    case K::Region:
    case K::VpcPeering:
    case K::VpnConnection:
    case K::External:
        return std::nullopt;
    case K::Vpc:
    case K::ElasticIp:
    case K::TransitGateway:
    case K::CustomerGateway:
        return K::Region;
    case K::AvailabilityZone:
    case K::RouteTable:
    case K::NetworkAcl:
    case K::SecurityGroup:
    case K::InternetGateway:
    case K::EgressOnlyInternetGateway:
    case K::VpnGateway:
    case K::GatewayEndpoint:
    case K::TransitGatewayAttachment:
        return K::Vpc;
    case K::Subnet:
        return K::AvailabilityZone;
    case K::NatGateway:
    case K::Instance:
    case K::LoadBalancer:
    case K::RdsInstance:
    case K::LambdaFunction:
    case K::EcsService:
    case K::InterfaceEndpoint:
        return K::Subnet;
    case K::TransitGatewayRouteTable:
        return K::TransitGateway;
    }
    return std::nullopt;
}

bool allowedAtTopLevel(const Document& document, ResourceKind kind) {
    if (kind == K::External) {
        return false;
    }
    if (isRegional(kind)) {
        return !documentHasRegion(document);
    }
    return !requiredParentKind(kind).has_value();
}

bool acceptsAnyParentInsideVpc(ResourceKind kind) {
    return requiredParentKind(kind) == K::Vpc && kind != K::AvailabilityZone;
}

std::optional<ResourceId> resolvedParent(const Document& document, ResourceKind kind,
                                         const std::optional<ResourceId>& parent) {
    if (!parent || !document.contains(*parent)) {
        return std::nullopt;
    }
    if (acceptsAnyParentInsideVpc(kind)) {
        return enclosingVpc(document, *parent);
    }
    return parent;
}

std::string placementHint(ResourceKind kind) {
    switch (kind) {
    case K::Region:
        return "A region is the outermost container: drop it on the bare canvas, outside every "
               "other item.";
    case K::Vpc:
        return "A VPC goes inside a region: drop it onto a region.";
    case K::ElasticIp:
        return "An Elastic IP belongs to a region: drop it onto a region.";
    case K::TransitGateway:
        return "A transit gateway belongs to a region: drop it onto a region, then connect VPCs "
               "to it.";
    case K::CustomerGateway:
        return "A customer gateway (your on-premises router, as AWS knows it) belongs to a "
               "region: drop it onto a region.";
    case K::AvailabilityZone:
        return "An availability zone goes inside a VPC: drop it onto a VPC.";
    case K::Subnet:
        return "A subnet goes inside an availability zone: drop it onto an AZ inside a VPC.";
    case K::NatGateway:
        return "A NAT gateway sits in a subnet (a public one, to reach the internet): drop it "
               "onto a subnet.";
    case K::Instance:
        return "An EC2 instance runs in a subnet: drop it onto a subnet.";
    case K::LoadBalancer:
        return "A load balancer sits in subnets: drop it onto a subnet, then add a second "
               "subnet in another zone.";
    case K::RdsInstance:
        return "An RDS database sits in a subnet: drop it onto a subnet (a private one).";
    case K::LambdaFunction:
        return "A Lambda function in a VPC runs in a subnet: drop it onto a subnet.";
    case K::EcsService:
        return "An ECS service runs its tasks in a subnet: drop it onto a subnet.";
    case K::InterfaceEndpoint:
        return "An interface endpoint puts a network interface in a subnet: drop it onto a "
               "subnet.";
    case K::RouteTable:
        return "A route table belongs to a VPC: drop it onto a VPC or anything inside one.";
    case K::NetworkAcl:
        return "A network ACL belongs to a VPC: drop it onto a VPC or anything inside one.";
    case K::SecurityGroup:
        return "A security group belongs to a VPC: drop it onto a VPC or anything inside one.";
    case K::InternetGateway:
        return "An internet gateway is attached to a VPC: drop it onto a VPC.";
    case K::EgressOnlyInternetGateway:
        return "An egress-only internet gateway is attached to a VPC: drop it onto a VPC.";
    case K::VpnGateway:
        return "A virtual private gateway is attached to a VPC: drop it onto a VPC.";
    case K::GatewayEndpoint:
        return "A gateway endpoint (S3, DynamoDB) belongs to a VPC: drop it onto a VPC.";
    case K::TransitGatewayAttachment:
        return "A transit gateway attachment connects a VPC: drop it onto a VPC, or drag from "
               "the VPC to the transit gateway.";
    case K::TransitGatewayRouteTable:
        return "A transit gateway route table belongs to a transit gateway: drop it onto a "
               "transit gateway.";
    case K::VpcPeering:
        return "A VPC peering connection joins two VPCs: drag from one VPC to the other, or "
               "drop it on the bare canvas.";
    case K::VpnConnection:
        return "A VPN connection joins a customer gateway to a virtual private or transit "
               "gateway: drop it on the bare canvas and choose both ends.";
    case K::External:
        return "Other resources come only from imported CloudFormation templates; they cannot "
               "be drawn.";
    }
    return {};
}

PlacementCheck canPlace(const Document& document, ResourceKind kind,
                        const std::optional<ResourceId>& parent) {
    if (kind == K::External) {
        return refuse(placementHint(kind));
    }
    if (!parent) {
        return allowedAtTopLevel(document, kind) ? checkCreation(document, kind, std::nullopt)
                                                 : refuse(placementHint(kind));
    }
    if (!document.contains(*parent)) {
        return refuse("Nothing with the id '" + *parent +
                      "' is in the diagram any more: drop the item onto an item you can see.");
    }
    const auto wanted = requiredParentKind(kind);
    const auto container = resolvedParent(document, kind, parent);
    if (!wanted || !container || document.find(*container)->kind() != *wanted) {
        return refuse(placementHint(kind));
    }
    return checkCreation(document, kind, container);
}

} // namespace topograph
