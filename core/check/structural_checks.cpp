// SPDX-License-Identifier: Apache-2.0
#include "core/check/structural_checks.h"

#include "core/check/check_families.h"

#include <algorithm>
#include <numeric>

namespace topograph {

std::vector<Finding> runStructuralChecks(const Document& document) {
    std::vector<Finding> findings;
    checks::checkReferences(document, findings);
    checks::checkCidrSyntax(document, findings);
    checks::checkVpcAddressing(document, findings);
    checks::checkSubnetOverlaps(document, findings);

    // Sort keys computed once: a lookup per comparison would cost a hash per step.
    std::vector<std::size_t> firstPosition(findings.size());
    for (std::size_t i = 0; i < findings.size(); ++i) {
        firstPosition[i] = findings[i].resources.empty()
                               ? document.size()
                               : document.positionOf(findings[i].resources.front());
    }
    std::vector<std::size_t> order(findings.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        if (firstPosition[a] != firstPosition[b]) {
            return firstPosition[a] < firstPosition[b];
        }
        return findings[a].code < findings[b].code;
    });
    std::vector<Finding> sorted;
    sorted.reserve(findings.size());
    for (std::size_t index : order) {
        sorted.push_back(std::move(findings[index]));
    }
    return sorted;
}

} // namespace topograph
