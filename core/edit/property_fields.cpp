// SPDX-License-Identifier: Apache-2.0
#include "core/edit/property_fields.h"

#include "core/edit/workload_port.h"
#include "core/layout/drop_placement.h"
#include "core/layout/layout.h"
#include "core/layout/sibling_clearance.h"
#include "core/model/references.h"

#include <algorithm>
#include <charconv>
#include <functional>
#include <optional>
#include <unordered_map>

namespace topograph {

namespace {

// One editable setting: how to read it, which values it offers and how to write it. A writer
// returns the refusal's sentence, or nothing when it took the value.
struct FieldSpec {
    std::string key;
    std::string label;
    FieldType type;
    std::string help;
    std::function<std::string(const Resource&)> read;
    std::function<std::optional<std::string>(const Document&, Resource&, std::string_view)> write;
    std::function<std::vector<FieldChoice>(const Document&, const Resource&)> choices;
};

std::string_view trimmed(std::string_view text) {
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) {
        return {};
    }
    const auto last = text.find_last_not_of(" \t\r\n");
    return text.substr(first, last - first + 1);
}

// Comma- (or space-) separated items, trimmed, empty ones dropped.
std::vector<std::string> splitList(std::string_view text) {
    std::vector<std::string> items;
    std::string current;
    auto flush = [&] {
        if (!current.empty()) {
            items.push_back(current);
            current.clear();
        }
    };
    for (char c : text) {
        if (c == ',' || c == ' ' || c == ';' || c == '\t') {
            flush();
        } else {
            current += c;
        }
    }
    flush();
    return items;
}

std::string joined(const std::vector<std::string>& items) {
    std::string result;
    for (const auto& item : items) {
        if (!result.empty()) {
            result += ", ";
        }
        result += item;
    }
    return result;
}

std::string joinedNumbers(const std::vector<int>& numbers) {
    std::vector<std::string> items;
    for (int number : numbers) {
        items.push_back(std::to_string(number));
    }
    return joined(items);
}

std::optional<int> wholeNumber(std::string_view text) {
    text = trimmed(text);
    int value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || error != std::errc{} || end != text.data() + text.size()) {
        return std::nullopt;
    }
    return value;
}

std::string rangeSentence(std::string_view what, int low, int high) {
    return std::string(what) + " must be a whole number from " + std::to_string(low) + " to " +
           std::to_string(high) + ".";
}

std::optional<std::string> readFlag(std::string_view text, bool& into) {
    text = trimmed(text);
    if (text == "true") {
        into = true;
    } else if (text == "false") {
        into = false;
    } else {
        return "Expected true or false, not '" + std::string(text) + "'.";
    }
    return std::nullopt;
}

std::optional<std::string> readNumber(std::string_view text, std::string_view what, int low,
                                      int high, int& into) {
    const auto value = wholeNumber(text);
    if (!value || *value < low || *value > high) {
        return rangeSentence(what, low, high);
    }
    into = *value;
    return std::nullopt;
}

std::optional<std::string> readPorts(std::string_view text, std::string_view what,
                                     std::vector<int>& into) {
    std::vector<int> ports;
    for (const auto& item : splitList(text)) {
        const auto port = wholeNumber(item);
        if (!port || *port < 1 || *port > 65535) {
            return "'" + item + "' is not a port: " + std::string(what) +
                   " are whole numbers from 1 to 65535, separated by commas (443, 80).";
        }
        if (std::find(ports.begin(), ports.end(), *port) == ports.end()) {
            ports.push_back(*port);
        }
    }
    if (ports.empty()) {
        return "Enter at least one port (443, or 80, 443).";
    }
    into = std::move(ports);
    return std::nullopt;
}

std::optional<std::string> readText(std::string_view text, std::string_view what,
                                    std::string& into) {
    text = trimmed(text);
    if (text.empty()) {
        return std::string(what) + " cannot be empty.";
    }
    into = std::string(text);
    return std::nullopt;
}

