#include "app/core/Clock.h"
#include "app/publishing/AdsControl.h"
#include "app/publishing/PublishQueue.h"
#include "app/publishing/PublishWorker.h"
#include "models/store/AdEntityRepository.h"
#include "models/store/AutomationLogRepository.h"
#include "tests/app/publishing/AdFixture.h"
#include "tests/app/publishing/FakeAdPublishing.h"
#include "tests/app/publishing/FakePublishing.h"

#include <QSignalSpy>
#include <QTest>

using namespace cf;
using test::noonUtc;

// Paid ads through the publishing worker with a fake ads adapter: ad items
// go to the ads adapter, the campaign and ad set are created once per ad
// account however many ads share them, a retry continues from the
// checkpoints, delivery is switched on once after the last ad (and again
// next pass when that failed), and local ad set budget changes are pushed.
class TestAdPublishing : public QObject
{
    Q_OBJECT

    test::FakeAdPublisher m_ads;
    bool m_withAds = true;
    test::FakeAdBackend *m_backend = nullptr; // owned by the worker

    std::unique_ptr<PublishWorker> worker(const test::AdFixture &f, const Clock &clock)
    {
        PublishWorkerConfig c;
        c.databasePath = f.path();
        c.assetsDir = f.dir.filePath(QStringLiteral("assets"));
        c.randomSeed = 7;
        return std::make_unique<PublishWorker>(
            c,
            [this](QNetworkAccessManager &, const Database &) -> std::unique_ptr<PublishBackend> {
                auto backend = std::make_unique<test::FakeAdBackend>(m_withAds ? &m_ads : nullptr);
                m_backend = backend.get();
                return backend;
            },
            clock);
    }

    static PublishPassSummary pass(PublishWorker &w)
    {
        QSignalSpy finished(&w, &PublishWorker::passFinished);
        w.runOnce();
        if (finished.isEmpty() && !finished.wait(5000))
            return PublishPassSummary{0, 0, 0, 0, 0, 0, 0, 0, QStringLiteral("timed out")};
        return finished.first().first().value<PublishPassSummary>();
    }

    static PublishTarget target(const test::AdFixture &f, qint64 id) { return *PublishTargetRepository(f.db).find(id); }

    static int logCount(const test::AdFixture &f, const QString &event)
    {
        int n = 0;
        // Keep the result alive: a range-for over *temporary would dangle.
        const auto logs = AutomationLogRepository(f.db).listForCampaign(f.campaignId);
        for (const AutomationLog &entry : *logs)
            n += entry.event == event ? 1 : 0;
        return n;
    }

private Q_SLOTS:
    void init()
    {
        m_ads = test::FakeAdPublisher();
        m_withAds = true;
        m_backend = nullptr;
    }

