// SPDX-License-Identifier: Apache-2.0
// Connecting without a mouse: the items the selected one can be connected to, each with what
// the connection would do or why it is refused, for a list the keyboard walks through. The
// list holds the items of the kinds this one connects to (a subnet: the internet and NAT
// gateways; a VPC: the other VPCs and the transit gateways; a workload: the other workloads),
// refused ones included with their reason, so a student sees why a gateway of another VPC does
// not serve the subnet; items of other kinds are left out.
#pragma once

#include "core/edit/connection.h"
#include "core/edit/workload_port.h"

#include <string>
#include <vector>

namespace topograph {

struct ConnectionTarget {
    /// The item to pick.
    ResourceId id;
    ConnectionKind kind = ConnectionKind::None;
    /// The two ends as the connection reads (a gateway picked for a subnet: subnet first).
    ResourceId from;
    ResourceId to;
    /// True when the connection can be made; for two workloads, when the pair can have rules
    /// at all (the port is chosen next, and may turn out to be allowed already).
    bool allowed = false;
    /// The undo step's name when allowed ("Route 0.0.0.0/0 of Public A to Main IGW"); for two
    /// workloads, what the connection allows on the destination's port.
    std::string label;
    /// Why it is refused; empty when allowed.
    std::string hint;
    /// Workload to workload: the port proposed first.
    ListeningPort listening;
};

/// What `from` can be connected to in the document, allowed ones first, each group in file
/// order. Empty for an item that starts no connection, or one whose partners the model lacks.
std::vector<ConnectionTarget> connectionTargets(const Document& document, const ResourceId& from);

/// What an item of this kind connects to, as a sentence for an empty list ("A subnet connects
/// to an internet gateway or a NAT gateway of its own VPC.").
std::string whatConnects(const Document& document, const ResourceId& from);

} // namespace topograph
