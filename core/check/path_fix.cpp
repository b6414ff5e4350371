// SPDX-License-Identifier: Apache-2.0
#include "core/check/path_fix.h"

#include "core/check/nacl_numbering.h"
#include "core/reach/reach.h"
#include "core/reach/rule_evaluation.h"

#include <algorithm>
#include <map>
#include <memory>

namespace topograph {

namespace {

// A path through a NAT gateway or a transit VPC crosses more filters than a direct one; the loop
// ends when a remedy repeats (it did not take), and this bound only guards against a cycle.
constexpr int maxSteps = 32;

std::string portsText(const reach::RuleRemedy& remedy) {
    if (remedy.protocol.isAll()) {
        return "all traffic";
    }
    std::string text = toString(remedy.protocol);
    if (remedy.ports) {
        text += " " + std::to_string(remedy.ports->from);
        if (remedy.ports->to != remedy.ports->from) {
            text += "-" + std::to_string(remedy.ports->to);
        }
    }
    return text;
}

std::string peerText(const Document& document, const reach::RuleRemedy& remedy) {
    if (remedy.peerKind == SgPeerKind::SecurityGroup) {
        const Resource* group = document.find(remedy.peer);
        return group != nullptr ? group->label() : remedy.peer;
    }
    return remedy.peer;
}

/// Adds the remedy's rule to `filter`; returns the step's words, or nullopt when the filter is
/// not the kind the remedy names or the NACL has no rule number left before the deny.
std::optional<std::string> addRule(const Document& document, Resource& filter,
                                   const reach::RuleRemedy& remedy) {
    const std::string direction = remedy.egress ? "outbound" : "inbound";
    const std::string toFrom = remedy.egress ? " to " : " from ";
    if (remedy.filter == reach::RuleRemedy::Filter::SecurityGroup) {
        auto* group = filter.as<SecurityGroup>();
        if (group == nullptr) {
            return std::nullopt;
        }
        SecurityGroupRule rule;
        rule.protocol = remedy.protocol;
        rule.ports = remedy.ports;
        rule.peerKind = remedy.peerKind;
        rule.peer = remedy.peer;
        (remedy.egress ? group->egress : group->ingress).push_back(rule);
        return "Security group " + filter.label() + ": allow " + direction + " " +
               portsText(remedy) + toFrom + peerText(document, remedy);
    }
    auto* acl = filter.as<NetworkAcl>();
    if (acl == nullptr) {
        return std::nullopt;
    }
    const int limit =
        remedy.firstDenyNumber > 0 ? remedy.firstDenyNumber : fixes::highestNaclRuleNumber + 1;
    const std::optional<int> number = fixes::freeNaclRuleNumber(*acl, remedy.egress, limit);
    if (!number) {
        return std::nullopt;
    }
    NaclEntry entry;
    entry.ruleNumber = *number;
    entry.egress = remedy.egress;
    entry.action = RuleAction::Allow;
    entry.protocol = remedy.protocol;
    entry.ports = remedy.ports;
    entry.cidr = remedy.peer;
    fixes::insertInEvaluationOrder(*acl, entry);
    return "Network ACL " + filter.label() + ": " + direction + " rule " + std::to_string(*number) +
           " allows " + portsText(remedy) + toFrom + remedy.peer;
}

std::string endpointName(const Document& document, const std::string& endpoint) {
    const Resource* resource = document.find(endpoint);
    return resource != nullptr ? resource->label() : endpoint;
}

} // namespace

PathOpening openPathIn(Document& opened, std::unique_ptr<reach::NetworkIndex>& index,
                       const reach::ReachQuery& query) {
    PathOpening opening;
    opening.after = reach::reach(*index, query);
    std::vector<reach::RuleRemedy> applied;
    for (int step = 0; step < maxSteps && !opening.after.reachable && opening.after.remedy;
         ++step) {
        const reach::RuleRemedy remedy = *opening.after.remedy;
        if (std::find(applied.begin(), applied.end(), remedy) != applied.end()) {
            break; // the rule did not take; adding it again would not either
        }
        applied.push_back(remedy);
        const Resource* filter = opened.find(remedy.resource);
        if (filter == nullptr) {
            break; // the implicit default NACL or group: nothing in the file to add a rule to
        }
        Resource widened = *filter;
        std::optional<std::string> words = addRule(opened, widened, remedy);
        if (!words) {
            break;
        }
        const bool firstChange =
            std::none_of(opening.replaced.begin(), opening.replaced.end(),
                         [&](const Resource& before) { return before.id == filter->id; });
        if (firstChange) {
            opening.replaced.push_back(*filter);
        }
        opening.steps.push_back(std::move(*words));
        // One index, refreshed after each rule: rebuilding it per step cost most of the time on
        // a large model, and the findings panel asks for these fixes for every row it shows.
        if (!index->refresh(opened.replace(std::move(widened)))) {
            index = std::make_unique<reach::NetworkIndex>(opened);
        }
        opening.after = reach::reach(*index, query);
    }
    return opening;
}

std::optional<PathFix> proposePathFix(const Document& document, const reach::ReachQuery& query) {
    Document opened = document;
    auto index = std::make_unique<reach::NetworkIndex>(opened);
    PathOpening opening = openPathIn(opened, index, query);
    if (opening.steps.empty()) {
        return std::nullopt;
    }
    PathFix fix;
    fix.steps = std::move(opening.steps);
    fix.after = std::move(opening.after);
    for (const Resource& before : opening.replaced) {
        fix.edit.rewritten.push_back({before, *opened.find(before.id)});
    }
    fix.label = "Open " + reach::describeTraffic(query.protocol, query.port) + " from " +
                endpointName(document, query.source) + " to " +
                endpointName(document, query.destination);
    return fix;
}

} // namespace topograph