    void twoAdsOfOneAdSetShareOneCampaignAndOneAdSet()
    {
        test::AdFixture f(QStringLiteral("ad1"));
        QVERIFY(f.ok());
        const qint64 a = f.addAdTarget(f.addAd(noonUtc(), f.adSetId, QStringLiteral("Winter coats")));
        const qint64 b = f.addAdTarget(f.addAd(noonUtc(), f.adSetId, QStringLiteral("Scarves")));
        const qint64 otherSet = f.addAdSet(QStringLiteral("Jeddah"), 2000);
        const qint64 c = f.addAdTarget(f.addAd(noonUtc(), otherSet, QStringLiteral("Boots")));
        FixedClock clock(noonUtc(2, 1));
        auto w = worker(f, clock);
        const PublishPassSummary s = pass(*w);
        QCOMPARE(s.error, QString());
        QCOMPARE(s.published, 3);
        QCOMPARE(m_ads.sent.size(), size_t(3));
        QCOMPARE(m_ads.campaignCreates, 1);
        QCOMPARE(m_ads.adSetCreates, 2);
        QCOMPARE(m_ads.adCreates, 3);
        // The second ad continued from what the first one created.
        QCOMPARE(m_ads.sent[1].checkpoints.at(QStringLiteral("campaign")), QStringLiteral("camp-1"));
        QCOMPARE(m_ads.sent[1].checkpoints.at(QStringLiteral("adset")), QStringLiteral("adset-1"));
        QCOMPARE(m_ads.sent[2].checkpoints.at(QStringLiteral("campaign")), QStringLiteral("camp-1"));
        QVERIFY(m_ads.sent[2].checkpoints.count(QStringLiteral("adset")) == 0);
        // The ad spec: readable unique names, landing page, brand, Meta identities.
        const PublishRequest &first = m_ads.sent[0];
        QVERIFY(first.ad.has_value());
        QCOMPARE(first.ad->campaignId, f.campaignId);
        QCOMPARE(first.ad->campaignName, QStringLiteral("Winter sale \u00B7 CF-%1").arg(f.campaignId));
        QCOMPARE(first.ad->adSetName, QStringLiteral("Riyadh women 25-40 \u00B7 CF-%1").arg(f.adSetId));
        QCOMPARE(first.ad->adName, QStringLiteral("Winter coats \u00B7 CF-%1").arg(a));
        QCOMPARE(first.ad->adSet.id, f.adSetId);
        QCOMPARE(first.ad->landingUrl, QStringLiteral("https://shop.example/winter?utm_source=facebook"));
        QCOMPARE(first.ad->brandName, QStringLiteral("Noura Boutique"));
        QCOMPARE(first.ad->pageId, QStringLiteral("104000000000001"));
        QCOMPARE(first.ad->instagramActorId, QStringLiteral("17841400000000001"));
        QCOMPARE(first.connection.id, f.adAccountId);
        QCOMPARE(m_backend->tokensFor.front(), QStringLiteral("1000001")); // the signed-in account's grant
        // Stored: one campaign and two ad sets, with the created budgets.
        const AdEntityRepository entities(f.db);
        QCOMPARE(entities.listForCampaign(f.campaignId)->size(), size_t(3));
        const AdEntity set = **entities.find({f.campaignId, f.adAccountId, f.adSetId});
        QCOMPARE(set.externalId, QStringLiteral("adset-1"));
        QCOMPARE(set.budgetPushed, std::optional<PushedBudget>(PushedBudget{3000, BudgetPeriod::Daily}));
        QCOMPARE(AdSetRepository(f.db).find(otherSet)->externalId, QStringLiteral("adset-2"));
        QCOMPARE(target(f, b).externalId, QStringLiteral("ad-2"));
        // Everything done on that account: switched on once, with the whole hierarchy.
        QCOMPARE(m_ads.deliveries.size(), size_t(1));
        const AdDeliveryChange &on = m_ads.deliveries.front();
        QVERIFY(on.active);
        QCOMPARE(on.campaignExternalId, QStringLiteral("camp-1"));
        QCOMPARE(on.adSetExternalIds, (std::vector<QString>{QStringLiteral("adset-1"), QStringLiteral("adset-2")}));
        QCOMPARE(on.adExternalIds,
                 (std::vector<QString>{QStringLiteral("ad-1"), QStringLiteral("ad-2"), QStringLiteral("ad-3")}));
        QCOMPARE(on.accessToken, QStringLiteral("user-token"));
        const auto active = entities.listForCampaign(f.campaignId);
        for (const AdEntity &e : *active)
            QCOMPARE(e.delivery, AdDelivery::Active);
        QCOMPARE(target(f, c).adDelivery, QStringLiteral("active"));
        QCOMPARE(logCount(f, QStringLiteral("ads_activated")), 1);
        // Once: the next pass has nothing to switch on.
        pass(*w);
        QCOMPARE(m_ads.deliveries.size(), size_t(1));
        QCOMPARE(logCount(f, QStringLiteral("ads_activated")), 1);
    }

