// SPDX-License-Identifier: Apache-2.0
// Every intrinsic function, in its short and long forms, evaluated against one template.
#include "exporters/cloudformation/intrinsic_evaluator.h"

#include <gtest/gtest.h>

namespace topograph::cfn {
namespace {

constexpr const char* templateText = R"(
Parameters:
  Env: {Type: String, Default: prod}
  ClassB: {Type: Number, Default: 16}
  Flag: {Type: String, Default: true}
  Subnets: {Type: CommaDelimitedList, Default: "subnet-a, subnet-b,subnet-c"}
  NoDefault: {Type: String}
  Zones: {Type: 'List<AWS::EC2::AvailabilityZone::Name>'}
Mappings:
  Cidrs:
    VPC: {Cidr: 10.0.0.0/16}
    Public1: {Cidr: 10.0.1.0/24, List: [a, b]}
Conditions:
  IsProd: !Equals [!Ref Env, prod]
  IsDev: {"Fn::Equals": [{"Ref": "Env"}, dev]}
  ProdOrDev: !Or [!Condition IsProd, !Condition IsDev]
  ProdAndDev: {"Fn::And": [{"Condition": "IsProd"}, {"Condition": "IsDev"}]}
  NotDev: !Not [!Condition IsDev]
  Unknown: !Equals [!Ref NoDefault, x]
  UnknownOrProd: !Or [!Condition Unknown, !Condition IsProd]
  UnknownAndDev: !And [!Condition Unknown, !Condition IsDev]
  UnknownAndProd: !And [!Condition Unknown, !Condition IsProd]
Resources:
  VPC:
    Type: AWS::EC2::VPC
    Properties: {CidrBlock: !FindInMap [Cidrs, VPC, Cidr]}
  Subnet:
    Type: AWS::EC2::Subnet
    Properties: {VpcId: !Ref VPC, CidrBlock: 10.0.1.0/24, AvailabilityZone: us-east-1b}
  Role:
    Type: AWS::IAM::Role
)";

struct Case {
    const char* expression; // a YAML value
    const char* expected;   // render() of the result
};

/// Values as one line: lists in brackets, references as ref:Id or ref:Id.Attr.
std::string render(const Value& value) {
    switch (value.kind) {
    case Value::Kind::Text:
        return value.text;
    case Value::Kind::Reference:
        return "ref:" + symbolBody(value);
    case Value::Kind::List: {
        std::string result = "[";
        for (std::size_t i = 0; i < value.items.size(); ++i) {
            result += (i == 0 ? "" : ", ") + render(value.items[i]);
        }
        return result + "]";
    }
    case Value::Kind::Map: {
        std::string result = "{";
        for (std::size_t i = 0; i < value.entries.size(); ++i) {
            result += (i == 0 ? "" : ", ") + value.entries[i].first + ": " +
                      render(value.entries[i].second);
        }
        return result + "}";
    }
    case Value::Kind::NoValue:
        return "<novalue>";
    case Value::Kind::Null:
        return "<null>";
    }
    return "?";
}

class IntrinsicsTest : public ::testing::Test {
protected:
    IntrinsicsTest() : root_(YAML::Load(templateText)) {
        options_.region = "eu-west-1";
        options_.accountId = "111122223333";
    }

    std::string evaluate(const std::string& expression) {
        Evaluator evaluator(root_, options_, "demo-stack", notes_);
        return render(evaluator.evaluate(YAML::Load(expression)));
    }

    void expectAll(const std::vector<Case>& cases) {
        for (const Case& c : cases) {
            EXPECT_EQ(evaluate(c.expression), c.expected) << c.expression;
        }
    }

    bool hasNote(const std::string& code) const {
        for (const Finding& note : notes_.notes()) {
            if (note.code == code) {
                return true;
            }
        }
        return false;
    }

