// SPDX-License-Identifier: Apache-2.0
// Connect by dragging, through the controller as the canvas calls it: the hover preview, the
// connection as one undo step (route table and findings after it, undo, redo), a peering with
// routes on both sides, and the security group rules between two workloads.
#include "app/connect/connection_controller.h"
#include "app/document_controller.h"
#include "core/reach/reach.h"

#include <QStandardPaths>
#include <QTest>

using topograph::ConnectionController;
using topograph::Document;
using topograph::DocumentController;
using topograph::Resource;

namespace {

template <typename T>
void add(Document& document, const std::string& id, const std::string& name, T properties) {
    Resource resource;
    resource.id = id;
    resource.name = name;
    resource.properties = std::move(properties);
    document.add(std::move(resource));
}

/// A region with two VPCs. VPC A: one zone, a public subnet (public IPs on launch) holding a
/// web and an app instance with their own security groups, and an attached internet gateway.
/// VPC B: one zone and a subnet. No route anywhere yet.
Document network() {
    using namespace topograph;
    Document document;
    add(document, "region", "US East", Region{"us-east-1"});
    add(document, "vpc-a", "VPC A", Vpc{"region", {"10.0.0.0/16"}, std::nullopt, true, false});
    add(document, "az-a", "us-east-1a", AvailabilityZone{"vpc-a", "us-east-1a"});
    Subnet publicSubnet;
    publicSubnet.vpc = "vpc-a";
    publicSubnet.availabilityZone = "az-a";
    publicSubnet.ipv4Cidr = "10.0.0.0/24";
    publicSubnet.mapPublicIpOnLaunch = true;
    add(document, "public-a", "Public A", publicSubnet);
    InternetGateway igw;
    igw.attachedVpc = "vpc-a";
    igw.region = "region";
    add(document, "igw", "Main IGW", igw);
    const SecurityGroupRule allOut{IpProtocol{IpProtocol::All}, std::nullopt, SgPeerKind::Cidr,
                                   "0.0.0.0/0", ""};
    add(document, "web-sg", "Web SG", SecurityGroup{"vpc-a", "web", false, {}, {allOut}});
    add(document, "app-sg", "App SG", SecurityGroup{"vpc-a", "app", false, {}, {allOut}});
    Instance web;
    web.placement.subnets = {"public-a"};
    web.placement.securityGroups = {"web-sg"};
    add(document, "web", "Web", web);
    Instance app = web;
    app.placement.securityGroups = {"app-sg"};
    add(document, "app", "App", app);
    add(document, "vpc-b", "VPC B", Vpc{"region", {"10.1.0.0/16"}, std::nullopt, true, false});
    add(document, "az-b", "us-east-1a", AvailabilityZone{"vpc-b", "us-east-1a"});
    Subnet other;
    other.vpc = "vpc-b";
    other.availabilityZone = "az-b";
    other.ipv4Cidr = "10.1.0.0/24";
    add(document, "private-b", "Private B", other);
    return document;
}

bool hasFinding(DocumentController& controller, const std::string& code,
                const std::string& resource) {
    for (const auto& finding : controller.findings()->findings()) {
        if (finding.code == code && !finding.resources.empty() &&
            finding.resources.front() == resource) {
            return true;
        }
    }
    return false;
}

const topograph::RouteTable* tableOf(const Document& document, const std::string& subnet) {
    const auto* properties = document.findAs<topograph::Subnet>(subnet);
    return properties && properties->routeTable
               ? document.findAs<topograph::RouteTable>(*properties->routeTable)
               : nullptr;
}

bool reaches(const Document& document, const std::string& from, const std::string& to, int port) {
    return topograph::reach::reach(document, {.source = from, .destination = to, .port = port})
        .reachable;
}

} // namespace

class ConnectionControllerTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void connectsASubnetToTheInternetGatewayAsOneUndoStep() {
        DocumentController controller;
        controller.setDocument(network(), {});
        ConnectionController connector;
        connector.setController(&controller);
        QVERIFY(connector.canStart(QStringLiteral("public-a")));
        QVERIFY(!connector.canStart(QStringLiteral("region")));

        // Hovering the gateway: what the drop would do.
        const QVariantMap preview =
            connector.preview(QStringLiteral("public-a"), QStringLiteral("igw"));
        QVERIFY2(preview.value(QStringLiteral("allowed")).toBool(),
                 qPrintable(preview.value(QStringLiteral("hint")).toString()));
        QCOMPARE(preview.value(QStringLiteral("label")).toString(),
                 QStringLiteral("Route 0.0.0.0/0 of Public A to Main IGW"));
        QCOMPARE(preview.value(QStringLiteral("kind")).toString(), QStringLiteral("route"));
        QVERIFY(!preview.value(QStringLiteral("needsPort")).toBool());
        QVERIFY(!preview.value(QStringLiteral("changes")).toStringList().isEmpty());
        QVERIFY(hasFinding(controller, "PUBLIC_SUBNET_NO_IGW_ROUTE", "public-a"));
        QVERIFY(!reaches(controller.document(), "web", "internet", 443));

