#include "app/core/Clock.h"
#include "app/publishing/PublishQueue.h"
#include "app/publishing/SafetyChecks.h"
#include "models/store/AutomationLogRepository.h"
#include "tests/app/publishing/PublishFixture.h"
#include "tests/models/StoreFixture.h"

#include <QTest>

using namespace cf;
using test::noonUtc;

// From approved items to publish targets: which accounts an item goes to,
// the automation levels, and the owner's actions.
class TestPublishQueue : public QObject
{
    Q_OBJECT

    static ContentCopy cleanCopy()
    {
        ContentCopy copy = test::sampleCopy();
        return copy;
    }

private Q_SLOTS:
    void queuedItemsGetOneTargetPerSelectedPage()
    {
        test::PublishFixture f(QStringLiteral("q1"));
        QVERIFY(f.ok());
        const qint64 item = f.addItem(noonUtc());
        FixedClock clock(noonUtc());
        const PublishQueue queue(f.db, clock);
        auto result = queue.enqueueReady();
        QVERIFY(result);
        QCOMPARE(result->itemsQueued, 1);
        QCOMPARE(result->targetsCreated, 1);
        const auto targets = *PublishTargetRepository(f.db).listForContent(item);
        QCOMPARE(targets.size(), size_t(1));
        QCOMPARE(targets.front().connectionId, f.pageId); // the Page, not the user account
        QCOMPARE(targets.front().nativeSchedule, true);   // Facebook schedules natively
        QCOMPARE(targets.front().language, QStringLiteral("ar")); // the campaign's first language
        // Again: nothing new.
        QCOMPARE(queue.enqueueReady()->targetsCreated, 0);
        QCOMPARE(PublishTargetRepository(f.db).listAll()->size(), size_t(1));
    }

    void itemsWithoutAnAccountAreReported()
    {
        test::PublishFixture f(QStringLiteral("q2"));
        QVERIFY(f.ok());
        QVERIFY(!ConnectionRepository(f.db).setSelected(f.pageId, false, noonUtc()).isError());
        f.addItem(noonUtc());
        FixedClock clock(noonUtc());
        auto result = PublishQueue(f.db, clock).enqueueReady();
        QVERIFY(result);
        QCOMPARE(result->itemsQueued, 0);
        QCOMPARE(result->problems.size(), qsizetype(1));
        QVERIFY(result->problems.front().contains(QStringLiteral("Facebook")));
    }

    void connectionsMatchPlatformKindAndWorkspace()
    {
        Campaign campaign;
        campaign.workspaceId = 1;
        ContentItem post;
        post.platform = Platform::Instagram;
        Connection user;
        user.platform = Platform::Facebook;
        Connection ig;
        ig.id = 2;
        ig.platform = Platform::Instagram;
        ig.kind = ConnectionKind::InstagramAccount;
        Connection otherWorkspace = ig;
        otherWorkspace.id = 3;
        otherWorkspace.workspaceId = 9;
        Connection unselected = ig;
        unselected.id = 4;
        unselected.selected = false;
        auto chosen = PublishQueue::connectionsFor(post, campaign, {user, ig, otherWorkspace, unselected});
        QCOMPARE(chosen.size(), size_t(1));
        QCOMPARE(chosen.front().id, qint64(2));
        ContentItem ad = post;
        ad.platform = Platform::Facebook;
        ad.adSetId = 5;
        Connection adAccount;
        adAccount.id = 6;
        adAccount.platform = Platform::Facebook;
        adAccount.kind = ConnectionKind::AdAccount;
        QCOMPARE(PublishQueue::connectionsFor(ad, campaign, {user, adAccount}).front().id, qint64(6));
        // An Instagram ad runs through the Meta ad account (a Facebook row).
        ad.platform = Platform::Instagram;
        const auto instagramAd = PublishQueue::connectionsFor(ad, campaign, {user, ig, adAccount});
        QCOMPARE(instagramAd.size(), size_t(1));
        QCOMPARE(instagramAd.front().id, qint64(6));
    }

