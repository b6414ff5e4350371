// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/model/document.h"

#include <functional>
#include <string>

// The diagram in a template's Metadata under the key "Topograph::Diagram" (diagramMetadataKey
// in cfn_export.h): what CloudFormation has no place for. For every model resource, in model
// order: its id, its logical id when that differs, its geometry, the diagram-only containers
// (regions, availability zones) and references to them, notes, and the few model facts a
// template cannot state (a main route table, a group with no egress...). The exporter writes
// it; the importer applies it, so that importing an export restores the document. The format
// is described in docs/CLOUDFORMATION.md.

namespace topograph::cfn {

/// Key of a resource's cloudFormation tree naming its logical id when that is not its id.
inline constexpr const char* logicalIdKey = "Topograph::LogicalId";

/// Facts about one resource that the template itself does not carry.
struct DiagramFlags {
    bool nameTagKept = false;   // the model's own tags hold a Name tag
    bool denyAllEgress = false; // the group's egress is the "disallow all" placeholder
    bool targetPortFromListener = false;
    bool imageFromParameter = false; // ImageId is the LatestAmiId parameter
    bool implicitRouteTable = false; // associated with the main table only in the template
    bool implicitNetworkAcl = false; // associated with the default ACL only in the template
};

/// The metadata value. `logicalId` gives the logical id of a template resource (empty for
/// diagram-only kinds); `flags` the facts above.
Tree diagramMetadata(const Document& document,
                     const std::function<std::string(const ResourceId&)>& logicalId,
                     const std::function<DiagramFlags(const Resource&)>& flags);

/// Applies the metadata to an imported document: ids, order, containers, geometry, flags.
/// Resources the metadata does not name (added to the template by hand) are kept, after the
/// named ones. Malformed entries are skipped: the metadata only adds to a valid import.
void applyDiagramMetadata(Document& document, const Tree& diagram);

} // namespace topograph::cfn
