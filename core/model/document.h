// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/model/resource.h"

#include <cstddef>
#include <stdexcept>
#include <string>
#include <unordered_map>
#include <vector>

namespace topograph {

/// What one operation on a document changed; list models and the validator follow it.
struct ChangeSet {
    std::vector<ResourceId> added;
    std::vector<ResourceId> removed;
    std::vector<ResourceId> changed;
    /// True when only geometry changed: nothing to revalidate.
    bool geometryOnly = false;

    bool empty() const { return added.empty() && removed.empty() && changed.empty(); }
};

class DuplicateIdError : public std::invalid_argument {
public:
    explicit DuplicateIdError(const ResourceId& id);
};

/// The architecture being designed: resources in file order, found by id in constant time.
/// A value type: copies are independent, equality compares every resource in order.
class Document {
public:
    static constexpr int currentFormatVersion = 1;

    std::string title;
    std::string description;
    /// Template-level sections of an imported CloudFormation template that the model does not
    /// represent (Parameters, Mappings, Conditions, Outputs, Metadata, Transform, ...),
    /// kept verbatim as a mapping so a re-export restores them.
    Tree cloudFormation;

    const std::vector<Resource>& resources() const { return resources_; }
    std::size_t size() const { return resources_.size(); }

    bool contains(const ResourceId& id) const { return index_.contains(id); }
    const Resource* find(const ResourceId& id) const;
    Resource* findMutable(const ResourceId& id);
    /// The resource's position in file order, or size() when absent.
    std::size_t positionOf(const ResourceId& id) const;

    template <typename T> const T* findAs(const ResourceId& id) const {
        const Resource* resource = find(id);
        return resource != nullptr ? resource->as<T>() : nullptr;
    }

    /// Appends, or inserts at `position`; throws DuplicateIdError when the id is taken.
    ChangeSet add(Resource resource);
    ChangeSet insert(std::size_t position, Resource resource);
    /// Replaces the resource with the same id; returns an empty change set when absent.
    ChangeSet replace(Resource resource);
    ChangeSet setGeometry(const ResourceId& id, std::optional<Geometry> geometry);
    /// Removes one resource; references to it are left for the caller to mend or report.
    ChangeSet remove(const ResourceId& id);

    /// An id not yet used, built from `stem` ("vpc" -> "vpc-1", "vpc-2", ...).
    ResourceId freshId(const std::string& stem) const;

    bool operator==(const Document& other) const;

private:
    void reindexFrom(std::size_t position);

    std::vector<Resource> resources_;
    std::unordered_map<ResourceId, std::size_t> index_;
};

} // namespace topograph
