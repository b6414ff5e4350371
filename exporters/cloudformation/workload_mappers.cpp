// SPDX-License-Identifier: Apache-2.0
// Workloads: instances, load balancers, databases, Lambda functions and ECS services in a VPC,
// interface endpoints.
#include "exporters/cloudformation/resource_mappers.h"
#include "exporters/cloudformation/yaml_source.h"

namespace topograph::cfn {

namespace {

const Value* field(const Value& map, const char* key) {
    const Value* found = map.find(key);
    return found != nullptr && !found->isNull() ? found : nullptr;
}

void appendIds(std::vector<ResourceId>& target, std::vector<ResourceId> more) {
    for (ResourceId& id : more) {
        target.push_back(std::move(id));
    }
}

PublicIpChoice publicIpChoice(std::optional<bool> value) {
    if (!value) {
        return PublicIpChoice::SubnetDefault;
    }
    return *value ? PublicIpChoice::Yes : PublicIpChoice::No;
}

void mapInstance(PropertyReader& reader, Resource& resource) {
    Instance instance;
    Placement& placement = instance.placement;
    if (auto subnet = reader.id("SubnetId"); subnet && !subnet->empty()) {
        placement.subnets.push_back(*subnet);
    }
    placement.securityGroups = reader.ids("SecurityGroupIds");
    appendIds(placement.securityGroups, reader.ids("SecurityGroups"));
    placement.privateIp = reader.text("PrivateIpAddress").value_or("");
    instance.instanceType = reader.text("InstanceType").value_or("m1.small");
    instance.imageId = reader.text("ImageId").value_or("");
    const Value interfaces = reader.value("NetworkInterfaces");
    reader.keepSource("NetworkInterfaces");
    // The primary interface (device index 0) carries the instance's placement.
    for (const Value& networkInterface : interfaces.items) {
        const Value* index = field(networkInterface, "DeviceIndex");
        if (index == nullptr || reader.integer(*index, "NetworkInterfaces.DeviceIndex") != 0) {
            continue;
        }
        if (const Value* subnet = field(networkInterface, "SubnetId");
            subnet && placement.subnets.empty()) {
            placement.subnets.push_back(reader.id(*subnet, "NetworkInterfaces.SubnetId"));
        }
        if (const Value* groups = field(networkInterface, "GroupSet")) {
            appendIds(placement.securityGroups, reader.ids(*groups, "NetworkInterfaces.GroupSet"));
        }
        if (const Value* publicIp = field(networkInterface, "AssociatePublicIpAddress")) {
            placement.publicIp = publicIpChoice(
                reader.boolean(*publicIp, "NetworkInterfaces.AssociatePublicIpAddress"));
        }
        if (const Value* privateIp = field(networkInterface, "PrivateIpAddress");
            privateIp != nullptr && placement.privateIp.empty()) {
            placement.privateIp = reader.text(*privateIp, "NetworkInterfaces.PrivateIpAddress");
        }
    }
    resource.properties = instance;
}

void mapLoadBalancer(PropertyReader& reader, Resource& resource) {
    LoadBalancer balancer;
    const std::string type = reader.text("Type").value_or("application");
    balancer.type = type == "network"   ? LoadBalancerType::Network
                    : type == "gateway" ? LoadBalancerType::Gateway
                                        : LoadBalancerType::Application;
    balancer.scheme = reader.text("Scheme").value_or("internet-facing") == "internal"
                          ? LoadBalancerScheme::Internal
                          : LoadBalancerScheme::InternetFacing;
    balancer.placement.subnets = reader.ids("Subnets");
    balancer.placement.securityGroups = reader.ids("SecurityGroups");
    const Value mappings = reader.value("SubnetMappings");
    reader.keepSource("SubnetMappings");
    for (const Value& mapping : mappings.items) {
        if (const Value* subnet = field(mapping, "SubnetId")) {
            balancer.placement.subnets.push_back(reader.id(*subnet, "SubnetMappings.SubnetId"));
        }
        if (const Value* allocation = field(mapping, "AllocationId")) {
            const ResourceId eip = reader.id(*allocation, "SubnetMappings.AllocationId");
            ImportState& state = reader.state();
            const ResourceId balancerId = reader.subject();
            state.deferred.push_back([&state, eip, balancerId] {
                if (ElasticIp* address = state.findAs<ElasticIp>(eip)) {
                    address->associatedWith = balancerId;
                }
            });
        }
    }
    resource.properties = balancer;
}

int defaultDatabasePort(const std::string& engine) {
    if (engine.find("mysql") != std::string::npos || engine.find("mariadb") != std::string::npos) {
        return 3306;
    }
    if (engine.rfind("oracle", 0) == 0) {
        return 1521;
    }
    if (engine.rfind("sqlserver", 0) == 0) {
        return 1433;
    }
    return 5432;
}

void mapDatabase(PropertyReader& reader, Resource& resource) {
    RdsInstance database;
    const Value group = reader.value("DBSubnetGroupName");
    if (group.isReference() && reader.state().typeOf(group.resource) == "AWS::RDS::DBSubnetGroup") {
        // The subnets live in the DB subnet group, which is merged into this database.
        const Node subnets =
            child(child(reader.state().definitions.at(group.resource), "Properties"), "SubnetIds");
        reader.state().evaluator.setSubject(reader.subject());
        database.placement.subnets =
            reader.ids(reader.state().evaluator.evaluate(subnets), "DBSubnetGroup.SubnetIds");
    } else if (!group.isNull()) {
        reader.text(group, "DBSubnetGroupName");
    }
    database.placement.securityGroups = reader.ids("VPCSecurityGroups");
    database.placement.publicIp = publicIpChoice(reader.boolean("PubliclyAccessible"));
    database.engine = reader.text("Engine").value_or("postgres");
    database.port =
        static_cast<int>(reader.integer("Port").value_or(defaultDatabasePort(database.engine)));
    database.multiAz = reader.boolean("MultiAZ").value_or(false);
    database.instanceClass = reader.text("DBInstanceClass").value_or("db.t3.micro");
    resource.properties = database;
}

void mapLambda(PropertyReader& reader, Resource& resource) {
    LambdaFunction function;
    const Value config = reader.value("VpcConfig");
    reader.keepSource("VpcConfig");
    if (const Value* subnets = field(config, "SubnetIds")) {
        function.placement.subnets = reader.ids(*subnets, "VpcConfig.SubnetIds");
    }
    if (const Value* groups = field(config, "SecurityGroupIds")) {
        function.placement.securityGroups = reader.ids(*groups, "VpcConfig.SecurityGroupIds");
    }
    function.runtime = reader.text("Runtime").value_or("");
    resource.properties = function;
}

void mapEcsService(PropertyReader& reader, Resource& resource) {
    EcsService service;
    const Value network = reader.value("NetworkConfiguration");
    reader.keepSource("NetworkConfiguration");
    if (const Value* awsvpc = field(network, "AwsvpcConfiguration")) {
        if (const Value* subnets = field(*awsvpc, "Subnets")) {
            service.placement.subnets = reader.ids(*subnets, "AwsvpcConfiguration.Subnets");
        }
        if (const Value* groups = field(*awsvpc, "SecurityGroups")) {
            service.placement.securityGroups =
                reader.ids(*groups, "AwsvpcConfiguration.SecurityGroups");
        }
        if (const Value* assign = field(*awsvpc, "AssignPublicIp")) {
            const std::string text = reader.text(*assign, "AssignPublicIp");
            service.placement.publicIp =
                text == "ENABLED" ? PublicIpChoice::Yes : PublicIpChoice::No;
        }
    }
    service.desiredCount = static_cast<int>(reader.integer("DesiredCount").value_or(1));
    // The container port comes from the service's load balancer entry; the property itself
    // stays in the template (it also names the target group).
    const Value balancers =
        reader.state().evaluator.evaluate(child(reader.properties(), "LoadBalancers"));
    for (const Value& entry : balancers.items) {
        if (const Value* port = field(entry, "ContainerPort")) {
            service.containerPort =
                static_cast<int>(reader.integer(*port, "LoadBalancers.ContainerPort").value_or(80));
            break;
        }
    }
    resource.properties = service;
}

void mapInterfaceEndpoint(PropertyReader& reader, Resource& resource) {
    InterfaceEndpoint endpoint;
    endpoint.placement.subnets = reader.ids("SubnetIds");
    endpoint.placement.securityGroups = reader.ids("SecurityGroupIds");
    endpoint.serviceName = reader.text("ServiceName").value_or("");
    // CloudFormation's default for PrivateDnsEnabled is false.
    endpoint.privateDns = reader.boolean("PrivateDnsEnabled").value_or(false);
    reader.value("VpcEndpointType");
    reader.keepSource("VpcEndpointType");
    resource.properties = endpoint;
}

} // namespace

void mapWorkload(const std::string& type, PropertyReader& reader, Resource& resource) {
    if (type == "AWS::EC2::Instance") {
        mapInstance(reader, resource);
    } else if (type == "AWS::ElasticLoadBalancingV2::LoadBalancer") {
        mapLoadBalancer(reader, resource);
    } else if (type == "AWS::RDS::DBInstance") {
        mapDatabase(reader, resource);
    } else if (type == "AWS::Lambda::Function") {
        mapLambda(reader, resource);
    } else if (type == "AWS::ECS::Service") {
        mapEcsService(reader, resource);
    } else if (type == "AWS::EC2::VPCEndpoint") {
        mapInterfaceEndpoint(reader, resource);
    }
}

} // namespace topograph::cfn