    YAML::Node root_;
    ImportOptions options_;
    NoteSink notes_;
};

TEST_F(IntrinsicsTest, RefAndPseudoParameters) {
    expectAll({
        {"!Ref Env", "prod"},
        {"{Ref: Env}", "prod"},
        {"!Ref ClassB", "16"},
        {"!Ref Flag", "true"},
        {"!Ref Subnets", "[subnet-a, subnet-b, subnet-c]"},
        {"!Ref NoDefault", "${NoDefault}"},
        {"!Ref Zones", "[eu-west-1a, eu-west-1b, eu-west-1c]"},
        {"!Ref VPC", "ref:VPC"},
        {"!Ref AWS::Region", "eu-west-1"},
        {"!Ref AWS::AccountId", "111122223333"},
        {"!Ref AWS::StackName", "demo-stack"},
        {"!Ref AWS::Partition", "aws"},
        {"!Ref AWS::URLSuffix", "amazonaws.com"},
        {"!Ref AWS::NoValue", "<novalue>"},
        {"[a, !Ref AWS::NoValue, b]", "[a, b]"},
    });
}

TEST_F(IntrinsicsTest, GetAtt) {
    expectAll({
        {"!GetAtt VPC.CidrBlock", "ref:VPC.CidrBlock"},
        {"{'Fn::GetAtt': [VPC, DefaultSecurityGroup]}", "ref:VPC.DefaultSecurityGroup"},
        {"{'Fn::GetAtt': [VPC, !Ref Env]}", "ref:VPC.prod"},
        {"!Sub '${VPC.CidrBlock}'", "ref:VPC.CidrBlock"},
        {"!Join ['', [!GetAtt VPC.CidrBlock]]", "10.0.0.0/16"},
        {"!Join ['', [!GetAtt Subnet.AvailabilityZone]]", "us-east-1b"},
        {"!Join ['', [!GetAtt VPC.Ipv6CidrBlocks]]", "${VPC.Ipv6CidrBlocks}"},
    });
}

TEST_F(IntrinsicsTest, Sub) {
    expectAll({
        {"!Sub '10.${ClassB}.0.0/16'", "10.16.0.0/16"},
        {"!Sub 'com.amazonaws.${AWS::Region}.s3'", "com.amazonaws.eu-west-1.s3"},
        {"{'Fn::Sub': '${AWS::StackName}-${Env}'}", "demo-stack-prod"},
        {"!Sub ['${A}-${B}', {A: x, B: !Ref Env}]", "x-prod"},
        {"!Sub '${!Literal}-${Env}'", "${Literal}-prod"},
        {"!Sub '${VPC}'", "ref:VPC"},
        {"!Sub 'id-${VPC}'", "id-${VPC}"},
        {"!Sub 'cidr ${VPC.CidrBlock}'", "cidr 10.0.0.0/16"},
        {"!Sub 'x-${NoDefault}'", "x-${NoDefault}"},
        {"!Sub 'no variables'", "no variables"},
    });
}

TEST_F(IntrinsicsTest, JoinSelectSplit) {
    expectAll({
        {"!Join [',', [a, b, c]]", "a,b,c"},
        {"!Join ['', []]", ""},
        {"{'Fn::Join': ['-', [!Ref Env, x]]}", "prod-x"},
        {"!Join [':', !Ref Subnets]", "subnet-a:subnet-b:subnet-c"},
        {"!Select [1, [a, b, c]]", "b"},
        {"!Select ['2', !Ref Subnets]", "subnet-c"},
        {"!Select [0, !GetAZs '']", "eu-west-1a"},
        {"!Select [1, !Split [',', 'x,y,z']]", "y"},
        {"!Select [0, !Split ['=', 'Key=Value']]", "Key"},
        {"!Split ['|', 'a||b']", "[a, , b]"},
        {"!Select [0, !Ref NoDefault]", "${NoDefault[0]}"},
        {"!Select [1, !Split [':', !GetAtt VPC.Endpoint]]", "${Split(':', VPC.Endpoint)[1]}"},
    });
}

TEST_F(IntrinsicsTest, CidrAndGetAzs) {
    expectAll({
        {"!Cidr [10.0.0.0/16, 2, 8]", "[10.0.0.0/24, 10.0.1.0/24]"},
        {"!Select [1, !Cidr [!GetAtt VPC.CidrBlock, 3, 8]]", "10.0.1.0/24"},
        {"{'Fn::Cidr': ['192.168.0.0/24', '2', '5']}", "[192.168.0.0/27, 192.168.0.32/27]"},
        {"!Select [1, !Cidr [!Select [0, !GetAtt VPC.Ipv6CidrBlocks], 4, 64]]",
         "${Cidr(VPC.Ipv6CidrBlocks[0], 4, 64)[1]}"},
        {"!GetAZs ''", "[eu-west-1a, eu-west-1b, eu-west-1c]"},
        {"A: !GetAZs\nB: x", "{A: [eu-west-1a, eu-west-1b, eu-west-1c], B: x}"},
        {"!GetAZs\n  Ref: AWS::Region", "[eu-west-1a, eu-west-1b, eu-west-1c]"},
        {"{'Fn::GetAZs': null}", "[eu-west-1a, eu-west-1b, eu-west-1c]"},
        {"{'Fn::GetAZs': ''}", "[eu-west-1a, eu-west-1b, eu-west-1c]"},
        {"!GetAZs {Ref: AWS::Region}", "[eu-west-1a, eu-west-1b, eu-west-1c]"},
        {"!GetAZs us-west-2", "[us-west-2a, us-west-2b, us-west-2c]"},
    });
}

TEST_F(IntrinsicsTest, FindInMap) {
    expectAll({
        {"!FindInMap [Cidrs, Public1, Cidr]", "10.0.1.0/24"},
        {"{'Fn::FindInMap': [Cidrs, VPC, Cidr]}", "10.0.0.0/16"},
        {"!FindInMap [Cidrs, Public1, List]", "[a, b]"},
        {"!FindInMap [Cidrs, Missing, Cidr, {DefaultValue: 10.9.0.0/16}]", "10.9.0.0/16"},
        {"!FindInMap [Cidrs, !Ref NoDefault, Cidr]", "${FindInMap(Cidrs, NoDefault, Cidr)}"},
    });
}

TEST_F(IntrinsicsTest, ConditionsAndIf) {
    expectAll({
        {"!If [IsProd, yes, no]", "yes"},
        {"!If [IsDev, yes, no]", "no"},
        {"!If [ProdOrDev, yes, no]", "yes"},
        {"!If [ProdAndDev, yes, no]", "no"},
        {"!If [NotDev, yes, no]", "yes"},
        {"!If [UnknownOrProd, yes, no]", "yes"},
        {"!If [UnknownAndDev, yes, no]", "no"},
        {"{'Fn::If': [IsDev, yes, !Ref AWS::NoValue]}", "<novalue>"},
        {"[a, !If [IsDev, b, !Ref AWS::NoValue]]", "[a]"},
        {"!Equals [a, a]", "true"},
        {"!Equals [!Ref Env, dev]", "false"},
        {"!Not [!Equals [!Ref Env, dev]]", "true"},
        {"!Condition IsProd", "true"},
    });
    EXPECT_FALSE(hasNote("CONDITION_ASSUMED"));
}

TEST_F(IntrinsicsTest, UnknownConditionsAreAssumedTrueWithANote) {
    Evaluator evaluator(root_, options_, "demo-stack", notes_);
    EXPECT_EQ(evaluator.condition("Unknown"), std::nullopt);
    EXPECT_EQ(evaluator.condition("UnknownAndProd"), std::nullopt);
    EXPECT_EQ(evaluator.condition("UnknownOrProd"), true);
    EXPECT_EQ(evaluator.condition("UnknownAndDev"), false);
    EXPECT_EQ(render(evaluator.evaluate(YAML::Load("!If [Unknown, yes, no]"))), "yes");
    EXPECT_TRUE(hasNote("CONDITION_ASSUMED"));
}

TEST_F(IntrinsicsTest, ImportValueAndBase64StaySymbolicWhenUnknown) {
    expectAll({
        {"!ImportValue Shared-VPC", "${ImportValue:Shared-VPC}"},
        {"{'Fn::ImportValue': !Sub '${Env}-Subnet'}", "${ImportValue:prod-Subnet}"},
        {"!ImportValue {'Fn::Sub': '${NoDefault}-VPC'}", "${ImportValue:${NoDefault}-VPC}"},
        {"!Base64 'hello'", "aGVsbG8="},
        {"{'Fn::Base64': \"#!/bin/bash\\n\"}", "IyEvYmluL2Jhc2gK"},
        {"!Base64 {'Fn::ImportValue': X}", "${Base64(ImportValue:X)}"},
    });
}

TEST_F(IntrinsicsTest, UnresolvableReferencesAreReportedNotDropped) {
    EXPECT_EQ(evaluate("!Ref Nowhere"), "${Nowhere}");
    EXPECT_TRUE(hasNote("UNRESOLVED_VALUE"));
    EXPECT_EQ(evaluate("!Select [5, [a, b]]"), "${[a, b][5]}");
    EXPECT_EQ(evaluate("!Length [a, b]"), "${Fn::Length(...)}");
    EXPECT_TRUE(hasNote("UNSUPPORTED_INTRINSIC"));
}

TEST_F(IntrinsicsTest, ParameterOverridesReplaceDefaults) {
    options_.parameters["Env"] = "dev";
    options_.parameters["Subnets"] = "s-1,s-2";
    EXPECT_EQ(evaluate("!If [IsDev, dev-branch, prod-branch]"), "dev-branch");
    EXPECT_EQ(evaluate("!Select [1, !Ref Subnets]"), "s-2");
}

} // namespace
} // namespace topograph::cfn