        const Document before = controller.document();
        QVERIFY(connector.connect(QStringLiteral("public-a"), QStringLiteral("igw")));
        QCOMPARE(controller.undoText(), QStringLiteral("Route 0.0.0.0/0 of Public A to Main IGW"));
        const topograph::RouteTable* table = tableOf(controller.document(), "public-a");
        QVERIFY(table != nullptr);
        QCOMPARE(table->routes.size(), std::size_t{1});
        QCOMPARE(table->routes[0].destination, std::string("0.0.0.0/0"));
        QCOMPARE(table->routes[0].target, std::string("igw"));
        QTRY_VERIFY(!hasFinding(controller, "PUBLIC_SUBNET_NO_IGW_ROUTE", "public-a"));
        QVERIFY(reaches(controller.document(), "web", "internet", 443));

        // The same drop again is refused, and says why.
        const QVariantMap again =
            connector.preview(QStringLiteral("public-a"), QStringLiteral("igw"));
        QVERIFY(!again.value(QStringLiteral("allowed")).toBool());
        QVERIFY(again.value(QStringLiteral("hint"))
                    .toString()
                    .contains(QStringLiteral("already sends its internet traffic")));
        QVERIFY(!connector.connect(QStringLiteral("public-a"), QStringLiteral("igw")));

