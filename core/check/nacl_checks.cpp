// SPDX-License-Identifier: Apache-2.0
// Network ACLs (NETWORK_SEMANTICS.md, "Flows"): they are stateless, so every request a NACL lets
// through needs its response allowed the other way on the client's ephemeral ports
// (1024-65535); and administration or database ports must not be open to the whole internet.
#include "core/check/semantic_checks.h"
#include "core/check/wording.h"
#include "core/reach/rule_evaluation.h"

#include <algorithm>
#include <set>

namespace topograph::checks {

namespace {

using reach::PortSet;

constexpr int ephemeralFrom = 1024;
constexpr int ephemeralTo = 65535;

struct Entry {
    const NaclEntry* entry;
    std::optional<Cidr> block;
};

// One direction's entries by ascending rule number (file order on ties).
std::vector<Entry> entriesOf(const NetworkAcl& acl, bool egress) {
    std::vector<Entry> entries;
    for (const NaclEntry& entry : acl.entries) {
        if (entry.egress == egress) {
            entries.push_back({&entry, alignedBlock(entry.cidr)});
        }
    }
    std::stable_sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
        return a.entry->ruleNumber < b.entry->ruleNumber;
    });
    return entries;
}

// First-match evaluation over a set of ports for one remote address.
PortSet allowedPorts(const std::vector<Entry>& entries, IpProtocol protocol,
                     const IpAddress& remote, PortSet remaining) {
    PortSet allowed;
    for (const Entry& e : entries) {
        if (remaining.empty()) {
            break;
        }
        if (!e.block || e.block->family() != remote.family() || !e.block->contains(remote) ||
            !reach::protocolCovers(e.entry->protocol, protocol)) {
            continue;
        }
        const PortSet hit =
            remaining.intersect(reach::rulePorts(e.entry->protocol, e.entry->ports));
        if (e.entry->action == RuleAction::Allow) {
            allowed = allowed.unite(hit);
        }
        remaining = remaining.subtract(hit);
    }
    return allowed;
}

bool coversEphemeral(const NaclEntry& entry) {
    return !entry.ports || (entry.ports->from <= ephemeralFrom && entry.ports->to >= ephemeralTo);
}

// An entry for the ephemeral ports of responses: an explicit range from 1024 (or a later start
// of a usual ephemeral range, up to 49152) to 65535.
bool isResponseRule(const NaclEntry& entry) {
    return entry.protocol.hasPorts() && entry.ports && entry.ports->from >= ephemeralFrom &&
           entry.ports->from <= 49152 && entry.ports->to == ephemeralTo;
}

std::string trafficWords(const NaclEntry& entry) {
    std::string ports;
    if (entry.ports) {
        ports = entry.ports->from == entry.ports->to
                    ? std::to_string(entry.ports->from)
                    : std::to_string(entry.ports->from) + "-" + std::to_string(entry.ports->to);
    }
    return toString(entry.protocol) + (ports.empty() ? "" : " " + ports);
}

std::vector<ResourceId> naclAndSubnets(ScopeView& view, const Resource& acl) {
    std::vector<ResourceId> resources = {acl.id};
    for (const Resource* subnet : view.subnetsUsingNacl(acl.id)) {
        resources.push_back(subnet->id);
    }
    return resources;
}

// NACL_EPHEMERAL_BLOCKED: the first request entry whose responses the other direction does not
// fully allow. An entry that already covers the whole ephemeral range is taken for a response
// rule (or allow-all), not a request, and is not judged.
void checkEphemeral(ScopeView& view, const Resource& aclResource,
                    const std::vector<Entry> (&directions)[2]) {
    const PortSet ephemeral = PortSet::range(ephemeralFrom, ephemeralTo);
    for (int request = 0; request < 2; ++request) {
        const std::vector<Entry>& responses = directions[1 - request];
        // Many request entries share a block (0.0.0.0/0, the VPC's block): judge each once.
        std::set<std::pair<int, Cidr>> judged;
        for (const Entry& e : directions[request]) {
            const IpProtocol protocol = e.entry->protocol;
            if (e.entry->action != RuleAction::Allow || !protocol.hasPorts() || !e.block ||
                coversEphemeral(*e.entry) || isResponseRule(*e.entry)) {
                continue;
            }
            if (!judged.insert({e.entry->protocol.number, *e.block}).second) {
                continue; // the same responses as an entry already judged
            }
            // The first and last addresses of the block stand for it: a narrower response rule
            // that misses part of the block shows at one end or the other.
            PortSet missing;
            for (const IpAddress& remote : {e.block->network(), e.block->lastAddress()}) {
                missing = missing.unite(
                    ephemeral.subtract(allowedPorts(responses, protocol, remote, ephemeral)));
            }
            if (missing.empty()) {
                continue;
            }
            const bool inbound = request == 0;
            view.report(
                Severity::Warning, "NACL_EPHEMERAL_BLOCKED", naclAndSubnets(view, aclResource),
                wording::capitalised(wording::named(aclResource)) + ": " +
                    (inbound ? "inbound" : "outbound") + " rule " +
                    std::to_string(e.entry->ruleNumber) + " allows " + trafficWords(*e.entry) +
                    (inbound ? " from " : " to ") + e.block->toString() +
                    ", but the responses, which go " + (inbound ? "out to" : "back in from") +
                    " the client's ephemeral ports 1024-65535, are denied on ports " +
                    missing.toString() + ". NACLs are stateless: answers need their own rule.",
                std::string("Add an ") + (inbound ? "outbound" : "inbound") + " rule: allow " +
                    toString(protocol) + " 1024-65535 " + (inbound ? "to " : "from ") +
                    e.block->toString() + ", numbered before any rule that denies it.");
            break; // one finding per direction
        }
    }
}

