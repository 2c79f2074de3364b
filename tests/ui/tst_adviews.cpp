// Paid ads in the GUI: the publishing status window's Delivery and
// Platform review columns (a rejected ad stands out with what to do), and
// the campaign structure's platform ids, delivery and Pause ads / Resume ads.
#include "app/review/ReviewResources.h"
#include "app/review/ReviewService.h"
#include "models/store/AdDeliveryRepository.h"
#include "tests/ui/SeedAds.h"
#include "tests/ui/SeedCampaign.h"
#include "app/core/Clock.h"
#include "ui/publishing/PublishingStatusDialog.h"
#include "ui/review/CampaignAdsBar.h"
#include "ui/review/CampaignStructureView.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace cf;

// A temporary database and a fixed clock (what the screens get from main.cpp).
struct ShellFixture
{
    QTemporaryDir dir;
    FixedClock clock{QDateTime(QDate(2026, 3, 1), QTime(9, 0), QTimeZone::utc())};
    Database database;

    bool openDatabase()
    {
        DatabaseOptions options;
        options.nowUtc = clock.nowUtc();
        return dir.isValid()
               && database.open(dir.filePath(QStringLiteral("campaignforge.sqlite")), dir.path(), options);
    }
};

class TestAdViews : public QObject
{
    Q_OBJECT

    enum Column { Campaign, Platform_, Account, Due, State, Delivery, Review, Problem };

    static QTreeWidgetItem *rowOf(PublishingStatusDialog &dialog, qint64 targetId)
    {
        return dialog.selectTarget(targetId) ? dialog.table()->currentItem() : nullptr;
    }

    struct Seeded
    {
        ShellFixture shell;
        qint64 campaignId = 0;
        test::SeededAds ads;
        bool ok = false;

        explicit Seeded(bool withAds)
        {
            if (!shell.openDatabase())
                return;
            QString error;
            const auto id = test::seedCampaign(shell.database, shell.clock.todayUtc(), shell.clock.nowUtc(), &error);
            if (!id) {
                qWarning("%s", qPrintable(error));
                return;
            }
            campaignId = *id;
            if (withAds)
                ads = test::seedPublishedAds(shell.database, campaignId, shell.clock.nowUtc());
            ok = !withAds || ads.ok;
            if (!ok)
                qWarning("seeding ads failed at: %s", qPrintable(ads.failedAt));
        }
    };

private Q_SLOTS:
    void statusWindowShowsDeliveryAndReview()
    {
        Seeded s(true);
        QVERIFY(s.ok);
        PublishingStatusDialog dialog(s.shell.database, s.shell.clock);
        QSignalSpy loaded(&dialog, &PublishingStatusDialog::loaded);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(dialog.table()->headerItem()->text(Delivery), QStringLiteral("Delivery"));
        QCOMPARE(dialog.table()->headerItem()->text(Review), QStringLiteral("Platform review"));
        std::vector<test::SeededAd> instagram;
        std::vector<test::SeededAd> tiktok;
        for (const test::SeededAd &ad : s.ads.ads)
            (ad.platform == Platform::TikTok ? tiktok : instagram).push_back(ad);
        QVERIFY(instagram.size() >= 4);
        QVERIFY(!tiktok.empty());

        QTreeWidgetItem *approved = rowOf(dialog, instagram[0].targetId);
        QVERIFY(approved);
        QCOMPARE(approved->text(Delivery), QStringLiteral("Delivering"));
        QCOMPARE(approved->text(Review), QStringLiteral("Approved"));
        QVERIFY(approved->text(Problem).isEmpty());
        QVERIFY(!approved->font(Review).bold());

        QTreeWidgetItem *rejected = rowOf(dialog, instagram[1].targetId);
        QVERIFY(rejected);
        QCOMPARE(rejected->text(Review), QStringLiteral("Rejected"));
        QVERIFY(rejected->font(Review).bold());
        QVERIFY(rejected->background(Campaign).style() != Qt::NoBrush); // the whole row stands out
        QVERIFY(rejected->text(Problem).contains(QStringLiteral("Instagram rejected this ad")));
        QVERIFY(rejected->text(Problem).contains(QStringLiteral("Meta's ads manager")));
        QCOMPARE(rejected->toolTip(Review), QStringLiteral("DISAPPROVED"));

        QTreeWidgetItem *inReview = rowOf(dialog, instagram[2].targetId);
        QVERIFY(inReview);
        QCOMPARE(inReview->text(Delivery), QStringLiteral("Paused until switched on"));
        QCOMPARE(inReview->text(Review), QStringLiteral("Pending review"));
        QCOMPARE(inReview->background(Campaign).style(), Qt::NoBrush);

        QTreeWidgetItem *scheduled = rowOf(dialog, instagram[3].targetId);
        QVERIFY(scheduled);
        QVERIFY(scheduled->text(Delivery).isEmpty()); // nothing on the platform yet
        QVERIFY(scheduled->text(Review).isEmpty());

        QTreeWidgetItem *tiktokRow = rowOf(dialog, tiktok[0].targetId);
        QVERIFY(tiktokRow);
        QCOMPARE(tiktokRow->text(Review), QStringLiteral("Approved"));
        // The rejected ad counts as needing attention.
        const auto *summary = dialog.findChild<QLabel *>();
        QVERIFY(summary);
        QVERIFY2(summary->text().contains(QStringLiteral("1 need attention")), qPrintable(summary->text()));
    }

