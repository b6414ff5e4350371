// SPDX-License-Identifier: Apache-2.0
// Security groups with their inline and standalone rules, and network ACL entries.
#include "exporters/cloudformation/resource_mappers.h"

#include <algorithm>
#include <cctype>

namespace topograph::cfn {

namespace {

std::string lowercase(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

std::optional<int> narrow(std::optional<long long> value) {
    return value ? std::optional<int>(static_cast<int>(*value)) : std::nullopt;
}

const Value* field(const Value& map, const char* key) {
    const Value* found = map.find(key);
    return found != nullptr && !found->isNull() ? found : nullptr;
}

std::optional<IpProtocol> readProtocol(ValueReader& reader, const Value& value,
                                       const std::string& what) {
    const std::string written = lowercase(reader.text(value, what));
    if (auto protocol = parseIpProtocol(written)) {
        return protocol;
    }
    reader.state().notes.warning("MALFORMED_RULE", {reader.subject()},
                                 reader.subject() + " " + what + " '" + written +
                                     "' is not a protocol; the rule is kept verbatim only",
                                 "Write tcp, udp, icmp, icmpv6, -1 or a protocol number.");
    return std::nullopt;
}

/// Security groups and NACL entries say "every port" with -1, with no ports, or with 0-65535.
std::optional<PortRange> readPorts(ValueReader& reader, const Value* from, const Value* to,
                                   const std::string& what) {
    const auto low = from != nullptr ? reader.integer(*from, what + " from") : std::nullopt;
    const auto high = to != nullptr ? reader.integer(*to, what + " to") : std::nullopt;
    if (!low && !high) {
        return std::nullopt;
    }
    // Only one bound given: the range is that single port.
    const long long first = low ? *low : *high;
    const long long last = high ? *high : first;
    if (first == -1 || last == -1) {
        return std::nullopt;
    }
    return PortRange{static_cast<int>(first), static_cast<int>(last)};
}

} // namespace

bool readSecurityGroupRule(ValueReader& reader, const Value& rule, bool egress,
                           SecurityGroupRule& result) {
    if (!rule.isMap()) {
        return false;
    }
    const Value* protocolValue = field(rule, "IpProtocol");
    if (protocolValue == nullptr) {
        reader.state().notes.warning("MALFORMED_RULE", {reader.subject()},
                                     reader.subject() + " has a rule without IpProtocol; it is "
                                                        "kept verbatim only",
                                     "Add IpProtocol to the rule.");
        return false;
    }
    const auto protocol = readProtocol(reader, *protocolValue, "IpProtocol");
    if (!protocol) {
        return false;
    }
    result.protocol = *protocol;
    if (protocol->hasPorts()) {
        result.ports = readPorts(reader, field(rule, "FromPort"), field(rule, "ToPort"), "port");
    }
    if (const Value* description = field(rule, "Description")) {
        result.description = reader.state().evaluator.asText(*description).text;
    }
    const char* groupKey = egress ? "DestinationSecurityGroupId" : "SourceSecurityGroupId";
    const char* prefixKey = egress ? "DestinationPrefixListId" : "SourcePrefixListId";
    if (const Value* cidr = field(rule, "CidrIp")) {
        result.peerKind = SgPeerKind::Cidr;
        result.peer = reader.text(*cidr, "CidrIp");
    } else if (const Value* cidr6 = field(rule, "CidrIpv6")) {
        result.peerKind = SgPeerKind::Cidr;
        result.peer = reader.text(*cidr6, "CidrIpv6");
    } else if (const Value* group = field(rule, groupKey)) {
        result.peerKind = SgPeerKind::SecurityGroup;
        result.peer = reader.id(*group, groupKey);
    } else if (const Value* groupName = field(rule, "SourceSecurityGroupName");
               groupName != nullptr && !egress) {
        result.peerKind = SgPeerKind::SecurityGroup;
        result.peer = reader.id(*groupName, "SourceSecurityGroupName");
    } else if (const Value* prefixList = field(rule, prefixKey)) {
        result.peerKind = SgPeerKind::PrefixList;
        result.peer = reader.text(*prefixList, prefixKey);
    } else if (const Value* wrongSide = field(rule, "SourceSecurityGroupId"); egress && wrongSide) {
        // Seen in the wild: CloudFormation rejects it, but the intent is the destination.
        reader.state().notes.warning(
            "MALFORMED_RULE", {reader.subject()},
            reader.subject() + " is an egress rule with SourceSecurityGroupId and no destination "
                               "(CloudFormation rejects it); read as DestinationSecurityGroupId",
            "Write DestinationSecurityGroupId instead of SourceSecurityGroupId.");
        result.peerKind = SgPeerKind::SecurityGroup;
        result.peer = reader.id(*wrongSide, "SourceSecurityGroupId");
    } else {
        reader.state().notes.warning("MALFORMED_RULE", {reader.subject()},
                                     reader.subject() + " has a rule with no " +
                                         (egress ? "destination" : "source") +
                                         "; it is kept verbatim only",
                                     "Add CidrIp, CidrIpv6, a security group or a prefix list.");
        return false;
    }
    return true;
}

void mapSecurityGroup(PropertyReader& reader, Resource& resource) {
    SecurityGroup group;
    group.vpc = reader.id("VpcId").value_or("");
    group.description = reader.text("GroupDescription").value_or("");
    for (const bool egress : {false, true}) {
        const std::string key = egress ? "SecurityGroupEgress" : "SecurityGroupIngress";
        Value rules = reader.value(key);
        reader.keepSource(key);
        if (rules.isMap()) {
            reader.state().notes.warning("MALFORMED_PROPERTY", {reader.subject()},
                                         reader.subject() + " " + key +
                                             " is a single mapping, not a list (CloudFormation "
                                             "rejects it); read as a list of one rule",
                                         "Write the rule as a list item ('- IpProtocol: ...').");
            rules = Value::list({rules});
        }
        auto& target = egress ? group.egress : group.ingress;
        for (const Value& rule : rules.items) {
            SecurityGroupRule parsed;
            if (readSecurityGroupRule(reader, rule, egress, parsed)) {
                target.push_back(std::move(parsed));
            }
        }
    }
    if (group.egress.empty()) {
        // NETWORK_SEMANTICS.md precise choice 10: with no inline egress rule CloudFormation
        // leaves the group's default allow-all egress rule in place.
        SecurityGroupRule allowAll;
        allowAll.protocol = IpProtocol{IpProtocol::All};
        allowAll.peer = "0.0.0.0/0";
        allowAll.description = "default egress rule (implicit in CloudFormation)";
        group.egress.push_back(allowAll);
        reader.addMarker(defaultEgressKey, "true");
    }
    resource.properties = group;
}

bool readNaclEntry(ValueReader& reader, const Value& properties, NaclEntry& result) {
    const Value* number = field(properties, "RuleNumber");
    const Value* protocolValue = field(properties, "Protocol");
    if (number == nullptr || protocolValue == nullptr) {
        reader.state().notes.warning("MALFORMED_RULE", {reader.subject()},
                                     reader.subject() + " needs RuleNumber and Protocol; it is "
                                                        "kept verbatim only",
                                     "Add the missing property.");
        return false;
    }
    const auto ruleNumber = reader.integer(*number, "RuleNumber");
    const auto protocol = readProtocol(reader, *protocolValue, "Protocol");
    if (!ruleNumber || !protocol) {
        return false;
    }
    result.ruleNumber = static_cast<int>(*ruleNumber);
    result.protocol = *protocol;
    if (const Value* egress = field(properties, "Egress")) {
        result.egress = reader.boolean(*egress, "Egress").value_or(false);
    }
    if (const Value* action = field(properties, "RuleAction")) {
        result.action = lowercase(reader.text(*action, "RuleAction")) == "deny" ? RuleAction::Deny
                                                                                : RuleAction::Allow;
    }
    if (const Value* range = field(properties, "PortRange");
        range != nullptr && protocol->hasPorts()) {
        result.ports = readPorts(reader, range->find("From"), range->find("To"), "PortRange");
    }
    if (const Value* cidr = field(properties, "CidrBlock")) {
        result.cidr = reader.text(*cidr, "CidrBlock");
    } else if (const Value* cidr6 = field(properties, "Ipv6CidrBlock")) {
        result.cidr = reader.text(*cidr6, "Ipv6CidrBlock");
    }
    if (const Value* icmp = field(properties, "Icmp")) {
        if (const Value* type = icmp->find("Type")) {
            result.icmpType = narrow(reader.integer(*type, "Icmp.Type"));
        }
        if (const Value* code = icmp->find("Code")) {
            result.icmpCode = narrow(reader.integer(*code, "Icmp.Code"));
        }
    }
    return true;
}

} // namespace topograph::cfn