// The ids of `text`, each one of the candidates; at least `minimum` of them.
std::optional<std::string> readReferences(std::string_view text,
                                          const std::vector<FieldChoice>& candidates,
                                          std::size_t minimum, std::string_view what,
                                          std::vector<ResourceId>& into) {
    std::vector<ResourceId> ids;
    for (const auto& id : splitList(text)) {
        const bool offered = std::any_of(candidates.begin(), candidates.end(),
                                         [&](const FieldChoice& c) { return c.value == id; });
        if (!offered) {
            return "'" + id + "' cannot be one of the " + std::string(what) +
                   " here: choose from the list.";
        }
        if (std::find(ids.begin(), ids.end(), id) == ids.end()) {
            ids.push_back(id);
        }
    }
    if (ids.size() < minimum) {
        return "Choose at least one of the " + std::string(what) + ".";
    }
    into = std::move(ids);
    return std::nullopt;
}

template <typename E>
std::optional<std::string> readChoice(std::string_view text, const std::vector<FieldChoice>& all,
                                      E& into) {
    text = trimmed(text);
    for (const auto& choice : all) {
        if (choice.value == text) {
            into = static_cast<E>(std::stoi(choice.value));
            return std::nullopt;
        }
    }
    return "'" + std::string(text) + "' is not one of the choices.";
}

template <typename E> std::string indexOf(E value) {
    return std::to_string(static_cast<int>(value));
}

// The VPC a workload lives in: the one holding its first subnet.
std::optional<ResourceId> workloadVpc(const Document& document, const Resource& resource) {
    const Placement* placement = resource.placement();
    if (placement == nullptr || placement->subnets.empty()) {
        return std::nullopt;
    }
    return enclosingVpc(document, placement->subnets.front());
}

std::vector<FieldChoice> subnetChoices(const Document& document, const Resource& resource) {
    const auto vpc = workloadVpc(document, resource);
    std::vector<FieldChoice> choices;
    for (const Resource& candidate : document.resources()) {
        const Subnet* subnet = candidate.as<Subnet>();
        if (subnet == nullptr || (vpc && subnet->vpc != *vpc)) {
            continue;
        }
        std::string label = candidate.label();
        std::vector<std::string> details;
        if (!subnet->ipv4Cidr.empty()) {
            details.push_back(subnet->ipv4Cidr);
        }
        if (const Resource* zone = document.find(subnet->availabilityZone)) {
            const AvailabilityZone* az = zone->as<AvailabilityZone>();
            details.push_back(az != nullptr && !az->zone.empty() ? az->zone : zone->label());
        }
        if (!details.empty()) {
            label += " (" + joined(details) + ")";
        }
        choices.push_back({candidate.id, label});
    }
    return choices;
}

// Who uses a security group, as its label shows them: the first two workloads in file order,
// and how many more.
struct GroupUsers {
    std::vector<std::string> shown;
    std::size_t more = 0;
};

// The users of every group, in one pass over the document: a label per group must not scan the
// whole document again for each group of a large model.
std::unordered_map<ResourceId, GroupUsers> usersOfGroups(const Document& document) {
    std::unordered_map<ResourceId, GroupUsers> users;
    for (const Resource& workload : document.resources()) {
        const Placement* placement = workload.placement();
        if (placement == nullptr) {
            continue;
        }
        const auto& groups = placement->securityGroups;
        for (auto group = groups.begin(); group != groups.end(); ++group) {
            if (std::find(groups.begin(), group, *group) != group) {
                continue; // named twice by one workload: it still counts once
            }
            GroupUsers& of = users[*group];
            if (of.shown.size() < 2) {
                of.shown.push_back(workload.label());
            } else {
                ++of.more;
            }
        }
    }
    return users;
}