    void structureShowsPlatformIdsAndPausesAndResumesAds()
    {
        Seeded s(true);
        QVERIFY(s.ok);
        QString error;
        auto resources = ReviewResources::loadBuiltIn(&error);
        QVERIFY2(resources, qPrintable(error));
        ReviewService service(s.shell.database, s.shell.clock, s.shell.dir.filePath(QStringLiteral("assets")), resources);
        QUndoStack undo;
        CampaignStructureView view(&service, &undo);
        view.enableAdsControl(s.shell.database, s.shell.clock);
        view.setCampaign(s.campaignId);
        QTreeWidget *tree = view.tree();
        QCOMPARE(tree->headerItem()->text(3), QStringLiteral("On the platform"));
        QTreeWidgetItem *root = tree->topLevelItem(0);
        QVERIFY(root);
        QVERIFY2(root->text(3).contains(QStringLiteral("Meta: 120210000000001 \u00B7 Delivering")), qPrintable(root->text(3)));
        QVERIFY(root->text(3).contains(QStringLiteral("TikTok: 1790000000000001")));
        QVERIFY(root->childCount() > 0);
        for (int i = 0; i < root->childCount(); ++i)
            QVERIFY2(root->child(i)->text(3).endsWith(QStringLiteral("\u00B7 Delivering")), qPrintable(root->child(i)->text(3)));

        CampaignAdsBar *bar = view.adsBar();
        QVERIFY(bar);
        QVERIFY(bar->isVisibleTo(&view));
        QVERIFY(bar->pauseButton()->isEnabled());
        QVERIFY(!bar->resumeButton()->isEnabled());
        QVERIFY(bar->statusLabel()->text().contains(QStringLiteral("running")));

        QSignalSpy wake(&view, &CampaignStructureView::adsDeliveryChanged);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTest::mouseClick(bar->pauseButton(), Qt::LeftButton);
        QCOMPARE(wake.count(), 1);
        QVERIFY(!bar->pauseButton()->isEnabled());
        QVERIFY(bar->resumeButton()->isEnabled());
        QVERIFY(bar->statusLabel()->text().contains(QStringLiteral("You paused these ads")));
        QVERIFY(*AdDeliveryRepository(s.shell.database).pausedByOwner(s.campaignId));

        // Resuming while the campaign itself is paused is refused, with why.
        QVERIFY(!CampaignRepository(s.shell.database).setStatus(s.campaignId, CampaignStatus::Paused, s.shell.clock.nowUtc()).isError());
        QTest::mouseClick(bar->resumeButton(), Qt::LeftButton);
        QCOMPARE(wake.count(), 1);
        QVERIFY2(bar->statusLabel()->text().contains(QStringLiteral("Resume the campaign first")),
                 qPrintable(bar->statusLabel()->text()));
        QVERIFY(!CampaignRepository(s.shell.database).setStatus(s.campaignId, CampaignStatus::Active, s.shell.clock.nowUtc()).isError());
        QTest::mouseClick(bar->resumeButton(), Qt::LeftButton);
        QCOMPARE(wake.count(), 2);
        QVERIFY(bar->pauseButton()->isEnabled());
        QVERIFY(!*AdDeliveryRepository(s.shell.database).pausedByOwner(s.campaignId));
    }

    void withoutAdsOnAPlatformThereIsNothingToPause()
    {
        Seeded s(false);
        QVERIFY(s.ok);
        QString error;
        auto resources = ReviewResources::loadBuiltIn(&error);
        QVERIFY(resources);
        ReviewService service(s.shell.database, s.shell.clock, s.shell.dir.filePath(QStringLiteral("assets")), resources);
        QUndoStack undo;
        CampaignStructureView view(&service, &undo);
        view.enableAdsControl(s.shell.database, s.shell.clock);
        view.setCampaign(s.campaignId);
        QVERIFY(!view.adsBar()->isVisibleTo(&view));
        QTreeWidgetItem *root = view.tree()->topLevelItem(0);
        QVERIFY(root);
        QVERIFY(root->text(3).isEmpty());
        for (int i = 0; i < root->childCount(); ++i)
            QVERIFY(root->child(i)->text(3).isEmpty());
    }
};

QTEST_MAIN(TestAdViews)
#include "tst_adviews.moc"
