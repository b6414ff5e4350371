// SPDX-License-Identifier: Apache-2.0
// Template resources that the model holds inside another resource: routes, rules,
// associations, attachments, listeners and target groups.
#include "exporters/cloudformation/resource_mappers.h"
#include "exporters/cloudformation/yaml_source.h"

#include <algorithm>

namespace topograph::cfn {

namespace {

using Failure = std::optional<std::string>;

const Value* field(const Value& map, const char* key) {
    const Value* found = map.find(key);
    return found != nullptr && !found->isNull() ? found : nullptr;
}

/// Merges one resource: its evaluated properties, a reader for its values, and the owner.
class Merger {
public:
    Merger(ImportState& state, const std::string& logicalId)
        : state_(state), logicalId_(logicalId), reader_(state, logicalId) {
        state.evaluator.setSubject(logicalId);
        properties_ =
            state.evaluator.evaluate(child(state.definitions.at(logicalId), "Properties"));
    }

    const Value& properties() const { return properties_; }
    ValueReader& reader() { return reader_; }

    /// The modelled resource of kind T that property `key` names, or nullptr.
    template <typename T> Resource* owner(const char* key) {
        const Value* named = field(properties_, key);
        if (named == nullptr) {
            return nullptr;
        }
        const auto id = reader_.referencedResource(*named);
        Resource* resource = id ? state_.find(*id) : nullptr;
        return resource != nullptr && resource->as<T>() != nullptr ? resource : nullptr;
    }

    Failure missingOwner(const char* key, const char* kind) const {
        const Value* named = field(properties_, key);
        const std::string written =
            named == nullptr
                ? std::string("nothing")
                : state_.evaluator
                      .asText(named->isReference() ? Value::symbol(symbolBody(*named)) : *named)
                      .text;
        return key + std::string(" names ") + written + ", which is not a " + kind +
               " of the model";
    }

    std::string text(const char* key) {
        const Value* value = field(properties_, key);
        return value != nullptr ? reader_.text(*value, key) : std::string{};
    }
    ResourceId id(const char* key) {
        const Value* value = field(properties_, key);
        return value != nullptr ? reader_.id(*value, key) : ResourceId{};
    }
    std::optional<bool> boolean(const char* key) {
        const Value* value = field(properties_, key);
        return value != nullptr ? reader_.boolean(*value, key) : std::nullopt;
    }

