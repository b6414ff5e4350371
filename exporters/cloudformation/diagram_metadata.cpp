// SPDX-License-Identifier: Apache-2.0
#include "exporters/cloudformation/diagram_metadata.h"

#include "exporters/cloudformation/template_tree.h"
#include "exporters/model_yaml/enum_words.h"

#include <algorithm>
#include <charconv>
#include <map>
#include <set>
#include <span>

namespace topograph::cfn {

namespace {

using model_yaml::routeTargetWords;

constexpr const char* flagMain = "main";
constexpr const char* flagDefault = "default";
constexpr const char* flagNameTag = "name-tag";
constexpr const char* flagNoEgress = "no-egress";
constexpr const char* flagTargetPort = "target-port-from-listener";
constexpr const char* flagImage = "image-from-parameter";
constexpr const char* flagImplicitTable = "main-route-table";
constexpr const char* flagImplicitAcl = "default-network-acl";

std::string number(double value) {
    char buffer[64];
    const auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, value);
    return error == std::errc() ? std::string(buffer, end) : std::string("0");
}

/// "x,y,width,height", each the shortest text that reads back as the same double.
std::string geometryText(const Geometry& geometry) {
    return number(geometry.x) + "," + number(geometry.y) + "," + number(geometry.width) + "," +
           number(geometry.height);
}

std::optional<Geometry> parseGeometry(const std::string& text) {
    double values[4] = {};
    const char* at = text.data();
    const char* end = text.data() + text.size();
    for (int i = 0; i < 4; ++i) {
        const auto [next, error] = std::from_chars(at, end, values[i]);
        if (error != std::errc()) {
            return std::nullopt;
        }
        at = next;
        if (i < 3) {
            if (at == end || *at != ',') {
                return std::nullopt;
            }
            ++at;
        }
    }
    if (at != end) {
        return std::nullopt;
    }
    return Geometry{values[0], values[1], values[2], values[3]};
}

const ResourceId* regionOf(const Resource& resource) {
    if (const auto* vpc = resource.as<Vpc>()) {
        return &vpc->region;
    }
    if (const auto* gateway = resource.as<InternetGateway>()) {
        return &gateway->region;
    }
    if (const auto* address = resource.as<ElasticIp>()) {
        return &address->region;
    }
    if (const auto* gateway = resource.as<TransitGateway>()) {
        return &gateway->region;
    }
    if (const auto* gateway = resource.as<VpnGateway>()) {
        return &gateway->region;
    }
    if (const auto* gateway = resource.as<CustomerGateway>()) {
        return &gateway->region;
    }
    return nullptr;
}

ResourceId* regionOf(Resource& resource) {
    return const_cast<ResourceId*>(regionOf(static_cast<const Resource&>(resource)));
}

std::string scalarAt(const Tree& tree, const char* key) {
    const Tree* found = tree.find(key);
    return found != nullptr && found->type == Tree::Type::Scalar ? found->scalar : std::string();
}

bool hasFlag(const Tree& item, const char* flag) {
    const Tree* flags = item.find("Flags");
    return flags != nullptr && std::any_of(flags->items.begin(), flags->items.end(),
                                           [&](const Tree& one) { return one.scalar == flag; });
}

/// Every reference field of a resource, for renaming logical ids back to model ids.
void renameReferences(Resource& resource, const std::map<std::string, ResourceId>& names) {
    auto fix = [&](ResourceId& id) {
        if (const auto found = names.find(id); found != names.end()) {
            id = found->second;
        }
    };
    auto fixAll = [&](std::vector<ResourceId>& ids) {
        std::for_each(ids.begin(), ids.end(), fix);
    };
    auto fixOptional = [&](std::optional<ResourceId>& id) {
        if (id) {
            fix(*id);
        }
    };
    if (Placement* placement = resource.placement()) {
        fixAll(placement->subnets);
        fixAll(placement->securityGroups);
    }
    std::visit(
        [&](auto& p) {
            using T = std::decay_t<decltype(p)>;
            if constexpr (std::is_same_v<T, AvailabilityZone>) {
                fix(p.vpc);
            } else if constexpr (std::is_same_v<T, Vpc>) {
                fix(p.region);
            } else if constexpr (std::is_same_v<T, Subnet>) {
                fix(p.vpc);
                fix(p.availabilityZone);
                fixOptional(p.routeTable);
                fixOptional(p.networkAcl);
            } else if constexpr (std::is_same_v<T, RouteTable>) {
                fix(p.vpc);
                for (Route& route : p.routes) {
                    fix(route.target);
                }
                fixAll(p.propagatingGateways);
                fixAll(p.edgeAssociations);
            } else if constexpr (std::is_same_v<T, InternetGateway> ||
                                 std::is_same_v<T, VpnGateway>) {
                fixOptional(p.attachedVpc);
                fix(p.region);
            } else if constexpr (std::is_same_v<T, EgressOnlyInternetGateway> ||
                                 std::is_same_v<T, NetworkAcl>) {
                fix(p.vpc);
            } else if constexpr (std::is_same_v<T, NatGateway>) {
                fix(p.subnet);
                fixOptional(p.elasticIp);
            } else if constexpr (std::is_same_v<T, ElasticIp>) {
                fix(p.region);
                fixOptional(p.associatedWith);
            } else if constexpr (std::is_same_v<T, SecurityGroup>) {
                fix(p.vpc);
                for (auto* rules : {&p.ingress, &p.egress}) {
                    for (SecurityGroupRule& rule : *rules) {
                        if (rule.peerKind == SgPeerKind::SecurityGroup) {
                            fix(rule.peer);
                        }
                    }
                }
            } else if constexpr (std::is_same_v<T, LoadBalancer>) {
                fixAll(p.targets);
            } else if constexpr (std::is_same_v<T, GatewayEndpoint>) {
                fix(p.vpc);
                fixAll(p.routeTables);
            } else if constexpr (std::is_same_v<T, VpcPeering>) {
                fix(p.requesterVpc);
                fix(p.accepterVpc);
            } else if constexpr (std::is_same_v<T, TransitGateway> ||
                                 std::is_same_v<T, CustomerGateway>) {
                fix(p.region);
            } else if constexpr (std::is_same_v<T, TransitGatewayAttachment>) {
                fix(p.transitGateway);
                fix(p.vpc);
                fixAll(p.subnets);
            } else if constexpr (std::is_same_v<T, TransitGatewayRouteTable>) {
                fix(p.transitGateway);
                for (TransitGatewayRoute& route : p.routes) {
                    fix(route.attachment);
                }
                fixAll(p.associations);
                fixAll(p.propagations);
            } else if constexpr (std::is_same_v<T, VpnConnection>) {
                fix(p.customerGateway);
                fix(p.vpnGateway);
                fix(p.transitGateway);
            }
        },
        resource.properties);
}

/// Keeps the import's record of merged template resources ("routes[2]") in step when the
/// metadata inserts or removes list items: entries at `from` or later move by `delta`.
void shiftMerged(Resource& resource, const std::string& field, std::size_t from, int delta) {
    Tree* merged = resource.cloudFormation.find("Topograph::Merged");
    if (merged == nullptr) {
        return;
    }
    const std::string prefix = field + "[";
    for (Tree& entry : merged->items) {
        Tree* into = entry.find("Into");
        if (into == nullptr || !into->scalar.starts_with(prefix)) {
            continue;
        }
        std::size_t index = 0;
        const char* begin = into->scalar.data() + prefix.size();
        const auto [end, error] =
            std::from_chars(begin, into->scalar.data() + into->scalar.size(), index);
        if (error != std::errc() || *end != ']' || index < from) {
            continue;
        }
        into->scalar = prefix + std::to_string(static_cast<long long>(index) + delta) + "]";
    }
}

Resource diagramOnly(const Tree& item, const std::string& kind) {
    Resource resource;
    resource.id = scalarAt(item, "Id");
    resource.name = scalarAt(item, "Name");
    if (kind == "region") {
        resource.properties = Region{scalarAt(item, "RegionName")};
    } else {
        resource.properties = AvailabilityZone{scalarAt(item, "Vpc"), scalarAt(item, "Zone")};
    }
    return resource;
}

void applyFlags(Resource& resource, const Tree& item) {
    if (auto* table = resource.as<RouteTable>()) {
        table->main = hasFlag(item, flagMain);
        if (const Tree* kept = item.find("KeptRoutes")) {
            for (const Tree& entry : kept->items) {
                Route route;
                route.destination = scalarAt(entry, "Destination");
                route.target = scalarAt(entry, "Target");
                route.targetKind =
                    model_yaml::valueOf(
                        std::span<const model_yaml::EnumWord<RouteTargetKind>>(routeTargetWords),
                        scalarAt(entry, "TargetKind"))
                        .value_or(RouteTargetKind::Blackhole);
                std::size_t index = 0;
                std::from_chars(scalarAt(entry, "Index").data(),
                                scalarAt(entry, "Index").data() + scalarAt(entry, "Index").size(),
                                index);
                index = std::min(index, table->routes.size());
                shiftMerged(resource, "routes", index, 1);
                table->routes.insert(table->routes.begin() + static_cast<std::ptrdiff_t>(index),
                                     route);
            }
        }
    }
    if (auto* subnet = resource.as<Subnet>()) {
        if (hasFlag(item, flagImplicitTable)) {
            subnet->routeTable.reset();
        }
        if (hasFlag(item, flagImplicitAcl)) {
            subnet->networkAcl.reset();
        }
    }
    if (auto* acl = resource.as<NetworkAcl>()) {
        acl->isDefault = hasFlag(item, flagDefault);
    }
    if (auto* group = resource.as<SecurityGroup>()) {
        group->isDefault = hasFlag(item, flagDefault);
        if (hasFlag(item, flagNoEgress)) {
            // The exporter's placeholder that stands for "no egress rule" in CloudFormation.
            for (std::size_t i = group->egress.size(); i-- > 0;) {
                const SecurityGroupRule& rule = group->egress[i];
                if (rule.protocol.number == IpProtocol::Icmp && rule.peer == "255.255.255.255/32") {
                    group->egress.erase(group->egress.begin() + static_cast<std::ptrdiff_t>(i));
                    shiftMerged(resource, "egress", i + 1, -1);
                }
            }
        }
    }
    if (auto* balancer = resource.as<LoadBalancer>(); balancer && hasFlag(item, flagTargetPort)) {
        balancer->targetPort = 0;
    }
    if (auto* instance = resource.as<Instance>(); instance && hasFlag(item, flagImage)) {
        instance->imageId.clear();
    }
    // The exporter writes the name as a Name tag; it was one of the model's tags only when
    // the flag says so.
    if (!hasFlag(item, flagNameTag)) {
        const auto tag =
            std::find_if(resource.tags.begin(), resource.tags.end(), [&](const Tag& one) {
                return one.key == "Name" && one.value == resource.name;
            });
        if (tag != resource.tags.end()) {
            resource.tags.erase(tag);
        }
    }
}

} // namespace

