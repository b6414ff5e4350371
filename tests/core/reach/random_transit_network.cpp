// SPDX-License-Identifier: Apache-2.0
#include "random_transit_network.h"

#include "network_builder.h"

#include <random>
#include <string>
#include <vector>

namespace topograph::reach::testing {

namespace {

class Dice {
public:
    explicit Dice(std::uint32_t seed) : engine_(seed) {}
    int below(int n) { return std::uniform_int_distribution<int>(0, n - 1)(engine_); }
    bool chance(int percent) { return below(100) < percent; }
    template <typename T> const T& pick(const std::vector<T>& items) {
        return items[static_cast<std::size_t>(below(static_cast<int>(items.size())))];
    }

private:
    std::mt19937 engine_;
};

const std::vector<std::string> blockPool = {"10.0.0.0/16", "10.1.0.0/16", "10.2.0.0/16",
                                            "10.3.0.0/16", "10.0.0.0/16", "172.16.0.0/16"};

std::string subnetBlock(const std::string& vpcBlock, int third) {
    const auto firstDot = vpcBlock.find('.');
    const auto secondDot = vpcBlock.find('.', firstDot + 1);
    return vpcBlock.substr(0, secondDot) + "." + std::to_string(third) + ".0/24";
}

struct Plan {
    std::vector<std::string> vpcs;
    std::vector<std::string> blocks;
    std::vector<std::vector<std::string>> subnets;
    std::vector<std::vector<std::string>> subnetBlocks;
    std::vector<std::string> gateways;
    std::vector<std::string> peerings;
    std::vector<std::string> attachments;
    std::vector<std::string> groups;
};

std::string randomCidr(Dice& dice, const Plan& plan) {
    switch (dice.below(5)) {
    case 0:
        return "0.0.0.0/0";
    case 1:
        return "10.0.0.0/8";
    case 2: {
        const auto& blocks = plan.subnetBlocks[static_cast<std::size_t>(
            dice.below(static_cast<int>(plan.subnetBlocks.size())))];
        return dice.pick(blocks);
    }
    default:
        return dice.pick(plan.blocks);
    }
}

Route randomRoute(Dice& dice, const Plan& plan) {
    const std::string destination =
        dice.chance(25) ? dice.pick(std::vector<std::string>{"0.0.0.0/0", "10.0.0.0/8"})
                        : dice.pick(plan.blocks);
    const int kind = dice.below(10);
    if (kind < 6) {
        return route(destination, RouteTargetKind::TransitGateway,
                     dice.chance(90) ? dice.pick(plan.gateways) : "tgw-gone");
    }
    if (kind < 8 && !plan.peerings.empty()) {
        return route(destination, RouteTargetKind::VpcPeering,
                     dice.chance(90) ? dice.pick(plan.peerings) : "pcx-gone");
    }
    return route(destination, RouteTargetKind::Blackhole);
}

} // namespace

Document randomTransitNetwork(std::uint32_t seed) {
    Dice dice(seed);
    NetworkBuilder b;
    Plan plan;
    const int vpcCount = 2 + dice.below(3);
    for (int v = 0; v < vpcCount; ++v) {
        const std::string id = "vpc-" + std::to_string(v);
        plan.vpcs.push_back(id);
        plan.blocks.push_back(dice.pick(blockPool));
        b.vpc(id, {plan.blocks.back()});
        for (const char* zone : {"a", "b"}) {
            b.zone(id + "-az-" + zone, id, std::string("us-east-1") + zone);
        }
        plan.subnets.emplace_back();
        plan.subnetBlocks.emplace_back();
        const int subnetCount = 1 + dice.below(3);
        for (int s = 0; s < subnetCount; ++s) {
            plan.subnets.back().push_back("subnet-" + std::to_string(v) + "-" + std::to_string(s));
            plan.subnetBlocks.back().push_back(subnetBlock(plan.blocks.back(), s + 1));
        }
    }
    const int gatewayCount = 1 + dice.below(2);
    for (int g = 0; g < gatewayCount; ++g) {
        const std::string id = "tgw-" + std::to_string(g);
        b.transitGateway(id, dice.chance(80), dice.chance(80));
        plan.gateways.push_back(id);
    }
    for (int v = 0; v + 1 < vpcCount; ++v) {
        if (dice.chance(30)) {
            const std::string id = "pcx-" + std::to_string(v);
            b.peering(id, plan.vpcs[static_cast<std::size_t>(v)],
                      plan.vpcs[static_cast<std::size_t>(v + 1)]);
            plan.peerings.push_back(id);
        }
    }
    for (int v = 0; v < vpcCount; ++v) {
        const auto vi = static_cast<std::size_t>(v);
        const std::string& vpc = plan.vpcs[vi];
        std::vector<std::string> tables;
        const int tableCount = 1 + dice.below(2);
        for (int t = 0; t < tableCount; ++t) {
            std::vector<Route> routes;
            const int routeCount = dice.below(4);
            for (int r = 0; r < routeCount; ++r) {
                routes.push_back(randomRoute(dice, plan));
            }
            if (dice.chance(70)) {
                routes.push_back(
                    route("10.0.0.0/8", RouteTargetKind::TransitGateway, dice.pick(plan.gateways)));
            }
            const std::string id = "rt-" + std::to_string(v) + "-" + std::to_string(t);
            b.routeTable(id, vpc, routes, t == 0 && dice.chance(50));
            tables.push_back(id);
        }
        std::vector<std::string> acls;
        const int aclCount = dice.below(3);
        for (int a = 0; a < aclCount; ++a) {
            std::vector<NaclEntry> entries;
            const int entryCount = dice.below(5);
            for (int e = 0; e < entryCount; ++e) {
                const auto ports = dice.pick(std::vector<std::pair<int, int>>{
                    {443, 443}, {22, 22}, {1024, 65535}, {0, 1023}, {30000, 65535}, {-1, -1}});
                entries.push_back(
                    naclEntry(dice.pick(std::vector<int>{50, 100, 110, 200}), dice.chance(50),
                              dice.chance(75),
                              dice.pick(std::vector<std::string>{"tcp", "tcp", "all", "udp"}),
                              ports.first, ports.second, randomCidr(dice, plan)));
            }
            if (dice.chance(75)) {
                entries.push_back(naclEntry(32000, false, true, "all", -1, -1, "0.0.0.0/0"));
                entries.push_back(naclEntry(32000, true, true, "all", -1, -1, "0.0.0.0/0"));
            }
            const std::string id = "acl-" + std::to_string(v) + "-" + std::to_string(a);
            b.nacl(id, vpc, entries, dice.chance(30));
            acls.push_back(id);
        }
        for (std::size_t s = 0; s < plan.subnets[vi].size(); ++s) {
            const std::string zone =
                dice.chance(85) ? vpc + "-az-" + (dice.chance(50) ? "a" : "b") : "";
            b.subnet(plan.subnets[vi][s], vpc, plan.subnetBlocks[vi][s],
                     dice.chance(80) ? std::optional<std::string>(dice.pick(tables)) : std::nullopt,
                     !acls.empty() && dice.chance(70) ? std::optional<std::string>(dice.pick(acls))
                                                      : std::nullopt,
                     false, zone);
        }
        if (dice.chance(85)) {
            const std::string id = "tgwa-" + std::to_string(v);
            std::vector<std::string> subnets;
            for (const std::string& subnet : plan.subnets[vi]) {
                if (dice.chance(50)) {
                    subnets.push_back(subnet);
                }
            }
            b.tgwAttachment(id, dice.pick(plan.gateways), vpc, subnets);
            b.get<TransitGatewayAttachment>(id).securityGroupReferencingSupport = dice.chance(50);
            plan.attachments.push_back(id);
        }
    }
    // Explicit transit gateway route tables, sometimes with static and blackhole routes.
    const int tgwTables = plan.attachments.empty() ? 0 : dice.below(3);
    for (int t = 0; t < tgwTables; ++t) {
        std::vector<TransitGatewayRoute> routes;
        const int routeCount = dice.below(3);
        for (int r = 0; r < routeCount; ++r) {
            TransitGatewayRoute tgwRoute;
            tgwRoute.destination = dice.chance(30) ? "10.0.0.0/8" : dice.pick(plan.blocks);
            if (dice.chance(25)) {
                tgwRoute.blackhole = true;
            } else {
                tgwRoute.attachment = dice.chance(90) ? dice.pick(plan.attachments) : "tgwa-gone";
            }
            routes.push_back(tgwRoute);
        }
        std::vector<std::string> associations;
        std::vector<std::string> propagations;
        for (const std::string& attachment : plan.attachments) {
            if (dice.chance(50)) {
                associations.push_back(attachment);
            }
            if (dice.chance(60)) {
                propagations.push_back(attachment);
            }
        }
        b.tgwRouteTable("tgw-rt-" + std::to_string(t), dice.pick(plan.gateways), routes,
                        associations, propagations);
    }
    // Security groups, then the instances that wear them.
    for (int v = 0; v < vpcCount; ++v) {
        const int groupCount = 1 + dice.below(2);
        for (int g = 0; g < groupCount; ++g) {
            plan.groups.push_back("sg-" + std::to_string(v) + "-" + std::to_string(g));
        }
    }
    std::size_t groupIndex = 0;
    for (int v = 0; v < vpcCount; ++v) {
        const std::string& vpc = plan.vpcs[static_cast<std::size_t>(v)];
        for (; groupIndex < plan.groups.size() &&
               plan.groups[groupIndex].rfind("sg-" + std::to_string(v) + "-", 0) == 0;
             ++groupIndex) {
            std::vector<SecurityGroupRule> ingress;
            std::vector<SecurityGroupRule> egress;
            const int ruleCount = 1 + dice.below(4);
            for (int r = 0; r < ruleCount; ++r) {
                const std::string protocol =
                    dice.pick(std::vector<std::string>{"tcp", "tcp", "all", "udp"});
                const int port = dice.pick(std::vector<int>{443, 22, -1});
                SecurityGroupRule rule =
                    dice.chance(35) ? sgRuleFromGroup(protocol, port, dice.pick(plan.groups))
                                    : sgRule(protocol, port, randomCidr(dice, plan));
                (dice.chance(40) ? egress : ingress).push_back(rule);
            }
            if (dice.chance(70)) {
                egress.push_back(sgRule("all", -1, "0.0.0.0/0"));
            }
            b.securityGroup(plan.groups[groupIndex], vpc, ingress, egress);
        }
    }
    int instance = 0;
    for (std::size_t v = 0; v < plan.vpcs.size(); ++v) {
        const std::string prefix = "sg-" + std::to_string(v) + "-";
        std::vector<std::string> own;
        for (const std::string& group : plan.groups) {
            if (group.rfind(prefix, 0) == 0) {
                own.push_back(group);
            }
        }
        for (const std::string& subnet : plan.subnets[v]) {
            const int count = dice.below(3);
            for (int i = 0; i < count; ++i) {
                std::vector<std::string> groups;
                if (dice.chance(85)) {
                    groups.push_back(dice.pick(own));
                }
                if (own.size() > 1 && dice.chance(30)) {
                    groups.push_back(own.back());
                }
                b.instance("i-" + std::to_string(instance++), subnet, groups);
            }
        }
    }
    return std::move(b.document);
}

} // namespace topograph::reach::testing
