// SPDX-License-Identifier: Apache-2.0
// VPCs, subnets, route tables and their routes, gateways, Elastic IPs, network ACLs, gateway
// endpoints and peering connections, written as CloudFormation resources.
#include "core/cidr/cidr.h"
#include "exporters/cloudformation/export_context.h"

namespace topograph::cfn {

namespace {

std::string indexed(const std::string& field, std::size_t index) {
    return field + "[" + std::to_string(index) + "]";
}

bool isIpv6(const std::string& cidr) {
    return cidr.find(':') != std::string::npos;
}

bool isSymbol(const std::string& text) {
    return text.find("${") != std::string::npos;
}

bool contains(const std::string& outer, const std::string& inner) {
    CidrParseError error;
    const auto block = Cidr::tryParse(outer, error);
    const auto part = Cidr::tryParse(inner, error);
    return block && part && block->contains(*part);
}

void writeVpc(ExportContext& context, const Resource& resource, ResourceDraft& draft) {
    const Vpc& vpc = *resource.as<Vpc>();
    const std::string& self = context.logicalId(resource.id);
    draft.type = "AWS::EC2::VPC";
    if (!vpc.ipv4Cidrs.empty()) {
        setEntry(draft.properties, "CidrBlock", textScalar(vpc.ipv4Cidrs.front()));
    }
    setEntry(draft.properties, "EnableDnsSupport", booleanScalar(vpc.enableDnsSupport));
    setEntry(draft.properties, "EnableDnsHostnames", booleanScalar(vpc.enableDnsHostnames));
    for (std::size_t i = 1; i < vpc.ipv4Cidrs.size(); ++i) {
        const std::string into = indexed("ipv4Cidrs", i);
        if (context.covered(resource, into) || isSymbol(vpc.ipv4Cidrs[i])) {
            continue;
        }
        ResourceDraft block("AWS::EC2::VPCCidrBlock");
        setEntry(block.properties, "VpcId", refTree(self));
        setEntry(block.properties, "CidrBlock", textScalar(vpc.ipv4Cidrs[i]));
        context.addChild(context.childId(resource, into, self + "CidrBlock" + std::to_string(i)),
                         block);
    }
    if (vpc.ipv6Cidr && !context.covered(resource, "ipv6Cidr")) {
        ResourceDraft block("AWS::EC2::VPCCidrBlock");
        setEntry(block.properties, "VpcId", refTree(self));
        if (isSymbol(*vpc.ipv6Cidr)) {
            setEntry(block.properties, "AmazonProvidedIpv6CidrBlock", booleanScalar(true));
        } else {
            setEntry(block.properties, "Ipv6CidrBlock", textScalar(*vpc.ipv6Cidr));
        }
        context.addChild(context.childId(resource, "ipv6Cidr", self + "Ipv6CidrBlock"), block);
    }
}

/// The position of a zone container among its VPC's containers: the index for !GetAZs.
int zoneIndex(const Document& document, const ResourceId& zone) {
    const auto* container = document.findAs<AvailabilityZone>(zone);
    int index = 0;
    for (const Resource& resource : document.resources()) {
        if (resource.id == zone) {
            return index;
        }
        const auto* other = resource.as<AvailabilityZone>();
        if (other != nullptr && container != nullptr && other->vpc == container->vpc) {
            ++index;
        }
    }
    return index;
}

void writeSubnet(ExportContext& context, const Resource& resource, ResourceDraft& draft) {
    const Subnet& subnet = *resource.as<Subnet>();
    const Document& document = context.document();
    const std::string& self = context.logicalId(resource.id);
    draft.type = "AWS::EC2::Subnet";
    setEntry(draft.properties, "VpcId", context.ref(subnet.vpc));
    setEntry(draft.properties, "CidrBlock", textScalar(subnet.ipv4Cidr));
    if (subnet.ipv6Cidr && !isSymbol(*subnet.ipv6Cidr)) {
        setEntry(draft.properties, "Ipv6CidrBlock", textScalar(*subnet.ipv6Cidr));
    }
    if (const auto* zone = document.findAs<AvailabilityZone>(subnet.availabilityZone)) {
        // A zone the model names is written as is; otherwise the stack's region chooses.
        setEntry(draft.properties, "AvailabilityZone",
                 zone->zone.empty()
                     ? selectTree(zoneIndex(document, subnet.availabilityZone), getAzsTree())
                     : textScalar(zone->zone));
    }
    setEntry(draft.properties, "MapPublicIpOnLaunch", booleanScalar(subnet.mapPublicIpOnLaunch));
    // A subnet in a secondary block, or with IPv6, needs the VPC's extra block first.
    if (const Resource* vpcResource = document.find(subnet.vpc)) {
        if (const auto* vpc = vpcResource->as<Vpc>()) {
            const bool inPrimary =
                !vpc->ipv4Cidrs.empty() && contains(vpc->ipv4Cidrs.front(), subnet.ipv4Cidr);
            for (std::size_t i = 1; !inPrimary && i < vpc->ipv4Cidrs.size(); ++i) {
                if (!isSymbol(vpc->ipv4Cidrs[i])) {
                    draft.dependsOn.push_back(context.childId(*vpcResource, indexed("ipv4Cidrs", i),
                                                              context.logicalId(vpcResource->id) +
                                                                  "CidrBlock" + std::to_string(i)));
                }
            }
            if (subnet.ipv6Cidr && vpc->ipv6Cidr) {
                draft.dependsOn.push_back(
                    context.childId(*vpcResource, "ipv6Cidr",
                                    context.logicalId(vpcResource->id) + "Ipv6CidrBlock"));
            }
        }
    }
    // CloudFormation cannot make a table the VPC's main one (nor an ACL its default): a subnet
    // that relies on them is associated explicitly, and the metadata remembers it did not.
    const std::optional<ResourceId> routeTable =
        subnet.routeTable ? subnet.routeTable : mainRouteTableOf(document, subnet.vpc);
    const std::optional<ResourceId> networkAcl =
        subnet.networkAcl ? subnet.networkAcl : defaultNetworkAclOf(document, subnet.vpc);
    if (routeTable && !context.covered(resource, "routeTable")) {
        ResourceDraft association("AWS::EC2::SubnetRouteTableAssociation");
        setEntry(association.properties, "SubnetId", refTree(self));
        setEntry(association.properties, "RouteTableId", context.ref(*routeTable));
        context.addChild(context.childId(resource, "routeTable", self + "RouteTableAssociation"),
                         association);
    }
    if (networkAcl && !context.covered(resource, "networkAcl")) {
        ResourceDraft association("AWS::EC2::SubnetNetworkAclAssociation");
        setEntry(association.properties, "SubnetId", refTree(self));
        setEntry(association.properties, "NetworkAclId", context.ref(*networkAcl));
        context.addChild(context.childId(resource, "networkAcl", self + "NetworkAclAssociation"),
                         association);
    }
}

const char* routeTargetKey(RouteTargetKind kind) {
    switch (kind) {
    case RouteTargetKind::InternetGateway:
    case RouteTargetKind::VpnGateway:
        return "GatewayId";
    case RouteTargetKind::EgressOnlyInternetGateway:
        return "EgressOnlyInternetGatewayId";
    case RouteTargetKind::NatGateway:
        return "NatGatewayId";
    case RouteTargetKind::VpcPeering:
        return "VpcPeeringConnectionId";
    case RouteTargetKind::TransitGateway:
        return "TransitGatewayId";
    case RouteTargetKind::NetworkInterface:
        return "NetworkInterfaceId";
    case RouteTargetKind::Instance:
        return "InstanceId";
    case RouteTargetKind::GatewayEndpoint:
        return "VpcEndpointId";
    case RouteTargetKind::Local:
    case RouteTargetKind::Blackhole:
        break;
    }
    return nullptr;
}

void writeRouteTable(ExportContext& context, const Resource& resource, ResourceDraft& draft) {
    const RouteTable& table = *resource.as<RouteTable>();
    const std::string& self = context.logicalId(resource.id);
    draft.type = "AWS::EC2::RouteTable";
    setEntry(draft.properties, "VpcId", context.ref(table.vpc));
    for (std::size_t i = 0; i < table.routes.size(); ++i) {
        const Route& route = table.routes[i];
        const std::string into = indexed("routes", i);
        if (context.covered(resource, into) || !deployableRoute(context.document(), route)) {
            continue;
        }
        ResourceDraft child("AWS::EC2::Route");
        setEntry(child.properties, "RouteTableId", refTree(self));
        const char* destinationKey = route.destination.rfind("pl-", 0) == 0
                                         ? "DestinationPrefixListId"
                                     : isIpv6(route.destination) ? "DestinationIpv6CidrBlock"
                                                                 : "DestinationCidrBlock";
        setEntry(child.properties, destinationKey, textScalar(route.destination));
        setEntry(child.properties, routeTargetKey(route.targetKind), context.ref(route.target));
        child.dependsOn = context.routeDependencies(route.target, table.vpc);
        context.addChild(context.childId(resource, into, self + "Route" + std::to_string(i + 1)),
                         child);
    }
    for (std::size_t i = 0; i < table.edgeAssociations.size(); ++i) {
        const std::string into = indexed("edgeAssociations", i);
        if (context.covered(resource, into)) {
            continue;
        }
        ResourceDraft child("AWS::EC2::GatewayRouteTableAssociation");
        setEntry(child.properties, "RouteTableId", refTree(self));
        setEntry(child.properties, "GatewayId", context.ref(table.edgeAssociations[i]));
        child.dependsOn = context.routeDependencies(table.edgeAssociations[i], table.vpc);
        context.addChild(
            context.childId(resource, into, self + "EdgeAssociation" + std::to_string(i + 1)),
            child);
    }
}

void writeInternetGateway(ExportContext& context, const Resource& resource, ResourceDraft& draft) {
    const InternetGateway& gateway = *resource.as<InternetGateway>();
    draft.type = "AWS::EC2::InternetGateway";
    if (gateway.attachedVpc && !context.covered(resource, "attachedVpc")) {
        ResourceDraft attachment("AWS::EC2::VPCGatewayAttachment");
        setEntry(attachment.properties, "VpcId", context.ref(*gateway.attachedVpc));
        setEntry(attachment.properties, "InternetGatewayId",
                 refTree(context.logicalId(resource.id)));
        context.addChild(context.gatewayAttachment(resource.id), attachment);
    }
}

/// DependsOn the internet gateway's attachment of `vpc`: public NAT gateways and Elastic IPs
/// fail to create before it.
void dependOnInternetAccess(ExportContext& context, const ResourceId& vpc, ResourceDraft& draft) {
    const ResourceId gateway = internetGatewayOf(context.document(), vpc);
    if (!gateway.empty()) {
        draft.dependsOn.push_back(context.gatewayAttachment(gateway));
    }
}

void writeNatGateway(ExportContext& context, const Resource& resource, ResourceDraft& draft) {
    const NatGateway& nat = *resource.as<NatGateway>();
    draft.type = "AWS::EC2::NatGateway";
    setEntry(draft.properties, "SubnetId", context.ref(nat.subnet));
    const bool isPublic = nat.connectivity == NatConnectivity::Public;
    setEntry(draft.properties, "ConnectivityType", plainScalar(isPublic ? "public" : "private"));
    if (nat.elasticIp) {
        setEntry(draft.properties, "AllocationId",
                 context.attribute(*nat.elasticIp, "AllocationId"));
    }
    if (isPublic) {
        dependOnInternetAccess(context, vpcOfSubnet(context.document(), nat.subnet), draft);
    }
}

/// The VPC an Elastic IP serves: its NAT gateway's, or its workload's.
ResourceId vpcOfElasticIp(const Document& document, const Resource& resource) {
    for (const Resource& other : document.resources()) {
        const auto* nat = other.as<NatGateway>();
        if (nat != nullptr && nat->elasticIp == resource.id) {
            return vpcOfSubnet(document, nat->subnet);
        }
    }
    const auto& associated = resource.as<ElasticIp>()->associatedWith;
    const Resource* workload = associated ? document.find(*associated) : nullptr;
    const Placement* placement = workload != nullptr ? workload->placement() : nullptr;
    return placement != nullptr && !placement->subnets.empty()
               ? vpcOfSubnet(document, placement->subnets.front())
               : ResourceId{};
}

void writeElasticIp(ExportContext& context, const Resource& resource, ResourceDraft& draft) {
    const ElasticIp& address = *resource.as<ElasticIp>();
    const Document& document = context.document();
    draft.type = "AWS::EC2::EIP";
    const ResourceId vpc = vpcOfElasticIp(document, resource);
    if (!vpc.empty()) {
        dependOnInternetAccess(context, vpc, draft);
    }
    if (!address.associatedWith || context.covered(resource, "associatedWith")) {
        return;
    }
    if (document.findAs<Instance>(*address.associatedWith) != nullptr) {
        setEntry(draft.properties, "InstanceId", context.ref(*address.associatedWith));
    } else if (document.findAs<LoadBalancer>(*address.associatedWith) == nullptr) {
        // A network interface (or anything outside the model): a separate association.
        ResourceDraft association("AWS::EC2::EIPAssociation");
        setEntry(association.properties, "AllocationId",
                 getAttTree(context.logicalId(resource.id), "AllocationId"));
        setEntry(association.properties, "NetworkInterfaceId",
                 context.ref(*address.associatedWith));
        context.addChild(context.childId(resource, "associatedWith",
                                         context.logicalId(resource.id) + "Association"),
                         association);
    }
}

void writeNetworkAcl(ExportContext& context, const Resource& resource, ResourceDraft& draft) {
    const NetworkAcl& acl = *resource.as<NetworkAcl>();
    const std::string& self = context.logicalId(resource.id);
    draft.type = "AWS::EC2::NetworkAcl";
    setEntry(draft.properties, "VpcId", context.ref(acl.vpc));
    for (std::size_t i = 0; i < acl.entries.size(); ++i) {
        const NaclEntry& entry = acl.entries[i];
        const std::string into = indexed("entries", i);
        if (context.covered(resource, into)) {
            continue;
        }
        ResourceDraft child("AWS::EC2::NetworkAclEntry");
        Tree& properties = child.properties;
        setEntry(properties, "NetworkAclId", refTree(self));
        setEntry(properties, "RuleNumber", numberScalar(entry.ruleNumber));
        setEntry(properties, "Protocol", numberScalar(entry.protocol.number));
        setEntry(properties, "RuleAction",
                 plainScalar(entry.action == RuleAction::Deny ? "deny" : "allow"));
        setEntry(properties, "Egress", booleanScalar(entry.egress));
        setEntry(properties, isIpv6(entry.cidr) ? "Ipv6CidrBlock" : "CidrBlock",
                 textScalar(entry.cidr));
        if (entry.protocol.hasPorts()) {
            const PortRange ports = entry.ports.value_or(PortRange{});
            Tree range = mappingTree();
            setEntry(range, "From", numberScalar(ports.from));
            setEntry(range, "To", numberScalar(ports.to));
            setEntry(properties, "PortRange", std::move(range));
        }
        if (entry.protocol.number == IpProtocol::Icmp ||
            entry.protocol.number == IpProtocol::IcmpV6) {
            Tree icmp = mappingTree();
            setEntry(icmp, "Type", numberScalar(entry.icmpType.value_or(-1)));
            setEntry(icmp, "Code", numberScalar(entry.icmpCode.value_or(-1)));
            setEntry(properties, "Icmp", std::move(icmp));
        }
        const std::string stem =
            self + (entry.egress ? "Egress" : "Ingress") + std::to_string(entry.ruleNumber);
        context.addChild(context.childId(resource, into, stem), child);
    }
}

void writeGatewayEndpoint(ExportContext& context, const Resource& resource, ResourceDraft& draft) {
    const GatewayEndpoint& endpoint = *resource.as<GatewayEndpoint>();
    draft.type = "AWS::EC2::VPCEndpoint";
    setEntry(draft.properties, "VpcEndpointType", plainScalar("Gateway"));
    setEntry(draft.properties, "ServiceName",
             subTree(endpoint.service == GatewayEndpointService::DynamoDb
                         ? "com.amazonaws.${AWS::Region}.dynamodb"
                         : "com.amazonaws.${AWS::Region}.s3"));
    setEntry(draft.properties, "VpcId", context.ref(endpoint.vpc));
    Tree tables = sequenceTree();
    for (const ResourceId& table : endpoint.routeTables) {
        tables.items.push_back(context.ref(table));
    }
    setEntry(draft.properties, "RouteTableIds", std::move(tables));
}

void writePeering(ExportContext& context, const Resource& resource, ResourceDraft& draft) {
    const VpcPeering& peering = *resource.as<VpcPeering>();
    draft.type = "AWS::EC2::VPCPeeringConnection";
    setEntry(draft.properties, "VpcId", context.ref(peering.requesterVpc));
    setEntry(draft.properties, "PeerVpcId", context.ref(peering.accepterVpc));
    if (!peering.peerRegion.empty()) {
        setEntry(draft.properties, "PeerRegion", textScalar(peering.peerRegion));
    }
}

} // namespace

void writeNetwork(ExportContext& context, const Resource& resource, ResourceDraft& draft) {
    switch (resource.kind()) {
    case ResourceKind::Vpc:
        writeVpc(context, resource, draft);
        break;
    case ResourceKind::Subnet:
        writeSubnet(context, resource, draft);
        break;
    case ResourceKind::RouteTable:
        writeRouteTable(context, resource, draft);
        break;
    case ResourceKind::InternetGateway:
        writeInternetGateway(context, resource, draft);
        break;
    case ResourceKind::EgressOnlyInternetGateway:
        draft.type = "AWS::EC2::EgressOnlyInternetGateway";
        setEntry(draft.properties, "VpcId",
                 context.ref(resource.as<EgressOnlyInternetGateway>()->vpc));
        break;
    case ResourceKind::NatGateway:
        writeNatGateway(context, resource, draft);
        break;
    case ResourceKind::ElasticIp:
        writeElasticIp(context, resource, draft);
        if (ExportContext::drawn(resource)) {
            setEntry(draft.properties, "Domain", plainScalar("vpc"));
        }
        break;
    case ResourceKind::NetworkAcl:
        writeNetworkAcl(context, resource, draft);
        break;
    case ResourceKind::GatewayEndpoint:
        writeGatewayEndpoint(context, resource, draft);
        break;
    case ResourceKind::VpcPeering:
        writePeering(context, resource, draft);
        break;
    default:
        break;
    }
}

} // namespace topograph::cfn