// NACL_OPEN_TO_WORLD: the inbound rule that decides a sensitive port for the whole internet
// (0.0.0.0/0 or ::/0) allows it. Entries for narrower blocks do not decide for everyone. A port
// inside an entry for the ephemeral range (1024-65535) is left alone: that entry lets
// responses in, and a stateless NACL needs it.
void checkOpenToWorld(ScopeView& view, const Resource& aclResource, const NetworkAcl& acl,
                      const std::vector<Entry>& inbound) {
    if (acl.isDefault) {
        return; // AWS's default NACL allows everything by design; security groups guard
    }
    std::vector<std::string> opened;
    std::vector<const NaclEntry*> deciding;
    for (const SensitivePort& sensitive : sensitivePorts()) {
        for (const IpFamily family : {IpFamily::V4, IpFamily::V6}) {
            const NaclEntry* decided = nullptr;
            for (const Entry& e : inbound) {
                if (!e.block || e.block->family() != family || e.block->prefixLength() != 0 ||
                    !reach::protocolCovers(e.entry->protocol, IpProtocol{IpProtocol::Tcp}) ||
                    !reach::rulePorts(e.entry->protocol, e.entry->ports).contains(sensitive.port)) {
                    continue;
                }
                decided = e.entry;
                break;
            }
            if (decided == nullptr || decided->action != RuleAction::Allow ||
                isResponseRule(*decided)) {
                continue;
            }
            opened.push_back(std::string(sensitive.service) + " (" +
                             std::to_string(sensitive.port) + ")");
            deciding.push_back(decided);
            break;
        }
    }
    if (opened.empty()) {
        return;
    }
    std::string list;
    for (std::size_t i = 0; i < opened.size(); ++i) {
        list += (i == 0 ? "" : ", ") + opened[i];
    }
    view.report(Severity::Warning, "NACL_OPEN_TO_WORLD", naclAndSubnets(view, aclResource),
                wording::capitalised(wording::named(aclResource)) +
                    " lets the whole internet in on " + list + " (inbound rule " +
                    std::to_string(deciding.front()->ruleNumber) + " allows " +
                    trafficWords(*deciding.front()) + " from " + deciding.front()->cidr +
                    "): anyone can try to log in or query a database in its subnets.",
                "Narrow inbound rule " + std::to_string(deciding.front()->ruleNumber) +
                    " to the addresses that need access (your office or VPN block), or add a "
                    "deny rule for these ports with a lower rule number.");
}

// NACL_RULE_NUMBER_INVALID: AWS numbers entries from 1 to 32766 (32767 is its own final deny)
// and refuses two entries with one number in the same direction.
void checkRuleNumbers(ScopeView& view, const Resource& aclResource, const NetworkAcl& acl) {
    std::set<std::pair<bool, int>> seen;
    for (const NaclEntry& entry : acl.entries) {
        const std::string where = std::string(entry.egress ? "outbound" : "inbound") + " rule " +
                                  std::to_string(entry.ruleNumber);
        if (entry.ruleNumber < 1 || entry.ruleNumber > 32766) {
            view.report(Severity::Error, "NACL_RULE_NUMBER_INVALID", {aclResource.id},
                        wording::capitalised(wording::named(aclResource)) + ": " + where +
                            " is out of range; AWS numbers entries from 1 to 32766.",
                        "Renumber the entry between 1 and 32766 (leave gaps, e.g. 100, 110, "
                        "120, to insert rules later).");
        } else if (!seen.insert({entry.egress, entry.ruleNumber}).second) {
            view.report(Severity::Error, "NACL_RULE_NUMBER_INVALID", {aclResource.id},
                        wording::capitalised(wording::named(aclResource)) + ": two " +
                            (entry.egress ? "outbound" : "inbound") + " entries use rule number " +
                            std::to_string(entry.ruleNumber) +
                            "; AWS refuses the second one (rules are evaluated by number, so the "
                            "order would be ambiguous).",
                        "Give one of them another number, lower if it must win.");
        }
    }
}

} // namespace

const std::vector<SensitivePort>& sensitivePorts() {
    static const std::vector<SensitivePort> ports = {
        {22, "SSH", false},         {3389, "RDP", false},       {1433, "SQL Server", true},
        {1521, "Oracle", true},     {3306, "MySQL", true},      {5432, "PostgreSQL", true},
        {5439, "Redshift", true},   {6379, "Redis", true},      {9042, "Cassandra", true},
        {9200, "OpenSearch", true}, {11211, "Memcached", true}, {27017, "MongoDB", true},
    };
    return ports;
}

void checkNacls(ScopeView& view) {
    for (const Resource* resource : view.nacls) {
        const auto& acl = *resource->as<NetworkAcl>();
        checkRuleNumbers(view, *resource, acl);
        const std::vector<Entry> directions[2] = {entriesOf(acl, false), entriesOf(acl, true)};
        checkEphemeral(view, *resource, directions);
        checkOpenToWorld(view, *resource, acl, directions[0]);
    }
}

} // namespace topograph::checks