    void automaticCampaignsApproveGuardCleanItemsAndLogIt()
    {
        test::PublishFixture f(QStringLiteral("q3"), AutomationLevel::Automatic);
        QVERIFY(f.ok());
        ContentItem item = *ContentRepository(f.db).find(f.addItem(noonUtc()));
        item.approval = ApprovalState::Pending;
        item.publishState = PublishState::Draft;
        ContentCopy copy = cleanCopy();
        item.copy = copy;
        QVERIFY(!ContentRepository(f.db).update(item).isError());
        ContentItem risky = item;
        risky.id = 0;
        // The brand bans a word; the risky item uses it in both languages.
        Workspace workspace = *WorkspaceRepository(f.db).find(CampaignRepository(f.db).find(f.campaignId)->workspaceId);
        workspace.brandKit.bannedWords = {QStringLiteral("cheap"), QStringLiteral("رخيص")};
        QVERIFY(!WorkspaceRepository(f.db).update(workspace).isError());
        ContentCopy bad = copy;
        bad.ar.primaryText = QStringLiteral("عبايات رخيص جدا");
        bad.en.primaryText = QStringLiteral("Cheap abayas for everyone");
        risky.copy = bad;
        const qint64 riskyId = *ContentRepository(f.db).insert(risky);

        QString error;
        auto safety = SafetyChecks::loadBuiltIn(&error);
        QVERIFY2(safety, qPrintable(error));
        FixedClock clock(noonUtc());
        auto result = PublishQueue(f.db, clock, &*safety).enqueueReady();
        QVERIFY(result);
        const auto logs = *AutomationLogRepository(f.db).listForCampaign(f.campaignId);
        QStringList events;
        for (const AutomationLog &l : logs)
            events << l.event + QLatin1Char(':') + QString::number(l.contentItemId.value_or(0));
        QVERIFY2(events.contains(QStringLiteral("auto_approve_skipped:%1").arg(riskyId)), qPrintable(events.join(u' ')));
        QCOMPARE(ContentRepository(f.db).find(riskyId)->approval, ApprovalState::Pending);
        QVERIFY(PublishTargetRepository(f.db).listForContent(riskyId)->empty());
        // The clean item is approved and queued (unless the guard objects to the sample copy too).
        const bool approved = ContentRepository(f.db).find(item.id)->approval == ApprovalState::Approved;
        QCOMPARE(approved, events.contains(QStringLiteral("auto_approved:%1").arg(item.id)));
        QCOMPARE(approved, !PublishTargetRepository(f.db).listForContent(item.id)->empty());
    }

    void semiAutomaticLeavesPendingItemsAlone()
    {
        test::PublishFixture f(QStringLiteral("q4"), AutomationLevel::SemiAutomatic);
        QVERIFY(f.ok());
        ContentItem item = *ContentRepository(f.db).find(f.addItem(noonUtc()));
        item.approval = ApprovalState::Pending;
        item.publishState = PublishState::Draft;
        item.copy = cleanCopy();
        QVERIFY(!ContentRepository(f.db).update(item).isError());
        QString error;
        auto safety = SafetyChecks::loadBuiltIn(&error);
        FixedClock clock(noonUtc());
        auto result = PublishQueue(f.db, clock, &*safety).enqueueReady();
        QCOMPARE(result->autoApproved, 0);
        QCOMPARE(ContentRepository(f.db).find(item.id)->approval, ApprovalState::Pending);
        QVERIFY(AutomationLogRepository(f.db).listForCampaign(f.campaignId)->empty());
    }

    void manualPublishNowRetryAndSettleUnknown()
    {
        test::PublishFixture f(QStringLiteral("q5"), AutomationLevel::Manual);
        QVERIFY(f.ok());
        const qint64 item = f.addItem(noonUtc(5));
        FixedClock clock(noonUtc());
        const PublishQueue queue(f.db, clock);
        QVERIFY(queue.enqueueReady());
        const PublishTargetRepository repo(f.db);
        QVERIFY(repo.dueIds(noonUtc(6), 0, 10)->empty()); // manual: never on its own
        QCOMPARE(*queue.publishNow(item), 1);
        const qint64 t = repo.listForContent(item)->front().id;
        QCOMPARE(*repo.dueIds(noonUtc(), 0, 10), std::vector<qint64>{t});

        // An unknown target settled by the owner.
        QVERIFY(*repo.claim(t, QStringLiteral("w"), noonUtc()));
        const qint64 attempt = **repo.beginSending(t, QStringLiteral("w"), {}, {}, noonUtc());
        QVERIFY(*repo.finishUnknown(t, attempt, {}, noonUtc(), noonUtc()));
        QVERIFY(*queue.markPublished(t, QStringLiteral("https://facebook.com/p/1")));
        QCOMPARE(repo.find(t)->state, TargetState::Published);
        QCOMPARE(ContentRepository(f.db).find(item)->publishState, PublishState::Published);

        // Not approved: refused with a reason.
        const qint64 draft = f.addItem(noonUtc());
        QVERIFY(!ContentRepository(f.db).setApproval(draft, ApprovalState::Pending, noonUtc()).isError());
        auto refused = queue.publishNow(draft);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QString::number(draft)));
    }
};

QTEST_GUILESS_MAIN(TestPublishQueue)
#include "tst_publishqueue.moc"