    void aRetryAfterTheCreativeStepContinuesFromTheCheckpoints()
    {
        test::AdFixture f(QStringLiteral("ad2"));
        QVERIFY(f.ok());
        const qint64 t = f.addAdTarget(f.addAd(noonUtc(), f.adSetId));
        m_ads.failCreativeTimes = 1;
        FixedClock clock(noonUtc(2, 1));
        auto w = worker(f, clock);
        QCOMPARE(pass(*w).retrying, 1);
        PublishTarget row = target(f, t);
        QCOMPARE(row.state, TargetState::FailedRetryable);
        QCOMPARE(row.checkpoints.at(QStringLiteral("image")), QStringLiteral("img-1"));
        QVERIFY(m_ads.deliveries.empty()); // nothing to switch on while the ad is still open
        QVERIFY(row.nextAttemptAt.isValid());
        clock.advanceSecs(2 * 3600); // past the backoff and the account's 429 hold
        QCOMPARE(pass(*w).published, 1);
        QCOMPARE(m_ads.sent.size(), size_t(2));
        const PublishRequest &retry = m_ads.sent[1];
        QCOMPARE(retry.checkpoints.at(QStringLiteral("campaign")), QStringLiteral("camp-1"));
        QCOMPARE(retry.checkpoints.at(QStringLiteral("adset")), QStringLiteral("adset-1"));
        QCOMPARE(retry.checkpoints.at(QStringLiteral("image")), QStringLiteral("img-1"));
        QCOMPARE(m_ads.campaignCreates, 1);
        QCOMPARE(m_ads.adSetCreates, 1);
        QCOMPARE(m_ads.imageCreates, 1);
        QCOMPARE(m_ads.creativeCreates, 1);
        QCOMPARE(target(f, t).state, TargetState::Published);
        QCOMPARE(m_ads.deliveries.size(), size_t(1));
    }

    void activationWaitsForTheLastAdOfTheCampaign()
    {
        test::AdFixture f(QStringLiteral("ad3"));
        QVERIFY(f.ok());
        const qint64 early = f.addAdTarget(f.addAd(noonUtc(2), f.adSetId));
        const qint64 late = f.addAdTarget(f.addAd(noonUtc(3), f.adSetId, QStringLiteral("Scarves")));
        FixedClock clock(noonUtc(2, 1));
        auto w = worker(f, clock);
        QCOMPARE(pass(*w).published, 1);
        QCOMPARE(target(f, early).state, TargetState::Published);
        QCOMPARE(target(f, early).adDelivery, QString()); // created paused
        QVERIFY(m_ads.deliveries.empty());
        QCOMPARE(AdEntityRepository(f.db).listForCampaign(f.campaignId)->front().delivery, AdDelivery::Paused);
        clock.set(noonUtc(3, 1));
        QCOMPARE(pass(*w).published, 1);
        QCOMPARE(m_ads.deliveries.size(), size_t(1));
        QCOMPARE(m_ads.deliveries.front().adExternalIds, (std::vector<QString>{QStringLiteral("ad-1"), QStringLiteral("ad-2")}));
        QCOMPARE(target(f, late).adDelivery, QStringLiteral("active"));
        QCOMPARE(m_ads.campaignCreates, 1);
    }

