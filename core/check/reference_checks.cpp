// SPDX-License-Identifier: Apache-2.0
// DANGLING_REFERENCE: every id a resource holds must name an existing resource of a kind the
// field accepts. The fields and kinds come from referencesOf(), the one list of references.
#include "core/check/check_families.h"
#include "core/check/wording.h"
#include "core/model/references.h"

#include <algorithm>

namespace topograph::checks {

namespace {

Finding missingTarget(const Resource& resource, const Reference& reference) {
    Finding finding;
    finding.severity = Severity::Error;
    finding.code = "DANGLING_REFERENCE";
    finding.resources = {resource.id};
    finding.message = wording::capitalised(wording::named(resource)) + ": " + reference.field +
                      " names '" + reference.target + "', but no resource has that id.";
    if (reference.allowedKinds.empty()) {
        finding.fix = "Clear " + reference.field + "; it takes no resource here.";
    } else {
        finding.fix = "Point " + reference.field + " at an existing " +
                      wording::kindList(reference.allowedKinds) + ", or add one with the id '" +
                      reference.target + "'.";
    }
    return finding;
}

Finding wrongKind(const Resource& resource, const Reference& reference, const Resource& target) {
    Finding finding;
    finding.severity = Severity::Error;
    finding.code = "DANGLING_REFERENCE";
    finding.resources = {resource.id, target.id};
    finding.message = wording::capitalised(wording::named(resource)) + ": " + reference.field +
                      " names " + wording::named(target) + ", but ";
    if (reference.allowedKinds.empty()) {
        finding.message += "this field takes no resource.";
        finding.fix = "Clear " + reference.field + ".";
    } else {
        finding.message +=
            "the field accepts only: " + wording::kindList(reference.allowedKinds) + ".";
        finding.fix = "Point " + reference.field + " at an existing " +
                      wording::kindList(reference.allowedKinds) + " instead of " +
                      wording::named(target) + ".";
    }
    return finding;
}

} // namespace

void checkReferences(const Document& document, std::vector<Finding>& out) {
    for (const Resource& resource : document.resources()) {
        for (const Reference& reference : referencesOf(resource)) {
            const Resource* target = document.find(reference.target);
            if (target == nullptr) {
                out.push_back(missingTarget(resource, reference));
                continue;
            }
            const auto& allowed = reference.allowedKinds;
            if (std::find(allowed.begin(), allowed.end(), target->kind()) == allowed.end()) {
                out.push_back(wrongKind(resource, reference, *target));
            }
        }
    }
}

} // namespace topograph::checks
