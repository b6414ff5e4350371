// SPDX-License-Identifier: Apache-2.0
#include "synthetic_network.h"

#include <array>

namespace topograph::bench {

NetworkShape NetworkShape::small() {
    NetworkShape shape;
    shape.name = "S";
    shape.vpcs = 10;
    shape.workloads = 200;
    shape.securityGroups = 100;
    shape.naclEntries = 600;
    return shape;
}

NetworkShape NetworkShape::medium() {
    NetworkShape shape;
    shape.name = "M";
    shape.vpcs = 50;
    shape.workloads = 1500;
    shape.securityGroups = 600;
    shape.rulesPerSecurityGroup = 20; // 12,000 rules
    shape.naclEntries = 3000;
    return shape;
}

NetworkShape NetworkShape::large() {
    NetworkShape shape;
    shape.name = "L";
    shape.vpcs = 200;                 // 1,800 subnets
    shape.workloads = 5000;           //
    shape.securityGroups = 2500;      //
    shape.rulesPerSecurityGroup = 20; // 50,000 rules
    shape.naclEntries = 12000;        // 600 NACLs of 20 entries
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

constexpr int tiers = 3; // 0 public, 1 app, 2 data
constexpr int zones = 3;

/// Count `total` spread over `parts`, the first parts taking the remainder.
int share(int total, int parts, int part) {
    return total / parts + (part < total % parts ? 1 : 0);
}

std::string vpcBlock(int v) {
    // 10.x.y.0/20 blocks: 4,096 VPCs fit, far more than any shape asks for.
    return "10." + std::to_string(v / 16) + "." + std::to_string((v % 16) * 16) + ".0/20";
}

std::string subnetBlock(int v, int s) {
    return "10." + std::to_string(v / 16) + "." + std::to_string((v % 16) * 16 + s) + ".0/24";
}

Resource make(std::string id, ResourceProperties properties) {
    Resource resource;
    resource.id = std::move(id);
    resource.properties = std::move(properties);
    return resource;
}

constexpr std::array<int, 8> commonPorts{22, 80, 443, 3306, 5432, 6379, 8080, 8443};

struct VpcPlan {
    std::string id;
    int index = 0;
    int groups = 0;
    int workloads = 0;
    int naclEntries = 0;
};

class Generator {
public:
    Generator(const NetworkShape& shape, Document& document)
        : shape_(shape), document_(document), dice_(shape.seed) {}

    void run() {
        document_.title = "Synthetic network " + shape_.name;
        document_.add(make("region", Region{"us-east-1"}));
        document_.add(make("tgw", TransitGateway{"region", 64512, true, true}));
        TransitGatewayRouteTable tgwTable{"tgw", {}, {}, {}};
        for (int v = 0; v < shape_.vpcs; ++v) {
            VpcPlan plan;
            plan.id = "vpc" + std::to_string(v);
            plan.index = v;
            plan.groups = std::max(tiers, share(shape_.securityGroups, shape_.vpcs, v));
            plan.workloads = share(shape_.workloads, shape_.vpcs, v);
            plan.naclEntries = share(shape_.naclEntries, shape_.vpcs, v);
            addVpc(plan);
            tgwTable.associations.push_back(plan.id + "-tgwa");
            tgwTable.propagations.push_back(plan.id + "-tgwa");
        }
        tgwTable.routes.push_back({"0.0.0.0/0", "vpc0-tgwa", false});
        document_.add(make("tgw-rt", tgwTable));
    }

private:
    void addVpc(const VpcPlan& plan) {
        const std::string& vpc = plan.id;
        const bool egressVpc = plan.index == 0;
        document_.add(make(vpc, Vpc{"region", {vpcBlock(plan.index)}, std::nullopt, true, true}));
        for (int z = 0; z < zones; ++z) {
            document_.add(make(zoneId(vpc, z),
                               AvailabilityZone{vpc, std::string("us-east-1") + char('a' + z)}));
        }
        if (egressVpc) {
            document_.add(make(vpc + "-igw", InternetGateway{vpc, "region"}));
            document_.add(make(vpc + "-eip", ElasticIp{"region", std::nullopt, ""}));
        }
        addNacls(plan);
        addSubnets(plan, egressVpc);
        if (egressVpc) {
            document_.add(make(
                vpc + "-nat", NatGateway{subnetId(vpc, 0), NatConnectivity::Public, vpc + "-eip"}));
        }
        addSecurityGroups(plan);
        addWorkloads(plan);
        std::vector<ResourceId> attachmentSubnets;
        for (int z = 0; z < zones; ++z) {
            attachmentSubnets.push_back(subnetId(vpc, zones + z)); // the app tier
        }
        document_.add(make(vpc + "-tgwa",
                           TransitGatewayAttachment{"tgw", vpc, attachmentSubnets, false, false}));
    }

    static std::string zoneId(const std::string& vpc, int z) {
        return vpc + "-az" + std::to_string(z);
    }
    static std::string subnetId(const std::string& vpc, int s) {
        return vpc + "-subnet" + std::to_string(s);
    }

    void addNacls(const VpcPlan& plan) {
        for (int t = 0; t < tiers; ++t) {
            NetworkAcl nacl{plan.id, false, {}};
            const int entries = share(plan.naclEntries, tiers, t);
            // Pairs of inbound/outbound entries on common ports, then the ephemeral return rules
            // last so most flows come back.
            for (int e = 0; e < entries; ++e) {
                NaclEntry entry;
                entry.ruleNumber = 100 + 10 * (e / 2);
                entry.egress = e % 2 == 1;
                entry.protocol = IpProtocol{IpProtocol::Tcp};
                if (e + 2 >= entries) {
                    entry.ruleNumber = 32000 + e % 2;
                    entry.ports = PortRange{1024, 65535};
                    entry.cidr = "10.0.0.0/8";
                } else {
                    entry.action = dice_.below(8) == 0 ? RuleAction::Deny : RuleAction::Allow;
                    const int port = commonPorts[static_cast<std::size_t>(dice_.below(8))];
                    entry.ports = PortRange{port, port};
                    const int pick = dice_.below(4);
                    entry.cidr = pick == 0   ? "0.0.0.0/0"
                                 : pick == 1 ? vpcBlock(dice_.below(shape_.vpcs))
                                             : "10.0.0.0/8";
                }
                nacl.entries.push_back(entry);
            }
            document_.add(make(plan.id + "-nacl" + std::to_string(t), nacl));
        }
    }

    void addSubnets(const VpcPlan& plan, bool egressVpc) {
        const std::string& vpc = plan.id;
        for (int s = 0; s < tiers * zones; ++s) {
            const int tier = s / zones;
            const int zone = s % zones;
            const bool isPublic = egressVpc && tier == 0;
            RouteTable table{vpc, s == 0, {}, {}, {}};
            table.routes.push_back({"10.0.0.0/8", RouteTargetKind::TransitGateway, "tgw"});
            if (isPublic) {
                table.routes.push_back(
                    {"0.0.0.0/0", RouteTargetKind::InternetGateway, vpc + "-igw"});
            } else if (egressVpc) {
                table.routes.push_back({"0.0.0.0/0", RouteTargetKind::NatGateway, vpc + "-nat"});
            } else if (tier != 2) {
                table.routes.push_back({"0.0.0.0/0", RouteTargetKind::TransitGateway, "tgw"});
            }
            const std::string tableId = vpc + "-rt" + std::to_string(s);
            document_.add(make(tableId, table));
            Subnet subnet;
            subnet.vpc = vpc;
            subnet.availabilityZone = zoneId(vpc, zone);
            subnet.ipv4Cidr = subnetBlock(plan.index, s);
            subnet.mapPublicIpOnLaunch = isPublic;
            subnet.routeTable = tableId;
            subnet.networkAcl = vpc + "-nacl" + std::to_string(tier);
            document_.add(make(subnetId(vpc, s), subnet));
        }
    }

    void addSecurityGroups(const VpcPlan& plan) {
        for (int g = 0; g < plan.groups; ++g) {
            SecurityGroup group;
            group.vpc = plan.id;
            group.description = g < tiers ? "tier " + std::to_string(g) : "service";
            // Most groups keep AWS's default egress; some are locked down.
            const bool openEgress = dice_.below(5) != 0;
            for (int r = 0; r < shape_.rulesPerSecurityGroup; ++r) {
                SecurityGroupRule rule;
                rule.protocol = IpProtocol{IpProtocol::Tcp};
                const int port = commonPorts[static_cast<std::size_t>(dice_.below(8))];
                rule.ports = PortRange{port, port};
                if (r % 3 == 0) {
                    rule.peerKind = SgPeerKind::SecurityGroup;
                    rule.peer = plan.id + "-sg" + std::to_string(dice_.below(plan.groups));
                } else if (r % 3 == 1) {
                    rule.peer = vpcBlock(dice_.below(shape_.vpcs));
                } else {
                    rule.peer = subnetBlock(dice_.below(shape_.vpcs), dice_.below(tiers * zones));
                }
                const bool egress = r == 0 ? openEgress : r % 5 == 4;
                if (r == 0 && openEgress) {
                    rule = SecurityGroupRule{IpProtocol{IpProtocol::All}, std::nullopt,
                                             SgPeerKind::Cidr, "0.0.0.0/0", "default egress"};
                }
                (egress ? group.egress : group.ingress).push_back(rule);
            }
            document_.add(make(plan.id + "-sg" + std::to_string(g), group));
        }
    }

    void addWorkloads(const VpcPlan& plan) {
        const int services = plan.groups - tiers;
        for (int w = 0; w < plan.workloads; ++w) {
            const int tier = w % tiers;
            const int zone = (w / tiers) % zones;
            Instance instance;
            instance.placement.subnets = {subnetId(plan.id, tier * zones + zone)};
            instance.placement.securityGroups = {plan.id + "-sg" + std::to_string(tier)};
            // Every other workload also belongs to one of a few service groups.
            if (services > 0 && w % 2 == 1) {
                instance.placement.securityGroups.push_back(
                    plan.id + "-sg" + std::to_string(tiers + (w / 2) % std::min(services, 3)));
            }
            document_.add(make(plan.id + "-i" + std::to_string(w), instance));
        }
    }

    const NetworkShape& shape_;
    Document& document_;
    Dice dice_;
};

} // namespace

Document generateNetwork(const NetworkShape& shape) {
    Document document;
    Generator(shape, document).run();
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
            count += tgwTable->routes.size() + tgwTable->associations.size() +
                     tgwTable->propagations.size();
        } else if (const auto* subnet = resource.as<Subnet>()) {
            count += (subnet->routeTable ? 1 : 0) + (subnet->networkAcl ? 1 : 0);
        }
    }
    return count;
}

} // namespace topograph::bench
