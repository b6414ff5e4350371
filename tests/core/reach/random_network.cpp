// SPDX-License-Identifier: Apache-2.0
#include "random_network.h"

#include "network_builder.h"

#include <random>
#include <string>

namespace topograph::reach::testing {

namespace {

class Dice {
public:
    explicit Dice(std::uint32_t seed) : engine_(seed) {}
    int below(int n) { return std::uniform_int_distribution<int>(0, n - 1)(engine_); }
    bool chance(int percent) { return below(100) < percent; }
    template <typename T> T pick(const std::vector<T>& items) {
        return items[static_cast<std::size_t>(below(static_cast<int>(items.size())))];
    }

private:
    std::mt19937 engine_;
};

const std::vector<std::string> vpcPool = {"10.0.0.0/16", "10.1.0.0/16", "10.0.0.0/16",
                                          "172.16.0.0/16", "10.2.0.0/16"};

struct Vpcs {
    std::vector<std::string> ids;
    std::vector<std::string> blocks;
    std::vector<std::vector<std::string>> subnets;
    std::vector<std::vector<std::string>> subnetBlocks;
};

std::string subnetBlock(const std::string& vpcBlock, int third) {
    // "10.1.0.0/16" -> "10.1.<third>.0/24"
    const auto firstDot = vpcBlock.find('.');
    const auto secondDot = vpcBlock.find('.', firstDot + 1);
    return vpcBlock.substr(0, secondDot) + "." + std::to_string(third) + ".0/24";
}

std::string randomCidr(Dice& dice, const Vpcs& vpcs) {
    switch (dice.below(6)) {
    case 0:
        return "0.0.0.0/0";
    case 1:
        return dice.pick(vpcs.blocks);
    case 2: {
        const auto& blocks = vpcs.subnetBlocks[static_cast<std::size_t>(
            dice.below(static_cast<int>(vpcs.subnetBlocks.size())))];
        return blocks.empty() ? "10.0.0.0/8" : dice.pick(blocks);
    }
    case 3:
        return "8.8.8.0/24";
    case 4:
        return "10.0.0.0/8";
    default:
        return dice.pick(std::vector<std::string>{"0.0.0.0/1", "128.0.0.0/1", "8.0.0.0/7"});
    }
}

const std::vector<std::pair<int, int>> portPool = {{443, 443},   {22, 22},     {1024, 65535},
                                                   {0, 1023},    {1024, 2047}, {30000, 65535},
                                                   {8080, 8080}, {-1, -1}};

const std::vector<std::string> protocolPool = {"tcp", "tcp", "tcp", "udp", "all", "icmp"};

} // namespace

Document randomNetwork(std::uint32_t seed) {
    Dice dice(seed);
    NetworkBuilder b;
    Vpcs vpcs;
    const int vpcCount = 1 + dice.below(3);
    for (int v = 0; v < vpcCount; ++v) {
        const std::string id = "vpc-" + std::to_string(v);
        vpcs.ids.push_back(id);
        vpcs.blocks.push_back(dice.pick(vpcPool));
        b.vpc(id, {vpcs.blocks.back()});
        vpcs.subnets.emplace_back();
        vpcs.subnetBlocks.emplace_back();
    }
    // Peering connections, sometimes one that does not involve a given VPC.
    std::vector<std::string> peerings;
    for (int v = 0; v + 1 < vpcCount; ++v) {
        if (dice.chance(70)) {
            const std::string id = "pcx-" + std::to_string(v);
            b.peering(id, vpcs.ids[static_cast<std::size_t>(v)],
                      vpcs.ids[static_cast<std::size_t>(v + 1)]);
            peerings.push_back(id);
        }
    }
    if (vpcCount == 3 && dice.chance(50)) {
        b.peering("pcx-02", "vpc-0", "vpc-2");
        peerings.push_back("pcx-02");
    }
    std::vector<std::string> igws;
    std::vector<std::string> nats;
    for (int v = 0; v < vpcCount; ++v) {
        const std::string& vpc = vpcs.ids[static_cast<std::size_t>(v)];
        const std::string igw = "igw-" + std::to_string(v);
        const int attach = dice.below(10);
        b.internetGateway(igw, attach < 7   ? std::optional<std::string>(vpc)
                               : attach < 9 ? std::nullopt
                                            : std::optional<std::string>(dice.pick(vpcs.ids)));
        igws.push_back(igw);
        const int subnetCount = 1 + dice.below(3);
        for (int s = 0; s < subnetCount; ++s) {
            const std::string id = "subnet-" + std::to_string(v) + "-" + std::to_string(s);
            vpcs.subnets[static_cast<std::size_t>(v)].push_back(id);
            vpcs.subnetBlocks[static_cast<std::size_t>(v)].push_back(
                subnetBlock(vpcs.blocks[static_cast<std::size_t>(v)], s + 1));
        }
    }
    for (int v = 0; v < vpcCount; ++v) {
        const std::string& vpc = vpcs.ids[static_cast<std::size_t>(v)];
        const auto& subnets = vpcs.subnets[static_cast<std::size_t>(v)];
        // Half the VPCs follow the classic layout: a NAT gateway in the first subnet, which
        // routes 0.0.0.0/0 to the VPC's internet gateway, and private subnets routing to it.
        const bool classic = dice.chance(50);
        if (classic || dice.chance(70)) {
            const std::string nat = "nat-" + std::to_string(v);
            const std::string eip = "eip-" + std::to_string(v);
            b.elasticIp(eip, std::nullopt);
            b.natGateway(nat, classic ? subnets.front() : dice.pick(subnets),
                         dice.chance(70) ? std::optional<std::string>(eip) : std::nullopt);
            nats.push_back(nat);
        }
        // Route tables.
        const int tableCount = 1 + dice.below(2);
        std::vector<std::string> tables;
        for (int t = 0; t < tableCount; ++t) {
            std::vector<Route> routes;
            const int routeCount = 1 + dice.below(4);
            for (int r = 0; r < routeCount; ++r) {
                std::string destination = dice.pick(
                    std::vector<std::string>{"0.0.0.0/0", "0.0.0.0/0", "8.8.8.0/24", "8.0.0.0/7",
                                             dice.pick(vpcs.blocks), dice.pick(vpcs.blocks)});
                // Peer blocks go to peering connections most of the time.
                if (destination != "0.0.0.0/0" && destination.rfind("8.", 0) != 0 &&
                    !peerings.empty() && dice.chance(70)) {
                    routes.push_back(
                        route(destination, RouteTargetKind::VpcPeering, dice.pick(peerings)));
                    continue;
                }
                switch (dice.below(5)) {
                case 0:
                    routes.push_back(route(destination, RouteTargetKind::InternetGateway,
                                           dice.chance(85) ? dice.pick(igws) : "igw-gone"));
                    break;
                case 1:
                    routes.push_back(
                        route(destination, RouteTargetKind::NatGateway,
                              nats.empty() || dice.chance(10) ? "nat-gone" : dice.pick(nats)));
                    break;
                case 2:
                    if (!peerings.empty()) {
                        routes.push_back(
                            route(destination, RouteTargetKind::VpcPeering, dice.pick(peerings)));
                    }
                    break;
                case 3:
                    routes.push_back(route(destination, RouteTargetKind::Blackhole));
                    break;
                default:
                    routes.push_back(route(destination, RouteTargetKind::InternetGateway,
                                           igws[static_cast<std::size_t>(v)]));
                    break;
                }
            }
            const std::string id = "rt-" + std::to_string(v) + "-" + std::to_string(t);
            b.routeTable(id, vpc, routes, dice.chance(40));
            tables.push_back(id);
        }
        // NACLs.
        std::vector<std::string> acls;
        const int aclCount = dice.below(3);
        for (int a = 0; a < aclCount; ++a) {
            std::vector<NaclEntry> entries;
            const int entryCount = dice.below(6);
            for (int e = 0; e < entryCount; ++e) {
                const auto ports = dice.pick(portPool);
                entries.push_back(naclEntry(dice.pick(std::vector<int>{50, 100, 110, 120, 200}),
                                            dice.chance(50), dice.chance(70),
                                            dice.pick(protocolPool), ports.first, ports.second,
                                            randomCidr(dice, vpcs)));
            }
            if (dice.chance(65)) {
                entries.push_back(naclEntry(32000, false, true, "all", -1, -1, "0.0.0.0/0"));
                entries.push_back(naclEntry(32000, true, true, "all", -1, -1, "0.0.0.0/0"));
            }
            const std::string id = "acl-" + std::to_string(v) + "-" + std::to_string(a);
            b.nacl(id, vpc, entries, dice.chance(30));
            acls.push_back(id);
        }
        if (classic) {
            const std::string publicTable = "rt-" + std::to_string(v) + "-public";
            b.routeTable(publicTable, vpc,
                         {route("0.0.0.0/0", RouteTargetKind::InternetGateway,
                                igws[static_cast<std::size_t>(v)])});
            b.get<RouteTable>(tables.front())
                .routes.insert(
                    b.get<RouteTable>(tables.front()).routes.begin(),
                    route("0.0.0.0/0", RouteTargetKind::NatGateway, "nat-" + std::to_string(v)));
            tables.erase(tables.begin() + 1, tables.end());
            tables.push_back(publicTable);
        }
        for (std::size_t s = 0; s < subnets.size(); ++s) {
            std::optional<std::string> table =
                dice.chance(70) ? std::optional<std::string>(dice.pick(tables)) : std::nullopt;
            if (classic) {
                table = s == 0 ? tables.back() : tables.front();
            }
            b.subnet(subnets[s], vpc, vpcs.subnetBlocks[static_cast<std::size_t>(v)][s], table,
                     !acls.empty() && dice.chance(70) ? std::optional<std::string>(dice.pick(acls))
                                                      : std::nullopt,
                     dice.chance(40));
        }
        // Security groups (references may name groups of other VPCs, created below).
        std::vector<std::string> groups;
        const int groupCount = 1 + dice.below(3);
        for (int g = 0; g < groupCount; ++g) {
            groups.push_back("sg-" + std::to_string(v) + "-" + std::to_string(g));
        }
        for (const std::string& group : groups) {
            std::vector<SecurityGroupRule> rules[2];
            // Like CloudFormation's default, most groups let everything out.
            if (dice.chance(65)) {
                rules[1].push_back(sgRule("all", -1, "0.0.0.0/0"));
            }
            for (auto& list : rules) {
                const int count = dice.below(4);
                for (int r = 0; r < count; ++r) {
                    const auto ports = dice.pick(portPool);
                    const std::string protocol = dice.pick(protocolPool);
                    SecurityGroupRule rule =
                        dice.chance(30)
                            ? sgRuleFromGroup(protocol, -1,
                                              "sg-" + std::to_string(dice.below(vpcCount)) + "-" +
                                                  std::to_string(dice.below(2)))
                            : sgRule(protocol, -1, randomCidr(dice, vpcs));
                    if (ports.first >= 0) {
                        rule.ports = PortRange{ports.first, ports.second};
                    }
                    list.push_back(rule);
                }
            }
            b.securityGroup(group, vpc, rules[0], rules[1], dice.chance(25));
        }
        // Instances.
        const int instanceCount = 1 + dice.below(3);
        for (int i = 0; i < instanceCount; ++i) {
            std::vector<std::string> attached;
            if (dice.chance(80)) {
                attached.push_back(dice.pick(groups));
                if (dice.chance(30)) {
                    attached.push_back(dice.pick(groups));
                }
            }
            const std::string id = "i-" + std::to_string(v) + "-" + std::to_string(i);
            const std::size_t s =
                static_cast<std::size_t>(dice.below(static_cast<int>(subnets.size())));
            std::string privateIp;
            if (dice.chance(20)) {
                const std::string& sb = vpcs.subnetBlocks[static_cast<std::size_t>(v)][s];
                privateIp = sb.substr(0, sb.rfind('.')) + "." + std::to_string(4 + dice.below(4));
            }
            b.instance(id, subnets[s], attached,
                       dice.pick(std::vector<PublicIpChoice>{
                           PublicIpChoice::SubnetDefault, PublicIpChoice::Yes, PublicIpChoice::No}),
                       privateIp);
            if (dice.chance(15)) {
                b.elasticIp("eip-" + id, id);
            }
        }
    }
    return b.document;
}

std::vector<ReachQuery> randomQueries(const Document& document, std::uint32_t seed) {
    Dice dice(seed ^ 0x9e3779b9U);
    std::vector<std::string> workloads;
    for (const Resource& resource : document.resources()) {
        if (resource.placement() != nullptr) {
            workloads.push_back(resource.id);
        }
    }
    std::vector<ReachQuery> queries;
    for (int q = 0; q < 6; ++q) {
        ReachQuery query;
        const int shape = dice.below(5);
        query.source = dice.pick(workloads);
        query.destination = dice.pick(workloads);
        if (shape == 1) {
            query.destination = "internet";
        } else if (shape == 2) {
            query.destination = dice.pick(std::vector<std::string>{"8.8.8.8", "1.1.1.1", "10.1.1.4",
                                                                   "10.0.2.5", "172.16.1.9"});
        } else if (shape == 3) {
            query.source = dice.chance(70) ? "internet" : "8.8.8.8";
        }
        query.protocol = *parseIpProtocol(dice.pick(protocolPool));
        query.port = dice.pick(std::vector<int>{443, 22, 8080, 1500});
        const auto ephemeral = dice.pick(std::vector<std::pair<int, int>>{
            {1024, 65535}, {1024, 65535}, {1024, 2047}, {30000, 40000}});
        query.ephemeral = {ephemeral.first, ephemeral.second};
        queries.push_back(query);
    }
    return queries;
}

} // namespace topograph::reach::testing