// "Security group 2 (EC2 instance 1, EC2 instance 2)": who uses a group tells it apart better
// than its number.
std::string groupLabel(const Resource& group,
                       const std::unordered_map<ResourceId, GroupUsers>& usersByGroup) {
    if (group.as<SecurityGroup>()->isDefault) {
        return group.label() + " (the VPC's default group)";
    }
    const auto found = usersByGroup.find(group.id);
    if (found == usersByGroup.end()) {
        return group.label() + " (unused)";
    }
    std::vector<std::string> users = found->second.shown;
    if (found->second.more > 0) {
        users.push_back(std::to_string(found->second.more) + " more");
    }
    return group.label() + " (" + joined(users) + ")";
}

std::vector<FieldChoice> groupChoices(const Document& document, const Resource& resource) {
    const auto vpc = workloadVpc(document, resource);
    const std::unordered_map<ResourceId, GroupUsers> users = usersOfGroups(document);
    std::vector<FieldChoice> choices;
    for (const Resource& candidate : document.resources()) {
        const SecurityGroup* group = candidate.as<SecurityGroup>();
        if (group != nullptr && (!vpc || group->vpc == *vpc)) {
            choices.push_back({candidate.id, groupLabel(candidate, users)});
        }
    }
    return choices;
}

std::vector<FieldChoice> targetChoices(const Document& document, const Resource& resource) {
    const auto vpc = workloadVpc(document, resource);
    std::vector<FieldChoice> choices;
    for (const Resource& candidate : document.resources()) {
        const ResourceKind kind = candidate.kind();
        const bool target = kind == ResourceKind::Instance || kind == ResourceKind::EcsService ||
                            kind == ResourceKind::LambdaFunction;
        if (target && candidate.id != resource.id && workloadVpc(document, candidate) == vpc) {
            choices.push_back(
                {candidate.id, candidate.label() + " (" + std::string(kindLabel(kind)) + ")"});
        }
    }
    return choices;
}

std::vector<FieldChoice> routeTableChoices(const Document& document, const Resource& resource) {
    const GatewayEndpoint* endpoint = resource.as<GatewayEndpoint>();
    std::vector<FieldChoice> choices;
    for (const Resource& candidate : document.resources()) {
        const RouteTable* table = candidate.as<RouteTable>();
        if (table != nullptr && endpoint != nullptr && table->vpc == endpoint->vpc) {
            choices.push_back({candidate.id, candidate.label() + (table->main ? " (main)" : "")});
        }
    }
    return choices;
}

std::vector<FieldChoice> databaseEngines(const Document&, const Resource& resource) {
    std::vector<FieldChoice> choices{
        {"postgres", "PostgreSQL"},
        {"mysql", "MySQL"},
        {"mariadb", "MariaDB"},
        {"aurora-postgresql", "Aurora PostgreSQL"},
        {"aurora-mysql", "Aurora MySQL"},
        {"sqlserver-ex", "SQL Server Express"},
        {"sqlserver-se", "SQL Server Standard"},
        {"oracle-se2", "Oracle SE2"},
    };
    // An imported template may name an engine the list leaves out: keep it choosable.
    const RdsInstance* database = resource.as<RdsInstance>();
    if (database != nullptr &&
        std::none_of(choices.begin(), choices.end(),
                     [&](const FieldChoice& c) { return c.value == database->engine; })) {
        choices.push_back({database->engine, database->engine});
    }
    return choices;
}

