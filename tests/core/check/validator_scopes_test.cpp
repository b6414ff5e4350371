// SPDX-License-Identifier: Apache-2.0
// The scoped validator (validator.h): an engine that follows the documented incremental
// protocol, rerunning only the scopes an edit touches, always agrees with validate() on the
// edited document. This is the contract core/engine builds on.
#include "core/check/validator.h"
#include "core/reach/network_index.h"
#include "validator_test_support.h"
#include "web_network.h"

#include <functional>
#include <gtest/gtest.h>
#include <map>
#include <random>
#include <set>

namespace topograph {
namespace {

using namespace check_tests;
using testing_support::resource;

// The smallest engine the protocol in validator.h allows.
class ScopedEngine {
public:
    explicit ScopedEngine(Document document) : document_(std::move(document)), index_(document_) {
        const reach::NetworkIndex network(document_);
        for (const ResourceId& scope : index_.scopes()) {
            results_[scope] = checks::checkScope(document_, index_, network, scope);
        }
    }

    const Document& document() const { return document_; }
    int lastReruns() const { return lastReruns_; }

    /// Applies an edit that returns its change set, then reruns what the protocol says.
    void edit(const std::function<ChangeSet(Document&)>& change) {
        // Scopes and kinds before the edit: a removed resource is gone afterwards.
        std::map<ResourceId, std::pair<ResourceId, ResourceKind>> before;
        for (const Resource& r : document_.resources()) {
            before[r.id] = {index_.scopeOf(r.id), r.kind()};
        }
        const ChangeSet changes = change(document_);
        std::set<ResourceId> edited(changes.added.begin(), changes.added.end());
        edited.insert(changes.removed.begin(), changes.removed.end());
        edited.insert(changes.changed.begin(), changes.changed.end());

        const auto moved = index_.apply(document_, changes);
        std::set<ResourceId> touched(moved.begin(), moved.end());
        bool global = false;
        const auto& globalKinds = checks::globalScopeKinds();
        const auto isGlobalKind = [&](ResourceKind kind) {
            return std::find(globalKinds.begin(), globalKinds.end(), kind) != globalKinds.end();
        };
        for (const ResourceId& id : edited) {
            touched.insert(index_.scopeOf(id));
            if (const auto old = before.find(id); old != before.end()) {
                touched.insert(old->second.first);
                global = global || isGlobalKind(old->second.second);
            }
            if (const Resource* now = document_.find(id)) {
                global = global || isGlobalKind(now->kind());
            }
        }
        std::set<ResourceId> rerun = touched;
        if (global) {
            rerun.insert(checks::globalScope);
        }
        for (const auto& [scope, result] : results_) {
            const bool readsEdited =
                std::any_of(result.resources.begin(), result.resources.end(),
                            [&](const ResourceId& id) { return edited.contains(id); });
            const bool readsTouchedScope =
                std::any_of(result.scopes.begin(), result.scopes.end(),
                            [&](const ResourceId& s) { return touched.contains(s); });
            if (readsEdited || readsTouchedScope) {
                rerun.insert(scope);
            }
        }
        lastReruns_ = static_cast<int>(rerun.size());
        const reach::NetworkIndex network(document_); // the engine refreshes its own instead
        for (const ResourceId& scope : rerun) {
            results_[scope] = checks::checkScope(document_, index_, network, scope);
        }
    }

