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

/// An existing AWS resource named by its id ("vpc-0a1b2c3d"): legitimate in a template that
/// builds on a network made elsewhere, but the analysis cannot see inside it.
Finding outsideTarget(const Resource& resource, const Reference& reference) {
    Finding finding;
    finding.severity = Severity::Info;
    finding.code = "OUTSIDE_REFERENCE";
    finding.resources = {resource.id};
    finding.message = wording::capitalised(wording::named(resource)) + ": " + reference.field +
                      " names '" + reference.target +
                      "', an AWS resource that is not part of this model; paths through it are "
                      "not analysed.";
    finding.fix = "Import or draw that resource too if its routes and rules matter here.";
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

void checkReferences(const Resource& resource, const ResourceLookup& lookUp,
                     std::vector<Finding>& out) {
    for (const Reference& reference : referencesOf(resource)) {
        if (isSymbolic(reference.target)) {
            continue;
        }
        const Resource* target = lookUp(reference.target);
        if (target == nullptr && isOutsideReference(reference.target)) {
            out.push_back(outsideTarget(resource, reference));
            continue;
        }
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

void checkReferences(const Document& document, std::vector<Finding>& out) {
    const ResourceLookup lookUp = [&](const ResourceId& id) {
        return document.find(id);
    };
    for (const Resource& resource : document.resources()) {
        checkReferences(resource, lookUp, out);
    }
}

} // namespace topograph::checks