        controller.undo();
        QVERIFY(controller.document() == before);
        QTRY_VERIFY(hasFinding(controller, "PUBLIC_SUBNET_NO_IGW_ROUTE", "public-a"));
        controller.redo();
        QVERIFY(tableOf(controller.document(), "public-a") != nullptr);
        QVERIFY(reaches(controller.document(), "web", "internet", 443));
    }

    void peersTwoVpcsWithRoutesOnBothSides() {
        DocumentController controller;
        controller.setDocument(network(), {});
        ConnectionController connector;
        connector.setController(&controller);
        // Dropped on the other VPC's subnet: the VPC is meant.
        const QVariantMap preview =
            connector.preview(QStringLiteral("vpc-a"), QStringLiteral("private-b"));
        QVERIFY(preview.value(QStringLiteral("allowed")).toBool());
        QVERIFY(preview.value(QStringLiteral("offersRoutes")).toBool());
        QCOMPARE(preview.value(QStringLiteral("to")).toString(), QStringLiteral("vpc-b"));
        const Document before = controller.document();
        QVERIFY(connector.connect(QStringLiteral("vpc-a"), QStringLiteral("vpc-b"),
                                  QStringLiteral("tcp"), 443, true));
        QCOMPARE(controller.undoText(), QStringLiteral("Peer VPC A with VPC B"));

        std::string peering;
        int routesToPeering = 0;
        for (const Resource& resource : controller.document().resources()) {
            if (resource.as<topograph::VpcPeering>() != nullptr) {
                peering = resource.id;
            }
        }
        QVERIFY(!peering.empty());
        QVERIFY(!controller.items()->rectOf(QString::fromStdString(peering)).isEmpty());
        for (const Resource& resource : controller.document().resources()) {
            if (const auto* table = resource.as<topograph::RouteTable>()) {
                for (const auto& route : table->routes) {
                    routesToPeering += route.target == peering ? 1 : 0;
                }
            }
        }
        QCOMPARE(routesToPeering, 2); // each VPC's (main) table routes the other's block
        QVERIFY(!hasFinding(controller, "PEERING_NO_RETURN_ROUTE", peering));
        controller.undo();
        QVERIFY(controller.document() == before);
    }

    void allowsAPortBetweenTwoWorkloads() {
        DocumentController controller;
        controller.setDocument(network(), {});
        ConnectionController connector;
        connector.setController(&controller);
        const QVariantMap preview = connector.preview(QStringLiteral("web"), QStringLiteral("app"),
                                                      QStringLiteral("tcp"), 8080);
        QVERIFY(preview.value(QStringLiteral("needsPort")).toBool());
        QCOMPARE(preview.value(QStringLiteral("label")).toString(),
                 QStringLiteral("Allow tcp/8080 from Web to App"));
        QVERIFY(!reaches(controller.document(), "web", "app", 8080));

        QVERIFY(connector.connect(QStringLiteral("web"), QStringLiteral("app"),
                                  QStringLiteral("tcp"), 8080, true));
        const auto& ingress =
            controller.document().findAs<topograph::SecurityGroup>("app-sg")->ingress;
        QCOMPARE(ingress.size(), std::size_t{1});
        QCOMPARE(ingress[0].peer, std::string("web-sg"));
        QVERIFY(reaches(controller.document(), "web", "app", 8080));
        QVERIFY(!reaches(controller.document(), "web", "app", 22));

        // A protocol the rules cannot name is refused with a hint.
        const QVariantMap bad = connector.preview(QStringLiteral("web"), QStringLiteral("app"),
                                                  QStringLiteral("carrier-pigeon"), 1);
        QVERIFY(!bad.value(QStringLiteral("allowed")).toBool());
        QVERIFY(bad.value(QStringLiteral("hint")).toString().contains(QStringLiteral("tcp, udp")));

        // The preview reads the index the document controller keeps: it follows the edit and
        // its undo.
        const auto previewOn8080 = [&] {
            return connector.preview(QStringLiteral("web"), QStringLiteral("app"),
                                     QStringLiteral("tcp"), 8080);
        };
        QVERIFY(!previewOn8080().value(QStringLiteral("allowed")).toBool());
        QVERIFY2(previewOn8080()
                     .value(QStringLiteral("hint"))
                     .toString()
                     .contains(QStringLiteral("already allowed")),
                 qPrintable(previewOn8080().value(QStringLiteral("hint")).toString()));

        controller.undo();
        QVERIFY(controller.document().findAs<topograph::SecurityGroup>("app-sg")->ingress.empty());
        QVERIFY(previewOn8080().value(QStringLiteral("allowed")).toBool());
    }

    // Workload to workload: the port starts where the destination listens (a MySQL database:
    // 3306, not 443), and the keyboard's list of targets carries it too.
    void proposesThePortTheDestinationListensOn() {
        Document document = network();
        topograph::RdsInstance database;
        database.placement.subnets = {"public-a"};
        database.placement.securityGroups = {"app-sg"};
        database.engine = "mysql";
        database.port = 3306;
        add(document, "db", "Orders DB", database);
        DocumentController controller;
        controller.setDocument(document, {});
        ConnectionController connector;
        connector.setController(&controller);

        const QVariantMap listening =
            connector.listeningPort(QStringLiteral("web"), QStringLiteral("db"));
        QCOMPARE(listening.value(QStringLiteral("port")).toInt(), 3306);
        QCOMPARE(listening.value(QStringLiteral("protocol")).toString(), QStringLiteral("tcp"));
        QVERIFY(listening.value(QStringLiteral("known")).toBool());
        QVERIFY(
            listening.value(QStringLiteral("reason")).toString().contains(QStringLiteral("3306")));
        // Nothing says where the instance listens: 443, and the reason says it is a guess.
        const QVariantMap guess =
            connector.listeningPort(QStringLiteral("web"), QStringLiteral("app"));
        QCOMPARE(guess.value(QStringLiteral("port")).toInt(), 443);
        QVERIFY(!guess.value(QStringLiteral("known")).toBool());

        // The hover preview between workloads asks about the database's port.
        QCOMPARE(connector.previewOnListeningPort(QStringLiteral("web"), QStringLiteral("db"))
                     .value(QStringLiteral("label"))
                     .toString(),
                 QStringLiteral("Allow tcp/3306 from Web to Orders DB"));
        QVERIFY(connector.previewOnListeningPort(QStringLiteral("public-a"), QStringLiteral("igw"))
                    .value(QStringLiteral("allowed"))
                    .toBool());

        const QVariantList targets = connector.targets(QStringLiteral("web"));
        QVariantMap toDatabase;
        QStringList ids;
        for (const QVariant& each : targets) {
            const QVariantMap target = each.toMap();
            ids.append(target.value(QStringLiteral("id")).toString());
            if (target.value(QStringLiteral("id")).toString() == QStringLiteral("db")) {
                toDatabase = target;
            }
        }
        QCOMPARE(ids, (QStringList{QStringLiteral("app"), QStringLiteral("db")}));
        QCOMPARE(toDatabase.value(QStringLiteral("port")).toInt(), 3306);
        QCOMPARE(toDatabase.value(QStringLiteral("name")).toString(), QStringLiteral("Orders DB"));
        QCOMPARE(toDatabase.value(QStringLiteral("kind")).toString(),
                 QStringLiteral("RDS database"));
        QVERIFY(toDatabase.value(QStringLiteral("needsPort")).toBool());
        QVERIFY(toDatabase.value(QStringLiteral("allowed")).toBool());
        QCOMPARE(toDatabase.value(QStringLiteral("label")).toString(),
                 QStringLiteral("Allow tcp/3306 from Web to Orders DB"));

        // A subnet lists the gateway; a route table lists nothing and says what connects.
        const QVariantList fromSubnet = connector.targets(QStringLiteral("public-a"));
        QCOMPARE(fromSubnet.size(), 1);
        QCOMPARE(fromSubnet[0].toMap().value(QStringLiteral("to")).toString(),
                 QStringLiteral("igw"));
        QVERIFY(connector.targets(QStringLiteral("region")).isEmpty());
        QVERIFY(connector.whatConnects(QStringLiteral("public-a"))
                    .startsWith(QStringLiteral("A subnet connects to")));
        QCOMPARE(connector.nameOf(QStringLiteral("db")), QStringLiteral("Orders DB"));
    }
};

QTEST_MAIN(ConnectionControllerTest)
#include "connection_controller_test.moc"