    void record(Resource& owner, const std::string& into) {
        state_.recordMerge(owner, logicalId_, into);
    }

private:
    ImportState& state_;
    std::string logicalId_;
    ValueReader reader_;
    Value properties_;
};

std::string indexed(const std::string& field, std::size_t index) {
    return field + "[" + std::to_string(index) + "]";
}

Failure mergeRoute(ImportState& state, Merger& merger) {
    Resource* table = merger.owner<RouteTable>("RouteTableId");
    if (table == nullptr) {
        return merger.missingOwner("RouteTableId", "route table");
    }
    Route route;
    for (const char* key :
         {"DestinationCidrBlock", "DestinationIpv6CidrBlock", "DestinationPrefixListId"}) {
        if (field(merger.properties(), key) != nullptr) {
            route.destination = merger.text(key);
            break;
        }
    }
    struct TargetProperty {
        const char* key;
        RouteTargetKind kind;
    };
    static constexpr TargetProperty targets[] = {
        {"GatewayId", RouteTargetKind::InternetGateway},
        {"NatGatewayId", RouteTargetKind::NatGateway},
        {"VpcPeeringConnectionId", RouteTargetKind::VpcPeering},
        {"TransitGatewayId", RouteTargetKind::TransitGateway},
        {"InstanceId", RouteTargetKind::Instance},
        {"NetworkInterfaceId", RouteTargetKind::NetworkInterface},
        {"VpcEndpointId", RouteTargetKind::GatewayEndpoint},
        {"EgressOnlyInternetGatewayId", RouteTargetKind::EgressOnlyInternetGateway},
    };
    bool found = false;
    for (const TargetProperty& target : targets) {
        if (field(merger.properties(), target.key) == nullptr) {
            continue;
        }
        route.targetKind = target.kind;
        route.target = merger.id(target.key);
        if (target.kind == RouteTargetKind::InternetGateway) {
            // GatewayId names an internet gateway or a virtual private gateway.
            const bool vpn = state.findAs<VpnGateway>(route.target) != nullptr ||
                             route.target.rfind("vgw-", 0) == 0;
            route.targetKind = vpn ? RouteTargetKind::VpnGateway : RouteTargetKind::InternetGateway;
        }
        found = true;
        break;
    }
    if (!found) {
        for (const char* unmodelled : {"CarrierGatewayId", "LocalGatewayId", "CoreNetworkArn"}) {
            if (field(merger.properties(), unmodelled) != nullptr) {
                return std::string("its target ") + unmodelled + " is of a kind the model lacks";
            }
        }
        route.targetKind = RouteTargetKind::Blackhole;
        state.notes.warning("ROUTE_WITHOUT_TARGET", {merger.reader().subject(), table->id},
                            merger.reader().subject() + " has no target; imported as a "
                                                        "blackhole route",
                            "Give the route a target (GatewayId, NatGatewayId, ...).");
    }
    auto& routes = table->as<RouteTable>()->routes;
    routes.push_back(route);
    merger.record(*table, indexed("routes", routes.size() - 1));
    return std::nullopt;
}

Failure mergeSubnetAssociation(ImportState& state, Merger& merger, bool networkAcl) {
    Resource* subnet = merger.owner<Subnet>("SubnetId");
    if (subnet == nullptr) {
        return merger.missingOwner("SubnetId", "subnet");
    }
    const char* key = networkAcl ? "NetworkAclId" : "RouteTableId";
    auto& slot = networkAcl ? subnet->as<Subnet>()->networkAcl : subnet->as<Subnet>()->routeTable;
    if (slot) {
        state.notes.warning("DUPLICATE_ASSOCIATION", {merger.reader().subject(), subnet->id},
                            subnet->id + " is associated with a second " +
                                (networkAcl ? "network ACL" : "route table") + " by " +
                                merger.reader().subject() + "; the last one is kept",
                            "A subnet has exactly one; remove one of the associations.");
    }
    slot = merger.id(key);
    merger.record(*subnet, networkAcl ? "networkAcl" : "routeTable");
    return std::nullopt;
}

Failure mergeGatewayAttachment(Merger& merger) {
    const ResourceId vpc = merger.id("VpcId");
    if (Resource* gateway = merger.owner<InternetGateway>("InternetGatewayId")) {
        gateway->as<InternetGateway>()->attachedVpc = vpc;
        merger.record(*gateway, "attachedVpc");
        return std::nullopt;
    }
    if (Resource* gateway = merger.owner<VpnGateway>("VpnGatewayId")) {
        gateway->as<VpnGateway>()->attachedVpc = vpc;
        merger.record(*gateway, "attachedVpc");
        return std::nullopt;
    }
    return field(merger.properties(), "VpnGatewayId") != nullptr
               ? merger.missingOwner("VpnGatewayId", "VPN gateway")
               : merger.missingOwner("InternetGatewayId", "internet gateway");
}

Failure mergeVpcCidrBlock(Merger& merger, const std::string& logicalId) {
    Resource* owner = merger.owner<Vpc>("VpcId");
    if (owner == nullptr) {
        return merger.missingOwner("VpcId", "VPC");
    }
    Vpc& vpc = *owner->as<Vpc>();
    if (field(merger.properties(), "CidrBlock") != nullptr) {
        vpc.ipv4Cidrs.push_back(merger.text("CidrBlock"));
        merger.record(*owner, indexed("ipv4Cidrs", vpc.ipv4Cidrs.size() - 1));
        return std::nullopt;
    }
    if (field(merger.properties(), "Ipv6CidrBlock") != nullptr) {
        vpc.ipv6Cidr = merger.text("Ipv6CidrBlock");
    } else if (merger.boolean("AmazonProvidedIpv6CidrBlock").value_or(false) ||
               field(merger.properties(), "Ipv6Pool") != nullptr ||
               field(merger.properties(), "Ipv6IpamPoolId") != nullptr) {
        // Amazon assigns the /56 at deployment; templates read it back as the VPC's
        // Ipv6CidrBlocks attribute, so the model uses that symbol.
        if (!vpc.ipv6Cidr) {
            vpc.ipv6Cidr = "${" + owner->id + ".Ipv6CidrBlocks[0]}";
        }
    } else {
        vpc.ipv4Cidrs.push_back("${" + logicalId + ".CidrBlock}");
        merger.record(*owner, indexed("ipv4Cidrs", vpc.ipv4Cidrs.size() - 1));
        return std::nullopt;
    }
    merger.record(*owner, "ipv6Cidr");
    return std::nullopt;
}

Failure mergeEipAssociation(Merger& merger) {
    Resource* owner = merger.owner<ElasticIp>("AllocationId");
    if (owner == nullptr) {
        owner = merger.owner<ElasticIp>("EIP");
    }
    if (owner == nullptr) {
        return merger.missingOwner("AllocationId", "Elastic IP");
    }
    const char* key =
        field(merger.properties(), "InstanceId") != nullptr ? "InstanceId" : "NetworkInterfaceId";
    owner->as<ElasticIp>()->associatedWith = merger.id(key);
    merger.record(*owner, "associatedWith");
    return std::nullopt;
}

Failure mergeNaclEntry(Merger& merger) {
    Resource* owner = merger.owner<NetworkAcl>("NetworkAclId");
    if (owner == nullptr) {
        return merger.missingOwner("NetworkAclId", "network ACL");
    }
    NaclEntry entry;
    if (!readNaclEntry(merger.reader(), merger.properties(), entry)) {
        return std::string("the entry cannot be read");
    }
    auto& entries = owner->as<NetworkAcl>()->entries;
    entries.push_back(entry);
    merger.record(*owner, indexed("entries", entries.size() - 1));
    return std::nullopt;
}

Failure mergeSecurityGroupRule(Merger& merger, bool egress) {
    Resource* owner = merger.owner<SecurityGroup>("GroupId");
    if (owner == nullptr) {
        owner = merger.owner<SecurityGroup>("GroupName");
    }
    if (owner == nullptr) {
        return merger.missingOwner("GroupId", "security group");
    }
    SecurityGroupRule rule;
    if (!readSecurityGroupRule(merger.reader(), merger.properties(), egress, rule)) {
        return std::string("the rule cannot be read");
    }
    auto& rules = egress ? owner->as<SecurityGroup>()->egress : owner->as<SecurityGroup>()->ingress;
    rules.push_back(rule);
    merger.record(*owner, indexed(egress ? "egress" : "ingress", rules.size() - 1));
    return std::nullopt;
}

Failure mergeListener(Merger& merger) {
    Resource* owner = merger.owner<LoadBalancer>("LoadBalancerArn");
    if (owner == nullptr) {
        return merger.missingOwner("LoadBalancerArn", "load balancer");
    }
    auto& ports = owner->as<LoadBalancer>()->listenerPorts;
    if (const Value* port = field(merger.properties(), "Port")) {
        if (auto number = merger.reader().integer(*port, "Port")) {
            ports.push_back(static_cast<int>(*number));
        }
    }
    merger.record(*owner, indexed("listenerPorts", ports.empty() ? 0 : ports.size() - 1));
    return std::nullopt;
}

/// True when `actions` (a listener's DefaultActions or a rule's Actions) forward to `group`.
bool forwardsTo(const Value& actions, const std::string& group) {
    auto names = [&](const Value& value) {
        return value.isReference() && value.resource == group;
    };
    for (const Value& action : actions.items) {
        if (const Value* arn = field(action, "TargetGroupArn"); arn && names(*arn)) {
            return true;
        }
        if (const Value* forward = field(action, "ForwardConfig")) {
            if (const Value* groups = field(*forward, "TargetGroups")) {
                for (const Value& entry : groups->items) {
                    if (const Value* arn = field(entry, "TargetGroupArn"); arn && names(*arn)) {
                        return true;
                    }
                }
            }
        }
    }
    return false;
}

Failure mergeTargetGroup(ImportState& state, Merger& merger, const std::string& logicalId) {
    // The load balancer is the one whose listener forwards to this target group.
    Resource* owner = nullptr;
    for (const auto& [id, definition] : state.definitions) {
        if (owner != nullptr || state.typeOf(id) != "AWS::ElasticLoadBalancingV2::Listener") {
            continue;
        }
        state.evaluator.setSubject(id);
        const Value listener = state.evaluator.evaluate(child(definition, "Properties"));
        const Value* actions = field(listener, "DefaultActions");
        const Value* balancer = field(listener, "LoadBalancerArn");
        if (actions == nullptr || balancer == nullptr || !forwardsTo(*actions, logicalId)) {
            continue;
        }
        ValueReader reader(state, id);
        if (auto balancerId = reader.referencedResource(*balancer)) {
            Resource* candidate = state.find(*balancerId);
            owner = candidate != nullptr && candidate->as<LoadBalancer>() ? candidate : nullptr;
        }
    }
    state.evaluator.setSubject(logicalId);
    if (owner == nullptr) {
        return std::string("no listener of a modelled load balancer forwards to it");
    }
    LoadBalancer& balancer = *owner->as<LoadBalancer>();
    auto addTarget = [&](const ResourceId& target) {
        if (!target.empty() && std::find(balancer.targets.begin(), balancer.targets.end(),
                                         target) == balancer.targets.end()) {
            balancer.targets.push_back(target);
        }
    };
    if (const Value* targets = field(merger.properties(), "Targets")) {
        for (const Value& target : targets->items) {
            const Value* id = field(target, "Id");
            if (id == nullptr) {
                continue;
            }
            if (auto resource = merger.reader().referencedResource(*id)) {
                addTarget(*resource);
                continue;
            }
            // An IP target: the instance of the template that has this private address.
            const std::string address = state.evaluator.asText(*id).text;
            std::string match;
            for (const auto& [candidateId, candidate] : state.built) {
                const Instance* instance = candidate.as<Instance>();
                if (instance != nullptr && instance->placement.privateIp == address) {
                    match = candidateId;
                }
            }
            if (!match.empty()) {
                addTarget(match);
            } else {
                state.notes.info("UNRESOLVED_REFERENCE", {logicalId},
                                 logicalId + " target " + address +
                                     " is no workload of the template; kept in the target "
                                     "group's definition only",
                                 "Add the workload with that private address to the model.");
            }
        }
    }
    // ECS services register their tasks with the target group themselves.
    for (const auto& [id, resource] : state.built) {
        if (resource.as<EcsService>() == nullptr) {
            continue;
        }
        state.evaluator.setSubject(id);
        const Value balancers = state.evaluator.evaluate(
            child(child(state.definitions.at(id), "Properties"), "LoadBalancers"));
        for (const Value& entry : balancers.items) {
            const Value* arn = field(entry, "TargetGroupArn");
            if (arn != nullptr && arn->isReference() && arn->resource == logicalId) {
                addTarget(id);
            }
        }
    }
    state.evaluator.setSubject(logicalId);
    if (balancer.targetPort == 0) {
        if (const Value* port = field(merger.properties(), "Port")) {
            balancer.targetPort =
                static_cast<int>(merger.reader().integer(*port, "Port").value_or(0));
        }
    }
    merger.record(*owner, "targets");
    return std::nullopt;
}

Failure mergeDbSubnetGroup(ImportState& state, Merger& merger, const std::string& logicalId) {
    for (const std::string& id : state.order) {
        Resource* database = state.find(id);
        if (database == nullptr || database->as<RdsInstance>() == nullptr) {
            continue;
        }
        const Node group =
            child(child(state.definitions.at(id), "Properties"), "DBSubnetGroupName");
        state.evaluator.setSubject(id);
        const Value named = state.evaluator.evaluate(group);
        if (named.isReference() && named.resource == logicalId) {
            merger.record(*database, "placement.subnets");
            return std::nullopt;
        }
    }
    return std::string("no modelled database uses it");
}

Failure mergeTransitGatewayRouteTableItem(Merger& merger, const std::string& type) {
    Resource* owner = merger.owner<TransitGatewayRouteTable>("TransitGatewayRouteTableId");
    if (owner == nullptr) {
        return merger.missingOwner("TransitGatewayRouteTableId", "transit gateway route table");
    }
    TransitGatewayRouteTable& table = *owner->as<TransitGatewayRouteTable>();
    if (type == "AWS::EC2::TransitGatewayRoute") {
        TransitGatewayRoute route;
        route.destination = merger.text("DestinationCidrBlock");
        route.attachment = merger.id("TransitGatewayAttachmentId");
        route.blackhole = merger.boolean("Blackhole").value_or(false);
        table.routes.push_back(route);
        merger.record(*owner, indexed("routes", table.routes.size() - 1));
    } else if (type == "AWS::EC2::TransitGatewayRouteTableAssociation") {
        table.associations.push_back(merger.id("TransitGatewayAttachmentId"));
        merger.record(*owner, indexed("associations", table.associations.size() - 1));
    } else {
        table.propagations.push_back(merger.id("TransitGatewayAttachmentId"));
        merger.record(*owner, indexed("propagations", table.propagations.size() - 1));
    }
    return std::nullopt;
}

Failure mergeVpnConnectionRoute(Merger& merger) {
    Resource* owner = merger.owner<VpnConnection>("VpnConnectionId");
    if (owner == nullptr) {
        return merger.missingOwner("VpnConnectionId", "VPN connection");
    }
    auto& routes = owner->as<VpnConnection>()->staticRoutes;
    routes.push_back(merger.text("DestinationCidrBlock"));
    merger.record(*owner, indexed("staticRoutes", routes.size() - 1));
    return std::nullopt;
}

Failure mergeVpnRoutePropagation(ImportState& state, Merger& merger) {
    Resource* owner = merger.owner<VpnGateway>("VpnGatewayId");
    if (owner == nullptr) {
        return merger.missingOwner("VpnGatewayId", "VPN gateway");
    }
    if (const Value* tables = field(merger.properties(), "RouteTableIds")) {
        for (const ResourceId& id : merger.reader().ids(*tables, "RouteTableIds")) {
            if (RouteTable* table = state.findAs<RouteTable>(id)) {
                table->propagatingGateways.push_back(owner->id);
            }
        }
    }
    merger.record(*owner, "routeTables.propagatingGateways");
    return std::nullopt;
}

Failure mergeEdgeAssociation(Merger& merger) {
    Resource* owner = merger.owner<RouteTable>("RouteTableId");
    if (owner == nullptr) {
        return merger.missingOwner("RouteTableId", "route table");
    }
    auto& edges = owner->as<RouteTable>()->edgeAssociations;
    edges.push_back(merger.id("GatewayId"));
    merger.record(*owner, indexed("edgeAssociations", edges.size() - 1));
    return std::nullopt;
}

} // namespace

std::optional<std::string> mergeResource(ImportState& state, const std::string& logicalId) {
    const std::string type = state.typeOf(logicalId);
    Merger merger(state, logicalId);
    if (type == "AWS::EC2::Route") {
        return mergeRoute(state, merger);
    }
    if (type == "AWS::EC2::SubnetRouteTableAssociation") {
        return mergeSubnetAssociation(state, merger, false);
    }
    if (type == "AWS::EC2::SubnetNetworkAclAssociation") {
        return mergeSubnetAssociation(state, merger, true);
    }
    if (type == "AWS::EC2::GatewayRouteTableAssociation") {
        return mergeEdgeAssociation(merger);
    }
    if (type == "AWS::EC2::VPCGatewayAttachment") {
        return mergeGatewayAttachment(merger);
    }
    if (type == "AWS::EC2::VPCCidrBlock") {
        return mergeVpcCidrBlock(merger, logicalId);
    }
    if (type == "AWS::EC2::EIPAssociation") {
        return mergeEipAssociation(merger);
    }
    if (type == "AWS::EC2::NetworkAclEntry") {
        return mergeNaclEntry(merger);
    }
    if (type == "AWS::EC2::SecurityGroupIngress" || type == "AWS::EC2::SecurityGroupEgress") {
        return mergeSecurityGroupRule(merger, type == "AWS::EC2::SecurityGroupEgress");
    }
    if (type == "AWS::ElasticLoadBalancingV2::Listener") {
        return mergeListener(merger);
    }
    if (type == "AWS::ElasticLoadBalancingV2::TargetGroup") {
        return mergeTargetGroup(state, merger, logicalId);
    }
    if (type == "AWS::RDS::DBSubnetGroup") {
        return mergeDbSubnetGroup(state, merger, logicalId);
    }
    if (type.rfind("AWS::EC2::TransitGatewayRoute", 0) == 0) {
        return mergeTransitGatewayRouteTableItem(merger, type);
    }
    if (type == "AWS::EC2::VPNConnectionRoute") {
        return mergeVpnConnectionRoute(merger);
    }
    if (type == "AWS::EC2::VPNGatewayRoutePropagation") {
        return mergeVpnRoutePropagation(state, merger);
    }
    return std::string("the importer does not merge ") + type;
}

} // namespace topograph::cfn
