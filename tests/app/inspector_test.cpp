// SPDX-License-Identifier: Apache-2.0
// The inspector as a user drives it on the three-tier example: select a subnet, a NACL, a route
// table, a security group; type good and bad values; undo. Every accepted edit is one undo
// step, every refused one leaves the document alone and says why.
#include "app/document_controller.h"
#include "app/inspector/cidr_problem.h"
#include "app/inspector/inspector_controller.h"
#include "app/inspector/nacl_entries_model.h"
#include "app/inspector/property_fields_model.h"
#include "app/inspector/route_table_model.h"
#include "app/inspector/security_group_rules_model.h"
#include "core/check/wording.h"
#include "core/cidr/cidr.h"
#include "core/model/references.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace topograph;

namespace {

bool hasFinding(DocumentController& controller, const std::string& code,
                const std::string& resource) {
    for (const Finding& finding : controller.findings()->findings()) {
        if (finding.code == code &&
            std::ranges::find(finding.resources, resource) != finding.resources.end()) {
            return true;
        }
    }
    return false;
}

QString cell(const QAbstractItemModel& model, int row, const char* role) {
    const int key = model.roleNames().key(role, -1);
    return model.data(model.index(row, 0), key).toString();
}

QStringList column(const QAbstractItemModel& model, const char* role) {
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row) {
        values.append(cell(model, row, role));
    }
    return values;
}

// "inbound 100" per row, the order a reader sees.
QStringList evaluationOrder(const NaclEntriesModel& model) {
    QStringList rows;
    for (int row = 0; row < model.rowCount(); ++row) {
        rows.append(cell(model, row, "direction") + QLatin1Char(' ') +
                    cell(model, row, "ruleNumber"));
    }
    return rows;
}

} // namespace

class InspectorTest : public QObject {
    Q_OBJECT

private:
    DocumentController controller_;

