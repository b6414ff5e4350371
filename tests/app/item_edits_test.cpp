// SPDX-License-Identifier: Apache-2.0
// What a user does on an empty canvas, through the controller as the QML calls it: drop a
// region, a VPC into it, an AZ, a subnet, an instance; a refused drop; delete with everything
// inside; undo and redo of each step.
#include "app/document_controller.h"
#include "app/palette_model.h"
#include "core/check/validator.h"
#include "core/layout/drawing_tree.h"
#include "core/model/references.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using topograph::Document;
using topograph::DocumentController;

namespace {

/// The centre of an item as the canvas draws it.
QPointF centreOf(DocumentController& controller, const QString& id) {
    return controller.items()->rectOf(id).center();
}

std::vector<std::string> vpcBlocks(const Document& document) {
    std::vector<std::string> blocks;
    for (const auto& resource : document.resources()) {
        if (const auto* vpc = resource.as<topograph::Vpc>()) {
            blocks.insert(blocks.end(), vpc->ipv4Cidrs.begin(), vpc->ipv4Cidrs.end());
        }
    }
    return blocks;
}

/// The first pair of drawn siblings whose boxes overlap, as "a / b", or empty when none does.
QString overlappingSiblings(const Document& document) {
    const topograph::DrawingTree tree(document);
    const auto clash = [&](const std::vector<std::size_t>& siblings) -> QString {
        for (std::size_t i = 0; i < siblings.size(); ++i) {
            for (std::size_t j = i + 1; j < siblings.size(); ++j) {
                const topograph::Resource& a = *tree.nodes[siblings[i]].resource;
                const topograph::Resource& b = *tree.nodes[siblings[j]].resource;
                const topograph::Geometry& p = *a.geometry;
                const topograph::Geometry& q = *b.geometry;
                if (p.x < q.x + q.width && q.x < p.x + p.width && p.y < q.y + q.height &&
                    q.y < p.y + p.height) {
                    return QString::fromStdString(a.id + " / " + b.id);
                }
            }
        }
        return {};
    };
    QString found = clash(tree.roots);
    for (std::size_t node = 0; node < tree.nodes.size() && found.isEmpty(); ++node) {
        found = clash(tree.nodes[node].children);
    }
    return found;
}

} // namespace

class ItemEditsTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void buildsANetworkFromAnEmptyCanvas() {
        DocumentController controller;
        QAbstractItemModelTester itemsTester(
            controller.items(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        controller.newDocument();
        QCOMPARE(controller.status(), DocumentController::Status::Ready);
        QCOMPARE(controller.displayName(), QStringLiteral("Untitled"));
        QSignalSpy added(&controller, &DocumentController::itemAdded);

        // A subnet on the empty canvas is refused with a hint, and nothing changes.
        const QString refused = controller.addItemAt(QStringLiteral("subnet"), 300, 300);
        QVERIFY2(refused.contains(QStringLiteral("availability zone"), Qt::CaseInsensitive),
                 qPrintable(refused));
        QCOMPARE(controller.document().size(), std::size_t{0});
        QVERIFY(!controller.canUndo());

        QCOMPARE(controller.addItemAt(QStringLiteral("region"), 420, 300), QString());
        const QString region = added.takeLast().at(0).toString();
        QCOMPARE(controller.addItemAt(QStringLiteral("vpc"), centreOf(controller, region).x(),
                                      centreOf(controller, region).y()),
                 QString());
        const QString vpc = added.takeLast().at(0).toString();
        const auto* vpcResource = controller.document().findAs<topograph::Vpc>(vpc.toStdString());
        QVERIFY(vpcResource != nullptr);
        QCOMPARE(vpcResource->region, region.toStdString());
        QCOMPARE(vpcResource->ipv4Cidrs, std::vector<std::string>{"10.0.0.0/16"});

        const QPointF inVpc = centreOf(controller, vpc);
        QCOMPARE(controller.addItemAt(QStringLiteral("availability-zone"), inVpc.x(), inVpc.y()),
                 QString());
        const QString zone = added.takeLast().at(0).toString();
        const QPointF inZone = centreOf(controller, zone);
        QCOMPARE(controller.addItemAt(QStringLiteral("subnet"), inZone.x(), inZone.y()), QString());
        const QString subnet = added.takeLast().at(0).toString();
        const auto* subnetResource =
            controller.document().findAs<topograph::Subnet>(subnet.toStdString());
        QVERIFY(subnetResource != nullptr);
        QCOMPARE(subnetResource->vpc, vpc.toStdString());
        QCOMPARE(subnetResource->availabilityZone, zone.toStdString());
        QCOMPARE(subnetResource->ipv4Cidr, std::string("10.0.0.0/24"));

        // An instance dropped on the subnet lands in it; its containers still hold it.
        const QPointF inSubnet = centreOf(controller, subnet);
        QCOMPARE(controller.addItemAt(QStringLiteral("instance"), inSubnet.x(), inSubnet.y()),
                 QString());
        const QString instance = added.takeLast().at(0).toString();
        const auto* resource = controller.document().find(instance.toStdString());
        QVERIFY(resource != nullptr);
        QCOMPARE(topograph::containerOf(controller.document(), *resource),
                 std::optional<topograph::ResourceId>(subnet.toStdString()));
        for (const QString& outer : {subnet, zone, vpc, region}) {
            QVERIFY2(
                controller.items()->rectOf(outer).contains(controller.items()->rectOf(instance)),
                qPrintable(outer + QStringLiteral(" does not hold the instance")));
        }

        // An internet gateway dropped on the subnet goes to the VPC.
        QCOMPARE(
            controller.addItemAt(QStringLiteral("internet-gateway"), inSubnet.x(), inSubnet.y()),
            QString());
        const QString gateway = added.takeLast().at(0).toString();
        QCOMPARE(controller.document()
                     .findAs<topograph::InternetGateway>(gateway.toStdString())
                     ->attachedVpc,
                 std::optional<topograph::ResourceId>(vpc.toStdString()));

        // A NAT gateway dropped on the subnet comes with its Elastic IP, in the same step.
        QCOMPARE(controller.addItemAt(QStringLiteral("nat-gateway"), inSubnet.x(), inSubnet.y()),
                 QString());
        const QString nat = added.takeLast().at(0).toString();
        const auto* natResource =
            controller.document().findAs<topograph::NatGateway>(nat.toStdString());
        QVERIFY(natResource != nullptr && natResource->elasticIp.has_value());
        QVERIFY(controller.document().findAs<topograph::ElasticIp>(*natResource->elasticIp) !=
                nullptr);
        for (const topograph::Finding& finding : controller.findings()->findings()) {
            QVERIFY2(finding.code != "NAT_NO_ELASTIC_IP", finding.message.c_str());
        }

        // Every step is one undo step; undoing them all gives the empty document back.
        const Document built = controller.document();
        QCOMPARE(controller.undoText(), QStringLiteral("Add NAT gateway"));
        for (int step = 0; step < 7; ++step) {
            QVERIFY(controller.canUndo());
            controller.undo();
        }
        QVERIFY(!controller.canUndo());
        QCOMPARE(controller.document().size(), std::size_t{0});
        QCOMPARE(controller.items()->count(), 0);
        for (int step = 0; step < 7; ++step) {
            controller.redo();
        }
        QVERIFY(controller.document() == built);
    }

    void deletesWithEverythingInsideAndUndoRestoresIt() {
        DocumentController controller;
        QVERIFY(controller.open(
            QUrl::fromLocalFile(QStringLiteral(TOPOGRAPH_EXAMPLES_DIR "/three-tier-web.yaml"))));
        const Document before = controller.document();
        const QString summary = controller.deletionSummary(QStringLiteral("vpc"));
        QVERIFY2(summary.contains(QStringLiteral("Subnet"), Qt::CaseInsensitive),
                 qPrintable(summary));
        QVERIFY(controller.deleteItem(QStringLiteral("vpc")));
        QVERIFY(controller.document().find("vpc") == nullptr);
        for (const auto& resource : controller.document().resources()) {
            QVERIFY2(topograph::enclosingVpc(controller.document(), resource.id) !=
                         std::optional<topograph::ResourceId>("vpc"),
                     resource.id.c_str());
        }
        QVERIFY(controller.items()->rowOf(QStringLiteral("az-a")) < 0);
        QVERIFY(controller.modified());
        controller.undo();
        QVERIFY(controller.document() == before);
        QVERIFY(controller.items()->rowOf(QStringLiteral("az-a")) >= 0);
        QVERIFY(!controller.modified());
        QVERIFY(!controller.deleteItem(QStringLiteral("no-such-item")));
    }

    void aGrowingSubnetPushesItsNeighboursAsideInOneUndoStep() {
        DocumentController controller;
        QVERIFY(controller.open(
            QUrl::fromLocalFile(QStringLiteral(TOPOGRAPH_EXAMPLES_DIR "/three-tier-web.yaml"))));
        QCOMPARE(overlappingSiblings(controller.document()), QString());
        const topograph::Geometry appA = *controller.document().find("app-a")->geometry;
        const topograph::Geometry zoneB = *controller.document().find("az-b")->geometry;
        // Each drop on the public subnet's centre lands below what is there, so the subnet
        // grows down into the app subnet; drops on its right edge make it, and then its zone,
        // grow right into zone b. Whatever a drop pushes, one undo takes all of it back.
        const auto dropUntilMoved = [&](const char* pushed, bool atRightEdge) {
            for (int drop = 0; drop < 8; ++drop) {
                const Document before = controller.document();
                const QRectF subnet = controller.items()->rectOf(QStringLiteral("public-a"));
                const QPointF at =
                    atRightEdge ? QPointF(subnet.right() - 2, subnet.top() + 60) : subnet.center();
                if (controller.addItemAt(QStringLiteral("instance"), at.x(), at.y()) != QString()) {
                    return false;
                }
                const Document after = controller.document();
                const QString clash = overlappingSiblings(after);
                if (!clash.isEmpty()) {
                    qWarning("overlapping siblings after drop %d: %s", drop, qPrintable(clash));
                    return false;
                }
                if (after.find(pushed)->geometry != before.find(pushed)->geometry) {
                    controller.undo();
                    if (!(controller.document() == before)) {
                        return false;
                    }
                    controller.redo();
                    return controller.document() == after;
                }
            }
            return false;
        };
        QVERIFY(dropUntilMoved("app-a", false));
        QVERIFY(controller.document().find("app-a")->geometry->y > appA.y);
        QCOMPARE(controller.document().find("app-a")->geometry->x, appA.x);
        QVERIFY(dropUntilMoved("az-b", true));
        QVERIFY(controller.document().find("az-b")->geometry->x > zoneB.x);
        QCOMPARE(controller.document().find("az-b")->geometry->y, zoneB.y);
    }

    void findingsFollowStructuralEdits() {
        DocumentController controller;
        controller.newDocument();
        // Without a region, a VPC may stand on the canvas by itself.
        QCOMPARE(controller.addItemAt(QStringLiteral("vpc"), 400, 300), QString());
        // A second VPC gets the next free block: no overlap finding appears.
        QCOMPARE(controller.addItemAt(QStringLiteral("vpc"), 1200, 300), QString());
        QCOMPARE(vpcBlocks(controller.document()),
                 (std::vector<std::string>{"10.0.0.0/16", "10.1.0.0/16"}));
        for (const auto& finding : controller.findings()->findings()) {
            QVERIFY2(finding.code != "VPC_OVERLAP_UNCONNECTED", finding.message.c_str());
        }
        // A subnet CIDR edited into a clash shows its finding at once, and undo clears it.
        QCOMPARE(controller.addItemAt(QStringLiteral("availability-zone"), 400, 300), QString());
        const QString zone = controller.items()->itemAt(400, 300);
        const QPointF inZone = controller.items()->rectOf(zone).center();
        QCOMPARE(controller.addItemAt(QStringLiteral("subnet"), inZone.x(), inZone.y() - 60),
                 QString());
        QCOMPARE(controller.addItemAt(QStringLiteral("subnet"), inZone.x(), inZone.y() + 80),
                 QString());
        const auto hasOverlap = [&controller] {
            for (const auto& finding : controller.findings()->findings()) {
                if (finding.code == "SUBNET_OVERLAP") {
                    return true;
                }
            }
            return false;
        };
        QVERIFY(!hasOverlap());
        const auto& resources = controller.document().resources();
        QVERIFY(controller.setSubnetCidr(QString::fromStdString(resources.back().id),
                                         QStringLiteral("10.0.0.0/24")));
        QVERIFY(hasOverlap());
        controller.undo();
        QVERIFY(!hasOverlap());
    }

    // The findings come from the incremental engine, which mirrors every change of the
    // document: after each kind of edit they must equal a full validation.
    void findingsEqualAFullValidationAfterEveryEdit() {
        DocumentController controller;
        QVERIFY(controller.open(
            QUrl::fromLocalFile(QStringLiteral(TOPOGRAPH_EXAMPLES_DIR "/three-tier-web.yaml"))));
        const auto matchesFullValidation = [&controller](const char* step) {
            const auto full = topograph::validate(controller.document());
            QVERIFY2(controller.findings()->findings() == full, step);
        };
        matchesFullValidation("opened");
        std::vector<std::string> subnets;
        for (const auto& resource : controller.document().resources()) {
            if (resource.kind() == topograph::ResourceKind::Subnet) {
                subnets.push_back(resource.id);
            }
        }
        QVERIFY(subnets.size() >= 2);
        const QString first = QString::fromStdString(subnets[0]);
        const QString second = QString::fromStdString(subnets[1]);
        const std::string secondCidr =
            controller.document().find(subnets[1])->as<topograph::Subnet>()->ipv4Cidr;
        QVERIFY(controller.setSubnetCidr(first, QString::fromStdString(secondCidr)));
        matchesFullValidation("a subnet given its neighbour's block");
        QVERIFY(!controller.findings()->findings().empty());
        QVERIFY(controller.moveItem(second, 30, 0));
        matchesFullValidation("moved");
        QVERIFY(controller.deleteItem(second));
        matchesFullValidation("deleted a subnet with what is in it");
        QVERIFY(controller.deleteItem(QStringLiteral("vpc")));
        matchesFullValidation("deleted the VPC");
        QCOMPARE(controller.document().find("vpc"), nullptr);
        for (int step = 0; step < 4; ++step) {
            controller.undo();
            matchesFullValidation("undo");
        }
        for (int step = 0; step < 4; ++step) {
            controller.redo();
            matchesFullValidation("redo");
        }
        QString region;
        for (const auto& resource : controller.document().resources()) {
            if (resource.kind() == topograph::ResourceKind::Region) {
                region = QString::fromStdString(resource.id);
            }
        }
        QVERIFY(!region.isEmpty());
        const QPointF inRegion = centreOf(controller, region);
        QCOMPARE(controller.addItemAt(QStringLiteral("vpc"), inRegion.x(), inRegion.y()),
                 QString());
        matchesFullValidation("added a VPC");
    }

    // A network ACL dropped on a subnet becomes its own. A new custom ACL denies everything
    // until it gets rules, as in AWS: the app tier no longer reaches the database.
    void aNetworkAclDroppedOnASubnetTakesItOver() {
        DocumentController controller;
        QVERIFY(controller.open(
            QUrl::fromLocalFile(QStringLiteral(TOPOGRAPH_EXAMPLES_DIR "/three-tier-web.yaml"))));
        QSignalSpy added(&controller, &DocumentController::itemAdded);
        const QPointF inSubnet = centreOf(controller, QStringLiteral("db-a"));
        QCOMPARE(controller.addItemAt(QStringLiteral("network-acl"), inSubnet.x(), inSubnet.y()),
                 QString());
        const std::string acl = added.takeLast().at(0).toString().toStdString();
        QVERIFY(controller.document().find(acl) != nullptr);
        QCOMPARE(controller.document().find("db-a")->as<topograph::Subnet>()->networkAcl,
                 std::optional<std::string>(acl));
        QVERIFY2(controller.undoText().contains(QStringLiteral("now uses")),
                 qPrintable(controller.undoText()));
        controller.undo();
        QCOMPARE(controller.document().find(acl), nullptr);
        QCOMPARE(controller.document().find("db-a")->as<topograph::Subnet>()->networkAcl,
                 std::optional<std::string>("db-nacl"));

        // A security group dropped on a workload joins its groups.
        const QPointF onDatabase = centreOf(controller, QStringLiteral("db"));
        QCOMPARE(
            controller.addItemAt(QStringLiteral("security-group"), onDatabase.x(), onDatabase.y()),
            QString());
        const std::string group = added.takeLast().at(0).toString().toStdString();
        QCOMPARE(controller.document().find("db")->placement()->securityGroups,
                 (std::vector<std::string>{"db-sg", group}));
    }

    void replacingAResourceIsOneUndoStepAndIsAnnounced() {
        DocumentController controller;
        QVERIFY(controller.open(
            QUrl::fromLocalFile(QStringLiteral(TOPOGRAPH_EXAMPLES_DIR "/three-tier-web.yaml"))));
        QSignalSpy changed(&controller, &DocumentController::documentChanged);
        const Document before = controller.document();
        topograph::Resource renamed = *before.find("vpc");
        renamed.name = "Renamed VPC";
        QVERIFY(controller.replaceResource(renamed, QStringLiteral("Rename VPC")));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(controller.document().find("vpc")->name, std::string("Renamed VPC"));
        QCOMPARE(controller.items()
                     ->index(controller.items()->rowOf(QStringLiteral("vpc")))
                     .data(topograph::DiagramModel::NameRole)
                     .toString(),
                 QStringLiteral("Renamed VPC"));
        QVERIFY(!controller.replaceResource(renamed, QStringLiteral("Rename VPC"))); // unchanged
        controller.undo();
        QCOMPARE(changed.count(), 2);
        QVERIFY(controller.document() == before);
        topograph::Resource missing = renamed;
        missing.id = "no-such-id";
        QVERIFY(!controller.replaceResource(missing, QStringLiteral("Rename")));
    }

    void paletteFiltersByWords() {
        topograph::PaletteModel palette;
        QAbstractItemModelTester tester(&palette,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int all = palette.count();
        QVERIFY(all >= 15);
        palette.setFilterText(QStringLiteral("gate"));
        QVERIFY(palette.count() > 2 && palette.count() < all);
        for (int row = 0; row < palette.count(); ++row) {
            const QModelIndex index = palette.index(row);
            const QString text = index.data(topograph::PaletteModel::LabelRole).toString() +
                                 index.data(topograph::PaletteModel::CategoryRole).toString();
            QVERIFY2(text.contains(QStringLiteral("gate"), Qt::CaseInsensitive), qPrintable(text));
        }
        palette.setFilterText(QStringLiteral("nat GATEWAY"));
        QCOMPARE(palette.count(), 1);
        QCOMPARE(palette.index(0).data(topograph::PaletteModel::KindRole).toString(),
                 QStringLiteral("nat-gateway"));
        palette.setFilterText(QStringLiteral("no such thing"));
        QCOMPARE(palette.count(), 0);
        palette.setFilterText({});
        QCOMPARE(palette.count(), all);
        // Every kind the palette offers is drawn, or is a table, ACL or group that attaches
        // to what it is dropped on (and shows as a chip there).
        for (const auto& entry : topograph::PaletteModel::entries()) {
            const bool attaches = entry.kind == topograph::ResourceKind::RouteTable ||
                                  entry.kind == topograph::ResourceKind::NetworkAcl ||
                                  entry.kind == topograph::ResourceKind::SecurityGroup;
            QVERIFY(topograph::isDrawn(entry.kind) || attaches);
        }
    }
};

QTEST_MAIN(ItemEditsTest)
#include "item_edits_test.moc"
