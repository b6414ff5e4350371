// SPDX-License-Identifier: Apache-2.0
// NACL_EPHEMERAL_BLOCKED: NACLs are stateless, so a request entry needs the responses allowed
// the other way on the client's ephemeral ports 1024-65535. The fix adds that allow entry for
// the request entry's block, numbered below every deny entry that would shadow it.
#include "core/check/fix_families.h"
#include "core/check/nacl_numbering.h"
#include "core/check/scope_view.h"
#include "core/reach/rule_evaluation.h"

#include <algorithm>

namespace topograph::fixes {

namespace {

using reach::PortSet;

constexpr int ephemeralFrom = 1024;
constexpr int ephemeralTo = 65535;

std::vector<const NaclEntry*> direction(const NetworkAcl& acl, bool egress) {
    std::vector<const NaclEntry*> entries;
    for (const NaclEntry& entry : acl.entries) {
        if (entry.egress == egress) {
            entries.push_back(&entry);
        }
    }
    std::stable_sort(entries.begin(), entries.end(), [](const NaclEntry* a, const NaclEntry* b) {
        return a->ruleNumber < b->ruleNumber;
    });
    return entries;
}

// First-match evaluation of the ephemeral ports for one remote address.
PortSet allowedResponses(const std::vector<const NaclEntry*>& entries, IpProtocol protocol,
                         const IpAddress& remote) {
    PortSet remaining = PortSet::range(ephemeralFrom, ephemeralTo);
    PortSet allowed;
    for (const NaclEntry* entry : entries) {
        const auto block = checks::alignedBlock(entry->cidr);
        if (!block || block->family() != remote.family() || !block->contains(remote) ||
            !reach::protocolCovers(entry->protocol, protocol)) {
            continue;
        }
        const PortSet hit = remaining.intersect(reach::rulePorts(entry->protocol, entry->ports));
        if (entry->action == RuleAction::Allow) {
            allowed = allowed.unite(hit);
        }
        remaining = remaining.subtract(hit);
    }
    return allowed;
}

// The request entry the check reports: the first allow entry for tcp or udp on some ports that
// is not itself a response rule and whose responses are not all allowed (nacl_checks.cpp).
const NaclEntry* blockedRequest(const std::vector<const NaclEntry*>& requests,
                                const std::vector<const NaclEntry*>& responses) {
    const PortSet ephemeral = PortSet::range(ephemeralFrom, ephemeralTo);
    for (const NaclEntry* entry : requests) {
        const auto block = checks::alignedBlock(entry->cidr);
        const bool coversEphemeral = !entry->ports || (entry->ports->from <= ephemeralFrom &&
                                                       entry->ports->to >= ephemeralTo);
        const bool responseRule = entry->ports && entry->ports->from >= ephemeralFrom &&
                                  entry->ports->from <= 49152 && entry->ports->to == ephemeralTo;
        if (entry->action != RuleAction::Allow || !entry->protocol.hasPorts() || !block ||
            coversEphemeral || responseRule) {
            continue;
        }
        for (const IpAddress& remote : {block->network(), block->lastAddress()}) {
            if (allowedResponses(responses, entry->protocol, remote) != ephemeral) {
                return entry;
            }
        }
    }
    return nullptr;
}

} // namespace

Proposal fixNaclEphemeral(const Document& document, const Finding& finding) {
    const Resource* aclResource = involved(document, finding, 0);
    const auto* acl = aclResource != nullptr ? aclResource->as<NetworkAcl>() : nullptr;
    if (acl == nullptr) {
        return std::nullopt;
    }
    // The finding names the direction of its request entry ("...: outbound rule 100 allows").
    const bool requestEgress = finding.message.find(": outbound rule ") != std::string::npos;
    const std::vector<const NaclEntry*> requests = direction(*acl, requestEgress);
    const std::vector<const NaclEntry*> responses = direction(*acl, !requestEgress);
    const NaclEntry* request = blockedRequest(requests, responses);
    if (request == nullptr) {
        return std::nullopt;
    }
    const Cidr block = *checks::alignedBlock(request->cidr);

    // Every deny entry that matches some of the new entry's traffic must come after it.
    int limit = highestNaclRuleNumber + 1;
    const PortSet ephemeral = PortSet::range(ephemeralFrom, ephemeralTo);
    for (const NaclEntry* entry : responses) {
        const auto entryBlock = checks::alignedBlock(entry->cidr);
        if (entry->action == RuleAction::Deny && entryBlock && entryBlock->overlaps(block) &&
            reach::protocolCovers(entry->protocol, request->protocol) &&
            !reach::rulePorts(entry->protocol, entry->ports).intersect(ephemeral).empty()) {
            limit = std::min(limit, entry->ruleNumber);
        }
    }
    const std::optional<int> number = freeNaclRuleNumber(*acl, !requestEgress, limit);
    if (!number) {
        return std::nullopt;
    }

    NaclEntry added;
    added.ruleNumber = *number;
    added.egress = !requestEgress;
    added.action = RuleAction::Allow;
    added.protocol = request->protocol;
    added.ports = PortRange{ephemeralFrom, ephemeralTo};
    added.cidr = block.toString();

    Resource after = *aclResource;
    insertInEvaluationOrder(*after.as<NetworkAcl>(), added);

    const std::string label = std::string("Add ") + (added.egress ? "outbound" : "inbound") +
                              " NACL rule " + std::to_string(added.ruleNumber) + ": allow " +
                              toString(added.protocol) + " 1024-65535 " +
                              (added.egress ? "to " : "from ") + added.cidr;
    return rewriteOf(label, *aclResource, std::move(after));
}

} // namespace topograph::fixes