Tree diagramMetadata(const Document& document,
                     const std::function<std::string(const ResourceId&)>& logicalId,
                     const std::function<DiagramFlags(const Resource&)>& flags) {
    Tree diagram = mappingTree();
    setEntry(diagram, "Version", numberScalar(1));
    setEntry(diagram, "Title", textScalar(document.title));
    Tree items = sequenceTree();
    for (const Resource& resource : document.resources()) {
        // An external resource with nothing drawn or written about it needs no entry: the
        // import keeps it in its template place.
        if (resource.kind() == ResourceKind::External && !resource.geometry &&
            resource.notes.empty() && resource.name.empty() &&
            logicalId(resource.id) == resource.id) {
            continue;
        }
        Tree item = mappingTree();
        setEntry(item, "Id", textScalar(resource.id));
        if (const auto* region = resource.as<Region>()) {
            setEntry(item, "Kind", plainScalar("region"));
            setEntry(item, "Name", textScalar(resource.name));
            setEntry(item, "RegionName", textScalar(region->name));
        } else if (const auto* zone = resource.as<AvailabilityZone>()) {
            setEntry(item, "Kind", plainScalar("availability-zone"));
            setEntry(item, "Name", textScalar(resource.name));
            setEntry(item, "Vpc", textScalar(zone->vpc));
            setEntry(item, "Zone", textScalar(zone->zone));
        } else if (const std::string logical = logicalId(resource.id); logical != resource.id) {
            setEntry(item, "LogicalId", plainScalar(logical));
        }
        // Kinds whose template resource has no Tags keep their name here.
        const bool untagged = resource.kind() == ResourceKind::External ||
                              resource.kind() == ResourceKind::EgressOnlyInternetGateway;
        if (untagged && !resource.name.empty()) {
            setEntry(item, "Name", textScalar(resource.name));
        }
        if (const ResourceId* region = regionOf(resource); region && !region->empty()) {
            setEntry(item, "Region", textScalar(*region));
        }
        if (const auto* subnet = resource.as<Subnet>();
            subnet && !subnet->availabilityZone.empty()) {
            setEntry(item, "Zone", textScalar(subnet->availabilityZone));
        }
        if (resource.geometry) {
            setEntry(item, "Geometry", plainScalar(geometryText(*resource.geometry)));
        }
        if (!resource.notes.empty()) {
            setEntry(item, "Notes", textScalar(resource.notes));
        }
        Tree flagList = sequenceTree();
        const DiagramFlags facts = flags(resource);
        const bool isDefault =
            (resource.as<NetworkAcl>() && resource.as<NetworkAcl>()->isDefault) ||
            (resource.as<SecurityGroup>() && resource.as<SecurityGroup>()->isDefault);
        const std::pair<bool, const char*> all[] = {
            {resource.as<RouteTable>() && resource.as<RouteTable>()->main, flagMain},
            {isDefault, flagDefault},
            {facts.nameTagKept, flagNameTag},
            {facts.denyAllEgress, flagNoEgress},
            {facts.targetPortFromListener, flagTargetPort},
            {facts.imageFromParameter, flagImage},
            {facts.implicitRouteTable, flagImplicitTable},
            {facts.implicitNetworkAcl, flagImplicitAcl}};
        for (const auto& [set, name] : all) {
            if (set) {
                flagList.items.push_back(plainScalar(name));
            }
        }
        if (!flagList.items.empty()) {
            setEntry(item, "Flags", std::move(flagList));
        }
        if (const auto* table = resource.as<RouteTable>()) {
            Tree kept = sequenceTree();
            for (std::size_t i = 0; i < table->routes.size(); ++i) {
                const Route& route = table->routes[i];
                if (route.targetKind != RouteTargetKind::Local &&
                    route.targetKind != RouteTargetKind::Blackhole &&
                    !(route.targetKind == RouteTargetKind::GatewayEndpoint &&
                      document.findAs<GatewayEndpoint>(route.target) != nullptr)) {
                    continue;
                }
                Tree entry = mappingTree();
                setEntry(entry, "Index", numberScalar(static_cast<long long>(i)));
                setEntry(entry, "Destination", textScalar(route.destination));
                setEntry(
                    entry, "TargetKind",
                    plainScalar(std::string(model_yaml::wordOf(
                        std::span<const model_yaml::EnumWord<RouteTargetKind>>(routeTargetWords),
                        route.targetKind))));
                if (!route.target.empty()) {
                    setEntry(entry, "Target", textScalar(route.target));
                }
                kept.items.push_back(std::move(entry));
            }
            if (!kept.items.empty()) {
                setEntry(item, "KeptRoutes", std::move(kept));
            }
        }
        items.items.push_back(std::move(item));
    }
    setEntry(diagram, "Items", std::move(items));
    return diagram;
}