// The fields every workload shares: where it runs and which groups guard it. An instance
// runs in one subnet, moved by dragging; the others list theirs.
void addPlacementFields(std::vector<FieldSpec>& specs, bool multiSubnet, std::string subnetHelp) {
    if (multiSubnet) {
        specs.push_back({"subnets", "Subnets", FieldType::References, std::move(subnetHelp),
                         [](const Resource& r) { return joined(r.placement()->subnets); },
                         [](const Document& d, Resource& r, std::string_view text) {
                             return readReferences(text, subnetChoices(d, r), 1, "subnets",
                                                   r.placement()->subnets);
                         },
                         subnetChoices});
    }
    specs.push_back(
        {"securityGroups", "Security groups", FieldType::References,
         "None chosen: it gets the VPC's default group, shared with every other workload "
         "that names none.",
         [](const Resource& r) { return joined(r.placement()->securityGroups); },
         [](const Document& d, Resource& r, std::string_view text) {
             return readReferences(text, groupChoices(d, r), 0, "security groups",
                                   r.placement()->securityGroups);
         },
         groupChoices});
}

void addPublicIpField(std::vector<FieldSpec>& specs) {
    static const std::vector<FieldChoice> choices{
        {indexOf(PublicIpChoice::SubnetDefault), "As the subnet says (public IP on launch)"},
        {indexOf(PublicIpChoice::Yes), "Yes"},
        {indexOf(PublicIpChoice::No), "No"},
    };
    specs.push_back({"publicIp", "Public IPv4 address", FieldType::Choice,
                     "Reaching the internet through an internet gateway needs one.",
                     [](const Resource& r) { return indexOf(r.placement()->publicIp); },
                     [](const Document&, Resource& r, std::string_view text) {
                         return readChoice(text, choices, r.placement()->publicIp);
                     },
                     [](const Document&, const Resource&) {
                         return choices;
                     }});
}

