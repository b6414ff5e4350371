// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/check/validator.h"
#include "core/reach/network_index.h"
#include "core/reach/query.h"

#include <set>
#include <string>

namespace topograph::engine {

/// The part of the network an answer can depend on, so that an edit elsewhere leaves the
/// answer alone.
///
/// A walk only reads resources of the VPCs its packets enter (every one of them names a
/// component there in a hop or as the blocker), the security groups of its two ends and the
/// groups their rules reference, plus network-wide things: VPC blocks (transit gateway
/// propagation, overlaps, "some public address"), gateways, peering and transit gateway
/// resources, Elastic IPs. So an edit of a subnet, route table, NACL, security group or
/// workload touches the answer only when its VPC scope (before or after the edit) is in
/// `scopes`. A VPC's blocks are read beyond the VPCs a packet enters, but never outside their
/// connected component (VpcGraph), except by answers that `readsAllBlocks`. Every other edit,
/// and every added or removed resource, touches all answers.
struct QueryFootprint {
    std::set<ResourceId> scopes; // VPC scopes (validator.h) the answer reads
    bool namesAddress = false;   // an end given as an IP address: any workload or subnet counts
    /// An end that is not a workload named by id (the internet, an address, a service): the
    /// answer reads every VPC's blocks ("some public address", "an address in no VPC").
    bool readsAllBlocks = false;
    bool failed = false; // the query could not be asked: answer it again every time
};

/// The footprint of `answer` (nullptr when the query failed) to `query` on `index`.
QueryFootprint footprintOf(const reach::NetworkIndex& index, const checks::ValidationIndex& scopes,
                           const reach::ReachQuery& query, const reach::ReachAnswer* answer);

/// True for kinds whose edits only matter inside their VPC scope.
bool isScopedKind(ResourceKind kind);

} // namespace topograph::engine
