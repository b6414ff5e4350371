// SPDX-License-Identifier: Apache-2.0
// `topograph-cli reach` as a user runs it: the three-tier example's answers from the validator
// issue, the JSON shape of /work/shared/CLI.md, the text a student reads, the matrix on every
// example and corpus template, and a clear refusal (exit 2) for every kind of bad input.
#include "cli_runner.h"
#include "core/reach/network_index.h"
#include "exporters/cloudformation/cfn_import.h"
#include "exporters/io/atomic_file.h"
#include "exporters/model_yaml/file_kind.h"
#include "exporters/model_yaml/model_file.h"
#include "test_inputs.h"
#include "tiny_json.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <regex>
#include <set>
#include <string>
#include <vector>

namespace topograph {
namespace {

using cli_tests::CliResult;
using cli_tests::describe;
using cli_tests::JsonValue;
using cli_tests::parseJson;
using cli_tests::runCli;
using cli_tests::TemporaryFolder;

// One query through the binary, --json; the parsed object. Fails the test on exit != 0.
JsonValue ask(const std::string& file, const std::string& from, const std::string& to,
              std::vector<std::string> extra = {}) {
    std::vector<std::string> arguments = {"reach", file, "--from", from, "--to", to, "--json"};
    arguments.insert(arguments.end(), extra.begin(), extra.end());
    const CliResult result = runCli(arguments);
    EXPECT_EQ(result.exitStatus, 0) << describe(result);
    EXPECT_TRUE(result.err.empty()) << result.err;
    try {
        return parseJson(result.out);
    } catch (const std::exception& error) {
        ADD_FAILURE() << error.what() << "\n" << result.out;
        return {};
    }
}

std::vector<std::string> keysOf(const JsonValue& object) {
    std::vector<std::string> keys;
    for (const auto& member : object.members) {
        keys.push_back(member.first);
    }
    return keys;
}

// The contract's shape, whatever the verdict: keys in order, null exactly where it says.
void expectAnswerShape(const JsonValue& answer) {
    ASSERT_EQ(answer.type, JsonValue::Type::Object);
    EXPECT_EQ(keysOf(answer),
              (std::vector<std::string>{"reachable", "code", "ra_code", "blocked_at", "explanation",
                                        "fix", "ephemeral_ports", "hops"}));
    ASSERT_EQ(answer["reachable"].type, JsonValue::Type::Boolean);
    const bool reachable = answer["reachable"].boolean;
    for (const char* key : {"code", "ra_code", "blocked_at"}) {
        EXPECT_EQ(answer[key].type, reachable ? JsonValue::Type::Null : JsonValue::Type::String)
            << key;
        if (!reachable) {
            EXPECT_FALSE(answer[key].text.empty()) << key;
        }
    }
    EXPECT_EQ(answer["explanation"].type, JsonValue::Type::String);
    EXPECT_FALSE(answer["explanation"].text.empty());
    EXPECT_EQ(answer["fix"].type, JsonValue::Type::String);
    if (!reachable) {
        EXPECT_FALSE(answer["fix"].text.empty());
    }
    ASSERT_EQ(answer["hops"].type, JsonValue::Type::Array);
    bool inResponse = false;
    for (const JsonValue& hop : answer["hops"].items) {
        EXPECT_EQ(keysOf(hop),
                  (std::vector<std::string>{"direction", "component", "kind", "detail"}));
        const std::string& direction = hop["direction"].text;
        EXPECT_TRUE(direction == "request" || direction == "response") << direction;
        // The request's hops come first, then the response's.
        EXPECT_FALSE(inResponse && direction == "request");
        inResponse = inResponse || direction == "response";
        EXPECT_FALSE(hop["component"].text.empty());
        EXPECT_FALSE(hop["kind"].text.empty());
    }
}

// Between subnets the response crosses NACLs: a reachable answer shows those hops too.
void expectResponseHops(const JsonValue& answer) {
    EXPECT_TRUE(answer["reachable"].boolean);
    const auto& hops = answer["hops"].items;
    EXPECT_TRUE(std::any_of(hops.begin(), hops.end(), [](const JsonValue& hop) {
        return hop["direction"].text == "response";
    }));
}

std::vector<const JsonValue*> hopsOfKind(const JsonValue& answer, const std::string& kind) {
    std::vector<const JsonValue*> hops;
    for (const JsonValue& hop : answer["hops"].items) {
        if (hop["kind"].text == kind) {
            hops.push_back(&hop);
        }
    }
    return hops;
}

const ResourceId& zoneOfSubnet(const Document& document, const ResourceId& subnet) {
    const auto* view = document.findAs<Subnet>(subnet);
    EXPECT_NE(view, nullptr) << subnet;
    static const ResourceId none;
    return view != nullptr ? view->availabilityZone : none;
}

TEST(CliReachThreeTier, AppInstancesReachTheInternetThroughTheirZonesNat) {
    const std::string file = cli_tests::threeTierExample();
    const Document document = loadModelFile(file);
    for (const char* instance : {"app-instance-a", "app-instance-b"}) {
        SCOPED_TRACE(instance);
        const JsonValue answer = ask(file, instance, "internet", {"--port", "443"});
        expectAnswerShape(answer);
        expectResponseHops(answer);
        const auto nats = hopsOfKind(answer, "nat-gateway");
        ASSERT_EQ(nats.size(), 1U) << "the request crosses exactly one NAT gateway";
        const auto* nat = document.findAs<NatGateway>((*nats[0])["component"].text);
        ASSERT_NE(nat, nullptr) << (*nats[0])["component"].text;
        const auto* placed = document.findAs<Instance>(instance);
        ASSERT_NE(placed, nullptr);
        EXPECT_EQ(zoneOfSubnet(document, nat->subnet),
                  zoneOfSubnet(document, placed->placement.subnets.at(0)));
        EXPECT_FALSE(hopsOfKind(answer, "internet-gateway").empty());
    }
}

TEST(CliReachThreeTier, TheInternetReachesTheLoadBalancerButNotTheAppInstances) {
    const std::string file = cli_tests::threeTierExample();
    const JsonValue alb = ask(file, "internet", "alb", {"--port", "443"});
    expectAnswerShape(alb);
    expectResponseHops(alb);
    for (const char* instance : {"app-instance-a", "app-instance-b"}) {
        SCOPED_TRACE(instance);
        const JsonValue answer = ask(file, "internet", instance, {"--port", "443"});
        expectAnswerShape(answer);
        EXPECT_FALSE(answer["reachable"].boolean);
    }
}

TEST(CliReachThreeTier, OnlyTheAppTierReachesTheDatabase) {
    const std::string file = cli_tests::threeTierExample();
    for (const char* instance : {"app-instance-a", "app-instance-b"}) {
        SCOPED_TRACE(instance);
        const JsonValue answer = ask(file, instance, "db", {"--port", "5432"});
        expectAnswerShape(answer);
        expectResponseHops(answer);
        EXPECT_EQ(answer["ephemeral_ports"].text, "1024-65535");
    }
    const JsonValue web = ask(file, "alb", "db", {"--port", "5432"});
    expectAnswerShape(web);
    EXPECT_FALSE(web["reachable"].boolean);
    EXPECT_EQ(web["code"].text, "SG_EGRESS_DENIED");
    EXPECT_EQ(web["ra_code"].text, "ENI_SG_RULES_MISMATCH");
}

TEST(CliReachThreeTier, WithoutTheDatabaseNaclsEphemeralRuleTheResponseIsDenied) {
    Document document = loadModelFile(cli_tests::threeTierExample());
    auto& entries = document.findMutable("db-nacl")->as<NetworkAcl>()->entries;
    const auto before = entries.size();
    std::erase_if(entries, [](const NaclEntry& entry) {
        return entry.egress && entry.ports && entry.ports->from <= 1024 && entry.ports->to >= 65535;
    });
    ASSERT_EQ(entries.size() + 1, before) << "the example's DB NACL has one ephemeral rule";
    const TemporaryFolder folder;
    const std::string file = folder.write("no-ephemeral.yaml", writeModel(document));
    const JsonValue answer = ask(file, "app-instance-a", "db", {"--port", "5432"});
    expectAnswerShape(answer);
    EXPECT_FALSE(answer["reachable"].boolean);
    EXPECT_EQ(answer["code"].text, "NACL_RETURN_DENIED");
    EXPECT_EQ(answer["ra_code"].text, "SUBNET_ACL_RESTRICTION");
    EXPECT_EQ(answer["blocked_at"].text, "db-nacl");
    EXPECT_FALSE(hopsOfKind(answer, "network-acl-inbound").empty());
}

TEST(CliReach, OptionsReachTheQuery) {
    const std::string file = cli_tests::threeTierExample();
    // A narrower client range is what the answer reports as working.
    const JsonValue narrow =
        ask(file, "app-instance-a", "db", {"--port", "5432", "--ephemeral", "2000-3000"});
    EXPECT_TRUE(narrow["reachable"].boolean);
    EXPECT_EQ(narrow["ephemeral_ports"].text, "2000-3000");
    // The default port is 443, the default protocol tcp: the database listens on 5432 only.
    const JsonValue defaults = ask(file, "app-instance-a", "db");
    EXPECT_FALSE(defaults["reachable"].boolean);
    const JsonValue explicitDefaults =
        ask(file, "app-instance-a", "db", {"--protocol", "tcp", "--port", "443"});
    EXPECT_EQ(explicitDefaults["code"].text, defaults["code"].text);
    EXPECT_EQ(explicitDefaults["explanation"].text, defaults["explanation"].text);
    // No client ports for icmp: null.
    const JsonValue icmp = ask(file, "app-instance-a", "db", {"--protocol", "icmp"});
    expectAnswerShape(icmp);
    EXPECT_EQ(icmp["ephemeral_ports"].type, JsonValue::Type::Null);
    // Forms of SRC and DST: an address of a workload, s3.
    const JsonValue byAddress = ask(file, "10.0.10.4", "db", {"--port", "5432"});
    expectAnswerShape(byAddress);
    const JsonValue service = ask(file, "app-instance-a", "s3");
    expectAnswerShape(service);
    const JsonValue publicAddress = ask(file, "app-instance-a", "203.0.113.10");
    expectAnswerShape(publicAddress);
    EXPECT_TRUE(publicAddress["reachable"].boolean);
}

TEST(CliReach, TextTellsTheSameStoryAsJson) {
    const std::string file = cli_tests::threeTierExample();
    struct Query {
        std::string from, to, port;
    };
    for (const Query& query :
         {Query{"app-instance-a", "internet", "443"}, Query{"alb", "db", "5432"},
          Query{"internet", "app-instance-b", "443"}, Query{"app-instance-b", "db", "5432"}}) {
        SCOPED_TRACE(query.from + " -> " + query.to);
        const JsonValue answer = ask(file, query.from, query.to, {"--port", query.port});
        const CliResult text =
            runCli({"reach", file, "--from", query.from, "--to", query.to, "--port", query.port});
        ASSERT_EQ(text.exitStatus, 0) << describe(text);
        EXPECT_EQ(text.out.rfind("Can " + query.from + " reach " + query.to + " on tcp port " +
                                     query.port + "?\n",
                                 0),
                  0U)
            << text.out;
        EXPECT_NE(text.out.find(answer["explanation"].text), std::string::npos) << text.out;
        if (answer["reachable"].boolean) {
            EXPECT_NE(text.out.find("Yes, reachable."), std::string::npos) << text.out;
            EXPECT_NE(text.out.find("\nRequest, "), std::string::npos) << text.out;
            EXPECT_NE(text.out.find("\nResponse, "), std::string::npos) << text.out;
        } else {
            EXPECT_NE(text.out.find("No, blocked at " + answer["blocked_at"].text + ": " +
                                    answer["code"].text +
                                    " (AWS Reachability Analyzer: " + answer["ra_code"].text + ")"),
                      std::string::npos)
                << text.out;
            EXPECT_NE(text.out.find("Fix: " + answer["fix"].text + "\n"), std::string::npos)
                << text.out;
        }
        // Every hop's component and detail is shown.
        for (const JsonValue& hop : answer["hops"].items) {
            EXPECT_NE(text.out.find(hop["detail"].text), std::string::npos) << hop["detail"].text;
        }
    }
}

// The pairs of the contract: every ordered pair of distinct workloads, then each workload to the
// internet and back, each once; `code` null exactly when reachable.
std::vector<std::string> expectMatrixShape(const JsonValue& root) {
    EXPECT_EQ(keysOf(root), (std::vector<std::string>{"pairs"}));
    const auto& pairs = root["pairs"].items;
    std::vector<std::string> workloads;
    std::set<std::pair<std::string, std::string>> seen;
    for (const JsonValue& pair : pairs) {
        EXPECT_EQ(keysOf(pair), (std::vector<std::string>{"from", "to", "reachable", "code"}));
        EXPECT_EQ(pair["code"].type,
                  pair["reachable"].boolean ? JsonValue::Type::Null : JsonValue::Type::String);
        EXPECT_TRUE(seen.emplace(pair["from"].text, pair["to"].text).second)
            << pair["from"].text << " -> " << pair["to"].text;
        if (pair["from"].text != "internet" &&
            std::find(workloads.begin(), workloads.end(), pair["from"].text) == workloads.end()) {
            workloads.push_back(pair["from"].text);
        }
    }
    const std::size_t n = workloads.size();
    EXPECT_EQ(pairs.size(), n * (n - 1) + 2 * n);
    for (std::size_t i = 0; i < pairs.size() && i < n * (n - 1); ++i) {
        EXPECT_NE(pairs[i]["from"].text, "internet");
        EXPECT_NE(pairs[i]["to"].text, "internet");
        EXPECT_NE(pairs[i]["from"].text, pairs[i]["to"].text);
    }
    for (std::size_t i = n * (n - 1); i < pairs.size(); ++i) {
        const bool outbound = (i - n * (n - 1)) % 2 == 0;
        EXPECT_EQ(pairs[i][outbound ? "to" : "from"].text, "internet");
    }
    return workloads;
}

TEST(CliReachMatrix, EachPairAgreesWithItsOwnQuery) {
    const std::string file = cli_tests::threeTierExample();
    for (const char* port : {"443", "5432"}) {
        SCOPED_TRACE(port);
        const CliResult result = runCli({"reach", file, "--matrix", "--port", port, "--json"});
        ASSERT_EQ(result.exitStatus, 0) << describe(result);
        const JsonValue root = parseJson(result.out);
        const auto workloads = expectMatrixShape(root);
        EXPECT_EQ(workloads.size(), 4U);
        for (const JsonValue& pair : root["pairs"].items) {
            const JsonValue alone = ask(file, pair["from"].text, pair["to"].text, {"--port", port});
            EXPECT_EQ(alone["reachable"].boolean, pair["reachable"].boolean)
                << pair["from"].text << " -> " << pair["to"].text;
            EXPECT_EQ(alone["code"].text, pair["code"].text);
        }
    }
}

TEST(CliReachMatrix, TextListsEveryPairAndCountsThem) {
    const std::string file = cli_tests::threeTierExample();
    const JsonValue root =
        parseJson(runCli({"reach", file, "--matrix", "--port", "5432", "--json"}).out);
    const CliResult text = runCli({"reach", file, "--matrix", "--port", "5432"});
    ASSERT_EQ(text.exitStatus, 0) << describe(text);
    std::size_t reachable = 0;
    for (const JsonValue& pair : root["pairs"].items) {
        const std::string verdict =
            pair["reachable"].boolean ? "reachable" : "blocked (" + pair["code"].text + ")";
        reachable += pair["reachable"].boolean ? 1 : 0;
        const std::regex row("\n" + pair["from"].text + " +" + pair["to"].text + " +" +
                             std::regex_replace(verdict, std::regex("[()]"), "\\$&") + "\n");
        EXPECT_TRUE(std::regex_search(text.out, row))
            << pair["from"].text << " -> " << pair["to"].text << "\n"
            << text.out;
    }
    const std::size_t total = root["pairs"].items.size();
    EXPECT_NE(text.out.find(std::to_string(total) + " pairs: " + std::to_string(reachable) +
                            " reachable, " + std::to_string(total - reachable) + " blocked."),
              std::string::npos)
        << text.out;
    EXPECT_NE(text.out.find("tcp port 5432, client ports 1024-65535"), std::string::npos);
}

TEST(CliReachMatrix, RunsOnEveryExampleAndCorpusTemplate) {
    auto files = cli_tests::exampleModels();
    const auto templates = cli_tests::corpusTemplates();
    ASSERT_FALSE(files.empty());
    ASSERT_FALSE(templates.empty());
    files.insert(files.end(), templates.begin(), templates.end());
    for (const std::string& file : files) {
        SCOPED_TRACE(file);
        const CliResult result = runCli({"reach", file, "--matrix", "--json"});
        ASSERT_EQ(result.exitStatus, 0) << describe(result);
        EXPECT_TRUE(result.err.empty()) << result.err;
        JsonValue root;
        ASSERT_NO_THROW(root = parseJson(result.out)) << result.out;
        const auto workloads = expectMatrixShape(root);
        // Every endpoint is a workload of the model the file holds.
        const Document document = looksLikeCloudFormation(readWholeFile(file))
                                      ? importTemplateFile(file).document
                                      : loadModelFile(file);
        const reach::NetworkIndex index(document);
        for (const std::string& id : workloads) {
            EXPECT_NE(index.workloadOf(id), reach::none) << id;
        }
        // Some pairs asked one by one, by the ids the file uses (logical ids in a template):
        // the first rows and the internet rows at the end.
        const auto& pairs = root["pairs"].items;
        for (std::size_t i = 0; i < pairs.size(); ++i) {
            if (i >= 3 && i + 2 < pairs.size()) {
                continue;
            }
            const JsonValue alone = ask(file, pairs[i]["from"].text, pairs[i]["to"].text);
            expectAnswerShape(alone);
            EXPECT_EQ(alone["reachable"].boolean, pairs[i]["reachable"].boolean)
                << pairs[i]["from"].text << " -> " << pairs[i]["to"].text;
            EXPECT_EQ(alone["code"].text, pairs[i]["code"].text);
        }
        const CliResult text = runCli({"reach", file, "--matrix", "--protocol", "udp"});
        EXPECT_EQ(text.exitStatus, 0) << describe(text);
    }
}

struct BadInputRow {
    std::vector<std::string> options;
    std::string errContains;
};

TEST(CliReach, BadInputExitsTwoAndSaysWhatToDo) {
    const std::string file = cli_tests::threeTierExample();
    const TemporaryFolder folder;
    const std::string missing = (folder.path() / "nowhere.yaml").string();
    const BadInputRow rows[] = {
        {{"--from", "app-instnce-a", "--to", "db"}, "'app-instnce-a'"},
        {{"--from", "app-instnce-a", "--to", "db"}, "app-instance-a, app-instance-b, alb, db"},
        {{"--from", "app-instance-a", "--to", "dbx"}, "--to 'dbx' is not a resource"},
        {{"--from", "app-instance-a", "--to", "app-sg"}, "not a workload"},
        {{"--from", "app-instance-a", "--to", "app-sg"}, "Workloads in this model: app-instance-a"},
        {{"--from", "s3", "--to", "db"}, "only be a destination"},
        {{"--from", "db", "--to", "db"}, "the same workload"},
        {{"--from", "internet", "--to", "internet"}, "must be a workload"},
        {{"--from", "app-instance-a", "--to", "db", "--port", "70000"}, "--port must be"},
        {{"--from", "app-instance-a", "--to", "db", "--port", "-1"}, "--port must be"},
        {{"--from", "app-instance-a", "--to", "db", "--port", "https"}, "not 'https'"},
        {{"--from", "app-instance-a", "--to", "db", "--port", ""}, "--port must be"},
        {{"--from", "app-instance-a", "--to", "db", "--port"}, "--port needs a value"},
        {{"--from", "app-instance-a", "--to", "db", "--protocol", "sctp"}, "--protocol must be"},
        {{"--from", "app-instance-a", "--to", "db", "--protocol", "6"}, "tcp, udp, icmp or all"},
        {{"--from", "app-instance-a", "--to", "db", "--ephemeral", "3000-2000"}, "LO <= HI"},
        {{"--from", "app-instance-a", "--to", "db", "--ephemeral", "1024-70000"}, "--ephemeral"},
        {{"--from", "app-instance-a", "--to", "db", "--ephemeral", "1-2-3"}, "--ephemeral"},
        {{"--from", "app-instance-a", "--to", "db", "--ephemeral", "-"}, "--ephemeral"},
        {{"--from", "app-instance-a", "--to", "db", "--json=yes"}, "--json takes no value"},
        {{"--from", "app-instance-a", "--to", "db", "--verbose"}, "unknown option --verbose"},
        {{"--from", "app-instance-a"}, "reach needs --to DST"},
        {{"--to", "db"}, "reach needs --from SRC"},
        {{}, "reach needs --from SRC and --to DST, or --matrix"},
        {{"--matrix", "--from", "app-instance-a"}, "leave out --from and --to"},
        {{"--matrix", "--port", "99999"}, "--port must be"},
        {{"--matrix", "--protocol", "tcp/udp"}, "--protocol must be"},
    };
    for (const BadInputRow& row : rows) {
        std::vector<std::string> arguments = {"reach", file};
        arguments.insert(arguments.end(), row.options.begin(), row.options.end());
        SCOPED_TRACE(cli_tests::joined(arguments));
        const CliResult result = runCli(arguments);
        EXPECT_EQ(result.exitStatus, 2) << describe(result);
        EXPECT_TRUE(result.out.empty()) << result.out;
        EXPECT_NE(result.err.find(row.errContains), std::string::npos) << result.err;
    }
    for (const std::vector<std::string>& arguments :
         {std::vector<std::string>{"reach", "--matrix"},
          std::vector<std::string>{"reach", file, file, "--matrix"},
          std::vector<std::string>{"reach", missing, "--matrix"},
          std::vector<std::string>{"reach", missing, "--from", "a", "--to", "b", "--json"}}) {
        SCOPED_TRACE(cli_tests::joined(arguments));
        const CliResult result = runCli(arguments);
        EXPECT_EQ(result.exitStatus, 2) << describe(result);
        EXPECT_TRUE(result.out.empty()) << result.out;
        EXPECT_FALSE(result.err.empty());
    }
}

} // namespace
} // namespace topograph
