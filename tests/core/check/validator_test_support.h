// SPDX-License-Identifier: Apache-2.0
// Shared helpers of the validator tests: one-line edits, verbatim CloudFormation trees, and
// findings filtered by code.
#pragma once

#include "core/check/validator.h"
#include "tests/support/model_builders.h"

#include <algorithm>
#include <stdexcept>
#include <string>
#include <vector>

namespace topograph::check_tests {

template <typename T> T& propertiesOf(Document& document, const ResourceId& id) {
    Resource* resource = document.findMutable(id);
    T* properties = resource != nullptr ? resource->as<T>() : nullptr;
    if (properties == nullptr) {
        throw std::logic_error("test setup: no " + id + " of the expected kind");
    }
    return *properties;
}

inline std::vector<Finding> withCode(const std::vector<Finding>& findings,
                                     const std::string& code) {
    std::vector<Finding> result;
    std::copy_if(findings.begin(), findings.end(), std::back_inserter(result),
                 [&](const Finding& finding) { return finding.code == code; });
    return result;
}

inline Tree scalarTree(std::string text) {
    Tree tree;
    tree.type = Tree::Type::Scalar;
    tree.scalar = std::move(text);
    return tree;
}

inline Tree referenceTree(std::string id) {
    Tree tree = scalarTree(std::move(id));
    tree.tag = "!Ref";
    return tree;
}

inline Tree mappingTree(std::vector<TreeEntry> entries) {
    Tree tree;
    tree.type = Tree::Type::Mapping;
    tree.entries = std::move(entries);
    return tree;
}

/// An AWS::EC2::LaunchTemplate as the importer keeps it: verbatim, naming a security group.
inline Resource launchTemplateNaming(const ResourceId& group) {
    Resource r =
        testing_support::resource("launch-template", ExternalResource{"AWS::EC2::LaunchTemplate"});
    Tree ids;
    ids.type = Tree::Type::Sequence;
    ids.items = {referenceTree(group)};
    r.cloudFormation = mappingTree(
        {{"Properties",
          mappingTree({{"LaunchTemplateData", mappingTree({{"SecurityGroupIds", ids}})}})}});
    return r;
}

inline std::string describeAll(const std::vector<Finding>& findings) {
    std::string text;
    for (const Finding& finding : findings) {
        text += std::string(severityName(finding.severity)) + " " + finding.code + " [";
        for (const auto& id : finding.resources) {
            text += id + " ";
        }
        text += "]: " + finding.message + " | fix: " + finding.fix + "\n";
    }
    return text;
}

} // namespace topograph::check_tests