    void aFailedActivationIsTriedAgainAfterABackoff()
    {
        test::AdFixture f(QStringLiteral("ad4"));
        QVERIFY(f.ok());
        const qint64 t = f.addAdTarget(f.addAd(noonUtc(), f.adSetId));
        m_ads.deliveryScript.push_back(test::FakePublisher::outcome(PublishStatus::FailedRetryable,
                                                                    PublishErrorKind::PlatformUnavailable));
        FixedClock clock(noonUtc(2, 1));
        auto w = worker(f, clock);
        QSignalSpy attention(w.get(), &PublishWorker::attentionNeeded);
        pass(*w);
        QCOMPARE(m_ads.deliveries.size(), size_t(1));
        QCOMPARE(target(f, t).adDelivery, QString());
        QCOMPARE(AdEntityRepository(f.db).listForCampaign(f.campaignId)->front().delivery, AdDelivery::Paused);
        QCOMPARE(logCount(f, QStringLiteral("ads_activation_failed")), 1);
        QCOMPARE(attention.count(), 1);
        QCOMPARE(attention.first().at(0).toLongLong(), t);
        QVERIFY(attention.first().at(2).toString().contains(QStringLiteral("Winter sale")));
        // Not every pass: the first backoff is a minute (+-20 %).
        clock.advanceSecs(30);
        pass(*w);
        QCOMPARE(m_ads.deliveries.size(), size_t(1));
        clock.advanceSecs(5 * 60);
        pass(*w);
        QCOMPARE(m_ads.deliveries.size(), size_t(2));
        QCOMPARE(target(f, t).adDelivery, QStringLiteral("active"));
        QCOMPARE(logCount(f, QStringLiteral("ads_activated")), 1);
        QCOMPARE(logCount(f, QStringLiteral("ads_activation_failed")), 1);
        QCOMPARE(m_ads.sent.size(), size_t(1)); // the ad itself was never sent again
    }

    void repeatedFailuresBackOffLonger()
    {
        test::AdFixture f(QStringLiteral("ad9"));
        QVERIFY(f.ok());
        f.addAdTarget(f.addAd(noonUtc(), f.adSetId));
        for (int i = 0; i < 3; ++i)
            m_ads.deliveryScript.push_back(test::FakePublisher::outcome(PublishStatus::FailedRetryable,
                                                                        PublishErrorKind::PlatformUnavailable));
        FixedClock clock(noonUtc(2, 1));
        auto w = worker(f, clock);
        pass(*w); // failure 1: back in 48..72 s
        QCOMPARE(m_ads.deliveries.size(), size_t(1));
        clock.advanceSecs(75);
        pass(*w); // failure 2: back in 96..144 s
        QCOMPARE(m_ads.deliveries.size(), size_t(2));
        clock.advanceSecs(90);
        pass(*w);
        QCOMPARE(m_ads.deliveries.size(), size_t(2));
        clock.advanceSecs(60);
        pass(*w); // failure 3
        QCOMPARE(m_ads.deliveries.size(), size_t(3));
        QCOMPARE(logCount(f, QStringLiteral("ads_activation_failed")), 3);
        clock.advanceSecs(150);
        pass(*w);
        QCOMPARE(m_ads.deliveries.size(), size_t(3)); // 192..288 s now
        clock.advanceSecs(150);
        pass(*w);
        QCOMPARE(m_ads.deliveries.size(), size_t(4));
        QCOMPARE(logCount(f, QStringLiteral("ads_activated")), 1);
    }

    void a401OnActivationRenewsTheTokenOnceAndAsksAgain()
    {
        test::AdFixture f(QStringLiteral("ad10"));
        QVERIFY(f.ok());
        const qint64 t = f.addAdTarget(f.addAd(noonUtc(), f.adSetId));
        PublishOutcome unauthorized = test::FakePublisher::outcome(PublishStatus::FailedRetryable,
                                                                   PublishErrorKind::TokenExpiredOrInvalid);
        unauthorized.unauthorized = true;
        unauthorized.httpStatus = 401;
        m_ads.deliveryScript.push_back(unauthorized);
        FixedClock clock(noonUtc(2, 1));
        auto w = worker(f, clock);
        pass(*w);
        QCOMPARE(m_ads.deliveries.size(), size_t(2));
        QCOMPARE(m_ads.deliveries[0].accessToken, QStringLiteral("user-token"));
        QCOMPARE(m_ads.deliveries[1].accessToken, QStringLiteral("user-token-2"));
        QCOMPARE(m_backend->refreshes, 1);
        QCOMPARE(target(f, t).adDelivery, QStringLiteral("active"));
        QCOMPARE(logCount(f, QStringLiteral("ads_activation_failed")), 0);
    }

