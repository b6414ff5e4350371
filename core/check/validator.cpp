// SPDX-License-Identifier: Apache-2.0
#include "core/check/validator.h"

#include "core/check/check_families.h"
#include "core/check/scope_view.h"
#include "core/check/semantic_checks.h"

#include <algorithm>
#include <numeric>

namespace topograph {

namespace checks {

namespace {

void runPerResourceChecks(ScopeView& view, std::vector<Finding>& out) {
    const ResourceLookup lookUp = [&](const ResourceId& id) {
        return view.lookUp(id);
    };
    std::vector<const Resource*> subnets;
    for (const Resource* resource : view.members) {
        checkReferences(*resource, lookUp, out);
        checkCidrSyntax(*resource, out);
        checkVpcAddressing(*resource, lookUp, out);
        if (resource->kind() == ResourceKind::Subnet) {
            subnets.push_back(resource);
        }
    }
    checkSubnetOverlaps(view.document, subnets, out);
}

} // namespace

ScopeResult checkScope(const Document& document, const ValidationIndex& index,
                       const reach::NetworkIndex& network, const ResourceId& scope) {
    ScopeResult result;
    ScopeView view(document, index, scope, result);
    std::vector<Finding> structural;
    runPerResourceChecks(view, structural);
    if (scope == globalScope) {
        checkVpcOverlaps(document, structural);
    } else if (view.vpcResource != nullptr) {
        checkWorkloadAddresses(view);
        checkRoutes(view);
        checkGateways(view);
        checkSubnetExposure(view);
        checkNacls(view);
        checkSecurityGroups(view);
        checkAssociations(view);
        checkTierZones(view);
        checkAllowedFlows(view, network);
    }
    result.findings.insert(result.findings.end(), std::make_move_iterator(structural.begin()),
                           std::make_move_iterator(structural.end()));
    return result;
}

std::vector<Finding> checksForVpc(const Document& document, const ResourceId& vpc) {
    const ValidationIndex index(document);
    const reach::NetworkIndex network(document);
    auto findings = checkScope(document, index, network, vpc).findings;
    sortFindings(document, findings);
    return findings;
}

const std::vector<ResourceKind>& globalScopeKinds() {
    static const std::vector<ResourceKind> kinds = {
        ResourceKind::Vpc, ResourceKind::VpcPeering, ResourceKind::TransitGateway,
        ResourceKind::TransitGatewayAttachment, ResourceKind::TransitGatewayRouteTable};
    return kinds;
}

} // namespace checks

void sortFindings(const Document& document, std::vector<Finding>& findings) {
    // Positions computed once: a lookup per comparison would cost a hash per step.
    std::vector<std::vector<std::size_t>> positions(findings.size());
    for (std::size_t i = 0; i < findings.size(); ++i) {
        positions[i].reserve(findings[i].resources.size() + 1);
        for (const ResourceId& id : findings[i].resources) {
            positions[i].push_back(document.positionOf(id));
        }
        if (positions[i].empty()) {
            positions[i].push_back(document.size());
        }
    }
    std::vector<std::size_t> order(findings.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        const Finding& x = findings[a];
        const Finding& y = findings[b];
        if (positions[a].front() != positions[b].front()) {
            return positions[a].front() < positions[b].front();
        }
        if (x.code != y.code) {
            return x.code < y.code;
        }
        if (positions[a] != positions[b]) {
            return positions[a] < positions[b];
        }
        if (x.resources != y.resources) {
            return x.resources < y.resources;
        }
        if (x.message != y.message) {
            return x.message < y.message;
        }
        return x.fix < y.fix;
    });
    std::vector<Finding> sorted;
    sorted.reserve(findings.size());
    for (std::size_t index : order) {
        sorted.push_back(std::move(findings[index]));
    }
    findings = std::move(sorted);
}

std::vector<Finding> validate(const Document& document) {
    const checks::ValidationIndex index(document);
    const reach::NetworkIndex network(document);
    std::vector<Finding> findings;
    for (const ResourceId& scope : index.scopes()) {
        auto result = checks::checkScope(document, index, network, scope);
        findings.insert(findings.end(), std::make_move_iterator(result.findings.begin()),
                        std::make_move_iterator(result.findings.end()));
    }
    sortFindings(document, findings);
    return findings;
}

} // namespace topograph
