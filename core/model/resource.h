// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/model/resource_kinds.h"
#include "core/model/tree.h"

#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace topograph {

/// The kinds, in the order of the alternatives of ResourceProperties.
enum class ResourceKind : std::uint8_t {
    Region,
    AvailabilityZone,
    Vpc,
    Subnet,
    RouteTable,
    InternetGateway,
    EgressOnlyInternetGateway,
    NatGateway,
    ElasticIp,
    NetworkAcl,
    SecurityGroup,
    Instance,
    LoadBalancer,
    RdsInstance,
    LambdaFunction,
    EcsService,
    InterfaceEndpoint,
    GatewayEndpoint,
    VpcPeering,
    TransitGateway,
    TransitGatewayAttachment,
    TransitGatewayRouteTable,
    VpnGateway,
    CustomerGateway,
    VpnConnection,
    External,
};

using ResourceProperties =
    std::variant<Region, AvailabilityZone, Vpc, Subnet, RouteTable, InternetGateway,
                 EgressOnlyInternetGateway, NatGateway, ElasticIp, NetworkAcl, SecurityGroup,
                 Instance, LoadBalancer, RdsInstance, LambdaFunction, EcsService, InterfaceEndpoint,
                 GatewayEndpoint, VpcPeering, TransitGateway, TransitGatewayAttachment,
                 TransitGatewayRouteTable, VpnGateway, CustomerGateway, VpnConnection,
                 ExternalResource>;

inline constexpr int resourceKindCount = static_cast<int>(std::variant_size_v<ResourceProperties>);

/// The kind's name in model files and the CLI ("vpc", "nat-gateway", ...). Stable.
std::string_view kindName(ResourceKind kind);
std::optional<ResourceKind> kindFromName(std::string_view name);
/// A label for people ("NAT gateway").
std::string_view kindLabel(ResourceKind kind);

/// True for kinds that own network interfaces and can be a source or destination of a flow.
bool isWorkload(ResourceKind kind);

/// One component of the architecture: identity, what people write about it, where it is drawn,
/// and its kind-specific properties.
struct Resource {
    ResourceId id;
    std::string name;
    std::vector<Tag> tags;
    std::string notes;
    std::optional<Geometry> geometry; // absent: not laid out yet
    ResourceProperties properties;
    /// What the model does not represent of this resource's CloudFormation definition, kept
    /// verbatim in the shape of the template (a mapping: "Properties" with unmodelled keys,
    /// "DependsOn", "Condition", "DeletionPolicy", ...). Null for resources drawn by hand.
    Tree cloudFormation;

    ResourceKind kind() const { return static_cast<ResourceKind>(properties.index()); }

    template <typename T> T* as() { return std::get_if<T>(&properties); }
    template <typename T> const T* as() const { return std::get_if<T>(&properties); }

    /// The placement of a workload, or nullptr for other kinds.
    const Placement* placement() const;
    Placement* placement();

    /// The display name, falling back to the id.
    const std::string& label() const { return name.empty() ? id : name; }

    bool operator==(const Resource&) const = default;
};

} // namespace topograph
