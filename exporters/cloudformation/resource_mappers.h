// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "exporters/cloudformation/import_state.h"

#include <string>

namespace topograph::cfn {

/// What becomes of a template resource.
enum class Disposition : unsigned char {
    Modelled, // a model resource of its own
    Merged,   // folded into another model resource (a route into its route table, ...)
    External, // an ExternalResource with its whole definition kept
};

/// The disposition of a resource of `type`, before its condition is looked at. Some types are
/// modelled only in one shape (a Lambda function with VpcConfig, an ECS service with awsvpc
/// networking, a gateway endpoint for S3 or DynamoDB).
Disposition dispositionOf(const std::string& type, const Node& definition, Evaluator& evaluator);

/// Fills `resource.properties` (and name, tags, cloudFormation) for a Modelled resource.
void mapModelled(ImportState& state, const std::string& logicalId, Resource& resource);

/// Folds a Merged resource into its owner. Returns why it could not (its owner is not in the
/// model, its target is of a kind the model lacks); the caller then keeps it as external.
std::optional<std::string> mergeResource(ImportState& state, const std::string& logicalId);

// Per-family mappers, one file each.
void mapNetworkResource(const std::string& type, PropertyReader& reader, Resource& resource);
void mapSecurityGroup(PropertyReader& reader, Resource& resource);
void mapWorkload(const std::string& type, PropertyReader& reader, Resource& resource);
void mapTransitResource(const std::string& type, PropertyReader& reader, Resource& resource);

/// A security group rule from an evaluated rule mapping (inline or a standalone resource).
/// Returns false when the rule names no peer it can be read from.
bool readSecurityGroupRule(ValueReader& reader, const Value& rule, bool egress,
                           SecurityGroupRule& result);

} // namespace topograph::cfn

namespace topograph::cfn {

/// A network ACL entry from an evaluated AWS::EC2::NetworkAclEntry's properties.
bool readNaclEntry(ValueReader& reader, const Value& properties, NaclEntry& result);

} // namespace topograph::cfn