    void aSecond401IsAFailureWithoutAnotherRenewal()
    {
        test::AdFixture f(QStringLiteral("ad11"));
        QVERIFY(f.ok());
        f.addAdTarget(f.addAd(noonUtc(), f.adSetId));
        f.addAdTarget(f.addAd(noonUtc(), f.adSetId, QStringLiteral("Scarves")));
        FixedClock clock(noonUtc(2, 1));
        auto w = worker(f, clock);
        pass(*w);
        AdSet changed = *AdSetRepository(f.db).find(f.adSetId);
        changed.budget.amount.minor = 4100;
        QVERIFY(!AdSetRepository(f.db).update(changed).isError());
        PublishOutcome unauthorized = test::FakePublisher::outcome(PublishStatus::FailedRetryable,
                                                                   PublishErrorKind::TokenExpiredOrInvalid);
        unauthorized.unauthorized = true;
        m_ads.budgetScript = {unauthorized, unauthorized};
        pass(*w);
        QCOMPARE(m_ads.budgets.size(), size_t(2));
        QCOMPARE(m_ads.budgets[1].accessToken, QStringLiteral("user-token-2"));
        QCOMPARE(m_backend->refreshes, 1);
        QCOMPARE(logCount(f, QStringLiteral("ad_budget_push_failed")), 1);
        QCOMPARE(AdEntityRepository(f.db).pendingBudgetPushes()->size(), size_t(1));
    }

    void cancellingADeliveringAdPausesIt()
    {
        test::AdFixture f(QStringLiteral("ad12"));
        QVERIFY(f.ok());
        const qint64 coats = f.addAd(noonUtc(), f.adSetId);
        const qint64 a = f.addAdTarget(coats);
        const qint64 b = f.addAdTarget(f.addAd(noonUtc(), f.adSetId, QStringLiteral("Scarves")));
        FixedClock clock(noonUtc(2, 1));
        auto w = worker(f, clock);
        pass(*w);
        QCOMPARE(target(f, a).adDelivery, QStringLiteral("active"));
        QCOMPARE(*PublishQueue(f.db, clock).cancel(coats), 1);
        QCOMPARE(target(f, a).state, TargetState::Cancelled);
        QCOMPARE(target(f, a).externalId, QStringLiteral("ad-1")); // still there to pause
        clock.advanceSecs(60);
        pass(*w);
        QCOMPARE(m_ads.deliveries.size(), size_t(2));
        const AdDeliveryChange &off = m_ads.deliveries.back();
        QVERIFY(!off.active);
        QCOMPARE(off.adExternalIds, std::vector<QString>{QStringLiteral("ad-1")});
        QVERIFY(off.campaignExternalId.isEmpty()); // the rest keeps running
        QVERIFY(off.adSetExternalIds.empty());
        QCOMPARE(target(f, a).adDelivery, QStringLiteral("paused"));
        QCOMPARE(target(f, b).adDelivery, QStringLiteral("active"));
        QCOMPARE(logCount(f, QStringLiteral("cancelled_ads_paused")), 1);
        clock.advanceSecs(60);
        pass(*w);
        QCOMPARE(m_ads.deliveries.size(), size_t(2));
        // The other ad was not touched.
        QCOMPARE(target(f, b).state, TargetState::Published);
    }

    void aCancelledAdThatNeverRanIsNotSwitchedOn()
    {
        test::AdFixture f(QStringLiteral("ad13"));
        QVERIFY(f.ok());
        const qint64 early = f.addAd(noonUtc(2), f.adSetId);
        const qint64 a = f.addAdTarget(early);
        f.addAdTarget(f.addAd(noonUtc(3), f.adSetId, QStringLiteral("Scarves")));
        FixedClock clock(noonUtc(2, 1));
        auto w = worker(f, clock);
        pass(*w);
        QCOMPARE(target(f, a).state, TargetState::Published);
        QCOMPARE(*PublishQueue(f.db, clock).cancel(early), 1);
        clock.set(noonUtc(3, 1));
        pass(*w);
        QCOMPARE(m_ads.deliveries.size(), size_t(1));
        QCOMPARE(m_ads.deliveries.front().adExternalIds, std::vector<QString>{QStringLiteral("ad-2")});
        QCOMPARE(target(f, a).adDelivery, QString());
    }

