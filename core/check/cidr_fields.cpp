// SPDX-License-Identifier: Apache-2.0
#include "core/check/cidr_fields.h"

#include <string_view>
#include <utility>

namespace topograph::checks {

namespace {

bool isPrefixList(const std::string& text) {
    return std::string_view(text).starts_with("pl-");
}

CidrField makeField(std::string name, const std::string& text, std::optional<IpFamily> family,
                    std::string example, int typicalV4Prefix = 32, int typicalV6Prefix = 128) {
    CidrField field;
    field.field = std::move(name);
    field.text = &text;
    field.family = family;
    field.example = std::move(example);
    field.typicalV4Prefix = typicalV4Prefix;
    field.typicalV6Prefix = typicalV6Prefix;
    return field;
}

std::string indexed(const std::string& field, std::size_t index) {
    return field + "[" + std::to_string(index) + "]";
}

} // namespace

std::vector<CidrField> cidrFieldsOf(const Resource& resource) {
    std::vector<CidrField> fields;
    if (const auto* vpc = resource.as<Vpc>()) {
        for (std::size_t i = 0; i < vpc->ipv4Cidrs.size(); ++i) {
            fields.push_back(makeField(indexed("ipv4Cidrs", i), vpc->ipv4Cidrs[i], IpFamily::V4,
                                       "10.0.0.0/16", 16, 56));
        }
        if (vpc->ipv6Cidr) {
            fields.push_back(makeField("ipv6Cidr", *vpc->ipv6Cidr, IpFamily::V6,
                                       "2600:1f18:1234:5600::/56", 16, 56));
        }
    } else if (const auto* subnet = resource.as<Subnet>()) {
        // An IPv6-only subnet has no IPv4 block; a subnet with neither gets reported as empty.
        if (!subnet->ipv4Cidr.empty() || !subnet->ipv6Cidr) {
            fields.push_back(
                makeField("ipv4Cidr", subnet->ipv4Cidr, IpFamily::V4, "10.0.1.0/24", 24, 64));
        }
        if (subnet->ipv6Cidr) {
            fields.push_back(makeField("ipv6Cidr", *subnet->ipv6Cidr, IpFamily::V6,
                                       "2600:1f18:1234:5600::/64", 24, 64));
        }
    } else if (const auto* table = resource.as<RouteTable>()) {
        for (std::size_t i = 0; i < table->routes.size(); ++i) {
            const std::string& destination = table->routes[i].destination;
            if (!isPrefixList(destination)) {
                fields.push_back(makeField(indexed("routes", i) + ".destination", destination,
                                           std::nullopt, "0.0.0.0/0"));
            }
        }
    } else if (const auto* acl = resource.as<NetworkAcl>()) {
        for (std::size_t i = 0; i < acl->entries.size(); ++i) {
            fields.push_back(makeField(indexed("entries", i) + ".cidr", acl->entries[i].cidr,
                                       std::nullopt, "0.0.0.0/0"));
        }
    } else if (const auto* group = resource.as<SecurityGroup>()) {
        const auto addRules = [&](const std::string& name,
                                  const std::vector<SecurityGroupRule>& rules) {
            for (std::size_t i = 0; i < rules.size(); ++i) {
                if (rules[i].peerKind == SgPeerKind::Cidr && !isPrefixList(rules[i].peer)) {
                    fields.push_back(makeField(indexed(name, i) + ".peer", rules[i].peer,
                                               std::nullopt, "10.0.0.0/16"));
                }
            }
        };
        addRules("ingress", group->ingress);
        addRules("egress", group->egress);
    } else if (const auto* tgwTable = resource.as<TransitGatewayRouteTable>()) {
        for (std::size_t i = 0; i < tgwTable->routes.size(); ++i) {
            fields.push_back(makeField(indexed("routes", i) + ".destination",
                                       tgwTable->routes[i].destination, std::nullopt,
                                       "10.0.0.0/8"));
        }
    } else if (const auto* vpn = resource.as<VpnConnection>()) {
        for (std::size_t i = 0; i < vpn->staticRoutes.size(); ++i) {
            fields.push_back(makeField(indexed("staticRoutes", i), vpn->staticRoutes[i],
                                       std::nullopt, "192.168.0.0/16"));
        }
    }
    return fields;
}

} // namespace topograph::checks
