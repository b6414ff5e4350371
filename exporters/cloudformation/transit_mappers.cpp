// SPDX-License-Identifier: Apache-2.0
// Transit gateways and their attachments and route tables; VPN gateways, customer gateways
// and VPN connections.
#include "exporters/cloudformation/resource_mappers.h"

namespace topograph::cfn {

namespace {

bool enabled(PropertyReader& reader, const std::string& key, bool fallback) {
    const auto text = reader.text(key);
    return text ? *text == "enable" : fallback;
}

bool optionEnabled(ValueReader& reader, const Value& options, const std::string& key) {
    const Value* option = options.find(key);
    return option != nullptr && reader.text(*option, "Options." + key) == "enable";
}

void mapTransitGateway(PropertyReader& reader, Resource& resource) {
    TransitGateway gateway;
    gateway.amazonSideAsn = reader.integer("AmazonSideAsn").value_or(64512);
    gateway.defaultRouteTableAssociation = enabled(reader, "DefaultRouteTableAssociation", true);
    gateway.defaultRouteTablePropagation = enabled(reader, "DefaultRouteTablePropagation", true);
    resource.properties = gateway;
}

void mapAttachment(PropertyReader& reader, Resource& resource) {
    TransitGatewayAttachment attachment;
    attachment.transitGateway = reader.id("TransitGatewayId").value_or("");
    attachment.vpc = reader.id("VpcId").value_or("");
    attachment.subnets = reader.ids("SubnetIds");
    for (ResourceId& added : reader.ids("AddSubnetIds")) {
        attachment.subnets.push_back(std::move(added));
    }
    const Value options = reader.value("Options");
    reader.keepSource("Options");
    attachment.applianceMode = optionEnabled(reader, options, "ApplianceModeSupport");
    attachment.securityGroupReferencingSupport =
        optionEnabled(reader, options, "SecurityGroupReferencingSupport");
    resource.properties = attachment;
}

void mapVpnConnection(PropertyReader& reader, Resource& resource) {
    VpnConnection connection;
    connection.customerGateway = reader.id("CustomerGatewayId").value_or("");
    connection.vpnGateway = reader.id("VpnGatewayId").value_or("");
    connection.transitGateway = reader.id("TransitGatewayId").value_or("");
    connection.staticRoutesOnly = reader.boolean("StaticRoutesOnly").value_or(false);
    resource.properties = connection;
}

} // namespace

void mapTransitResource(const std::string& type, PropertyReader& reader, Resource& resource) {
    if (type == "AWS::EC2::TransitGateway") {
        mapTransitGateway(reader, resource);
    } else if (type == "AWS::EC2::TransitGatewayAttachment" ||
               type == "AWS::EC2::TransitGatewayVpcAttachment") {
        mapAttachment(reader, resource);
    } else if (type == "AWS::EC2::TransitGatewayRouteTable") {
        resource.properties =
            TransitGatewayRouteTable{reader.id("TransitGatewayId").value_or(""), {}, {}, {}};
    } else if (type == "AWS::EC2::VPNGateway") {
        VpnGateway gateway;
        gateway.amazonSideAsn = reader.integer("AmazonSideAsn").value_or(64512);
        resource.properties = gateway;
    } else if (type == "AWS::EC2::CustomerGateway") {
        CustomerGateway gateway;
        gateway.ipAddress = reader.text("IpAddress").value_or("");
        gateway.bgpAsn = reader.integer("BgpAsn").value_or(65000);
        resource.properties = gateway;
    } else if (type == "AWS::EC2::VPNConnection") {
        mapVpnConnection(reader, resource);
    }
}

} // namespace topograph::cfn