    const Resource& resource(const char* id) {
        const Resource* found = controller_.document().find(id);
        if (found == nullptr) {
            qFatal("the example has no resource %s", id);
        }
        return *found;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init() {
        QVERIFY(controller_.open(
            QUrl::fromLocalFile(QStringLiteral(TOPOGRAPH_EXAMPLES_DIR "/three-tier-web.yaml"))));
        QVERIFY(!controller_.canUndo());
    }

    void cidrProblemsReadAsSentences() {
        InspectorController inspector;
        QCOMPARE(inspector.cidrProblem(QStringLiteral("10.0.0.0/16"), true), QString());
        QCOMPARE(inspector.cidrProblem(QStringLiteral("10.0.0.1/16"), true),
                 QStringLiteral("10.0.0.1/16 has host bits set: the block starts at 10.0.0.0/16."));
        const QString tooLarge = inspector.cidrProblem(QStringLiteral("10.0.0.0/8"), true);
        QVERIFY2(tooLarge.contains(QStringLiteral("AWS allows /16 to /28 for a VPC")),
                 qPrintable(tooLarge));
        const QString tooSmall = inspector.cidrProblem(QStringLiteral("10.0.0.0/29"), false);
        QVERIFY2(tooSmall.contains(QStringLiteral("too small")) &&
                     tooSmall.contains(QStringLiteral("for a subnet")),
                 qPrintable(tooSmall));
        // Syntax errors use the parser's own wording, as the validator's CIDR_INVALID does.
        CidrParseError parseError;
        QVERIFY(!Cidr::tryParse("10.0.0.0", parseError));
        QCOMPARE(inspector.cidrProblem(QStringLiteral("10.0.0.0"), false),
                 QString::fromStdString(wording::capitalised(parseError.message()) + "."));
        QVERIFY(!inspector.cidrProblem(QStringLiteral("10.0.0.300/16"), true).isEmpty());
        QVERIFY(inspector.cidrProblem(QStringLiteral("fd00::/56"), true).contains("IPv6"));
        QCOMPARE(QString::fromStdString(cidrProblem("fd00::/56", CidrUse::RuleBlock)), QString());
    }

    void showsAndEditsASubnet() {
        InspectorController inspector;
        inspector.setController(&controller_);
        QVERIFY(!inspector.hasSelection());
        inspector.setSelectedId(QStringLiteral("db-a"));
        QVERIFY(inspector.hasSelection());
        QCOMPARE(inspector.kind(), QStringLiteral("subnet"));
        QCOMPARE(inspector.kindLabel(), QStringLiteral("Subnet"));
        QCOMPARE(inspector.name(), QStringLiteral("Database subnet A"));
        QCOMPARE(inspector.cidr(), QStringLiteral("10.0.20.0/24"));
        QVERIFY(inspector.hasCidr());
        QCOMPARE(inspector.routeTableId(), QStringLiteral("db-rt"));
        QCOMPARE(inspector.networkAclId(), QStringLiteral("db-nacl"));
        QVERIFY(inspector.securityGroupIds().isEmpty());

        // Refused: host bits, outside the VPC. Nothing changes, the message says why.
        const Resource before = resource("db-a");
        QVERIFY(!inspector.setCidr(QStringLiteral("10.0.20.1/24")));
        QVERIFY2(inspector.lastError().contains(QStringLiteral("10.0.20.0/24")),
                 qPrintable(inspector.lastError()));
        QVERIFY(!inspector.setCidr(QStringLiteral("10.1.0.0/24")));
        QVERIFY2(inspector.lastError().contains(QStringLiteral("outside the VPC")),
                 qPrintable(inspector.lastError()));
        QCOMPARE(resource("db-a"), before);
        QVERIFY(!controller_.canUndo());

        // Accepted: one undo step, shown at once; undo shows the old block again.
        QSignalSpy shown(&inspector, &InspectorController::selectionChanged);
        QVERIFY(inspector.setCidr(QStringLiteral("10.0.30.0/24")));
        QVERIFY(inspector.lastError().isEmpty());
        QCOMPARE(resource("db-a").as<Subnet>()->ipv4Cidr, std::string("10.0.30.0/24"));
        QCOMPARE(inspector.cidr(), QStringLiteral("10.0.30.0/24"));
        QVERIFY(shown.count() >= 1);
        QCOMPARE(controller_.undoText(), QStringLiteral("Change CIDR of Database subnet A"));
        controller_.undo();
        QCOMPARE(inspector.cidr(), QStringLiteral("10.0.20.0/24"));
        QCOMPARE(resource("db-a"), before);
        QVERIFY(!controller_.canUndo());
    }

    void editsAVpcBlockNameNotesAndTags() {
        InspectorController inspector;
        inspector.setController(&controller_);
        inspector.setSelectedId(QStringLiteral("vpc"));
        QCOMPARE(inspector.kind(), QStringLiteral("vpc"));
        const QString oldName = inspector.name();
        QVERIFY(!inspector.setCidr(QStringLiteral("10.0.0.0/12")));
        QVERIFY(inspector.lastError().contains(QStringLiteral("/16 to /28")));
        QVERIFY(!controller_.canUndo());

        QVERIFY(inspector.setName(QStringLiteral("Production")));
        QCOMPARE(controller_.undoText(), QStringLiteral("Rename %1").arg(oldName));
        QCOMPARE(inspector.name(), QStringLiteral("Production"));
        QVERIFY(inspector.setNotes(QStringLiteral("Owned by the web team")));
        QCOMPARE(resource("vpc").notes, std::string("Owned by the web team"));

        QAbstractItemModelTester tester(inspector.tags(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int tagsBefore = inspector.tags()->count();
        QVERIFY(!inspector.setTag(QStringLiteral("  "), QStringLiteral("x")));
        QVERIFY(!inspector.lastError().isEmpty());
        QVERIFY(inspector.setTag(QStringLiteral("Owner"), QStringLiteral("web")));
        QCOMPARE(inspector.tags()->count(), tagsBefore + 1);
        QVERIFY(inspector.setTag(QStringLiteral("Owner"), QStringLiteral("platform")));
        QCOMPARE(inspector.tags()->count(), tagsBefore + 1);
        QVERIFY(inspector.renameTag(QStringLiteral("Owner"), QStringLiteral("Team")));
        QCOMPARE(cell(*inspector.tags(), tagsBefore, "key"), QStringLiteral("Team"));
        QCOMPARE(cell(*inspector.tags(), tagsBefore, "value"), QStringLiteral("platform"));
        QVERIFY(inspector.removeTag(QStringLiteral("Team")));
        QCOMPARE(inspector.tags()->count(), tagsBefore);

        // Six edits, six undo steps, back to the name it had.
        for (int step = 0; step < 6; ++step) {
            QVERIFY(controller_.canUndo());
            controller_.undo();
        }
        QVERIFY(!controller_.canUndo());
        QCOMPARE(inspector.name(), oldName);
    }

    void showsNothingWhenTheSelectionIsDeleted() {
        InspectorController inspector;
        inspector.setController(&controller_);
        inspector.setSelectedId(QStringLiteral("app-instance-a"));
        QCOMPARE(inspector.securityGroupIds(), QStringList{QStringLiteral("app-sg")});
        QVERIFY(controller_.deleteItem(QStringLiteral("app-instance-a")));
        QVERIFY(!inspector.hasSelection());
        QCOMPARE(inspector.kind(), QString());
        QVERIFY(inspector.securityGroupIds().isEmpty());
        controller_.undo();
        QVERIFY(inspector.hasSelection());
        QCOMPARE(inspector.name(), QStringLiteral("App server A"));
    }

    void naclRowsFollowAwsEvaluationOrder() {
        NaclEntriesModel entries;
        QAbstractItemModelTester tester(&entries,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        entries.setController(&controller_);
        entries.setResourceId(QStringLiteral("app-nacl"));
        QVERIFY(entries.valid());
        QCOMPARE(entries.title(), QStringLiteral("Application tier ACL"));
        const QStringList stored{"inbound 100", "inbound 110", "outbound 100", "outbound 110",
                                 "outbound 120"};
        QCOMPARE(evaluationOrder(entries), stored);

        // A new rule is stored last but shown where AWS evaluates it: after inbound 110.
        QVERIFY(entries.addEntry());
        QCOMPARE(resource("app-nacl").as<NetworkAcl>()->entries.back().ruleNumber, 120);
        QCOMPARE(evaluationOrder(entries),
                 (QStringList{"inbound 100", "inbound 110", "inbound 120", "outbound 100",
                              "outbound 110", "outbound 120"}));
        QCOMPARE(cell(entries, 2, "action"), QStringLiteral("deny"));
        // Renumbering moves the row: inbound 110 becomes 90 and goes first.
        QVERIFY(entries.setEntryField(1, QStringLiteral("ruleNumber"), 90));
        QCOMPARE(evaluationOrder(entries),
                 (QStringList{"inbound 90", "inbound 100", "inbound 120", "outbound 100",
                              "outbound 110", "outbound 120"}));
        QVERIFY(entries.removeEntry(2));
        controller_.undo();
        controller_.undo();
        controller_.undo();
        QVERIFY(!controller_.canUndo());
        QCOMPARE(evaluationOrder(entries), stored);
    }

    void naclEditsRefuseBadValuesWithAReason() {
        NaclEntriesModel entries;
        entries.setController(&controller_);
        entries.setResourceId(QStringLiteral("app-nacl"));
        const Resource before = resource("app-nacl");
        const auto refused = [&](int row, const char* field, const char* value,
                                 const char* reason) {
            const bool accepted =
                entries.setEntryField(row, QString::fromLatin1(field), QString::fromLatin1(value));
            return !accepted && entries.lastError().contains(QString::fromLatin1(reason));
        };
        QVERIFY(refused(0, "ruleNumber", "0", "1 to 32766"));
        QVERIFY(refused(0, "ruleNumber", "110", "already an inbound rule 110"));
        QVERIFY(refused(0, "direction", "outbound", "already an outbound rule 100"));
        QVERIFY(refused(0, "cidr", "10.0.0.1/16", "host bits"));
        QVERIFY(refused(0, "ports", "70000", "not a port"));
        QVERIFY(refused(0, "ports", "90-80", "starts after it ends"));
        QVERIFY(refused(0, "protocol", "tcpp", "not a protocol"));
        QVERIFY(refused(0, "action", "maybe", "allows or denies"));
        QVERIFY(refused(9, "cidr", "10.0.0.0/16", "no row"));
        // Row -1 is a delegate being torn down after a commit: ignored, the message shown
        // stays as it was.
        const QString shownError = entries.lastError();
        QVERIFY(!entries.setEntryField(-1, QStringLiteral("ports"), QStringLiteral("81")));
        QCOMPARE(entries.lastError(), shownError);
        QCOMPARE(resource("app-nacl"), before);
        QVERIFY(!controller_.canUndo());

        // A protocol without ports drops the range; ports are then refused.
        QVERIFY(entries.setEntryField(0, QStringLiteral("protocol"), QStringLiteral("icmp")));
        QCOMPARE(cell(entries, 0, "ports"), QString());
        QVERIFY(refused(0, "ports", "80", "tcp and udp only"));
        QVERIFY(entries.setEntryField(0, QStringLiteral("cidr"), QStringLiteral("10.0.0.0/16")));
        QCOMPARE(resource("app-nacl").as<NetworkAcl>()->entries.front().cidr,
                 std::string("10.0.0.0/16"));
        QCOMPARE(controller_.undoText(),
                 QStringLiteral("Edit inbound rule 100 of Application tier ACL"));
    }

    void removingTheDatabaseResponseRuleIsFoundAndUndone() {
        NaclEntriesModel entries;
        entries.setController(&controller_);
        entries.setResourceId(QStringLiteral("db-nacl"));
        QCOMPARE(evaluationOrder(entries), (QStringList{"inbound 100", "outbound 100"}));
        QVERIFY(!hasFinding(controller_, "NACL_EPHEMERAL_BLOCKED", "db-nacl"));

        QVERIFY(entries.removeEntry(1));
        QCOMPARE(resource("db-nacl").as<NetworkAcl>()->entries.size(), std::size_t{1});
        QVERIFY(hasFinding(controller_, "NACL_EPHEMERAL_BLOCKED", "db-nacl"));
        QCOMPARE(controller_.undoText(),
                 QStringLiteral("Remove outbound rule 100 from Database tier ACL"));

        controller_.undo();
        QVERIFY(!controller_.canUndo());
        QCOMPARE(evaluationOrder(entries), (QStringList{"inbound 100", "outbound 100"}));
        QVERIFY(!hasFinding(controller_, "NACL_EPHEMERAL_BLOCKED", "db-nacl"));
    }

    void editsRoutes() {
        RouteTableModel routes;
        QAbstractItemModelTester tester(&routes,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        routes.setController(&controller_);
        routes.setResourceId(QStringLiteral("app-rt-a"));
        QCOMPARE(column(routes, "destination"), QStringList{"0.0.0.0/0"});
        QCOMPARE(cell(routes, 0, "targetKind"), QStringLiteral("nat-gateway"));
        QCOMPARE(cell(routes, 0, "target"), QStringLiteral("nat-a"));
        QCOMPARE(routes.targetsOfKind(QStringLiteral("nat-gateway")),
                 (QStringList{"nat-a", "nat-b"}));

        QVERIFY(!routes.setEntryField(0, QStringLiteral("target"), QStringLiteral("igw")));
        QVERIFY(routes.lastError().contains(QStringLiteral("nat-gateway")));
        QVERIFY(routes.setEntryField(0, QStringLiteral("target"), QStringLiteral("nat-b")));
        QCOMPARE(resource("app-rt-a").as<RouteTable>()->routes.front().target,
                 std::string("nat-b"));
        // Another target kind picks a target of that kind.
        QVERIFY(routes.setEntryField(0, QStringLiteral("targetKind"),
                                     QStringLiteral("internet-gateway")));
        QCOMPARE(cell(routes, 0, "target"), QStringLiteral("igw"));

        QVERIFY(routes.addEntry());
        QCOMPARE(routes.rowCount(), 2);
        QVERIFY(
            !routes.setEntryField(1, QStringLiteral("destination"), QStringLiteral("0.0.0.0/0")));
        QVERIFY(routes.lastError().contains(QStringLiteral("already has a route")));
        QVERIFY(routes.setEntryField(1, QStringLiteral("destination"), QStringLiteral("pl-s3")));
        QVERIFY(routes.removeEntry(1));
        for (int step = 0; step < 5; ++step) {
            controller_.undo();
        }
        QVERIFY(!controller_.canUndo());
        QCOMPARE(cell(routes, 0, "target"), QStringLiteral("nat-a"));
    }

    void editsSecurityGroupRules() {
        SecurityGroupRulesModel rules;
        QAbstractItemModelTester tester(&rules,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        rules.setController(&controller_);
        rules.setResourceId(QStringLiteral("app-sg"));
        QCOMPARE(column(rules, "direction"), (QStringList{"inbound", "outbound", "outbound"}));
        QCOMPARE(column(rules, "peer"),
                 (QStringList{"ALB security group", "Database security group", "0.0.0.0/0"}));
        QCOMPARE(column(rules, "peerId"), (QStringList{"alb-sg", "db-sg", "0.0.0.0/0"}));
        QCOMPARE(cell(rules, 0, "peerKind"), QStringLiteral("security-group"));

        QVERIFY(!rules.setEntryField(2, QStringLiteral("peer"), QStringLiteral("nowhere")));
        QVERIFY(rules.lastError().contains(QStringLiteral("neither a CIDR block")));
        QVERIFY(!rules.setEntryField(2, QStringLiteral("peer"), QStringLiteral("10.0.0.9/16")));
        QVERIFY(rules.lastError().contains(QStringLiteral("host bits")));
        QVERIFY(rules.setEntryField(2, QStringLiteral("peer"), QStringLiteral("10.0.0.0/16")));
        QVERIFY(rules.setEntryField(1, QStringLiteral("peer"), QStringLiteral("alb-sg")));
        QCOMPARE(cell(rules, 1, "peerKind"), QStringLiteral("security-group"));
        // Moving a rule to the other direction moves it to the end of that list.
        QVERIFY(rules.setEntryField(2, QStringLiteral("direction"), QStringLiteral("inbound")));
        QCOMPARE(column(rules, "direction"), (QStringList{"inbound", "inbound", "outbound"}));
        QCOMPARE(resource("app-sg").as<SecurityGroup>()->ingress.back().peer,
                 std::string("10.0.0.0/16"));

        QVERIFY(rules.addEntry());
        QCOMPARE(rules.rowCount(), 4);
        QVERIFY(rules.removeEntry(0));
        QCOMPARE(rules.rowCount(), 3);
        for (int step = 0; step < 5; ++step) {
            controller_.undo();
        }
        QVERIFY(!controller_.canUndo());
        QCOMPARE(column(rules, "peerId"), (QStringList{"alb-sg", "db-sg", "0.0.0.0/0"}));
    }

    // A peer group reads by its name; its id shows only when two groups share the name or the
    // group is gone. The peer cell takes a name or an id, and says so when it gets neither.
    void securityGroupPeersReadByName() {
        SecurityGroupRulesModel rules;
        rules.setController(&controller_);
        rules.setResourceId(QStringLiteral("app-sg"));
        QCOMPARE(cell(rules, 1, "peer"), QStringLiteral("Database security group"));

        // By name: the rule stores the group's id.
        QVERIFY(
            rules.setEntryField(2, QStringLiteral("peer"), QStringLiteral("ALB security group")));
        QCOMPARE(resource("app-sg").as<SecurityGroup>()->egress.back().peer, std::string("alb-sg"));
        QCOMPARE(resource("app-sg").as<SecurityGroup>()->egress.back().peerKind,
                 SgPeerKind::SecurityGroup);
        QCOMPARE(cell(rules, 2, "peer"), QStringLiteral("ALB security group"));
        // Neither a name nor an id nor a block.
        QVERIFY(!rules.setEntryField(1, QStringLiteral("peer"), QStringLiteral("Web tier")));
        QVERIFY2(rules.lastError().contains(QStringLiteral("name or id of a security group")),
                 qPrintable(rules.lastError()));
        QCOMPARE(cell(rules, 1, "peerId"), QStringLiteral("db-sg"));

        // Two groups with one name: each shows its id, and the name alone is ambiguous.
        Resource renamed = resource("db-sg");
        renamed.name = "ALB security group";
        QVERIFY(controller_.replaceResource(renamed, QStringLiteral("Rename")));
        QCOMPARE(column(rules, "peer"),
                 (QStringList{"ALB security group (alb-sg)", "ALB security group (db-sg)",
                              "ALB security group (alb-sg)"}));
        QVERIFY(
            !rules.setEntryField(0, QStringLiteral("peer"), QStringLiteral("ALB security group")));
        QVERIFY2(rules.lastError().contains(QStringLiteral("alb-sg, db-sg")),
                 qPrintable(rules.lastError()));
        // The shown form, or the id, picks one.
        QVERIFY(rules.setEntryField(0, QStringLiteral("peer"),
                                    QStringLiteral("ALB security group (db-sg)")));
        QCOMPARE(cell(rules, 0, "peerId"), QStringLiteral("db-sg"));
        QVERIFY(rules.setEntryField(0, QStringLiteral("peer"), QStringLiteral("alb-sg")));
        QCOMPARE(cell(rules, 0, "peerId"), QStringLiteral("alb-sg"));

        // A group the model no longer has.
        Resource dangling = resource("app-sg");
        dangling.as<SecurityGroup>()->egress.front().peer = "sg-9";
        QVERIFY(controller_.replaceResource(dangling, QStringLiteral("Dangle")));
        QCOMPARE(cell(rules, 1, "peer"), QStringLiteral("sg-9 (missing)"));
        QCOMPARE(cell(rules, 1, "peerId"), QStringLiteral("sg-9"));
    }

    void tablesOfAnotherKindAreEmpty() {
        NaclEntriesModel entries;
        entries.setController(&controller_);
        entries.setResourceId(QStringLiteral("app-sg"));
        QVERIFY(!entries.valid());
        QCOMPARE(entries.rowCount(), 0);
        QVERIFY(!entries.addEntry());
        QVERIFY(!entries.lastError().isEmpty());
    }

    // The load balancer's settings as a user edits them in the inspector: take a subnet away
    // (it is then drawn in the one left), refuse a bad listener port with the reason, and undo
    // each change in one step. The rows stay while the values change, so an editor keeps focus.
    void editsALoadBalancersSettings() {
        PropertyFieldsModel fields;
        QAbstractItemModelTester tester(&fields);
        fields.setController(&controller_);
        fields.setResourceId(QStringLiteral("alb"));
        const QStringList keys = column(fields, "key");
        for (const char* key : {"type", "scheme", "listenerPorts", "targets", "targetPort",
                                "subnets", "securityGroups"}) {
            QVERIFY2(keys.contains(QLatin1String(key)), key);
        }
        const int subnets = static_cast<int>(keys.indexOf(QStringLiteral("subnets")));
        QCOMPARE(cell(fields, subnets, "type"), QStringLiteral("references"));
        QCOMPARE(cell(fields, subnets, "value"), QStringLiteral("public-a, public-b"));
        const QVariantList choices =
            fields.data(fields.index(subnets), PropertyFieldsModel::ChoicesRole).toList();
        QCOMPARE(choices.size(), 6);
        int selected = 0;
        for (const QVariant& choice : choices) {
            selected += choice.toMap().value(QStringLiteral("selected")).toBool() ? 1 : 0;
        }
        QCOMPARE(selected, 2);

        QSignalSpy resets(&fields, &QAbstractItemModel::modelReset);
        QVERIFY(fields.setReference(QStringLiteral("subnets"), QStringLiteral("public-a"), false));
        QCOMPARE(resource("alb").placement()->subnets, std::vector<ResourceId>{"public-b"});
        QCOMPARE(containerOf(controller_.document(), resource("alb")),
                 std::optional<ResourceId>("public-b"));
        QCOMPARE(cell(fields, subnets, "value"), QStringLiteral("public-b"));
        QCOMPARE(resets.count(), 0);
        // An application load balancer in one zone is what the validator warns about.
        QVERIFY(hasFinding(controller_, "TIER_SINGLE_AZ", "alb"));

        QVERIFY(!fields.setValue(QStringLiteral("listenerPorts"), QStringLiteral("443, https")));
        QVERIFY2(fields.lastError().contains(QStringLiteral("'https'")),
                 qPrintable(fields.lastError()));
        QCOMPARE(resource("alb").as<LoadBalancer>()->listenerPorts, std::vector<int>{443});

        QVERIFY(fields.setValue(QStringLiteral("listenerPorts"), QStringLiteral("80, 443")));
        QVERIFY(fields.lastError().isEmpty());
        QCOMPARE(resource("alb").as<LoadBalancer>()->listenerPorts, (std::vector<int>{80, 443}));

        controller_.undo();
        QCOMPARE(resource("alb").as<LoadBalancer>()->listenerPorts, std::vector<int>{443});
        controller_.undo();
        QCOMPARE(resource("alb").placement()->subnets,
                 (std::vector<ResourceId>{"public-a", "public-b"}));
        QCOMPARE(containerOf(controller_.document(), resource("alb")),
                 std::optional<ResourceId>("vpc"));
        QCOMPARE(cell(fields, subnets, "value"), QStringLiteral("public-a, public-b"));
        QVERIFY(!controller_.canUndo());

        // Another kind has other rows: the model is reset once.
        fields.setResourceId(QStringLiteral("public-a"));
        QCOMPARE(column(fields, "key"), QStringList{QStringLiteral("mapPublicIpOnLaunch")});
        QCOMPARE(cell(fields, 0, "value"), QStringLiteral("true"));
    }
};

QTEST_MAIN(InspectorTest)
#include "inspector_test.moc"