std::vector<FieldSpec> specsOf(ResourceKind kind) {
    std::vector<FieldSpec> specs;
    switch (kind) {
    case ResourceKind::Vpc:
        specs.push_back({"enableDnsSupport", "DNS resolution", FieldType::Flag,
                         "The Amazon DNS server at the VPC's base address + 2 answers queries.",
                         [](const Resource& r) {
                             return std::string(r.as<Vpc>()->enableDnsSupport ? "true" : "false");
                         },
                         [](const Document&, Resource& r, std::string_view text) {
                             return readFlag(text, r.as<Vpc>()->enableDnsSupport);
                         },
                         nullptr});
        specs.push_back({"enableDnsHostnames", "DNS hostnames", FieldType::Flag,
                         "Instances with a public address get a public DNS name; interface "
                         "endpoints with private DNS need it.",
                         [](const Resource& r) {
                             return std::string(r.as<Vpc>()->enableDnsHostnames ? "true" : "false");
                         },
                         [](const Document&, Resource& r, std::string_view text) {
                             return readFlag(text, r.as<Vpc>()->enableDnsHostnames);
                         },
                         nullptr});
        break;
    case ResourceKind::Subnet:
        specs.push_back(
            {"mapPublicIpOnLaunch", "Public IP on launch", FieldType::Flag,
             "Instances started here get a public IPv4 address, which they need to reach the "
             "internet through an internet gateway.",
             [](const Resource& r) {
                 return std::string(r.as<Subnet>()->mapPublicIpOnLaunch ? "true" : "false");
             },
             [](const Document&, Resource& r, std::string_view text) {
                 return readFlag(text, r.as<Subnet>()->mapPublicIpOnLaunch);
             },
             nullptr});
        break;
    case ResourceKind::NatGateway: {
        static const std::vector<FieldChoice> choices{
            {indexOf(NatConnectivity::Public), "Public (to the internet, needs an Elastic IP)"},
            {indexOf(NatConnectivity::Private), "Private (to other networks only)"},
        };
        specs.push_back(
            {"connectivity", "Connectivity", FieldType::Choice,
             "A public NAT gateway sits in a public subnet and translates to its "
             "Elastic IP.",
             [](const Resource& r) { return indexOf(r.as<NatGateway>()->connectivity); },
             [](const Document&, Resource& r, std::string_view text) {
                 return readChoice(text, choices, r.as<NatGateway>()->connectivity);
             },
             [](const Document&, const Resource&) {
                 return choices;
             }});
        break;
    }
    case ResourceKind::Instance:
        specs.push_back({"instanceType", "Instance type", FieldType::Text,
                         "Written to the CloudFormation export (t3.micro, m7g.large, ...).",
                         [](const Resource& r) { return r.as<Instance>()->instanceType; },
                         [](const Document&, Resource& r, std::string_view text) {
                             return readText(text, "The instance type",
                                             r.as<Instance>()->instanceType);
                         },
                         nullptr});
        addPublicIpField(specs);
        addPlacementFields(specs, false, {});
        break;
    case ResourceKind::LoadBalancer: {
        static const std::vector<FieldChoice> types{
            {indexOf(LoadBalancerType::Application), "Application (HTTP, HTTPS)"},
            {indexOf(LoadBalancerType::Network), "Network (TCP, UDP, TLS)"},
            {indexOf(LoadBalancerType::Gateway), "Gateway (appliances)"},
        };
        static const std::vector<FieldChoice> schemes{
            {indexOf(LoadBalancerScheme::InternetFacing), "Internet-facing"},
            {indexOf(LoadBalancerScheme::Internal), "Internal"},
        };
        specs.push_back({"type",
                         "Type",
                         FieldType::Choice,
                         {},
                         [](const Resource& r) { return indexOf(r.as<LoadBalancer>()->type); },
                         [](const Document&, Resource& r, std::string_view text) {
                             return readChoice(text, types, r.as<LoadBalancer>()->type);
                         },
                         [](const Document&, const Resource&) {
                             return types;
                         }});
        specs.push_back({"scheme", "Scheme", FieldType::Choice,
                         "Internet-facing: reachable from the internet, in public subnets. "
                         "Internal: only from inside.",
                         [](const Resource& r) { return indexOf(r.as<LoadBalancer>()->scheme); },
                         [](const Document&, Resource& r, std::string_view text) {
                             return readChoice(text, schemes, r.as<LoadBalancer>()->scheme);
                         },
                         [](const Document&, const Resource&) {
                             return schemes;
                         }});
        specs.push_back(
            {"listenerPorts", "Listener ports", FieldType::NumberList,
             "The ports clients connect to, separated by commas.",
             [](const Resource& r) { return joinedNumbers(r.as<LoadBalancer>()->listenerPorts); },
             [](const Document&, Resource& r, std::string_view text) {
                 return readPorts(text, "listener ports", r.as<LoadBalancer>()->listenerPorts);
             },
             nullptr});
        specs.push_back({"targets", "Targets", FieldType::References,
                         "The workloads it forwards to.",
                         [](const Resource& r) { return joined(r.as<LoadBalancer>()->targets); },
                         [](const Document& d, Resource& r, std::string_view text) {
                             return readReferences(text, targetChoices(d, r), 0, "targets",
                                                   r.as<LoadBalancer>()->targets);
                         },
                         targetChoices});
        specs.push_back(
            {"targetPort", "Target port", FieldType::Number,
             "The port of the targets it forwards to; 0: the listener's port.",
             [](const Resource& r) { return std::to_string(r.as<LoadBalancer>()->targetPort); },
             [](const Document&, Resource& r, std::string_view text) {
                 return readNumber(text, "The target port", 0, 65535,
                                   r.as<LoadBalancer>()->targetPort);
             },
             nullptr});
        addPlacementFields(specs, true,
                           "One per availability zone; an application load balancer needs two "
                           "zones or more.");
        break;
    }
    case ResourceKind::RdsInstance:
        specs.push_back(
            {"engine", "Engine", FieldType::Choice,
             "A new engine also brings its usual port when the port was the old "
             "engine's.",
             [](const Resource& r) { return r.as<RdsInstance>()->engine; },
             [](const Document& d, Resource& r, std::string_view text) {
                 RdsInstance& database = *r.as<RdsInstance>();
                 const std::string engine(trimmed(text));
                 const auto offered = databaseEngines(d, r);
                 if (std::none_of(offered.begin(), offered.end(),
                                  [&](const FieldChoice& c) { return c.value == engine; })) {
                     return std::optional<std::string>("'" + engine +
                                                       "' is not an engine this offers.");
                 }
                 if (database.port == defaultDatabasePort(database.engine) &&
                     defaultDatabasePort(engine) != 0) {
                     database.port = defaultDatabasePort(engine);
                 }
                 database.engine = engine;
                 return std::optional<std::string>();
             },
             databaseEngines});
        specs.push_back(
            {"port", "Port", FieldType::Number,
             "The port the database listens on; its security group must allow it.",
             [](const Resource& r) { return std::to_string(r.as<RdsInstance>()->port); },
             [](const Document&, Resource& r, std::string_view text) {
                 return readNumber(text, "The port", 1, 65535, r.as<RdsInstance>()->port);
             },
             nullptr});
        specs.push_back({"multiAz", "Multi-AZ", FieldType::Flag,
                         "A standby in a second zone takes over when the first fails; its "
                         "subnets must cover two zones.",
                         [](const Resource& r) {
                             return std::string(r.as<RdsInstance>()->multiAz ? "true" : "false");
                         },
                         [](const Document&, Resource& r, std::string_view text) {
                             return readFlag(text, r.as<RdsInstance>()->multiAz);
                         },
                         nullptr});
        specs.push_back({"instanceClass",
                         "Instance class",
                         FieldType::Text,
                         {},
                         [](const Resource& r) { return r.as<RdsInstance>()->instanceClass; },
                         [](const Document&, Resource& r, std::string_view text) {
                             return readText(text, "The instance class",
                                             r.as<RdsInstance>()->instanceClass);
                         },
                         nullptr});
        addPlacementFields(specs, true,
                           "Its DB subnet group: AWS requires subnets in at least two zones.");
        break;
    case ResourceKind::LambdaFunction:
        specs.push_back({"runtime",
                         "Runtime",
                         FieldType::Text,
                         {},
                         [](const Resource& r) { return r.as<LambdaFunction>()->runtime; },
                         [](const Document&, Resource& r, std::string_view text) {
                             return readText(text, "The runtime", r.as<LambdaFunction>()->runtime);
                         },
                         nullptr});
        addPlacementFields(specs, true, "Lambda places a network interface in each.");
        break;
    case ResourceKind::EcsService:
        specs.push_back(
            {"containerPort", "Container port", FieldType::Number, "The port its tasks listen on.",
             [](const Resource& r) { return std::to_string(r.as<EcsService>()->containerPort); },
             [](const Document&, Resource& r, std::string_view text) {
                 return readNumber(text, "The container port", 1, 65535,
                                   r.as<EcsService>()->containerPort);
             },
             nullptr});
        specs.push_back(
            {"desiredCount",
             "Tasks",
             FieldType::Number,
             {},
             [](const Resource& r) { return std::to_string(r.as<EcsService>()->desiredCount); },
             [](const Document&, Resource& r, std::string_view text) {
                 return readNumber(text, "The number of tasks", 0, 5000,
                                   r.as<EcsService>()->desiredCount);
             },
             nullptr});
        addPlacementFields(specs, true, "Its tasks are spread over these subnets.");
        break;
    case ResourceKind::InterfaceEndpoint:
        specs.push_back({"serviceName", "Service", FieldType::Text,
                         "The AWS service it reaches privately (com.amazonaws.us-east-1.ssm).",
                         [](const Resource& r) { return r.as<InterfaceEndpoint>()->serviceName; },
                         [](const Document&, Resource& r, std::string_view text) {
                             return readText(text, "The service name",
                                             r.as<InterfaceEndpoint>()->serviceName);
                         },
                         nullptr});
        specs.push_back({"privateDns", "Private DNS", FieldType::Flag,
                         "The service's usual name resolves to the endpoint inside the VPC.",
                         [](const Resource& r) {
                             return std::string(r.as<InterfaceEndpoint>()->privateDns ? "true"
                                                                                      : "false");
                         },
                         [](const Document&, Resource& r, std::string_view text) {
                             return readFlag(text, r.as<InterfaceEndpoint>()->privateDns);
                         },
                         nullptr});
        addPlacementFields(specs, true, "One network interface per subnet.");
        break;
    case ResourceKind::GatewayEndpoint: {
        static const std::vector<FieldChoice> services{
            {indexOf(GatewayEndpointService::S3), "Amazon S3"},
            {indexOf(GatewayEndpointService::DynamoDb), "Amazon DynamoDB"},
        };
        specs.push_back(
            {"service",
             "Service",
             FieldType::Choice,
             {},
             [](const Resource& r) { return indexOf(r.as<GatewayEndpoint>()->service); },
             [](const Document&, Resource& r, std::string_view text) {
                 return readChoice(text, services, r.as<GatewayEndpoint>()->service);
             },
             [](const Document&, const Resource&) {
                 return services;
             }});
        specs.push_back(
            {"routeTables", "Route tables", FieldType::References,
             "Each gets a route to the service's prefix list; subnets using other "
             "tables do not reach the service through the endpoint.",
             [](const Resource& r) { return joined(r.as<GatewayEndpoint>()->routeTables); },
             [](const Document& d, Resource& r, std::string_view text) {
                 return readReferences(text, routeTableChoices(d, r), 0, "route tables",
                                       r.as<GatewayEndpoint>()->routeTables);
             },
             routeTableChoices});
        break;
    }
    default:
        break;
    }
    return specs;
}