    std::vector<Finding> findings() const {
        std::vector<Finding> all;
        for (const auto& [scope, result] : results_) {
            all.insert(all.end(), result.findings.begin(), result.findings.end());
        }
        sortFindings(document_, all);
        return all;
    }

private:
    Document document_;
    checks::ValidationIndex index_;
    std::map<ResourceId, checks::ScopeResult> results_;
    int lastReruns_ = 0;
};

template <typename T>
std::function<ChangeSet(Document&)> change(const ResourceId& id, std::function<void(T&)> edit) {
    return [id, edit](Document& d) {
        Resource copy = *d.find(id);
        edit(*copy.as<T>());
        return d.replace(std::move(copy));
    };
}

std::function<ChangeSet(Document&)> add(Resource r) {
    return [r](Document& d) {
        return d.add(r);
    };
}

std::function<ChangeSet(Document&)> remove(const ResourceId& id) {
    return [id](Document& d) {
        return d.remove(id);
    };
}

Document twoVpcsWithPeeringAndTransit() {
    Document d = webNetwork();
    addOtherVpc(d);
    d.add(resource("peering", VpcPeering{.requesterVpc = "vpc", .accepterVpc = "vpc-2"}));
    d.add(resource("tgw", TransitGateway{.region = "region"}));
    d.add(resource("att-1", TransitGatewayAttachment{
                                .transitGateway = "tgw", .vpc = "vpc", .subnets = {"app-a"}}));
    return d;
}

TEST(ScopedValidation, AWholeRunEqualsValidate) {
    const Document document = twoVpcsWithPeeringAndTransit();
    const ScopedEngine engine(document);
    EXPECT_EQ(engine.findings(), validate(document));
}

TEST(ScopedValidation, EveryEditGivesWhatValidateGives) {
    ScopedEngine engine(twoVpcsWithPeeringAndTransit());
    const std::vector<std::pair<std::string, std::function<ChangeSet(Document&)>>> edits = {
        {"route to the peer",
         change<RouteTable>(
             "private-rt-a",
             [](RouteTable& t) {
                 t.routes.push_back({"10.1.0.0/16", RouteTargetKind::VpcPeering, "peering"});
             })},
        {"peer routes back",
         change<RouteTable>(
             "rt-2",
             [](RouteTable& t) {
                 t.routes.push_back({"10.0.0.0/16", RouteTargetKind::VpcPeering, "peering"});
             })},
        {"peer stops routing back",
         change<RouteTable>("rt-2", [](RouteTable& t) { t.routes.clear(); })},
        {"open ssh", change<SecurityGroup>("web-sg",
                                           [](SecurityGroup& g) {
                                               g.ingress.push_back({.protocol = {IpProtocol::Tcp},
                                                                    .ports = PortRange{22, 22},
                                                                    .peer = "0.0.0.0/0"});
                                           })},
        {"detach the internet gateway",
         change<InternetGateway>("igw", [](InternetGateway& g) { g.attachedVpc.reset(); })},
        {"attach it to the other VPC",
         change<InternetGateway>("igw", [](InternetGateway& g) { g.attachedVpc = "vpc-2"; })},
        {"attach it back",
         change<InternetGateway>("igw", [](InternetGateway& g) { g.attachedVpc = "vpc"; })},
        {"remove a NAT gateway's address", remove("eip-b")},
        {"an Elastic IP names the NAT",
         add(resource("eip-c", ElasticIp{.region = "region", .associatedWith = "nat-b"}))},
        {"an Elastic IP on an app instance",
         add(resource("eip-d", ElasticIp{.region = "region", .associatedWith = "app-1"}))},
        {"move an app instance to the other VPC",
         change<Instance>("app-1", [](Instance& i) { i.placement.subnets = {"subnet-2"}; })},
        {"move a subnet to the other VPC", change<Subnet>("app-b",
                                                          [](Subnet& s) {
                                                              s.vpc = "vpc-2";
                                                              s.ipv4Cidr = "10.1.5.0/24";
                                                          })},
        {"overlap the VPCs", change<Vpc>("vpc-2", [](Vpc& v) { v.ipv4Cidrs = {"10.0.0.0/16"}; })},
        {"attach the other VPC to the transit gateway",
         add(resource("att-2", TransitGatewayAttachment{.transitGateway = "tgw",
                                                        .vpc = "vpc-2",
                                                        .subnets = {"subnet-2"}}))},
        {"remove the peering", remove("peering")},
        {"separate the VPCs again",
         change<Vpc>("vpc-2", [](Vpc& v) { v.ipv4Cidrs = {"10.1.0.0/16"}; })},
        {"a NACL without return rules",
         add(resource("nacl", NetworkAcl{.vpc = "vpc",
                                         .entries = {{.protocol = {IpProtocol::Tcp},
                                                      .ports = PortRange{8080, 8080},
                                                      .cidr = "10.0.0.0/23"}}}))},
        {"associate it", change<Subnet>("app-a", [](Subnet& s) { s.networkAcl = "nacl"; })},
        {"a group that references a missing one",
         change<SecurityGroup>("app-sg", [](SecurityGroup& g) { g.ingress[0].peer = "sg-later"; })},
        {"the missing group appears", add(resource("sg-later", SecurityGroup{.vpc = "vpc-2"}))},
        {"a group nothing uses", add(resource("spare-sg", SecurityGroup{.vpc = "vpc"}))},
        {"a launch template kept verbatim names it", add(launchTemplateNaming("spare-sg"))},
        {"the group moves to the other VPC",
         change<SecurityGroup>("spare-sg", [](SecurityGroup& g) { g.vpc = "vpc-2"; })},
        {"the launch template goes", remove("launch-template")},
        {"remove the other VPC", remove("vpc-2")},
        {"remove a subnet with workloads", remove("app-a")},
        {"a fresh VPC", add(resource("vpc-3", Vpc{.ipv4Cidrs = {"10.0.0.0/16"}}))},
    };
    for (const auto& [name, edit] : edits) {
        engine.edit(edit);
        const auto expected = validate(engine.document());
        ASSERT_EQ(engine.findings(), expected) << "after: " << name << "\nincremental:\n"
                                               << describeAll(engine.findings()) << "\nvalidate:\n"
                                               << describeAll(expected);
    }
}

TEST(ScopedValidation, RandomEditsAgreeWithValidate) {
    ScopedEngine engine(twoVpcsWithPeeringAndTransit());
    std::mt19937 random(7);
    const std::vector<ResourceId> subnets = {"public-a", "public-b", "app-a", "app-b", "subnet-2"};
    const std::vector<ResourceId> tables = {"public-rt", "private-rt-a", "private-rt-b", "rt-2"};
    const std::vector<ResourceId> groups = {"web-sg", "app-sg", "sg-2"};
    const auto pick = [&](const std::vector<ResourceId>& from) {
        return from[std::uniform_int_distribution<std::size_t>(0, from.size() - 1)(random)];
    };
    // A NACL whose entries the edits below shuffle, so that flows the groups admit open and
    // close (ALLOWED_FLOW_BLOCKED).
    engine.edit(add(resource("shuffled-nacl", NetworkAcl{.vpc = "vpc"})));
    const std::vector<NaclEntry> entryChoices = {
        {.ruleNumber = 100,
         .protocol = {IpProtocol::Tcp},
         .ports = PortRange{8080, 8080},
         .cidr = "10.0.0.0/23"},
        {.ruleNumber = 110,
         .egress = true,
         .protocol = {IpProtocol::Tcp},
         .ports = PortRange{1024, 65535},
         .cidr = "10.0.0.0/16"},
        {.ruleNumber = 90,
         .action = RuleAction::Deny,
         .protocol = {IpProtocol::All},
         .cidr = "10.0.1.0/24"},
        {.ruleNumber = 120, .protocol = {IpProtocol::All}, .cidr = "0.0.0.0/0"}};
    int stepsWithBlockedFlows = 0;
    for (int step = 0; step < 300; ++step) {
        switch (std::uniform_int_distribution<int>(0, 7)(random)) {
        case 0:
            engine.edit(
                change<Subnet>(pick(subnets), [&](Subnet& s) { s.routeTable = pick(tables); }));
            break;
        case 1:
            engine.edit(change<NatGateway>(random() % 2 ? "nat-a" : "nat-b",
                                           [&](NatGateway& n) { n.subnet = pick(subnets); }));
            break;
        case 2:
            engine.edit(change<Instance>(random() % 2 ? "app-1" : "app-2", [&](Instance& i) {
                i.placement.subnets = {pick(subnets)};
                i.placement.securityGroups = {pick(groups)};
            }));
            break;
        case 3:
            engine.edit(change<RouteTable>(pick(tables), [&](RouteTable& t) {
                static const std::vector<Route> choices = {
                    {"0.0.0.0/0", RouteTargetKind::InternetGateway, "igw"},
                    {"0.0.0.0/0", RouteTargetKind::NatGateway, "nat-a"},
                    {"10.1.0.0/16", RouteTargetKind::VpcPeering, "peering"},
                    {"10.0.0.0/16", RouteTargetKind::VpcPeering, "peering"},
                    {"172.16.0.0/12", RouteTargetKind::TransitGateway, "tgw"}};
                t.routes = {choices[random() % choices.size()]};
            }));
            break;
        case 4:
            engine.edit(change<Vpc>("vpc-2", [&](Vpc& v) {
                v.ipv4Cidrs = {random() % 2 ? "10.0.0.0/16" : "10.1.0.0/16"};
            }));
            break;
        case 6:
            engine.edit(change<NetworkAcl>("shuffled-nacl", [&](NetworkAcl& n) {
                n.entries.clear();
                for (const NaclEntry& entry : entryChoices) {
                    if (random() % 2 == 0) {
                        n.entries.push_back(entry);
                    }
                }
            }));
            engine.edit(change<Subnet>(pick(subnets), [&](Subnet& s) {
                s.networkAcl =
                    random() % 2 ? std::optional<ResourceId>("shuffled-nacl") : std::nullopt;
            }));
            break;
        case 7:
            engine.edit(change<SecurityGroup>(pick(groups), [&](SecurityGroup& g) {
                g.egress.clear();
                if (random() % 2 == 0) {
                    g.egress.push_back({.protocol = {IpProtocol::Tcp},
                                        .ports = PortRange{8080, 8080},
                                        .peerKind = SgPeerKind::SecurityGroup,
                                        .peer = pick(groups)});
                }
            }));
            break;
        default:
            engine.edit(change<InternetGateway>("igw", [&](InternetGateway& g) {
                g.attachedVpc =
                    random() % 3 == 0 ? std::optional<ResourceId>() : pick({"vpc", "vpc-2"});
            }));
            break;
        }
        const auto expected = validate(engine.document());
        ASSERT_EQ(engine.findings(), expected) << "step " << step << "\n"
                                               << describeAll(engine.findings()) << "\nvs\n"
                                               << describeAll(expected);
        stepsWithBlockedFlows += withCode(expected, "ALLOWED_FLOW_BLOCKED").empty() ? 0 : 1;
    }
    EXPECT_GT(stepsWithBlockedFlows, 10); // the shuffles above did open and close flows
}

TEST(ScopedValidation, AnEditInOneVpcRerunsOnlyThatVpc) {
    Document document = webNetwork();
    addOtherVpc(document);
    ScopedEngine engine(std::move(document));
    engine.edit(change<SecurityGroup>("sg-2", [](SecurityGroup& g) {
        g.ingress.push_back(
            {.protocol = {IpProtocol::Tcp}, .ports = PortRange{3389, 3389}, .peer = "0.0.0.0/0"});
    }));
    EXPECT_EQ(engine.lastReruns(), 1);
    EXPECT_EQ(withCode(engine.findings(), "SG_OPEN_TO_WORLD").size(), 1U);
}

TEST(ScopedValidation, ChecksForOneVpcAreThatVpcsFindings) {
    Document document = webNetwork();
    addOtherVpc(document);
    propertiesOf<SecurityGroup>(document, "sg-2").ingress.push_back({.peer = "0.0.0.0/0"});
    propertiesOf<NatGateway>(document, "nat-a").elasticIp.reset();
    const auto inOther = checks::checksForVpc(document, "vpc-2");
    ASSERT_EQ(inOther.size(), 1U) << describeAll(inOther);
    EXPECT_EQ(inOther.front().code, "SG_OPEN_TO_WORLD");
    const auto inWeb = checks::checksForVpc(document, "vpc");
    ASSERT_EQ(inWeb.size(), 1U) << describeAll(inWeb);
    EXPECT_EQ(inWeb.front().code, "NAT_NO_ELASTIC_IP");
}

} // namespace
} // namespace topograph
