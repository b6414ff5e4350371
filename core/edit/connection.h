// SPDX-License-Identifier: Apache-2.0
// Connecting two items by dragging one onto the other: what the connection means in AWS terms
// and the edit that makes it, or why it cannot be made. The rules follow
// NETWORK_SEMANTICS.md:
//
// | from     | onto                      | the edit                                               |
// | -------- | ------------------------- | ------------------------------------------------------ |
// | subnet   | internet gateway          | 0.0.0.0/0 -> the gateway in the subnet's route table   |
// |          |                           | (an unattached gateway is attached to the VPC too)     |
// | subnet   | NAT gateway (same VPC)    | 0.0.0.0/0 -> the NAT gateway, likewise                 |
// | VPC      | VPC                       | a peering connection, and optionally routes to the     |
// |          |                           | other VPC's blocks in every route table of both        |
// | VPC      | transit gateway           | an attachment in the first subnet of each zone, and    |
// |          |                           | optionally routes between it and the VPCs already there|
// | workload | workload, on a port       | the destination's group allows the source's group in,  |
// |          |                           | the source's group lets it out when it does not yet    |
// | internet | workload of its VPC, on a | the workload's group allows the port in from anywhere  |
// | gateway  | port                      | (0.0.0.0/0): what an internet-facing tier accepts      |
//
// A gateway dragged onto a subnet, or a transit gateway onto a VPC, connects the same way round
// as the table. A subnet that uses its VPC's main route table gets a table of its own (a copy of
// the main one) instead: changing the main table would change every other subnet that uses it.
#pragma once

#include "core/model/document_edit.h"

#include <string>
#include <vector>

namespace topograph {

namespace reach {
class NetworkIndex;
}

/// What a connection between two kinds of item does.
enum class ConnectionKind : std::uint8_t {
    None,               // these two kinds do not connect
    DefaultRoute,       // subnet -> internet or NAT gateway
    Peering,            // VPC -> VPC
    TransitAttachment,  // VPC -> transit gateway
    SecurityGroupRules, // workload -> workload, on a protocol and port
    InternetIngress     // internet gateway -> workload, on a protocol and port
};

/// True for the connections that allow traffic on a protocol and port the user chooses.
inline bool takesPort(ConnectionKind kind) {
    return kind == ConnectionKind::SecurityGroupRules || kind == ConnectionKind::InternetIngress;
}

struct ConnectionRequest {
    ResourceId from;
    ResourceId to;
    /// Workload to workload and internet to workload: the traffic to allow (tcp, udp, icmp or
    /// all) and its port.
    IpProtocol protocol{IpProtocol::Tcp};
    int port = 443;
    /// Peering and transit gateway attachments: also add the routes between the VPCs.
    bool withRoutes = true;
};

struct ConnectionProposal {
    ConnectionKind kind = ConnectionKind::None;
    /// The two ends as the connection reads (a gateway dragged onto a subnet comes out as
    /// subnet -> gateway; a drop inside a VPC counts as a drop on that VPC for a VPC source).
    ResourceId from;
    ResourceId to;
    bool allowed = false;
    /// Why it is refused and what to do instead; empty when allowed.
    std::string hint;
    /// One line naming the undo step ("Route 0.0.0.0/0 of Public subnet A to Internet gateway").
    std::string label;
    /// What will change, one sentence each, for the confirmation.
    std::vector<std::string> changes;
    DocumentEdit edit;
};

/// The kind of connection between the two items as they are (ends swapped where the table
/// allows), without checking whether it can be made: the view asks a port for
/// SecurityGroupRules and offers routes for Peering and TransitAttachment.
ConnectionKind connectionKind(const Document& document, const ResourceId& from,
                              const ResourceId& to);

/// True for the items a connection can be dragged from: subnets, VPCs, internet and NAT
/// gateways, transit gateways and workloads with security groups.
bool startsConnections(const Document& document, const ResourceId& id);

/// The connection from `request.from` onto `request.to` on this document: a proposal with its
/// edit, or a refusal with a hint a student can act on. Never throws for ids that name nothing.
ConnectionProposal proposeConnection(const Document& document, const ConnectionRequest& request);

/// The same on `index.document()`, reusing the caller's up-to-date index of it (the document
/// controller keeps one) instead of indexing the network again for every hover.
ConnectionProposal proposeConnection(const reach::NetworkIndex& index,
                                     const ConnectionRequest& request);

} // namespace topograph
