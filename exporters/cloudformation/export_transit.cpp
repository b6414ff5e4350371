// SPDX-License-Identifier: Apache-2.0
// Transit gateways with their attachments and route tables; VPN gateways, customer gateways
// and VPN connections; and the dispatch of every modelled kind to its writer.
#include "exporters/cloudformation/export_context.h"

#include <algorithm>

namespace topograph::cfn {

namespace {

std::string indexed(const std::string& field, std::size_t index) {
    return field + "[" + std::to_string(index) + "]";
}

Tree enabled(bool value) {
    return plainScalar(value ? "enable" : "disable");
}

void writeTransitGateway(const Resource& resource, ResourceDraft& draft) {
    const TransitGateway& gateway = *resource.as<TransitGateway>();
    draft.type = "AWS::EC2::TransitGateway";
    setEntry(draft.properties, "AmazonSideAsn", numberScalar(gateway.amazonSideAsn));
    setEntry(draft.properties, "DefaultRouteTableAssociation",
             enabled(gateway.defaultRouteTableAssociation));
    setEntry(draft.properties, "DefaultRouteTablePropagation",
             enabled(gateway.defaultRouteTablePropagation));
}

void writeAttachment(ExportContext& context, const Resource& resource, ResourceDraft& draft) {
    const TransitGatewayAttachment& attachment = *resource.as<TransitGatewayAttachment>();
    draft.type = "AWS::EC2::TransitGatewayAttachment";
    setEntry(draft.properties, "TransitGatewayId", context.ref(attachment.transitGateway));
    setEntry(draft.properties, "VpcId", context.ref(attachment.vpc));
    Tree subnets = sequenceTree();
    for (const ResourceId& subnet : attachment.subnets) {
        subnets.items.push_back(context.ref(subnet));
    }
    setEntry(draft.properties, "SubnetIds", std::move(subnets));
    Tree options = mappingTree();
    if (attachment.applianceMode) {
        setEntry(options, "ApplianceModeSupport", enabled(true));
    }
    if (attachment.securityGroupReferencingSupport) {
        setEntry(options, "SecurityGroupReferencingSupport", enabled(true));
    }
    if (!options.entries.empty()) {
        setEntry(draft.properties, "Options", std::move(options));
    }
}

void writeTransitRouteTable(ExportContext& context, const Resource& resource,
                            ResourceDraft& draft) {
    const TransitGatewayRouteTable& table = *resource.as<TransitGatewayRouteTable>();
    const std::string& self = context.logicalId(resource.id);
    draft.type = "AWS::EC2::TransitGatewayRouteTable";
    setEntry(draft.properties, "TransitGatewayId", context.ref(table.transitGateway));
    for (std::size_t i = 0; i < table.routes.size(); ++i) {
        const std::string into = indexed("routes", i);
        if (context.covered(resource, into)) {
            continue;
        }
        const TransitGatewayRoute& route = table.routes[i];
        ResourceDraft child("AWS::EC2::TransitGatewayRoute");
        setEntry(child.properties, "TransitGatewayRouteTableId", refTree(self));
        setEntry(child.properties, "DestinationCidrBlock", textScalar(route.destination));
        if (route.blackhole) {
            setEntry(child.properties, "Blackhole", booleanScalar(true));
        } else {
            setEntry(child.properties, "TransitGatewayAttachmentId", context.ref(route.attachment));
        }
        context.addChild(context.childId(resource, into, self + "Route" + std::to_string(i + 1)),
                         child);
    }
    const std::pair<const std::vector<ResourceId>*, const char*> lists[] = {
        {&table.associations, "associations"}, {&table.propagations, "propagations"}};
    for (const auto& [attachments, field] : lists) {
        const bool association = std::string(field) == "associations";
        for (std::size_t i = 0; i < attachments->size(); ++i) {
            const std::string into = indexed(field, i);
            if (context.covered(resource, into)) {
                continue;
            }
            ResourceDraft child(association ? "AWS::EC2::TransitGatewayRouteTableAssociation"
                                            : "AWS::EC2::TransitGatewayRouteTablePropagation");
            setEntry(child.properties, "TransitGatewayRouteTableId", refTree(self));
            setEntry(child.properties, "TransitGatewayAttachmentId",
                     context.ref((*attachments)[i]));
            const std::string stem =
                self + (association ? "Association" : "Propagation") + std::to_string(i + 1);
            context.addChild(context.childId(resource, into, stem), child);
        }
    }
}

void writeVpnGateway(ExportContext& context, const Resource& resource, ResourceDraft& draft) {
    const VpnGateway& gateway = *resource.as<VpnGateway>();
    const std::string& self = context.logicalId(resource.id);
    draft.type = "AWS::EC2::VPNGateway";
    setEntry(draft.properties, "Type", plainScalar("ipsec.1"));
    setEntry(draft.properties, "AmazonSideAsn", numberScalar(gateway.amazonSideAsn));
    if (gateway.attachedVpc && !context.covered(resource, "attachedVpc")) {
        ResourceDraft attachment("AWS::EC2::VPCGatewayAttachment");
        setEntry(attachment.properties, "VpcId", context.ref(*gateway.attachedVpc));
        setEntry(attachment.properties, "VpnGatewayId", refTree(self));
        context.addChild(context.gatewayAttachment(resource.id), attachment);
    }
    const std::string into = "routeTables.propagatingGateways";
    Tree tables = sequenceTree();
    for (const Resource& other : context.document().resources()) {
        const auto* table = other.as<RouteTable>();
        if (table != nullptr &&
            std::find(table->propagatingGateways.begin(), table->propagatingGateways.end(),
                      resource.id) != table->propagatingGateways.end()) {
            tables.items.push_back(context.ref(other.id));
        }
    }
    if (!tables.items.empty() && !context.covered(resource, into)) {
        ResourceDraft propagation("AWS::EC2::VPNGatewayRoutePropagation");
        setEntry(propagation.properties, "VpnGatewayId", refTree(self));
        setEntry(propagation.properties, "RouteTableIds", std::move(tables));
        const std::string attachment = context.gatewayAttachment(resource.id);
        if (!attachment.empty()) {
            propagation.dependsOn.push_back(attachment);
        }
        context.addChild(context.childId(resource, into, self + "RoutePropagation"), propagation);
    }
}

void writeVpnConnection(ExportContext& context, const Resource& resource, ResourceDraft& draft) {
    const VpnConnection& connection = *resource.as<VpnConnection>();
    const std::string& self = context.logicalId(resource.id);
    draft.type = "AWS::EC2::VPNConnection";
    setEntry(draft.properties, "Type", plainScalar("ipsec.1"));
    setEntry(draft.properties, "CustomerGatewayId", context.ref(connection.customerGateway));
    if (!connection.vpnGateway.empty()) {
        setEntry(draft.properties, "VpnGatewayId", context.ref(connection.vpnGateway));
    }
    if (!connection.transitGateway.empty()) {
        setEntry(draft.properties, "TransitGatewayId", context.ref(connection.transitGateway));
    }
    setEntry(draft.properties, "StaticRoutesOnly", booleanScalar(connection.staticRoutesOnly));
    for (std::size_t i = 0; i < connection.staticRoutes.size(); ++i) {
        const std::string into = indexed("staticRoutes", i);
        if (context.covered(resource, into)) {
            continue;
        }
        ResourceDraft child("AWS::EC2::VPNConnectionRoute");
        setEntry(child.properties, "VpnConnectionId", refTree(self));
        setEntry(child.properties, "DestinationCidrBlock", textScalar(connection.staticRoutes[i]));
        context.addChild(context.childId(resource, into, self + "Route" + std::to_string(i + 1)),
                         child);
    }
}

/// Kinds whose CloudFormation type has no Tags property.
bool takesTags(ResourceKind kind) {
    return kind != ResourceKind::EgressOnlyInternetGateway && kind != ResourceKind::External;
}

} // namespace

void writeTransit(ExportContext& context, const Resource& resource, ResourceDraft& draft) {
    switch (resource.kind()) {
    case ResourceKind::TransitGateway:
        writeTransitGateway(resource, draft);
        break;
    case ResourceKind::TransitGatewayAttachment:
        writeAttachment(context, resource, draft);
        break;
    case ResourceKind::TransitGatewayRouteTable:
        writeTransitRouteTable(context, resource, draft);
        break;
    case ResourceKind::VpnGateway:
        writeVpnGateway(context, resource, draft);
        break;
    case ResourceKind::CustomerGateway: {
        const CustomerGateway& gateway = *resource.as<CustomerGateway>();
        draft.type = "AWS::EC2::CustomerGateway";
        setEntry(draft.properties, "Type", plainScalar("ipsec.1"));
        setEntry(draft.properties, "IpAddress", textScalar(gateway.ipAddress));
        setEntry(draft.properties, "BgpAsn", numberScalar(gateway.bgpAsn));
        break;
    }
    case ResourceKind::VpnConnection:
        writeVpnConnection(context, resource, draft);
        break;
    default:
        break;
    }
}

bool writeModelled(ExportContext& context, const Resource& resource, ResourceDraft& draft) {
    switch (resource.kind()) {
    case ResourceKind::Region:
    case ResourceKind::AvailabilityZone:
    case ResourceKind::External:
        return false;
    case ResourceKind::SecurityGroup:
        writeSecurity(context, resource, draft);
        break;
    default:
        if (isWorkload(resource.kind())) {
            writeWorkload(context, resource, draft);
        } else if (draft.type.empty()) {
            writeNetwork(context, resource, draft);
            if (draft.type.empty()) {
                writeTransit(context, resource, draft);
            }
        }
        break;
    }
    if (takesTags(resource.kind())) {
        Tree tags = tagsTree(resource);
        if (!tags.items.empty()) {
            setEntry(draft.properties, "Tags", std::move(tags));
        }
    }
    return true;
}

} // namespace topograph::cfn
