// SPDX-License-Identifier: Apache-2.0
// Edit > Find Item…'s list (ItemFinderModel) on the bundled three-tier example: every drawn item
// with its kind and container, in the canvas's order, filtered by typed words; and the word
// matching it relies on (app/find/word_match.h).
#include "app/diagram_model.h"
#include "app/document_controller.h"
#include "app/find/item_finder_model.h"
#include "app/find/word_match.h"

#include <QSignalSpy>
#include <QTest>

using topograph::DiagramModel;
using topograph::DocumentController;
using topograph::ItemFinderModel;

namespace {

QStringList shownIds(const ItemFinderModel& finder) {
    QStringList ids;
    for (int row = 0; row < finder.count(); ++row) {
        ids.push_back(finder.idAt(row));
    }
    return ids;
}

QStringList drawnIds(DocumentController& controller) {
    QStringList ids;
    const DiagramModel& items = *controller.items();
    for (int row = 0; row < items.count(); ++row) {
        ids.push_back(items.data(items.index(row), DiagramModel::ItemIdRole).toString());
    }
    return ids;
}

/// The shown row of `id`, or -1.
int rowOf(const ItemFinderModel& finder, const QString& id) {
    return static_cast<int>(shownIds(finder).indexOf(id));
}

QString roleOf(const ItemFinderModel& finder, const QString& id, int role) {
    return finder.data(finder.index(rowOf(finder, id)), role).toString();
}

} // namespace

class ItemFinderTest : public QObject {
    Q_OBJECT

private slots:
    void typedWordsEachStartADifferentWord() {
        using topograph::matchesEveryWord;
        using topograph::matchWords;
        QCOMPARE(matchWords(QStringLiteral("App server A (app-instance-a)")),
                 QStringList({"app", "server", "a", "app", "instance", "a"}));
        const QStringList serverA{"app", "server", "a", "ec2", "instance"};
        const QStringList subnetB{"app", "subnet", "b"};
        QVERIFY(matchesEveryWord(matchWords(QStringLiteral("app a")), serverA));
        QVERIFY(matchesEveryWord(matchWords(QStringLiteral("A APP")), serverA));  // any order, case
        QVERIFY(matchesEveryWord(matchWords(QStringLiteral("ser ec")), serverA)); // prefixes
        QVERIFY(!matchesEveryWord(matchWords(QStringLiteral("app a")), subnetB));
        QVERIFY(!matchesEveryWord(matchWords(QStringLiteral("erver")), serverA)); // not mid-word
        QVERIFY(!matchesEveryWord(matchWords(QStringLiteral("s s")), serverA));   // one "s..." word
        // The shorter word is served last, so it does not take the word the longer one needs.
        QVERIFY(matchesEveryWord(matchWords(QStringLiteral("a ap")), {"ap", "a"}));
        QVERIFY(matchesEveryWord({}, serverA));
    }

    void listsEveryDrawnItemWithKindAndContainer() {
        DocumentController controller;
        QVERIFY(controller.open(
            QUrl::fromLocalFile(QStringLiteral(TOPOGRAPH_EXAMPLES_DIR "/three-tier-web.yaml"))));
        ItemFinderModel finder;
        finder.setController(&controller);

        QVERIFY(finder.count() > 10);
        QCOMPARE(finder.totalCount(), finder.count());
        QCOMPARE(shownIds(finder), drawnIds(controller));
        QCOMPARE(roleOf(finder, "app-instance-a", ItemFinderModel::NameRole),
                 QStringLiteral("App server A"));
        QCOMPARE(roleOf(finder, "app-instance-a", ItemFinderModel::KindRole),
                 QStringLiteral("EC2 instance"));
        QCOMPARE(roleOf(finder, "app-instance-a", ItemFinderModel::ContainerRole),
                 QStringLiteral("App subnet A"));
        QCOMPARE(roleOf(finder, "app-a", ItemFinderModel::ContainerRole),
                 QStringLiteral("us-east-1a"));
        QCOMPARE(roleOf(finder, "region", ItemFinderModel::ContainerRole), QString());
        QVERIFY(!roleOf(finder, "app-instance-a", ItemFinderModel::IconSourceRole).isEmpty());
    }

    void filtersByEveryTypedWordKeepingTheCanvasOrder() {
        DocumentController controller;
        QVERIFY(controller.open(
            QUrl::fromLocalFile(QStringLiteral(TOPOGRAPH_EXAMPLES_DIR "/three-tier-web.yaml"))));
        ItemFinderModel finder;
        finder.setController(&controller);
        const QStringList all = shownIds(finder);
        QSignalSpy counts(&finder, &ItemFinderModel::countChanged);

        finder.setFilterText(QStringLiteral("app a"));
        const QStringList appA = shownIds(finder);
        QVERIFY(appA.contains("app-a"));
        QVERIFY(appA.contains("app-instance-a"));
        QVERIFY(!appA.contains("app-b"));
        QVERIFY(!appA.contains("app-instance-b"));
        QVERIFY(!appA.contains("vpc")); // "Web application VPC": "a" has no word left
        // The subnet holds the server: it comes first, as on the canvas.
        QVERIFY(appA.indexOf("app-a") < appA.indexOf("app-instance-a"));
        QCOMPARE(counts.count(), 1);

        // Name, kind or id, in any case.
        finder.setFilterText(QStringLiteral("EC2 INSTANCE"));
        QCOMPARE(shownIds(finder), QStringList({"app-instance-a", "app-instance-b"}));
        finder.setFilterText(QStringLiteral("instance-b"));
        QCOMPARE(shownIds(finder), QStringList({"app-instance-b"}));
        finder.setFilterText(QStringLiteral("server b"));
        QCOMPARE(shownIds(finder), QStringList({"app-instance-b"}));

        finder.setFilterText(QStringLiteral("nothing-like-this"));
        QCOMPARE(finder.count(), 0);
        QCOMPARE(finder.totalCount(), all.size());
        QCOMPARE(finder.idAt(0), QString());

        finder.setFilterText(QString());
        QCOMPARE(shownIds(finder), all);
    }

    void refreshFollowsTheDocument() {
        DocumentController controller;
        QVERIFY(controller.open(
            QUrl::fromLocalFile(QStringLiteral(TOPOGRAPH_EXAMPLES_DIR "/three-tier-web.yaml"))));
        ItemFinderModel finder;
        finder.setController(&controller);
        finder.setFilterText(QStringLiteral("app server"));
        QCOMPARE(finder.count(), 2);

        QVERIFY(controller.deleteItems({QStringLiteral("app-instance-b")}));
        finder.refresh();
        QCOMPARE(shownIds(finder), QStringList({"app-instance-a"}));
        QCOMPARE(finder.totalCount(), static_cast<int>(drawnIds(controller).size()));
    }
};

QTEST_MAIN(ItemFinderTest)
#include "item_finder_test.moc"
