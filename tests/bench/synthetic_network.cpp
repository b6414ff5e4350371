// SPDX-License-Identifier: Apache-2.0
#include "synthetic_network.h"

#include <array>

namespace topograph::bench {

NetworkShape NetworkShape::small() {
    NetworkShape shape;
    shape.name = "S";
    shape.vpcs = 10;
    shape.workloadsPerVpc = 20;
    return shape;
}

NetworkShape NetworkShape::medium() {
    NetworkShape shape;
    shape.name = "M";
    shape.vpcs = 50;
    shape.subnetsPerVpc = 9;
    shape.workloadsPerVpc = 30;
    shape.securityGroupsPerVpc = 12;
    shape.rulesPerSecurityGroup = 25;
    shape.naclsPerVpc = 3;
    shape.entriesPerNacl = 20;
    return shape;
}

NetworkShape NetworkShape::large() {
    NetworkShape shape;
    shape.name = "L";
    shape.vpcs = 200;
    shape.subnetsPerVpc = 9;          // 1,800 subnets
    shape.workloadsPerVpc = 25;       // 5,000 workloads
    shape.securityGroupsPerVpc = 13;  // 2,600 groups ...
    shape.rulesPerSecurityGroup = 19; // ... 49,400 rules
    shape.naclsPerVpc = 3;            // 600 NACLs ...
    shape.entriesPerNacl = 20;        // ... 12,000 entries
    return shape;
}

namespace {

/// A small, portable generator (xorshift32) so every platform builds the same network.
class Dice {
public:
    explicit Dice(std::uint32_t seed) : state_(seed == 0 ? 0x9e3779b9U : seed) {}
    std::uint32_t next() {
        state_ ^= state_ << 13;
        state_ ^= state_ >> 17;
        state_ ^= state_ << 5;
        return state_;
    }
    int below(int bound) { return static_cast<int>(next() % static_cast<std::uint32_t>(bound)); }

private:
    std::uint32_t state_;
};

std::string vpcBlock(int v) {
    // 10.v.0.0/16 for the first 256 VPCs; beyond that 172.16-31 and then wrap (shapes stay
    // far below that).
    return "10." + std::to_string(v % 256) + ".0.0/16";
}

std::string subnetBlock(int v, int s) {
    return "10." + std::to_string(v % 256) + "." + std::to_string(s) + ".0/24";
}

Resource make(std::string id, ResourceProperties properties) {
    Resource resource;
    resource.id = std::move(id);
    resource.properties = std::move(properties);
    return resource;
}

constexpr std::array<int, 8> commonPorts{22, 80, 443, 3306, 5432, 6379, 8080, 8443};

} // namespace

Document generateNetwork(const NetworkShape& shape) {
    Dice dice(shape.seed);
    Document document;
    document.title = "Synthetic network " + shape.name;
    document.add(make("region", Region{"us-east-1"}));
    document.add(make("tgw", TransitGateway{"region", 64512, true, true}));
    TransitGatewayRouteTable tgwTable{"tgw", {}, {}, {}};
    for (int v = 0; v < shape.vpcs; ++v) {
        const std::string vpc = "vpc" + std::to_string(v);
        document.add(make(vpc, Vpc{"region", {vpcBlock(v)}, std::nullopt, true, true}));
        std::array<std::string, 3> zones;
        for (int z = 0; z < 3; ++z) {
            zones[static_cast<std::size_t>(z)] = vpc + "-az" + std::to_string(z);
            document.add(make(zones[static_cast<std::size_t>(z)],
                              AvailabilityZone{vpc, std::string("us-east-1") + char('a' + z)}));
        }
        const bool egressVpc = v == 0;
        RouteTable privateTable{
            vpc, true, {{"10.0.0.0/8", RouteTargetKind::TransitGateway, "tgw"}}, {}, {}};
        if (egressVpc) {
            document.add(make(vpc + "-igw", InternetGateway{vpc, "region"}));
            document.add(make(vpc + "-eip", ElasticIp{"region", std::nullopt, ""}));
            RouteTable publicTable{vpc, false, {}, {}, {}};
            publicTable.routes.push_back(
                {"0.0.0.0/0", RouteTargetKind::InternetGateway, vpc + "-igw"});
            publicTable.routes.push_back({"10.0.0.0/8", RouteTargetKind::TransitGateway, "tgw"});
            document.add(make(vpc + "-rt-public", publicTable));
            privateTable.routes.push_back({"0.0.0.0/0", RouteTargetKind::NatGateway, vpc + "-nat"});
        } else {
            privateTable.routes.push_back({"0.0.0.0/0", RouteTargetKind::TransitGateway, "tgw"});
        }
        document.add(make(vpc + "-rt", privateTable));

        for (int n = 0; n < shape.naclsPerVpc; ++n) {
            NetworkAcl nacl{vpc, false, {}};
            for (int e = 0; e < shape.entriesPerNacl; ++e) {
                NaclEntry entry;
                entry.ruleNumber = 100 + 10 * (e / 2);
                entry.egress = e % 2 == 1;
                entry.action = dice.below(6) == 0 ? RuleAction::Deny : RuleAction::Allow;
                entry.protocol = IpProtocol{IpProtocol::Tcp};
                const int port = commonPorts[static_cast<std::size_t>(dice.below(8))];
                entry.ports =
                    e + 2 >= shape.entriesPerNacl ? PortRange{1024, 65535} : PortRange{port, port};
                entry.cidr = dice.below(3) == 0 ? "0.0.0.0/0" : "10.0.0.0/8";
                nacl.entries.push_back(entry);
            }
            document.add(make(vpc + "-nacl" + std::to_string(n), nacl));
        }

        for (int s = 0; s < shape.subnetsPerVpc; ++s) {
            Subnet subnet;
            subnet.vpc = vpc;
            subnet.availabilityZone = zones[static_cast<std::size_t>(s % 3)];
            subnet.ipv4Cidr = subnetBlock(v, s);
            const bool isPublic = egressVpc && s < 3;
            subnet.mapPublicIpOnLaunch = isPublic;
            subnet.routeTable = isPublic ? vpc + "-rt-public" : vpc + "-rt";
            subnet.networkAcl = vpc + "-nacl" + std::to_string(s % shape.naclsPerVpc);
            document.add(make(vpc + "-subnet" + std::to_string(s), subnet));
        }
        if (egressVpc) {
            document.add(make(vpc + "-nat",
                              NatGateway{vpc + "-subnet0", NatConnectivity::Public, vpc + "-eip"}));
        }

        for (int g = 0; g < shape.securityGroupsPerVpc; ++g) {
            SecurityGroup group;
            group.vpc = vpc;
            group.description = "tier " + std::to_string(g);
            for (int r = 0; r < shape.rulesPerSecurityGroup; ++r) {
                SecurityGroupRule rule;
                rule.protocol = IpProtocol{IpProtocol::Tcp};
                const int port = commonPorts[static_cast<std::size_t>(dice.below(8))];
                rule.ports = PortRange{port, port};
                if (r % 3 == 0 && shape.securityGroupsPerVpc > 1) {
                    rule.peerKind = SgPeerKind::SecurityGroup;
                    rule.peer =
                        vpc + "-sg" + std::to_string(dice.below(shape.securityGroupsPerVpc));
                } else {
                    rule.peer = "10." + std::to_string(dice.below(256)) + ".0.0/16";
                }
                (r % 4 == 3 ? group.egress : group.ingress).push_back(rule);
            }
            document.add(make(vpc + "-sg" + std::to_string(g), group));
        }

        for (int w = 0; w < shape.workloadsPerVpc; ++w) {
            Instance instance;
            instance.placement.subnets = {vpc + "-subnet" +
                                          std::to_string(w % shape.subnetsPerVpc)};
            instance.placement.securityGroups = {vpc + "-sg" +
                                                 std::to_string(w % shape.securityGroupsPerVpc)};
            document.add(make(vpc + "-i" + std::to_string(w), instance));
        }

        const std::string attachment = vpc + "-tgwa";
        document.add(make(attachment,
                          TransitGatewayAttachment{"tgw", vpc, {vpc + "-subnet0"}, false, false}));
        tgwTable.associations.push_back(attachment);
        tgwTable.propagations.push_back(attachment);
    }
    tgwTable.routes.push_back({"0.0.0.0/0", "vpc0-tgwa", false});
    document.add(make("tgw-rt", tgwTable));
    return document;
}

std::size_t objectCount(const Document& document) {
    std::size_t count = 0;
    for (const Resource& resource : document.resources()) {
        ++count;
        if (const auto* table = resource.as<RouteTable>()) {
            count += table->routes.size();
        } else if (const auto* group = resource.as<SecurityGroup>()) {
            count += group->ingress.size() + group->egress.size();
        } else if (const auto* nacl = resource.as<NetworkAcl>()) {
            count += nacl->entries.size();
        } else if (const auto* tgwTable = resource.as<TransitGatewayRouteTable>()) {
            count += tgwTable->routes.size();
        }
    }
    return count;
}

} // namespace topograph::bench