// After a workload's subnets change it may belong in another container (one subnet: that
// subnet; several: their VPC). It keeps its place on the canvas as far as the new container
// allows, and the containers grow to hold it, pushing their neighbours aside.
void moveToNewContainer(const Document& document, const Resource& before, Resource& after,
                        DocumentEdit& edit) {
    const auto from = containerOf(document, before);
    const auto to = containerOf(document, after);
    if (from == to || !before.geometry) {
        return;
    }
    const GeometryMap absolute = absoluteGeometry(document);
    const auto found = absolute.find(before.id);
    if (found == absolute.end()) {
        return;
    }
    const Geometry& was = found->second;
    after.geometry =
        dropGeometry(document, after.kind(), to, was.x + was.width / 2, was.y + was.height / 2);
    for (Resource& grown : grownAndCleared(document, to, *after.geometry)) {
        const Resource* original = document.find(grown.id);
        edit.rewritten.push_back({*original, std::move(grown)});
    }
}

} // namespace

std::vector<PropertyField> propertyFieldsOf(const Document& document, const Resource& resource) {
    std::vector<PropertyField> fields;
    for (const FieldSpec& spec : specsOf(resource.kind())) {
        PropertyField field{spec.key, spec.label, spec.type, spec.read(resource), {}, spec.help};
        if (spec.choices) {
            field.choices = spec.choices(document, resource);
        }
        fields.push_back(std::move(field));
    }
    return fields;
}

std::variant<DocumentEdit, FieldError> propertyEdit(const Document& document,
                                                    const Resource& resource, std::string_view key,
                                                    std::string_view text) {
    for (const FieldSpec& spec : specsOf(resource.kind())) {
        if (spec.key != key) {
            continue;
        }
        Resource after = resource;
        if (auto refusal = spec.write(document, after, text)) {
            return FieldError{std::move(*refusal)};
        }
        DocumentEdit edit;
        if (after == resource) {
            return edit;
        }
        moveToNewContainer(document, resource, after, edit);
        edit.rewritten.insert(edit.rewritten.begin(), {resource, std::move(after)});
        return edit;
    }
    return FieldError{"'" + resource.label() + "' has no setting '" + std::string(key) + "'."};
}

} // namespace topograph
