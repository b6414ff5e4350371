// SPDX-License-Identifier: Apache-2.0
// The validator's entry points: validate() for a whole document, and the scoped pieces an
// incremental engine reruns after an edit (core/engine/ builds on them).
//
// Findings are partitioned into scopes. Every resource belongs to exactly one scope: the VPC
// it sits in (a subnet, route table, NACL, security group, workload, NAT gateway, the
// internet gateway attached to the VPC, the VPC itself, an Elastic IP associated with a
// workload of the VPC, a resource kept verbatim that names one of its security groups...), or
// the global scope (empty id) for everything in no VPC
// (peering connections, transit gateways and their route tables, regions, unattached
// gateways). A scope's findings are about its members; checkScope() computes them from the
// scope's members and from the resources listed in its dependencies.
//
// Incremental use, after an edit described by a ChangeSet:
//   1. index.apply(documentAfter, changes) returns the scopes whose membership changed;
//   2. rerun checkScope() for: those scopes, the scope of every added/changed/removed id
//      (before and after the edit), every scope whose last ScopeResult lists one of those ids
//      in `resources`, or lists one of the rerun VPC scopes in `scopes`;
//   3. the global scope depends on every VPC and on the peering and transit gateway kinds:
//      rerun it when an edited resource is one of globalScopeKinds();
//   4. merge: keep the findings of the scopes not rerun, replace the others, sortFindings().
// The result equals validate() on the edited document (tests/core/check prove it on edits).
// checkScope() also takes the reachability index of the same document, brought up to date
// first: the allowed-flow checks ask it questions whose answers read only the scope's members.
#pragma once

#include "core/check/finding.h"
#include "core/model/document.h"

#include <string>
#include <unordered_map>
#include <vector>

namespace topograph {

namespace reach {
class NetworkIndex;
}

/// Every finding about the document: structural checks (references, CIDR blocks) and
/// semantic checks (addresses, routes, gateways, NACLs, security groups, security lints), in
/// the order of sortFindings(). docs/FINDINGS.md lists every code.
std::vector<Finding> validate(const Document& document);

/// The order findings are reported in: by the document position of their first resource, then
/// code, then the positions of the other resources, then message and fix. A total order, so the
/// result never depends on the order checks ran in.
void sortFindings(const Document& document, std::vector<Finding>& findings);

namespace checks {

/// The id of the global scope.
inline const ResourceId globalScope;

/// Which scope owns each resource, and the members of each scope. O(n) to build; apply()
/// updates it after an edit in time proportional to the edit (a VPC, subnet or security group
/// that appears, goes or moves to another VPC rebuilds it, since what derives its scope from it
/// moves too; a workload or NAT gateway takes only its Elastic IPs along).
class ValidationIndex {
public:
    explicit ValidationIndex(const Document& document);

    /// Brings the index up to date with `document`, the document after `changes`. Returns the
    /// scopes whose membership changed (each once).
    std::vector<ResourceId> apply(const Document& document, const ChangeSet& changes);

    /// The scope owning `id`: a VPC id, or globalScope (also for unknown ids).
    const ResourceId& scopeOf(const ResourceId& id) const;
    /// Every VPC scope with at least one member, and the global scope, in no particular order.
    std::vector<ResourceId> scopes() const;
    /// The members of a scope, in no particular order; empty for an unknown scope.
    const std::vector<ResourceId>& membersOf(const ResourceId& scope) const;

private:
    void rebuild(const Document& document);
    ResourceId computeScope(const Document& document, const Resource& resource) const;
    void place(const Resource& resource, const ResourceId& scope);
    void unplace(const ResourceId& id);
    /// Places again the Elastic IPs associated with `id`, touching the scopes they leave and
    /// join.
    template <typename Touch>
    void replaceElasticIpsOf(const Document& document, const ResourceId& id, Touch touch);

    struct Entry {
        ResourceId scope;
        /// Many resources derive their scope from this one (a VPC, a subnet, a security group):
        /// when it appears, goes or moves, the index is built again.
        bool manyFollow = false;
        ResourceId follows; // an Elastic IP: the resource it is associated with
    };
    std::unordered_map<ResourceId, Entry> scopeOf_;
    std::unordered_map<ResourceId, std::vector<ResourceId>> members_;
    /// Elastic IPs by the id they are associated with (which may name nothing yet): the only
    /// resources that derive their scope from a workload or a NAT gateway.
    std::unordered_map<ResourceId, std::vector<ResourceId>> elasticIpsOf_;
};

/// What one scope's checks found, and what outside the scope they read.
struct ScopeResult {
    std::vector<Finding> findings;
    /// Ids outside the scope whose existence, kind or properties the findings depend on
    /// (possibly ids that name no resource yet: adding one changes the findings).
    std::vector<ResourceId> resources;
    /// Other VPC scopes whose members the findings depend on as a whole (the peer VPC of a
    /// peering connection: whether it routes back).
    std::vector<ResourceId> scopes;
};

/// All findings owned by one scope (a VPC id or globalScope), unsorted. `network` indexes the
/// same document: the allowed-flow checks ask it reachability questions inside the VPC.
ScopeResult checkScope(const Document& document, const ValidationIndex& index,
                       const reach::NetworkIndex& network, const ResourceId& scope);

/// Convenience for one VPC without an index kept by the caller (builds one: O(n)).
std::vector<Finding> checksForVpc(const Document& document, const ResourceId& vpc);

/// Kinds whose edits require rerunning the global scope.
const std::vector<ResourceKind>& globalScopeKinds();

} // namespace checks

} // namespace topograph