    void aPausedCampaignPausesItsWholeHierarchyAndResumes()
    {
        test::AdFixture f(QStringLiteral("ad14"));
        QVERIFY(f.ok());
        const qint64 a = f.addAdTarget(f.addAd(noonUtc(), f.adSetId));
        const qint64 cancelledItem = f.addAd(noonUtc(), f.adSetId, QStringLiteral("Scarves"));
        const qint64 b = f.addAdTarget(cancelledItem);
        FixedClock clock(noonUtc(2, 1));
        auto w = worker(f, clock);
        pass(*w);
        QVERIFY(!CampaignRepository(f.db).setStatus(f.campaignId, CampaignStatus::Paused, clock.nowUtc()).isError());
        clock.advanceSecs(60);
        pass(*w);
        QCOMPARE(m_ads.deliveries.size(), size_t(2));
        const AdDeliveryChange &off = m_ads.deliveries.back();
        QVERIFY(!off.active);
        // The whole hierarchy; the adapter switches the campaign first.
        QCOMPARE(off.campaignExternalId, QStringLiteral("camp-1"));
        QCOMPARE(off.adSetExternalIds, std::vector<QString>{QStringLiteral("adset-1")});
        QCOMPARE(off.adExternalIds, (std::vector<QString>{QStringLiteral("ad-1"), QStringLiteral("ad-2")}));
        const auto paused = AdEntityRepository(f.db).listForCampaign(f.campaignId);
        for (const AdEntity &e : *paused)
            QCOMPARE(e.delivery, AdDelivery::Paused);
        QCOMPARE(target(f, a).adDelivery, QStringLiteral("paused"));
        QCOMPARE(logCount(f, QStringLiteral("ads_paused")), 1);
        clock.advanceSecs(60);
        pass(*w);
        QCOMPARE(m_ads.deliveries.size(), size_t(2)); // once
        // One ad is cancelled meanwhile; the campaign runs again: the other starts again.
        QCOMPARE(*PublishQueue(f.db, clock).cancel(cancelledItem), 1);
        QVERIFY(!CampaignRepository(f.db).setStatus(f.campaignId, CampaignStatus::Active, clock.nowUtc()).isError());
        clock.advanceSecs(60);
        pass(*w);
        QCOMPARE(m_ads.deliveries.size(), size_t(3));
        const AdDeliveryChange &on = m_ads.deliveries.back();
        QVERIFY(on.active);
        QCOMPARE(on.campaignExternalId, QStringLiteral("camp-1"));
        QCOMPARE(on.adExternalIds, std::vector<QString>{QStringLiteral("ad-1")});
        QCOMPARE(target(f, a).adDelivery, QStringLiteral("active"));
        QCOMPARE(target(f, b).adDelivery, QStringLiteral("paused"));
        QCOMPARE(logCount(f, QStringLiteral("ads_resumed")), 1);
    }

