// SPDX-License-Identifier: Apache-2.0
// The port a workload-to-workload connection proposes first: what the destination listens on,
// read from the model (a database's port setting or its engine's usual port, a load balancer's
// listener, an ECS service's container port, the port a load balancer forwards to an
// instance), and 443 only where the model says nothing.
#include "core/edit/workload_port.h"
#include "edit_test_support.h"
#include "exporters/model_yaml/model_file.h"

#include <gtest/gtest.h>

namespace topograph {
namespace {

using namespace edit_tests;

/// One VPC and subnet; `extra` adds the workloads under test.
Document withSubnet() {
    Document document;
    addVpc(document, "vpc", {"10.0.0.0/16"});
    addSubnet(document, "subnet", "vpc", "10.0.0.0/24");
    return document;
}

void addDatabase(Document& document, const ResourceId& id, std::string engine, int port) {
    RdsInstance database;
    database.placement.subnets = {"subnet"};
    database.engine = std::move(engine);
    database.port = port;
    add(document, id, database);
}

void addBalancer(Document& document, const ResourceId& id, std::vector<int> listeners,
                 std::vector<ResourceId> targets, int targetPort) {
    LoadBalancer balancer;
    balancer.placement.subnets = {"subnet"};
    balancer.listenerPorts = std::move(listeners);
    balancer.targets = std::move(targets);
    balancer.targetPort = targetPort;
    add(document, id, balancer);
}

TEST(WorkloadPort, EachDatabaseEngineHasItsUsualPort) {
    EXPECT_EQ(defaultDatabasePort("mysql"), 3306);
    EXPECT_EQ(defaultDatabasePort("mariadb"), 3306);
    EXPECT_EQ(defaultDatabasePort("aurora-mysql"), 3306);
    EXPECT_EQ(defaultDatabasePort("aurora"), 3306);
    EXPECT_EQ(defaultDatabasePort("postgres"), 5432);
    EXPECT_EQ(defaultDatabasePort("aurora-postgresql"), 5432);
    EXPECT_EQ(defaultDatabasePort("sqlserver-ex"), 1433);
    EXPECT_EQ(defaultDatabasePort("sqlserver-ee"), 1433);
    EXPECT_EQ(defaultDatabasePort("oracle-se2"), 1521);
    EXPECT_EQ(defaultDatabasePort("db2-se"), 50000);
    EXPECT_EQ(defaultDatabasePort("couchdb"), 0);
    EXPECT_EQ(defaultDatabasePort(""), 0);
}

TEST(WorkloadPort, ADatabaseListensOnItsPortSettingElseItsEnginesPort) {
    Document document = withSubnet();
    addDatabase(document, "mysql", "mysql", 3306);
    addDatabase(document, "moved", "mysql", 3307);
    addDatabase(document, "unset", "sqlserver-se", 0);
    addDatabase(document, "oracle", "oracle-ee", -1);
    addDatabase(document, "mystery", "couchdb", 0);

    const ListeningPort mysql = listeningPort(document, "mysql");
    EXPECT_EQ(mysql.port, 3306);
    EXPECT_EQ(mysql.protocol, IpProtocol{IpProtocol::Tcp});
    EXPECT_TRUE(mysql.known);
    EXPECT_NE(mysql.reason.find("port setting"), std::string::npos) << mysql.reason;
    // The port setting is what AWS gets (the exporters write it), so it wins over the engine.
    EXPECT_EQ(listeningPort(document, "moved").port, 3307);
    const ListeningPort unset = listeningPort(document, "unset");
    EXPECT_EQ(unset.port, 1433);
    EXPECT_NE(unset.reason.find("sqlserver-se"), std::string::npos) << unset.reason;
    EXPECT_EQ(listeningPort(document, "oracle").port, 1521);
    const ListeningPort mystery = listeningPort(document, "mystery");
    EXPECT_EQ(mystery.port, 443);
    EXPECT_FALSE(mystery.known);
}

TEST(WorkloadPort, LoadBalancersAndServicesListenOnTheirPorts) {
    Document document = withSubnet();
    addBalancer(document, "alb", {8443, 80}, {}, 0);
    addBalancer(document, "bare", {}, {}, 0);
    LoadBalancer gateway;
    gateway.type = LoadBalancerType::Gateway;
    gateway.placement.subnets = {"subnet"};
    add(document, "gwlb", gateway);
    EcsService service;
    service.placement.subnets = {"subnet"};
    service.containerPort = 9000;
    add(document, "service", service);
    InterfaceEndpoint endpoint;
    endpoint.placement.subnets = {"subnet"};
    add(document, "endpoint", endpoint);

    EXPECT_EQ(listeningPort(document, "alb").port, 8443);
    EXPECT_FALSE(listeningPort(document, "bare").known);
    const ListeningPort geneve = listeningPort(document, "gwlb");
    EXPECT_EQ(geneve.protocol, IpProtocol{IpProtocol::Udp});
    EXPECT_EQ(geneve.port, 6081);
    EXPECT_EQ(listeningPort(document, "service").port, 9000);
    EXPECT_EQ(listeningPort(document, "endpoint").port, 443);
    EXPECT_TRUE(listeningPort(document, "endpoint").known);
}

TEST(WorkloadPort, AnInstanceListensWhereItsLoadBalancerForwards) {
    Document document = withSubnet();
    addInstance(document, "app", {"subnet"});
    addInstance(document, "lonely", {"subnet"});
    addBalancer(document, "public", {443}, {"app"}, 8080);
    addBalancer(document, "internal", {9090}, {"app"}, 0);

    EXPECT_EQ(listeningPort(document, "app").port, 8080); // the first balancer in the file
    EXPECT_EQ(listeningPort(document, "app", "public").port, 8080);
    // The balancer connecting is the one whose port counts; no target port: its listener's.
    const ListeningPort internal = listeningPort(document, "app", "internal");
    EXPECT_EQ(internal.port, 9090);
    EXPECT_NE(internal.reason.find("forwards"), std::string::npos) << internal.reason;

    const ListeningPort lonely = listeningPort(document, "lonely");
    EXPECT_EQ(lonely.port, 443);
    EXPECT_FALSE(lonely.known);
    EXPECT_NE(lonely.reason.find("guess"), std::string::npos) << lonely.reason;
    EXPECT_FALSE(listeningPort(document, "nothing").known);
    // A connecting balancer that does not forward to the destination says nothing about it.
    EXPECT_FALSE(listeningPort(document, "lonely", "internal").known);

    // The lookup made once for many destinations answers the same.
    const ListeningPorts ports(document);
    EXPECT_EQ(ports.of("app").port, 8080);
    EXPECT_EQ(ports.of("app", "internal").port, 9090);
    EXPECT_FALSE(ports.of("lonely", "internal").known);
    EXPECT_FALSE(ports.of("nothing").known);
}

TEST(WorkloadPort, TheThreeTierExampleProposesItsRealPorts) {
    const Document document =
        loadModelFile(std::string(TOPOGRAPH_EXAMPLES_DIR) + "/three-tier-web.yaml");
    EXPECT_EQ(listeningPort(document, "db", "app-instance-a").port, 5432);
    EXPECT_EQ(listeningPort(document, "app-instance-a", "alb").port, 8080);
    EXPECT_EQ(listeningPort(document, "alb").port, 443);
}

} // namespace
} // namespace topograph
