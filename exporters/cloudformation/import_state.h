// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/model/resource.h"
#include "exporters/cloudformation/import_notes.h"
#include "exporters/cloudformation/intrinsic_evaluator.h"
#include "exporters/cloudformation/source_node.h"

#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace topograph::cfn {

/// Key of the resource's cloudFormation tree that holds the original expression of every
/// modelled property that used an intrinsic function or that the model holds only in part.
inline constexpr const char* sourceKey = "Topograph::Source";
/// Key of the owner's cloudFormation tree listing the template resources merged into it
/// (routes, rules, associations...), each with its logical id, what it became and its whole
/// definition.
inline constexpr const char* mergedKey = "Topograph::Merged";
/// Key set on a security group whose egress[0] is CloudFormation's implicit allow-all rule.
inline constexpr const char* defaultEgressKey = "Topograph::DefaultEgress";

/// Everything the resource mappers share during one import.
struct ImportState {
    std::string fileName;
    Evaluator& evaluator;
    NoteSink& notes;
    std::map<std::string, Node> definitions; // logical id -> resource definition
    std::set<std::string> modelled; // logical ids that become (or merge into) model resources
    std::map<std::string, Resource> built;
    std::vector<std::string> order; // output order: logical ids and generated AZ containers
    std::map<std::pair<std::string, std::string>, std::string> zoneContainers;
    /// Work that needs every modelled resource to exist (an Elastic IP named by a load
    /// balancer's subnet mapping), run after all of them are mapped.
    std::vector<std::function<void()>> deferred;
    /// ImportOptions::keepTemplateDetails.
    bool keepTemplateDetails = true;

    Resource* find(const std::string& id) {
        const auto found = built.find(id);
        return found == built.end() ? nullptr : &found->second;
    }
    template <typename T> T* findAs(const std::string& id) {
        Resource* resource = find(id);
        return resource != nullptr ? resource->as<T>() : nullptr;
    }
    std::string typeOf(const std::string& id) const { return evaluator.resourceType(id); }

    /// The AvailabilityZone container of (vpc, zone), created (and placed next in the output
    /// order) on first use.
    ResourceId zoneContainer(const ResourceId& vpc, const std::string& zone);

    /// Records that template resource `logicalId` was merged into `owner` as `into` (nothing
    /// without keepTemplateDetails).
    void recordMerge(Resource& owner, const std::string& logicalId, const std::string& into);
};

/// Turns evaluated values into model fields for one resource, with notes for what stays
/// symbolic.
class ValueReader {
public:
    ValueReader(ImportState& state, std::string subject)
        : state_(state), subject_(std::move(subject)) {}

    const std::string& subject() const { return subject_; }
    ImportState& state() { return state_; }

    /// Text; a value unknown before deployment stays symbolic with an UNRESOLVED_VALUE note.
    std::string text(const Value& value, const std::string& what);
    /// The id of a modelled resource for a Ref/GetAtt; otherwise the text (a literal physical
    /// id or a symbol) with a note.
    ResourceId id(const Value& value, const std::string& what);
    std::vector<ResourceId> ids(const Value& value, const std::string& what);
    std::optional<bool> boolean(const Value& value, const std::string& what);
    std::optional<long long> integer(const Value& value, const std::string& what);
    /// True when `value` names a modelled resource (Ref or an identity attribute).
    std::optional<std::string> referencedResource(const Value& value);

private:
    ImportState& state_;
    std::string subject_;
};

/// Reads the Properties of one resource, remembering which ones the model took, so that the
/// rest is kept verbatim.
class PropertyReader : public ValueReader {
public:
    PropertyReader(ImportState& state, std::string logicalId, const Node& definition);

    using ValueReader::boolean;
    using ValueReader::id;
    using ValueReader::ids;
    using ValueReader::integer;
    using ValueReader::text;

    bool has(const std::string& key) const;
    /// The evaluated property (Null when absent); marks it as taken by the model.
    Value value(const std::string& key);
    std::optional<std::string> text(const std::string& key);
    std::optional<ResourceId> id(const std::string& key);
    std::vector<ResourceId> ids(const std::string& key);
    std::optional<bool> boolean(const std::string& key);
    std::optional<long long> integer(const std::string& key);
    /// Keeps the property's original expression even when it used no intrinsic function
    /// (for properties the model holds only in part).
    void keepSource(const std::string& key) { forcedSource_.insert(key); }
    const Node& properties() const { return properties_; }
    /// Adds a Topograph key to the cloudFormation tree (e.g. the implicit-egress marker).
    void addMarker(const std::string& key, const std::string& value);

    /// Name and tags from the Tags property.
    void readTags(Resource& resource);
    /// The cloudFormation tree: Type, attributes, unmodelled properties, sources.
    Tree finish();

private:
    Node definition_;
    Node properties_;
    std::vector<std::string> taken_;
    std::set<std::string> forcedSource_;
    std::vector<std::pair<std::string, std::string>> markers_;
};

/// True when a function is called anywhere under `node`.
bool usesIntrinsic(const Node& node);

} // namespace topograph::cfn