    void theOwnersPauseAdsAndResumeAds()
    {
        test::AdFixture f(QStringLiteral("ad15"));
        QVERIFY(f.ok());
        const qint64 t = f.addAdTarget(f.addAd(noonUtc(), f.adSetId));
        FixedClock clock(noonUtc(2, 1));
        int wakes = 0;
        const AdsControl control(f.db, clock, [&wakes] { ++wakes; });
        // Nothing on a platform yet: refused with a reason.
        const StoreStatus early = control.pauseAds(f.campaignId);
        QVERIFY(early.isError());
        QVERIFY(early.message.contains(QStringLiteral("no ads")));
        auto w = worker(f, clock);
        pass(*w);
        QVERIFY(control.state(f.campaignId)->delivering);
        QVERIFY(!control.pauseAds(f.campaignId).isError());
        QCOMPARE(wakes, 1);
        QVERIFY(control.state(f.campaignId)->pausedByOwner);
        QCOMPARE(logCount(f, QStringLiteral("ads_pause_requested")), 1);
        pass(*w);
        QCOMPARE(m_ads.deliveries.size(), size_t(2));
        QVERIFY(!m_ads.deliveries.back().active);
        QCOMPARE(target(f, t).adDelivery, QStringLiteral("paused"));
        QVERIFY(!control.state(f.campaignId)->delivering);
        QCOMPARE(CampaignRepository(f.db).find(f.campaignId)->status, CampaignStatus::Active); // organic posts go on
        // Resuming is refused while the campaign itself is paused.
        QVERIFY(!CampaignRepository(f.db).setStatus(f.campaignId, CampaignStatus::Paused, clock.nowUtc()).isError());
        QVERIFY(control.resumeAds(f.campaignId).isError());
        QVERIFY(!CampaignRepository(f.db).setStatus(f.campaignId, CampaignStatus::Active, clock.nowUtc()).isError());
        QVERIFY(!control.resumeAds(f.campaignId).isError());
        QCOMPARE(wakes, 2);
        pass(*w);
        QCOMPARE(m_ads.deliveries.size(), size_t(3));
        QVERIFY(m_ads.deliveries.back().active);
        QCOMPARE(target(f, t).adDelivery, QStringLiteral("active"));
        QCOMPARE(logCount(f, QStringLiteral("ads_resumed")), 1);
    }

    void aFailedPauseIsReportedAndRetried()
    {
        test::AdFixture f(QStringLiteral("ad16"));
        QVERIFY(f.ok());
        const qint64 t = f.addAdTarget(f.addAd(noonUtc(), f.adSetId));
        FixedClock clock(noonUtc(2, 1));
        auto w = worker(f, clock);
        pass(*w);
        QVERIFY(!AdsControl(f.db, clock).pauseAds(f.campaignId).isError());
        m_ads.deliveryScript.push_back(test::FakePublisher::outcome(PublishStatus::Unknown));
        QSignalSpy attention(w.get(), &PublishWorker::attentionNeeded);
        pass(*w);
        QCOMPARE(attention.count(), 1);
        QVERIFY(attention.first().at(2).toString().contains(QStringLiteral("may still be spending")));
        QCOMPARE(target(f, t).adDelivery, QStringLiteral("active"));
        QCOMPARE(logCount(f, QStringLiteral("ads_pause_failed")), 1);
        clock.advanceSecs(5 * 60);
        pass(*w);
        QCOMPARE(target(f, t).adDelivery, QStringLiteral("paused"));
    }

    void aLocalBudgetChangeIsPushedOnce()
    {
        test::AdFixture f(QStringLiteral("ad5"));
        QVERIFY(f.ok());
        f.addAdTarget(f.addAd(noonUtc(), f.adSetId));
        FixedClock clock(noonUtc(2, 1));
        auto w = worker(f, clock);
        pass(*w);
        QVERIFY(m_ads.budgets.empty()); // created with this budget: nothing to push
        AdSet changed = *AdSetRepository(f.db).find(f.adSetId);
        changed.budget.amount.minor = 3200; // what the AI-optimised level does
        QVERIFY(!AdSetRepository(f.db).update(changed).isError());
        m_ads.budgetScript.push_back(test::FakePublisher::outcome(PublishStatus::FailedRetryable,
                                                                  PublishErrorKind::RateLimited));
        clock.advanceSecs(60);
        pass(*w);
        QCOMPARE(m_ads.budgets.size(), size_t(1));
        QCOMPARE(logCount(f, QStringLiteral("ad_budget_push_failed")), 1);
        QCOMPARE(AdEntityRepository(f.db).pendingBudgetPushes()->size(), size_t(1));
        clock.advanceSecs(10); // backing off
        pass(*w);
        QCOMPARE(m_ads.budgets.size(), size_t(1));
        clock.advanceSecs(5 * 60);
        pass(*w);
        QCOMPARE(m_ads.budgets.size(), size_t(2));
        const AdBudgetChange &pushed = m_ads.budgets.back();
        QCOMPARE(pushed.adSetExternalId, QStringLiteral("adset-1"));
        QCOMPARE(pushed.budget.amount.minor, 3200);
        QCOMPARE(pushed.budget.amount.currency, QStringLiteral("SAR"));
        QCOMPARE(pushed.budget.period, BudgetPeriod::Daily);
        QCOMPARE(pushed.connection.id, f.adAccountId);
        QCOMPARE(logCount(f, QStringLiteral("ad_budget_pushed")), 1);
        QVERIFY(AdEntityRepository(f.db).pendingBudgetPushes()->empty());
        pass(*w);
        QCOMPARE(m_ads.budgets.size(), size_t(2));
    }