void applyDiagramMetadata(Document& document, const Tree& diagram) {
    const Tree* items = diagram.find("Items");
    if (items == nullptr || items->type != Tree::Type::Sequence) {
        return;
    }
    std::map<std::string, ResourceId> names; // logical id -> model id
    std::set<ResourceId> used;
    std::vector<Resource> ordered;
    std::set<ResourceId> ids; // model ids given out so far
    for (const Tree& item : items->items) {
        const std::string id = scalarAt(item, "Id");
        const std::string kind = scalarAt(item, "Kind");
        // A second item claiming an id (metadata edited by hand) is ignored: its resource keeps
        // its logical id below, so nothing is lost.
        if (id.empty() || !ids.insert(id).second) {
            continue;
        }
        Resource resource;
        if (kind == "region" || kind == "availability-zone") {
            resource = diagramOnly(item, kind);
        } else {
            std::string logical = scalarAt(item, "LogicalId");
            if (logical.empty()) {
                logical = id;
            }
            const Resource* imported = document.find(logical);
            if (imported == nullptr || used.contains(logical)) {
                continue;
            }
            used.insert(logical);
            resource = *imported;
            resource.id = id;
            if (logical != id) {
                names.emplace(logical, id);
                // A later export writes the resource under the same logical id again.
                setEntry(resource.cloudFormation, logicalIdKey, plainScalar(logical));
            }
        }
        if (ResourceId* region = regionOf(resource)) {
            *region = scalarAt(item, "Region");
        }
        if (auto* subnet = resource.as<Subnet>(); subnet && item.find("Zone") != nullptr) {
            subnet->availabilityZone = scalarAt(item, "Zone");
        }
        if (auto geometry = parseGeometry(scalarAt(item, "Geometry"))) {
            resource.geometry = geometry;
        }
        resource.notes = scalarAt(item, "Notes");
        if (const Tree* name = item.find("Name"); name != nullptr && kind.empty()) {
            resource.name = name->scalar;
        }
        applyFlags(resource, item);
        ordered.push_back(std::move(resource));
    }
    // Resources the metadata does not name (what deployment needed beyond the model, or
    // resources added to the template by hand) keep their place after the named resource that
    // precedes them in the template.
    std::map<std::string, std::vector<Resource>> after; // logical id of the predecessor
    std::vector<Resource> leading;
    std::string previous;
    for (const Resource& resource : document.resources()) {
        if (used.contains(resource.id)) {
            previous = resource.id;
        } else if (previous.empty()) {
            leading.push_back(resource);
        } else {
            after[previous].push_back(resource);
        }
    }
    std::vector<Resource> placed = std::move(leading);
    for (Resource& resource : ordered) {
        std::string logical = resource.id;
        for (const auto& [from, to] : names) {
            if (to == resource.id) {
                logical = from;
            }
        }
        const bool templateResource = resource.kind() != ResourceKind::Region &&
                                      resource.kind() != ResourceKind::AvailabilityZone;
        placed.push_back(std::move(resource));
        if (const auto found = after.find(logical); templateResource && found != after.end()) {
            for (Resource& follower : found->second) {
                placed.push_back(std::move(follower));
            }
            after.erase(found);
        }
    }
    ordered = std::move(placed);
    for (Resource& resource : ordered) {
        renameReferences(resource, names);
    }
    // The importer's own zone containers that no subnet uses any longer give way to the ones
    // the metadata restored.
    std::set<ResourceId> zonesInUse;
    for (const Resource& resource : ordered) {
        if (const auto* subnet = resource.as<Subnet>()) {
            zonesInUse.insert(subnet->availabilityZone);
        }
    }
    std::set<ResourceId> restored;
    for (const Tree& item : items->items) {
        restored.insert(scalarAt(item, "Id"));
    }
    Document result;
    result.title = scalarAt(diagram, "Title").empty() ? document.title : scalarAt(diagram, "Title");
    result.description = document.description;
    result.cloudFormation = document.cloudFormation;
    for (Resource& resource : ordered) {
        const bool staleZone = resource.kind() == ResourceKind::AvailabilityZone &&
                               !restored.contains(resource.id) && !zonesInUse.contains(resource.id);
        if (!staleZone && !result.contains(resource.id)) {
            result.add(std::move(resource));
        }
    }
    document = std::move(result);
}

} // namespace topograph::cfn
