// SPDX-License-Identifier: Apache-2.0
// Security group lints: administration and database ports open to the whole internet, and the
// VPC's default group in use (NETWORK_SEMANTICS.md, Precise choice 10: a workload that names no
// group gets the default one).
#include "core/check/semantic_checks.h"
#include "core/check/wording.h"
#include "core/reach/rule_evaluation.h"

namespace topograph::checks {

namespace {

void checkOpenIngress(ScopeView& view, const Resource& groupResource, const SecurityGroup& group) {
    for (std::size_t i = 0; i < group.ingress.size(); ++i) {
        const SecurityGroupRule& rule = group.ingress[i];
        if (rule.peerKind != SgPeerKind::Cidr ||
            !reach::protocolCovers(rule.protocol, IpProtocol{IpProtocol::Tcp})) {
            continue;
        }
        const auto block = alignedBlock(rule.peer);
        if (!block || block->prefixLength() != 0) {
            continue;
        }
        const reach::PortSet ports = reach::rulePorts(rule.protocol, rule.ports);
        std::string opened;
        for (const SensitivePort& sensitive : sensitivePorts()) {
            if (ports.contains(sensitive.port)) {
                opened += (opened.empty() ? "" : ", ") + std::string(sensitive.service) + " (" +
                          std::to_string(sensitive.port) + ")";
            }
        }
        if (opened.empty()) {
            continue;
        }
        std::vector<ResourceId> resources = {groupResource.id};
        for (const Resource* workload : view.workloadsUsingGroup(groupResource.id)) {
            resources.push_back(workload->id);
        }
        view.report(Severity::Warning, "SG_OPEN_TO_WORLD", std::move(resources),
                    wording::capitalised(wording::named(groupResource)) + ": ingress rule " +
                        std::to_string(i) + " lets anyone on the internet (" + block->toString() +
                        ") connect on " + opened +
                        ". Bots scan the whole internet for these ports within minutes.",
                    "Change the source of ingress rule " + std::to_string(i) +
                        " to the block that needs access (your office or VPN, e.g. "
                        "203.0.113.0/24) or to the security group of the application tier; "
                        "for administration prefer SSM Session Manager or a bastion.");
    }
}

bool usesNoGroupOfItsOwn(const Resource& workload) {
    if (!workload.placement()->securityGroups.empty()) {
        return false;
    }
    // A Network or Gateway Load Balancer created without security groups has none at all.
    const auto* balancer = workload.as<LoadBalancer>();
    return balancer == nullptr || balancer->type == LoadBalancerType::Application;
}

void checkDefaultGroupUse(ScopeView& view) {
    const Resource* explicitDefault = nullptr;
    for (const Resource* group : view.securityGroups) {
        if (group->as<SecurityGroup>()->isDefault) {
            explicitDefault = group;
            break;
        }
    }
    for (const Resource* workload : view.workloads) {
        const auto& groups = workload->placement()->securityGroups;
        const Resource* defaultGroup = nullptr;
        for (const ResourceId& id : groups) {
            const Resource* group = view.lookUp(id);
            if (group != nullptr && group->as<SecurityGroup>() != nullptr &&
                group->as<SecurityGroup>()->isDefault) {
                defaultGroup = group;
                break;
            }
        }
        const bool implicit = usesNoGroupOfItsOwn(*workload);
        if (defaultGroup == nullptr && !implicit) {
            continue;
        }
        const Resource* named = defaultGroup != nullptr ? defaultGroup : explicitDefault;
        std::vector<ResourceId> resources = {workload->id};
        resources.push_back(named != nullptr ? named->id : view.scope);
        view.report(Severity::Warning, "DEFAULT_SG_IN_USE", std::move(resources),
                    wording::capitalised(wording::named(*workload)) +
                        (implicit ? " names no security group, so it gets" : " uses") +
                        " the default security group of VPC '" + view.scope +
                        "', which every other workload without a group shares: anything one "
                        "of them is allowed, all of them are.",
                    "Create a security group for this workload's tier that allows only what it "
                    "needs, and attach it instead of the default group.");
    }
}

} // namespace

void checkSecurityGroups(ScopeView& view) {
    for (const Resource* group : view.securityGroups) {
        checkOpenIngress(view, *group, *group->as<SecurityGroup>());
    }
    checkDefaultGroupUse(view);
}

} // namespace topograph::checks
