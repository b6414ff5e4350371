// SPDX-License-Identifier: Apache-2.0
// Workloads: instances, load balancers with listeners and target groups, databases, Lambda
// functions, ECS services, interface endpoints. For a resource drawn in Topograph the exporter
// also writes what deployment needs and the model does not hold (an IAM role, a task
// definition, a master user); an imported resource keeps its own.
#include "exporters/cloudformation/export_context.h"

#include <algorithm>

namespace topograph::cfn {

namespace {

Tree refList(ExportContext& context, const std::vector<ResourceId>& ids) {
    Tree list = sequenceTree();
    for (const ResourceId& id : ids) {
        list.items.push_back(context.ref(id));
    }
    return list;
}

Tree groupList(ExportContext& context, const std::vector<ResourceId>& ids) {
    Tree list = sequenceTree();
    for (const ResourceId& id : ids) {
        list.items.push_back(context.groupRef(id));
    }
    return list;
}

bool hasSource(const Resource& resource, const std::string& key) {
    const Tree* sources = resource.cloudFormation.find("Topograph::Source");
    return sources != nullptr && sources->find(key) != nullptr;
}

ResourceId firstVpc(const Document& document, const Placement& placement) {
    return placement.subnets.empty() ? ResourceId{}
                                     : vpcOfSubnet(document, placement.subnets.front());
}

void writePlacement(ExportContext& context, const Resource& resource, ResourceDraft& draft);

void writeInstance(ExportContext& context, const Resource& resource, ResourceDraft& draft) {
    writePlacement(context, resource, draft);
    // Deployment needs beyond the model come after what the model says.
    if (ExportContext::drawn(resource)) {
        setEntry(draft.properties, "KeyName", context.keyNameProperty());
    }
}

void writePlacement(ExportContext& context, const Resource& resource, ResourceDraft& draft) {
    const Instance& instance = *resource.as<Instance>();
    const Placement& placement = instance.placement;
    draft.type = "AWS::EC2::Instance";
    setEntry(draft.properties, "ImageId",
             instance.imageId.empty() ? context.amiParameter() : textScalar(instance.imageId));
    setEntry(draft.properties, "InstanceType", textScalar(instance.instanceType));
    const bool viaInterface =
        placement.publicIp != PublicIpChoice::SubnetDefault ||
        (context.verbatim(resource) && hasSource(resource, "NetworkInterfaces"));
    if (!viaInterface) {
        if (!placement.subnets.empty()) {
            setEntry(draft.properties, "SubnetId", context.ref(placement.subnets.front()));
        }
        if (!placement.securityGroups.empty()) {
            setEntry(draft.properties, "SecurityGroupIds",
                     groupList(context, placement.securityGroups));
        }
        if (!placement.privateIp.empty()) {
            setEntry(draft.properties, "PrivateIpAddress", textScalar(placement.privateIp));
        }
        return;
    }
    // A public address choice is only expressible on the primary network interface.
    Tree primary = mappingTree();
    setEntry(primary, "DeviceIndex", textScalar("0"));
    if (placement.publicIp != PublicIpChoice::SubnetDefault) {
        setEntry(primary, "AssociatePublicIpAddress",
                 booleanScalar(placement.publicIp == PublicIpChoice::Yes));
    }
    if (!placement.subnets.empty()) {
        setEntry(primary, "SubnetId", context.ref(placement.subnets.front()));
    }
    if (!placement.securityGroups.empty()) {
        setEntry(primary, "GroupSet", groupList(context, placement.securityGroups));
    }
    if (!placement.privateIp.empty()) {
        setEntry(primary, "PrivateIpAddress", textScalar(placement.privateIp));
    }
    setEntry(draft.properties, "NetworkInterfaces", sequenceTree({std::move(primary)}));
}

bool targetsTasks(const Document& document, const LoadBalancer& balancer) {
    for (const ResourceId& target : balancer.targets) {
        if (document.findAs<EcsService>(target) != nullptr) {
            return true;
        }
    }
    return false;
}

void writeLoadBalancer(ExportContext& context, const Resource& resource, ResourceDraft& draft) {
    const LoadBalancer& balancer = *resource.as<LoadBalancer>();
    const Document& document = context.document();
    const std::string& self = context.logicalId(resource.id);
    const bool gateway = balancer.type == LoadBalancerType::Gateway;
    const bool application = balancer.type == LoadBalancerType::Application;
    draft.type = "AWS::ElasticLoadBalancingV2::LoadBalancer";
    setEntry(draft.properties, "Type",
             plainScalar(gateway       ? "gateway"
                         : application ? "application"
                                       : "network"));
    if (!gateway) {
        setEntry(draft.properties, "Scheme",
                 plainScalar(balancer.scheme == LoadBalancerScheme::Internal ? "internal"
                                                                             : "internet-facing"));
    }
    // Elastic IPs associated with a network load balancer: one per subnet mapping.
    std::vector<ResourceId> addresses;
    for (const Resource& other : document.resources()) {
        const auto* address = other.as<ElasticIp>();
        if (address != nullptr && address->associatedWith == resource.id) {
            addresses.push_back(other.id);
        }
    }
    if (!addresses.empty() ||
        (context.verbatim(resource) && hasSource(resource, "SubnetMappings"))) {
        Tree mappings = sequenceTree();
        for (std::size_t i = 0; i < balancer.placement.subnets.size(); ++i) {
            Tree mapping = mappingTree();
            setEntry(mapping, "SubnetId", context.ref(balancer.placement.subnets[i]));
            if (i < addresses.size()) {
                setEntry(mapping, "AllocationId", context.attribute(addresses[i], "AllocationId"));
            }
            mappings.items.push_back(std::move(mapping));
        }
        setEntry(draft.properties, "SubnetMappings", std::move(mappings));
    } else {
        setEntry(draft.properties, "Subnets", refList(context, balancer.placement.subnets));
    }
    if (!gateway && !balancer.placement.securityGroups.empty()) {
        setEntry(draft.properties, "SecurityGroups",
                 groupList(context, balancer.placement.securityGroups));
    }
    if (balancer.listenerPorts.empty()) {
        return;
    }
    const std::string targetGroup = context.childId(resource, "targets", self + "TargetGroup");
    const char* protocol = gateway ? "GENEVE" : application ? "HTTP" : "TCP";
    if (!context.covered(resource, "targets")) {
        ResourceDraft group("AWS::ElasticLoadBalancingV2::TargetGroup");
        const int port = balancer.targetPort != 0 ? balancer.targetPort
                         : gateway                ? 6081
                                                  : balancer.listenerPorts.front();
        setEntry(group.properties, "VpcId", context.ref(firstVpc(document, balancer.placement)));
        setEntry(group.properties, "Port", numberScalar(port));
        setEntry(group.properties, "Protocol", plainScalar(protocol));
        const bool tasks = targetsTasks(document, balancer);
        setEntry(group.properties, "TargetType", plainScalar(tasks ? "ip" : "instance"));
        Tree targets = sequenceTree();
        for (const ResourceId& target : balancer.targets) {
            if (document.findAs<Instance>(target) != nullptr && !tasks) {
                Tree entry = mappingTree();
                setEntry(entry, "Id", context.ref(target));
                targets.items.push_back(std::move(entry));
            }
        }
        if (!targets.items.empty()) {
            setEntry(group.properties, "Targets", std::move(targets));
        }
        context.addChild(targetGroup, group);
    }
    for (std::size_t i = 0; i < balancer.listenerPorts.size(); ++i) {
        const std::string into = "listenerPorts[" + std::to_string(i) + "]";
        if (context.covered(resource, into)) {
            continue;
        }
        ResourceDraft listener("AWS::ElasticLoadBalancingV2::Listener");
        setEntry(listener.properties, "LoadBalancerArn", refTree(self));
        if (!gateway) {
            setEntry(listener.properties, "Port", numberScalar(balancer.listenerPorts[i]));
            setEntry(listener.properties, "Protocol", plainScalar(protocol));
        }
        Tree action = mappingTree();
        setEntry(action, "Type", plainScalar("forward"));
        setEntry(action, "TargetGroupArn", refTree(targetGroup));
        setEntry(listener.properties, "DefaultActions", sequenceTree({std::move(action)}));
        context.addChild(
            context.childId(resource, into,
                            self + "Listener" + std::to_string(balancer.listenerPorts[i])),
            listener);
    }
}

void writeDatabase(ExportContext& context, const Resource& resource, ResourceDraft& draft) {
    const RdsInstance& database = *resource.as<RdsInstance>();
    const std::string& self = context.logicalId(resource.id);
    draft.type = "AWS::RDS::DBInstance";
    const std::string group = context.childId(resource, "placement.subnets", self + "SubnetGroup");
    if (!context.covered(resource, "placement.subnets")) {
        ResourceDraft subnets("AWS::RDS::DBSubnetGroup");
        setEntry(subnets.properties, "DBSubnetGroupDescription",
                 textScalar("Subnets of " + resource.label()));
        setEntry(subnets.properties, "SubnetIds", refList(context, database.placement.subnets));
        context.addChild(group, subnets);
    }
    setEntry(draft.properties, "Engine", textScalar(database.engine));
    setEntry(draft.properties, "DBInstanceClass", textScalar(database.instanceClass));
    setEntry(draft.properties, "Port", textScalar(std::to_string(database.port)));
    setEntry(draft.properties, "MultiAZ", booleanScalar(database.multiAz));
    if (database.placement.publicIp != PublicIpChoice::SubnetDefault) {
        setEntry(draft.properties, "PubliclyAccessible",
                 booleanScalar(database.placement.publicIp == PublicIpChoice::Yes));
    }
    setEntry(draft.properties, "DBSubnetGroupName", refTree(group));
    if (!database.placement.securityGroups.empty()) {
        setEntry(draft.properties, "VPCSecurityGroups",
                 groupList(context, database.placement.securityGroups));
    }
    if (ExportContext::drawn(resource)) {
        setEntry(draft.properties, "AllocatedStorage", textScalar("20"));
        setEntry(draft.properties, "StorageEncrypted", booleanScalar(true));
        setEntry(draft.properties, "MasterUsername", textScalar("dbadmin"));
        setEntry(draft.properties, "ManageMasterUserPassword", booleanScalar(true));
        draft.attributes.push_back({"DeletionPolicy", plainScalar("Snapshot")});
        draft.attributes.push_back({"UpdateReplacePolicy", plainScalar("Snapshot")});
    }
}

void writeLambda(ExportContext& context, const Resource& resource, ResourceDraft& draft) {
    const LambdaFunction& function = *resource.as<LambdaFunction>();
    const std::string& self = context.logicalId(resource.id);
    draft.type = "AWS::Lambda::Function";
    setEntry(draft.properties, "Runtime", textScalar(function.runtime));
    Tree config = mappingTree();
    setEntry(config, "SubnetIds", refList(context, function.placement.subnets));
    setEntry(config, "SecurityGroupIds", groupList(context, function.placement.securityGroups));
    setEntry(draft.properties, "VpcConfig", std::move(config));
    if (!ExportContext::drawn(resource)) {
        return;
    }
    const std::string role = context.freshId(self + "Role");
    ResourceDraft roleDraft("AWS::IAM::Role");
    Tree principal = mappingTree();
    setEntry(principal, "Service", plainScalar("lambda.amazonaws.com"));
    Tree statement = mappingTree();
    setEntry(statement, "Effect", plainScalar("Allow"));
    setEntry(statement, "Principal", std::move(principal));
    setEntry(statement, "Action", plainScalar("sts:AssumeRole"));
    Tree policy = mappingTree();
    setEntry(policy, "Version", textScalar("2012-10-17"));
    setEntry(policy, "Statement", sequenceTree({std::move(statement)}));
    setEntry(roleDraft.properties, "AssumeRolePolicyDocument", std::move(policy));
    setEntry(roleDraft.properties, "ManagedPolicyArns",
             sequenceTree({subTree("arn:${AWS::Partition}:iam::aws:policy/service-role/"
                                   "AWSLambdaVPCAccessExecutionRole")}));
    context.addChild(role, roleDraft);
    setEntry(draft.properties, "Role", getAttTree(role, "Arn"));
    const bool node = function.runtime.rfind("nodejs", 0) == 0;
    setEntry(draft.properties, "Handler", plainScalar("index.handler"));
    Tree code = mappingTree();
    setEntry(code, "ZipFile",
             textScalar(node ? "exports.handler = async () => ({});\n"
                             : "def handler(event, context):\n    return {}\n"));
    setEntry(draft.properties, "Code", std::move(code));
}

/// The load balancer that forwards to `service`, if any.
const Resource* balancerOf(const Document& document, const ResourceId& service) {
    for (const Resource& resource : document.resources()) {
        const auto* balancer = resource.as<LoadBalancer>();
        if (balancer != nullptr && !balancer->listenerPorts.empty() &&
            std::find(balancer->targets.begin(), balancer->targets.end(), service) !=
                balancer->targets.end()) {
            return &resource;
        }
    }
    return nullptr;
}

void writeEcsService(ExportContext& context, const Resource& resource, ResourceDraft& draft) {
    const EcsService& service = *resource.as<EcsService>();
    const std::string& self = context.logicalId(resource.id);
    draft.type = "AWS::ECS::Service";
    setEntry(draft.properties, "DesiredCount", numberScalar(service.desiredCount));
    Tree awsvpc = mappingTree();
    setEntry(awsvpc, "Subnets", refList(context, service.placement.subnets));
    setEntry(awsvpc, "SecurityGroups", groupList(context, service.placement.securityGroups));
    if (service.placement.publicIp != PublicIpChoice::SubnetDefault) {
        setEntry(awsvpc, "AssignPublicIp",
                 plainScalar(service.placement.publicIp == PublicIpChoice::Yes ? "ENABLED"
                                                                               : "DISABLED"));
    }
    Tree network = mappingTree();
    setEntry(network, "AwsvpcConfiguration", std::move(awsvpc));
    setEntry(draft.properties, "NetworkConfiguration", std::move(network));
    if (!ExportContext::drawn(resource)) {
        return;
    }
    const auto [cluster, first] = context.shared("EcsCluster");
    if (first) {
        context.addChild(cluster, ResourceDraft("AWS::ECS::Cluster"));
    }
    setEntry(draft.properties, "Cluster", refTree(cluster));
    setEntry(draft.properties, "LaunchType", plainScalar("FARGATE"));
    const std::string task = context.freshId(self + "TaskDefinition");
    ResourceDraft taskDraft("AWS::ECS::TaskDefinition");
    setEntry(taskDraft.properties, "RequiresCompatibilities",
             sequenceTree({plainScalar("FARGATE")}));
    setEntry(taskDraft.properties, "NetworkMode", plainScalar("awsvpc"));
    setEntry(taskDraft.properties, "Cpu", textScalar("256"));
    setEntry(taskDraft.properties, "Memory", textScalar("512"));
    Tree portMapping = mappingTree();
    setEntry(portMapping, "ContainerPort", numberScalar(service.containerPort));
    Tree container = mappingTree();
    setEntry(container, "Name", plainScalar("app"));
    setEntry(container, "Image", plainScalar("public.ecr.aws/nginx/nginx:stable"));
    setEntry(container, "Essential", booleanScalar(true));
    setEntry(container, "PortMappings", sequenceTree({std::move(portMapping)}));
    setEntry(taskDraft.properties, "ContainerDefinitions", sequenceTree({std::move(container)}));
    context.addChild(task, taskDraft);
    setEntry(draft.properties, "TaskDefinition", refTree(task));
    if (const Resource* balancer = balancerOf(context.document(), resource.id)) {
        const std::string& lb = context.logicalId(balancer->id);
        Tree entry = mappingTree();
        setEntry(entry, "ContainerName", plainScalar("app"));
        setEntry(entry, "ContainerPort", numberScalar(service.containerPort));
        setEntry(entry, "TargetGroupArn",
                 refTree(context.childId(*balancer, "targets", lb + "TargetGroup")));
        setEntry(draft.properties, "LoadBalancers", sequenceTree({std::move(entry)}));
        // The target group must be attached to a listener before a service uses it.
        const int port = balancer->as<LoadBalancer>()->listenerPorts.front();
        draft.dependsOn.push_back(
            context.childId(*balancer, "listenerPorts[0]", lb + "Listener" + std::to_string(port)));
    }
}

void writeInterfaceEndpoint(ExportContext& context, const Resource& resource,
                            ResourceDraft& draft) {
    const InterfaceEndpoint& endpoint = *resource.as<InterfaceEndpoint>();
    draft.type = "AWS::EC2::VPCEndpoint";
    setEntry(draft.properties, "VpcEndpointType", plainScalar("Interface"));
    // com.amazonaws.<region>.ssm: written for the stack's region.
    const std::string regional = "." + context.options().region + ".";
    const auto at = endpoint.serviceName.find(regional);
    if (at != std::string::npos && !context.options().region.empty()) {
        std::string text = endpoint.serviceName;
        text.replace(at, regional.size(), ".${AWS::Region}.");
        setEntry(draft.properties, "ServiceName", subTree(text));
    } else {
        setEntry(draft.properties, "ServiceName", textScalar(endpoint.serviceName));
    }
    const ResourceId vpc = firstVpc(context.document(), endpoint.placement);
    if (!vpc.empty()) {
        setEntry(draft.properties, "VpcId", context.ref(vpc));
    }
    setEntry(draft.properties, "SubnetIds", refList(context, endpoint.placement.subnets));
    if (!endpoint.placement.securityGroups.empty()) {
        setEntry(draft.properties, "SecurityGroupIds",
                 groupList(context, endpoint.placement.securityGroups));
    }
    setEntry(draft.properties, "PrivateDnsEnabled", booleanScalar(endpoint.privateDns));
}

} // namespace

void writeWorkload(ExportContext& context, const Resource& resource, ResourceDraft& draft) {
    switch (resource.kind()) {
    case ResourceKind::Instance:
        writeInstance(context, resource, draft);
        break;
    case ResourceKind::LoadBalancer:
        writeLoadBalancer(context, resource, draft);
        break;
    case ResourceKind::RdsInstance:
        writeDatabase(context, resource, draft);
        break;
    case ResourceKind::LambdaFunction:
        writeLambda(context, resource, draft);
        break;
    case ResourceKind::EcsService:
        writeEcsService(context, resource, draft);
        break;
    case ResourceKind::InterfaceEndpoint:
        writeInterfaceEndpoint(context, resource, draft);
        break;
    default:
        break;
    }
}

} // namespace topograph::cfn
