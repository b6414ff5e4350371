// SPDX-License-Identifier: Apache-2.0
#include "core/edit/reference_remap.h"

#include <variant>

namespace topograph {

namespace {

// Visits the same fields as the ReferenceCollector of core/model/references.cpp, writable;
// tests/core/edit/reference_remap_test.cpp checks both agree on every bundled example.
class Remapper {
public:
    explicit Remapper(const ReferenceMapping& mapping) : mapping_(mapping) {}

    void operator()(Region&) {}
    void operator()(AvailabilityZone& p) { map(p.vpc); }
    void operator()(Vpc& p) { map(p.region); }
    void operator()(Subnet& p) {
        map(p.vpc);
        map(p.availabilityZone);
        map(p.routeTable);
        map(p.networkAcl);
    }
    void operator()(RouteTable& p) {
        map(p.vpc);
        for (Route& route : p.routes) {
            map(route.target);
        }
        map(p.propagatingGateways);
        map(p.edgeAssociations);
    }
    void operator()(InternetGateway& p) {
        map(p.attachedVpc);
        map(p.region);
    }
    void operator()(EgressOnlyInternetGateway& p) { map(p.vpc); }
    void operator()(NatGateway& p) {
        map(p.subnet);
        map(p.elasticIp);
    }
    void operator()(ElasticIp& p) {
        map(p.region);
        map(p.associatedWith);
    }
    void operator()(NetworkAcl& p) { map(p.vpc); }
    void operator()(SecurityGroup& p) {
        map(p.vpc);
        mapRules(p.ingress);
        mapRules(p.egress);
    }
    void operator()(Instance& p) { map(p.placement); }
    void operator()(LoadBalancer& p) {
        map(p.placement);
        map(p.targets);
    }
    void operator()(RdsInstance& p) { map(p.placement); }
    void operator()(LambdaFunction& p) { map(p.placement); }
    void operator()(EcsService& p) { map(p.placement); }
    void operator()(InterfaceEndpoint& p) { map(p.placement); }
    void operator()(GatewayEndpoint& p) {
        map(p.vpc);
        map(p.routeTables);
    }
    void operator()(VpcPeering& p) {
        map(p.requesterVpc);
        map(p.accepterVpc);
    }
    void operator()(TransitGateway& p) { map(p.region); }
    void operator()(TransitGatewayAttachment& p) {
        map(p.transitGateway);
        map(p.vpc);
        map(p.subnets);
    }
    void operator()(TransitGatewayRouteTable& p) {
        map(p.transitGateway);
        for (TransitGatewayRoute& route : p.routes) {
            map(route.attachment);
        }
        map(p.associations);
        map(p.propagations);
    }
    void operator()(VpnGateway& p) {
        map(p.attachedVpc);
        map(p.region);
    }
    void operator()(CustomerGateway& p) { map(p.region); }
    void operator()(VpnConnection& p) {
        map(p.customerGateway);
        map(p.vpnGateway);
        map(p.transitGateway);
    }
    void operator()(ExternalResource&) {}

private:
    void map(ResourceId& id) {
        if (id.empty()) {
            return;
        }
        if (std::optional<ResourceId> replacement = mapping_(id)) {
            id = std::move(*replacement);
        }
    }
    void map(std::optional<ResourceId>& id) {
        if (id) {
            map(*id);
        }
    }
    void map(std::vector<ResourceId>& ids) {
        for (ResourceId& id : ids) {
            map(id);
        }
    }
    void map(Placement& placement) {
        map(placement.subnets);
        map(placement.securityGroups);
    }
    void mapRules(std::vector<SecurityGroupRule>& rules) {
        for (SecurityGroupRule& rule : rules) {
            if (rule.peerKind == SgPeerKind::SecurityGroup) {
                map(rule.peer);
            }
        }
    }

    const ReferenceMapping& mapping_;
};

} // namespace

void remapReferences(Resource& resource, const ReferenceMapping& mapping) {
    std::visit(Remapper(mapping), resource.properties);
}

} // namespace topograph