    void instagramAdsGoToTheMetaAdsAdapter()
    {
        test::AdFixture f(QStringLiteral("ad6"));
        QVERIFY(f.ok());
        ContentItem item = *ContentRepository(f.db).find(f.addAd(noonUtc(), f.adSetId));
        item.platform = Platform::Instagram;
        QVERIFY(!ContentRepository(f.db).update(item).isError());
        FixedClock clock(noonUtc(2, 1));
        auto w = worker(f, clock);
        QCOMPARE(pass(*w).published, 1); // queued by the pass onto the Meta ad account
        const auto targets = *PublishTargetRepository(f.db).listForContent(item.id);
        QCOMPARE(targets.size(), size_t(1));
        QCOMPARE(targets.front().connectionId, f.adAccountId);
        QCOMPARE(m_backend->adPlatformsAsked.front(), Platform::Instagram);
        QCOMPARE(m_ads.sent.front().item.platform, Platform::Instagram);
    }

    void withoutAnAdsAdapterTheAdIsBlockedWithAReason()
    {
        test::AdFixture f(QStringLiteral("ad7"));
        QVERIFY(f.ok());
        const qint64 t = f.addAdTarget(f.addAd(noonUtc(), f.adSetId));
        m_withAds = false;
        FixedClock clock(noonUtc(2, 1));
        auto w = worker(f, clock);
        QSignalSpy attention(w.get(), &PublishWorker::attentionNeeded);
        QCOMPARE(pass(*w).failed, 1);
        const PublishTarget row = target(f, t);
        QCOMPARE(row.state, TargetState::FailedPermanent);
        QCOMPARE(row.errorKind, QStringLiteral("blocked"));
        QVERIFY(row.errorMessage.contains(QStringLiteral("paid ads")));
        QVERIFY(!row.errorAction.isEmpty());
        QCOMPARE(attention.count(), 1);
        QVERIFY(AdEntityRepository(f.db).listForCampaign(f.campaignId)->empty());
    }

    void aPausedCampaignIsNotSwitchedOn()
    {
        test::AdFixture f(QStringLiteral("ad8"));
        QVERIFY(f.ok());
        const qint64 t = f.addAdTarget(f.addAd(noonUtc(), f.adSetId));
        FixedClock clock(noonUtc(2, 1));
        // The ad goes out in one pass, then the owner pauses before activation.
        m_ads.deliveryScript.push_back(test::FakePublisher::outcome(PublishStatus::Unknown));
        auto w = worker(f, clock);
        pass(*w);
        QCOMPARE(m_ads.deliveries.size(), size_t(1));
        Campaign campaign = *CampaignRepository(f.db).find(f.campaignId);
        campaign.status = CampaignStatus::Paused;
        QVERIFY(!CampaignRepository(f.db).update(campaign).isError());
        pass(*w);
        QCOMPARE(m_ads.deliveries.size(), size_t(1));
        QCOMPARE(target(f, t).adDelivery, QString());
    }
};

QTEST_GUILESS_MAIN(TestAdPublishing)
#include "tst_adpublishing.moc"
