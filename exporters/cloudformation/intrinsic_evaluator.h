// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "exporters/cloudformation/cfn_import.h"
#include "exporters/cloudformation/import_notes.h"
#include "exporters/cloudformation/source_node.h"
#include "exporters/cloudformation/template_value.h"

#include <map>
#include <optional>
#include <set>
#include <string>

namespace topograph::cfn {

/// Evaluates template values: parameters (defaults and overrides), pseudo parameters,
/// Mappings, Conditions and every intrinsic function CloudFormation resolves before or during
/// deployment. What can be known statically is computed; the rest stays symbolic (see Value).
class Evaluator {
public:
    Evaluator(const Node& templateRoot, const ImportOptions& options, std::string stackName,
              NoteSink& notes);

    /// The logical id that notes raised from now on are about (empty: the template).
    void setSubject(std::string logicalId) { subject_ = std::move(logicalId); }
    const std::string& subject() const { return subject_; }

    Value evaluate(const Node& node);

    /// A condition of the Conditions section: true, false, or std::nullopt when it depends on
    /// something unknown before deployment.
    std::optional<bool> condition(const std::string& name);
    /// Like condition(), but an unknown condition is assumed true with a CONDITION_ASSUMED note.
    bool conditionOrAssumeTrue(const std::string& name);

    /// A value as text: references become the attribute's static value when the template
    /// gives it (VPC.CidrBlock), else a "${Resource.Attribute}" symbol; lists are joined by ",".
    Value asText(const Value& value);

    /// The static value of a resource attribute the template gives (VPC.CidrBlock is the VPC's
    /// CidrBlock property, Subnet.VpcId its VpcId), or std::nullopt.
    std::optional<Value> attributeValue(const std::string& logicalId,
                                        const std::string& attribute) {
        return staticAttribute(logicalId, attribute);
    }

    bool isResource(const std::string& logicalId) const {
        return resourceTypes_.contains(logicalId);
    }
    std::string resourceType(const std::string& logicalId) const;
    const std::string& region() const { return options_.region; }

private:
    Value evaluateStructure(const Node& node);
    Value call(const std::string& function, const Node& argument);
    Value ref(const std::string& name);
    Value getAtt(const Node& argument);
    Value sub(const Node& argument);
    Value join(const Node& argument);
    Value select(const Node& argument);
    Value split(const Node& argument);
    Value cidr(const Node& argument);
    Value getAzs(const Node& argument);
    Value findInMap(const Node& argument);
    Value ifFunction(const Node& argument);
    Value importValue(const Node& argument);
    Value base64(const Node& argument);
    Value unsupported(const std::string& function);

    std::optional<bool> evaluateCondition(const Node& node);
    Value parameter(const std::string& name);
    std::optional<Value> pseudoParameter(const std::string& name) const;
    std::optional<Value> staticAttribute(const std::string& logicalId,
                                         const std::string& attribute);
    /// The items of a list value; std::nullopt when the list itself is not known.
    std::optional<std::vector<Value>> listItems(const Value& value);
    void note(const std::string& code, const std::string& message, const std::string& fix = {},
              Severity severity = Severity::Info);

    Node root_;
    Node parameters_;
    Node mappings_;
    Node conditions_;
    Node resources_;
    ImportOptions options_;
    std::string stackName_;
    NoteSink& notes_;
    std::string subject_;
    std::map<std::string, std::string> resourceTypes_;
    std::map<std::string, Value> parameterCache_;
    std::map<std::string, std::optional<bool>> conditionCache_;
    std::set<std::string> conditionsInProgress_;
    std::set<std::string> attributesInProgress_;
};

} // namespace topograph::cfn
