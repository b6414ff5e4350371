// SPDX-License-Identifier: Apache-2.0
#include "core/engine/finding_set.h"

#include <algorithm>
#include <numeric>

namespace topograph::engine {

FindingSet::Key FindingSet::keyOf(const Document& document, const Finding& finding) {
    Key key;
    key.positions.reserve(finding.resources.size() + 1);
    for (const ResourceId& id : finding.resources) {
        key.positions.push_back(document.positionOf(id));
    }
    if (key.positions.empty()) {
        key.positions.push_back(document.size());
    }
    return key;
}

bool FindingSet::before(const Finding& x, const Key& kx, const Finding& y, const Key& ky) {
    if (kx.positions.front() != ky.positions.front()) {
        return kx.positions.front() < ky.positions.front();
    }
    if (x.code != y.code) {
        return x.code < y.code;
    }
    if (kx.positions != ky.positions) {
        return kx.positions < ky.positions;
    }
    if (x.resources != y.resources) {
        return x.resources < y.resources;
    }
    if (x.message != y.message) {
        return x.message < y.message;
    }
    return x.fix < y.fix;
}

void FindingSet::replaceScopes(const Document& document, const std::set<ResourceId>& scopes,
                               std::vector<std::pair<ResourceId, Finding>> fresh,
                               bool positionsMoved) {
    if (positionsMoved) {
        for (std::size_t i = 0; i < findings_.size(); ++i) {
            keys_[i] = keyOf(document, findings_[i]);
        }
    }
    std::vector<Key> freshKeys;
    freshKeys.reserve(fresh.size());
    for (const auto& [scope, finding] : fresh) {
        freshKeys.push_back(keyOf(document, finding));
    }
    std::vector<std::size_t> order(fresh.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return before(fresh[a].second, freshKeys[a], fresh[b].second, freshKeys[b]);
    });

    std::vector<Finding> findings;
    std::vector<ResourceId> owners;
    std::vector<Key> keys;
    const std::size_t capacity = findings_.size() + fresh.size();
    findings.reserve(capacity);
    owners.reserve(capacity);
    keys.reserve(capacity);
    const auto takeKept = [&](std::size_t i) {
        findings.push_back(std::move(findings_[i]));
        owners.push_back(std::move(scopes_[i]));
        keys.push_back(std::move(keys_[i]));
    };
    const auto takeFresh = [&](std::size_t j) {
        findings.push_back(std::move(fresh[j].second));
        owners.push_back(std::move(fresh[j].first));
        keys.push_back(std::move(freshKeys[j]));
    };
    std::size_t i = 0;
    std::size_t j = 0;
    while (i < findings_.size() || j < order.size()) {
        if (i < findings_.size() && scopes.contains(scopes_[i])) {
            ++i; // a finding of a rerun scope: replaced by the fresh ones
            continue;
        }
        if (j == order.size() ||
            (i < findings_.size() &&
             !before(fresh[order[j]].second, freshKeys[order[j]], findings_[i], keys_[i]))) {
            takeKept(i++);
        } else {
            takeFresh(order[j++]);
        }
    }
    findings_ = std::move(findings);
    scopes_ = std::move(owners);
    keys_ = std::move(keys);
}

} // namespace topograph::engine
