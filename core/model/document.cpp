// SPDX-License-Identifier: Apache-2.0
#include "core/model/document.h"

namespace topograph {

DuplicateIdError::DuplicateIdError(const ResourceId& id)
    : std::invalid_argument("the id '" + id + "' is already used by another resource") {}

const Resource* Document::find(const ResourceId& id) const {
    const auto it = index_.find(id);
    return it == index_.end() ? nullptr : &resources_[it->second];
}

Resource* Document::findMutable(const ResourceId& id) {
    const auto it = index_.find(id);
    return it == index_.end() ? nullptr : &resources_[it->second];
}

std::size_t Document::positionOf(const ResourceId& id) const {
    const auto it = index_.find(id);
    return it == index_.end() ? resources_.size() : it->second;
}

ChangeSet Document::add(Resource resource) {
    return insert(resources_.size(), std::move(resource));
}

ChangeSet Document::insert(std::size_t position, Resource resource) {
    if (index_.contains(resource.id)) {
        throw DuplicateIdError(resource.id);
    }
    if (position > resources_.size()) {
        position = resources_.size();
    }
    ChangeSet changes;
    changes.added.push_back(resource.id);
    resources_.insert(resources_.begin() + static_cast<std::ptrdiff_t>(position),
                      std::move(resource));
    reindexFrom(position);
    return changes;
}

ChangeSet Document::replace(Resource resource) {
    Resource* existing = findMutable(resource.id);
    ChangeSet changes;
    if (existing == nullptr) {
        return changes;
    }
    changes.changed.push_back(resource.id);
    Resource withOldGeometry = resource;
    withOldGeometry.geometry = existing->geometry;
    changes.geometryOnly = withOldGeometry == *existing;
    *existing = std::move(resource);
    return changes;
}

ChangeSet Document::setGeometry(const ResourceId& id, std::optional<Geometry> geometry) {
    ChangeSet changes;
    Resource* existing = findMutable(id);
    if (existing == nullptr) {
        return changes;
    }
    existing->geometry = geometry;
    changes.changed.push_back(id);
    changes.geometryOnly = true;
    return changes;
}

ChangeSet Document::remove(const ResourceId& id) {
    ChangeSet changes;
    const auto it = index_.find(id);
    if (it == index_.end()) {
        return changes;
    }
    const std::size_t position = it->second;
    index_.erase(it);
    resources_.erase(resources_.begin() + static_cast<std::ptrdiff_t>(position));
    reindexFrom(position);
    changes.removed.push_back(id);
    return changes;
}

ResourceId Document::freshId(const std::string& stem) const {
    for (std::size_t n = 1;; ++n) {
        ResourceId candidate = stem + "-" + std::to_string(n);
        if (!index_.contains(candidate)) {
            return candidate;
        }
    }
}

bool Document::operator==(const Document& other) const {
    return title == other.title && description == other.description &&
           cloudFormation == other.cloudFormation && resources_ == other.resources_;
}

void Document::reindexFrom(std::size_t position) {
    for (std::size_t i = position; i < resources_.size(); ++i) {
        index_[resources_[i].id] = i;
    }
}

} // namespace topograph
