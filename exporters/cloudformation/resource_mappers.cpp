// SPDX-License-Identifier: Apache-2.0
// Which template resources the model represents, and the dispatch to the family mappers.
#include "exporters/cloudformation/resource_mappers.h"

#include "exporters/cloudformation/yaml_source.h"

#include <array>
#include <string_view>

namespace topograph::cfn {

namespace {

constexpr std::array<std::string_view, 23> modelledTypes{
    "AWS::EC2::VPC",
    "AWS::EC2::Subnet",
    "AWS::EC2::RouteTable",
    "AWS::EC2::InternetGateway",
    "AWS::EC2::EgressOnlyInternetGateway",
    "AWS::EC2::NatGateway",
    "AWS::EC2::EIP",
    "AWS::EC2::NetworkAcl",
    "AWS::EC2::SecurityGroup",
    "AWS::EC2::Instance",
    "AWS::ElasticLoadBalancingV2::LoadBalancer",
    "AWS::RDS::DBInstance",
    "AWS::Lambda::Function",
    "AWS::ECS::Service",
    "AWS::EC2::VPCEndpoint",
    "AWS::EC2::VPCPeeringConnection",
    "AWS::EC2::TransitGateway",
    "AWS::EC2::TransitGatewayAttachment",
    "AWS::EC2::TransitGatewayVpcAttachment",
    "AWS::EC2::TransitGatewayRouteTable",
    "AWS::EC2::VPNGateway",
    "AWS::EC2::CustomerGateway",
    "AWS::EC2::VPNConnection",
};

constexpr std::array<std::string_view, 18> mergedTypes{
    "AWS::EC2::VPCCidrBlock",
    "AWS::EC2::Route",
    "AWS::EC2::SubnetRouteTableAssociation",
    "AWS::EC2::GatewayRouteTableAssociation",
    "AWS::EC2::SubnetNetworkAclAssociation",
    "AWS::EC2::VPCGatewayAttachment",
    "AWS::EC2::EIPAssociation",
    "AWS::EC2::NetworkAclEntry",
    "AWS::EC2::SecurityGroupIngress",
    "AWS::EC2::SecurityGroupEgress",
    "AWS::ElasticLoadBalancingV2::Listener",
    "AWS::ElasticLoadBalancingV2::TargetGroup",
    "AWS::RDS::DBSubnetGroup",
    "AWS::EC2::TransitGatewayRoute",
    "AWS::EC2::TransitGatewayRouteTableAssociation",
    "AWS::EC2::TransitGatewayRouteTablePropagation",
    "AWS::EC2::VPNConnectionRoute",
    "AWS::EC2::VPNGatewayRoutePropagation",
};

template <std::size_t N>
bool listed(const std::array<std::string_view, N>& types, const std::string& type) {
    for (std::string_view listedType : types) {
        if (listedType == type) {
            return true;
        }
    }
    return false;
}

std::string endpointType(const Node& definition, Evaluator& evaluator) {
    const Node type = child(child(definition, "Properties"), "VpcEndpointType");
    return type.IsDefined() ? evaluator.asText(evaluator.evaluate(type)).text : "Gateway";
}

} // namespace

Disposition dispositionOf(const std::string& type, const Node& definition, Evaluator& evaluator) {
    if (listed(mergedTypes, type)) {
        return Disposition::Merged;
    }
    if (!listed(modelledTypes, type)) {
        return Disposition::External;
    }
    const Node properties = child(definition, "Properties");
    if (type == "AWS::Lambda::Function") {
        return child(properties, "VpcConfig").IsDefined() ? Disposition::Modelled
                                                          : Disposition::External;
    }
    if (type == "AWS::ECS::Service") {
        return child(child(properties, "NetworkConfiguration"), "AwsvpcConfiguration").IsDefined()
                   ? Disposition::Modelled
                   : Disposition::External;
    }
    if (type == "AWS::EC2::VPCEndpoint" && endpointType(definition, evaluator) == "Gateway") {
        const Node service = child(properties, "ServiceName");
        const std::string name =
            service.IsDefined() ? evaluator.asText(evaluator.evaluate(service)).text : "";
        return name.ends_with(".s3") || name.ends_with(".dynamodb") ? Disposition::Modelled
                                                                    : Disposition::External;
    }
    return Disposition::Modelled;
}

void mapModelled(ImportState& state, const std::string& logicalId, Resource& resource) {
    const Node& definition = state.definitions.at(logicalId);
    const std::string type = state.typeOf(logicalId);
    state.evaluator.setSubject(logicalId);
    PropertyReader reader(state, logicalId, definition);
    resource.id = logicalId;
    reader.readTags(resource);
    if (type == "AWS::EC2::SecurityGroup") {
        mapSecurityGroup(reader, resource);
    } else if (type == "AWS::EC2::VPCEndpoint") {
        if (endpointType(definition, state.evaluator) == "Gateway") {
            mapNetworkResource(type, reader, resource);
        } else {
            mapWorkload(type, reader, resource);
        }
    } else if (type == "AWS::EC2::Instance" ||
               type == "AWS::ElasticLoadBalancingV2::LoadBalancer" ||
               type == "AWS::RDS::DBInstance" || type == "AWS::Lambda::Function" ||
               type == "AWS::ECS::Service") {
        mapWorkload(type, reader, resource);
    } else if (type.find("TransitGateway") != std::string::npos ||
               type.find("VPN") != std::string::npos || type == "AWS::EC2::CustomerGateway") {
        mapTransitResource(type, reader, resource);
    } else {
        mapNetworkResource(type, reader, resource);
    }
    if (state.keepTemplateDetails) {
        resource.cloudFormation = reader.finish();
    }
}

} // namespace topograph::cfn
