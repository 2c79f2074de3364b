// MetaAdsPublisher against campaignforge-sandbox's strict Marketing API:
// the hierarchy (one create per level, all PAUSED, targeting and money on
// the wire), resuming from checkpoints, the name lookups that keep a lost
// create from being repeated, each fault, reconcile by name, delivery order,
// review status and budget updates; video ads (chunked advideos upload,
// waiting for processing, video_data creatives, resuming a dropped chunk,
// a lost finish answer that is not finished twice).
#include "PublisherHarness.h"

#include "platforms/publishing/ads/MetaAdsPayload.h"
#include "platforms/publishing/ads/MetaAdsPublisher.h"

#include <QTimer>

using namespace cf;
using cf::test::PublisherHarness;
using Json = nlohmann::json;

namespace {
const QString kGraphHost = QStringLiteral("graph.facebook.com");
const QString kAccount = QStringLiteral("act_1200000000000001");
const QString kPage = QStringLiteral("104000000000001");
const QString kInstagram = QStringLiteral("17841400000000001");
const QString kRiyadhKey = QStringLiteral("1001001");
constexpr int kReviewSecs = 5; // the sandbox's review time (MetaAdsApi::kReviewSecs)

QUrlQuery formOf(const Json &recorded)
{
    return QUrlQuery(QString::fromStdString(recorded["body"].get<std::string>()).replace(QLatin1Char('+'), QLatin1String("%20")));
}
QString field(const Json &recorded, const char *name)
{
    return formOf(recorded).queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
}
Json jsonField(const Json &recorded, const char *name)
{
    return Json::parse(field(recorded, name).toStdString(), nullptr, false);
}
// The upload_phase of a recorded advideos call (form or multipart body).
QString phaseOf(const Json &entry)
{
    const std::string body = entry.value("body", std::string());
    for (const char *phase : {"start", "transfer", "finish"}) {
        if (body.find(std::string("upload_phase=") + phase) != std::string::npos
            || body.find(std::string("name=\"upload_phase\"\r\n\r\n") + phase) != std::string::npos)
            return QString::fromLatin1(phase);
    }
    return {};
}
constexpr qint64 kMiB = 1024 * 1024;
} // namespace

class TestMetaAdsPublisher : public QObject
{
    Q_OBJECT

    PublisherHarness m_harness;
    QString m_token;

    PublishRequest adRequest(const QString &adName, const QString &text = QStringLiteral("Ramadan sale: 30% off abayas"))
    {
        PublishRequest request = test::textRequest(Platform::Facebook, kAccount, m_token, text, QStringLiteral("https://shop.example.com/ramadan"));
        request.item.copy->en.headline = QStringLiteral("Ramadan collection");
        request.item.copy->callToActionType = QStringLiteral("SHOP_NOW");
        request.item.contentType = ContentType::ImagePost;
        request.media.push_back(m_harness.image(QStringLiteral("ramadan.png"), 600, 600));
        AdSpec ad;
        ad.campaignId = 7;
        ad.campaignName = QStringLiteral("Ramadan sale · CF-7");
        ad.adSetName = QStringLiteral("Riyadh women 25-40 · CF-11");
        ad.adName = adName;
        ad.pageId = kPage;
        ad.instagramActorId = kInstagram;
        ad.adSet.name = QStringLiteral("Riyadh women 25-40");
        ad.adSet.platformObjective = QStringLiteral("OUTCOME_TRAFFIC");
        ad.adSet.targeting.locations = {QStringLiteral("Riyadh")};
        ad.adSet.targeting.genders = {QStringLiteral("female")};
        ad.adSet.targeting.ageMin = 25;
        ad.adSet.targeting.ageMax = 40;
        ad.adSet.placements = {QStringLiteral("facebook"), QStringLiteral("instagram_stories")};
        ad.adSet.budget = Budget{Money{10000, QStringLiteral("SAR")}, BudgetPeriod::Daily};
        ad.adSet.startUtc = QDateTime::currentDateTimeUtc().addDays(1);
        ad.adSet.endUtc = QDateTime::currentDateTimeUtc().addDays(8);
        request.ad = ad;
        return request;
    }
    size_t creates(const QString &edge) { return m_harness.recorded(kGraphHost, QStringLiteral("/%1/%2$").arg(kAccount, edge)).size(); }
    size_t videoCalls(const QString &phase)
    {
        size_t count = 0;
        for (const Json &entry : m_harness.recorded(kGraphHost, QStringLiteral("/%1/advideos$").arg(kAccount)))
            count += phaseOf(entry) == phase ? 1 : 0;
        return count;
    }
    PublishRequest videoAdRequest(const QString &adName, qint64 bytes, bool withImage)
    {
        PublishRequest req = adRequest(adName);
        req.item.contentType = ContentType::ShortVideo;
        const PublishMedia image = req.media.front();
        req.media = {m_harness.video(QStringLiteral("ad.mp4"), bytes)};
        if (withImage)
            req.media.push_back(image);
        return req;
    }
    // Ad videos are "processing" for 5 s of sandbox time after finish; the
    // timers die with m_clockTimers, which each case renews.
    std::unique_ptr<QObject> m_clockTimers = std::make_unique<QObject>();
    void advanceClockSoon()
    {
        for (int ms : {800, 2000, 4000})
            QTimer::singleShot(ms, m_clockTimers.get(), [this] { QVERIFY(m_harness.advanceClock(10)); });
    }
    Json entity(const QString &id, const QString &fields)
    {
        return m_harness.sandbox()
            .get(m_harness.sandbox().url(QStringLiteral("graph.facebook.com/v21.0/%1?fields=%2").arg(id, fields)),
                 {{"Authorization", "OAuth " + m_token.toUtf8()}})
            .json();
    }
    std::optional<PublishOutcome> runDelivery(MetaAdsPublisher &publisher, const AdDeliveryChange &change)
    {
        QObject context;
        std::optional<PublishOutcome> result;
        publisher.setDelivery(change, &context, [&result](const PublishOutcome &outcome) { result = outcome; });
        (void)QTest::qWaitFor([&result] { return result.has_value(); }, 20000);
        return result;
    }
    std::optional<PublishOutcome> runBudget(MetaAdsPublisher &publisher, const AdBudgetChange &change)
    {
        QObject context;
        std::optional<PublishOutcome> result;
        publisher.updateBudget(change, &context, [&result](const PublishOutcome &outcome) { result = outcome; });
        (void)QTest::qWaitFor([&result] { return result.has_value(); }, 20000);
        return result;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_harness.start()); }
    void init()
    {
        m_clockTimers = std::make_unique<QObject>();
        QVERIFY(m_harness.reset()); // forgets tokens too
        m_token = m_harness.metaUserToken(QStringLiteral("ads_management,ads_read,pages_show_list"));
        QVERIFY(!m_token.isEmpty());
    }

    void happyPathCreatesEachLevelOncePaused()
    {
        MetaAdsPublisher publisher(m_harness.network(), m_harness.endpoints());
        const PublishRequest req = adRequest(QStringLiteral("Abaya offer · CF-21"));
        QVERIFY2(publisher.checkLimits(req).isEmpty(), qPrintable(publisher.checkLimits(req).join(QLatin1Char('\n'))));
        std::map<QString, QString> checkpoints;
        const auto outcome = m_harness.publish(publisher, req, &checkpoints);
        QVERIFY(outcome);
        QVERIFY2(outcome->status == PublishStatus::Published, qPrintable(outcome->platformMessage));
        QVERIFY(outcome->permalink.contains(QStringLiteral("selected_ad_ids=") + outcome->externalId));
        for (const char *step : {"geo", "campaign", "adset", "image", "creative"})
            QVERIFY2(!checkpoints[QLatin1String(step)].isEmpty(), step);
        QVERIFY(checkpoints[QStringLiteral("geo")].contains(kRiyadhKey));

        for (const char *edge : {"campaigns", "adsets", "adimages", "adcreatives", "ads"})
            QVERIFY2(creates(QLatin1String(edge)) == 1, edge);
        const Json campaign = m_harness.recorded(kGraphHost, QStringLiteral("/campaigns$"))[0];
        QCOMPARE(field(campaign, "status"), QStringLiteral("PAUSED"));
        QCOMPARE(field(campaign, "objective"), QStringLiteral("OUTCOME_TRAFFIC"));
        QCOMPARE(field(campaign, "special_ad_categories"), QStringLiteral("[]"));
        QVERIFY(QString::fromStdString(campaign["headers"]["authorization"]).startsWith(QLatin1String("OAuth ")));

        const Json adSet = m_harness.recorded(kGraphHost, QStringLiteral("/adsets$"))[0];
        QCOMPARE(field(adSet, "status"), QStringLiteral("PAUSED"));
        QCOMPARE(field(adSet, "daily_budget"), QStringLiteral("10000")); // 100.00 SAR in halalas
        QCOMPARE(field(adSet, "campaign_id"), checkpoints[QStringLiteral("campaign")]);
        QCOMPARE(field(adSet, "optimization_goal"), QStringLiteral("LINK_CLICKS"));
        const Json targeting = jsonField(adSet, "targeting");
        QCOMPARE(QString::fromStdString(targeting["geo_locations"]["cities"][0]["key"]), kRiyadhKey);
        QCOMPARE(targeting["age_min"].get<int>(), 25);
        QCOMPARE(targeting["age_max"].get<int>(), 40);
        QVERIFY(targeting["genders"] == Json::array({2}));
        QVERIFY(targeting["publisher_platforms"] == Json::array({"facebook", "instagram"}));
        QVERIFY(targeting["instagram_positions"] == Json::array({"story"}));
        QVERIFY(!targeting.contains("facebook_positions"));
        QCOMPARE(targeting["targeting_automation"]["advantage_audience"].get<int>(), 0);

        const Json creative = m_harness.recorded(kGraphHost, QStringLiteral("/adcreatives$"))[0];
        const Json story = jsonField(creative, "object_story_spec");
        QCOMPARE(QString::fromStdString(story["page_id"]), kPage);
        QCOMPARE(QString::fromStdString(story["instagram_user_id"]), kInstagram);
        QCOMPARE(QString::fromStdString(story["link_data"]["image_hash"]), checkpoints[QStringLiteral("image")]);
        QVERIFY(story["link_data"]["message"] == "Ramadan sale: 30% off abayas");
        QVERIFY(story["link_data"]["name"] == "Ramadan collection");
        QVERIFY(story["link_data"]["call_to_action"]["type"] == "SHOP_NOW");

        const Json ad = m_harness.recorded(kGraphHost, QStringLiteral("/ads$"))[0];
        QCOMPARE(field(ad, "status"), QStringLiteral("PAUSED"));
        QCOMPARE(field(ad, "adset_id"), checkpoints[QStringLiteral("adset")]);
        QCOMPARE(QString::fromStdString(jsonField(ad, "creative")["creative_id"]), checkpoints[QStringLiteral("creative")]);
        const Json state = entity(outcome->externalId, QStringLiteral("effective_status,configured_status,name"));
        QVERIFY(state["effective_status"] == "PAUSED");
        QVERIFY(state["configured_status"] == "PAUSED");
    }

    void aSecondAdReusesCheckpointedCampaignAndAdSet()
    {
        MetaAdsPublisher publisher(m_harness.network(), m_harness.endpoints());
        std::map<QString, QString> first;
        QCOMPARE(m_harness.publish(publisher, adRequest(QStringLiteral("First ad · CF-21")), &first)->status, PublishStatus::Published);
        PublishRequest second = adRequest(QStringLiteral("Second ad · CF-22"));
        second.checkpoints = {{QStringLiteral("campaign"), first[QStringLiteral("campaign")]}, {QStringLiteral("adset"), first[QStringLiteral("adset")]}};
        std::map<QString, QString> checkpoints;
        const auto outcome = m_harness.publish(publisher, second, &checkpoints);
        QVERIFY(outcome);
        QCOMPARE(outcome->status, PublishStatus::Published);
        QCOMPARE(creates(QStringLiteral("campaigns")), size_t(1));
        QCOMPARE(creates(QStringLiteral("adsets")), size_t(1));
        QCOMPARE(creates(QStringLiteral("ads")), size_t(2));
        QCOMPARE(m_harness.recorded(kGraphHost, QStringLiteral("/search$"), QStringLiteral("GET")).size(), size_t(1)); // only the first ad
        QCOMPARE(field(m_harness.recorded(kGraphHost, QStringLiteral("/ads$"))[1], "adset_id"), first[QStringLiteral("adset")]);
    }

    void aLostCampaignAnswerIsUnknownAndTheRetryReusesItByName()
    {
        MetaAdsPublisher publisher(m_harness.network(), m_harness.endpoints());
        QVERIFY(m_harness.addFault({{"host", "graph.facebook.com"}, {"path_regex", "/campaigns$"}, {"method", "POST"}, {"fault", "drop_after_accept"}}));
        const PublishRequest req = adRequest(QStringLiteral("Dropped · CF-23"));
        std::map<QString, QString> checkpoints;
        const auto lost = m_harness.publish(publisher, req, &checkpoints);
        QVERIFY(lost);
        QCOMPARE(lost->status, PublishStatus::Unknown);
        QCOMPARE(creates(QStringLiteral("campaigns")), size_t(1));
        QVERIFY(!checkpoints.count(QStringLiteral("campaign")));
        PublishRequest retry = req;
        retry.checkpoints = checkpoints;
        const auto outcome = m_harness.publish(publisher, retry, &checkpoints);
        QVERIFY(outcome);
        QCOMPARE(outcome->status, PublishStatus::Published);
        QCOMPARE(creates(QStringLiteral("campaigns")), size_t(1)); // found by name, not created again
        QCOMPARE(creates(QStringLiteral("adsets")), size_t(1));
    }

    void unknownCityIsInvalidTargetingBeforeAnyCreate()
    {
        MetaAdsPublisher publisher(m_harness.network(), m_harness.endpoints());
        PublishRequest req = adRequest(QStringLiteral("Nowhere · CF-24"));
        req.ad->adSet.targeting.locations = {QStringLiteral("Riyadh"), QStringLiteral("Atlantis")};
        const auto outcome = m_harness.publish(publisher, req);
        QVERIFY(outcome);
        QCOMPARE(outcome->status, PublishStatus::FailedPermanent);
        QCOMPARE(outcome->error, PublishErrorKind::InvalidTargeting);
        QVERIFY(outcome->platformMessage.contains(QLatin1String("Atlantis")));
        QCOMPARE(creates(QStringLiteral("campaigns")), size_t(0));
    }

    void budgetBelowTheMinimumIsInsufficientBudget()
    {
        MetaAdsPublisher publisher(m_harness.network(), m_harness.endpoints());
        PublishRequest req = adRequest(QStringLiteral("Cheap · CF-25"));
        req.ad->adSet.budget.amount.minor = 200; // 2.00 SAR a day; link clicks need 5.00
        const auto outcome = m_harness.publish(publisher, req);
        QVERIFY(outcome);
        QCOMPARE(outcome->status, PublishStatus::FailedPermanent);
        QCOMPARE(outcome->error, PublishErrorKind::InsufficientBudget);
        QCOMPARE(outcome->platformCode, QStringLiteral("100/1885272"));
        QVERIFY(outcome->platformMessage.contains(QLatin1String("SAR5.00")));
        QCOMPARE(creates(QStringLiteral("ads")), size_t(0));
    }

    void rateLimitReadsTheBusinessUseCaseHeader()
    {
        MetaAdsPublisher publisher(m_harness.network(), m_harness.endpoints());
        QVERIFY(m_harness.addFault({{"host", "graph.facebook.com"}, {"path_regex", "/adsets$"}, {"method", "POST"}, {"fault", "rate_limit"}, {"retry_after", 600}}));
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const auto outcome = m_harness.publish(publisher, adRequest(QStringLiteral("Limited · CF-26")));
        QVERIFY(outcome);
        QCOMPARE(outcome->status, PublishStatus::FailedRetryable);
        QCOMPARE(outcome->error, PublishErrorKind::RateLimited);
        QCOMPARE(outcome->platformCode, QStringLiteral("613/1487742"));
        QVERIFY(outcome->retryNotBeforeUtc);
        QVERIFY(*outcome->retryNotBeforeUtc >= before.addSecs(599));
        QVERIFY(*outcome->retryNotBeforeUtc <= QDateTime::currentDateTimeUtc().addSecs(601));
    }

    void expiredTokenIsUnauthorized()
    {
        MetaAdsPublisher publisher(m_harness.network(), m_harness.endpoints());
        QVERIFY(m_harness.addFault({{"host", "graph.facebook.com"}, {"path_regex", "/campaigns$"}, {"method", "POST"}, {"fault", "token_expired"}}));
        const auto outcome = m_harness.publish(publisher, adRequest(QStringLiteral("Expired · CF-27")));
        QVERIFY(outcome);
        QVERIFY(outcome->unauthorized);
        QCOMPARE(outcome->error, PublishErrorKind::TokenExpiredOrInvalid);
        QCOMPARE(outcome->status, PublishStatus::FailedRetryable);
        QCOMPARE(outcome->platformCode, QStringLiteral("190/463"));
    }

    void policyRejectionIsPermanent()
    {
        MetaAdsPublisher publisher(m_harness.network(), m_harness.endpoints());
        QVERIFY(m_harness.addFault({{"host", "graph.facebook.com"}, {"path_regex", "/ads$"}, {"method", "POST"}, {"fault", "policy"}}));
        const auto outcome = m_harness.publish(publisher, adRequest(QStringLiteral("Blocked · CF-28")));
        QVERIFY(outcome);
        QCOMPARE(outcome->status, PublishStatus::FailedPermanent);
        QCOMPARE(outcome->error, PublishErrorKind::ContentPolicyViolation);
    }

    void serverErrorOnACreateIsUnknown()
    {
        MetaAdsPublisher publisher(m_harness.network(), m_harness.endpoints());
        QVERIFY(m_harness.addFault({{"host", "graph.facebook.com"}, {"path_regex", "/adcreatives$"}, {"method", "POST"}, {"fault", "server_error"}}));
        const auto outcome = m_harness.publish(publisher, adRequest(QStringLiteral("Boom · CF-29")));
        QVERIFY(outcome);
        QCOMPARE(outcome->status, PublishStatus::Unknown);
        QCOMPARE(outcome->httpStatus, std::optional<int>(500));
    }

    void dropAfterAcceptIsUnknownSentOnceAndReconciledByName()
    {
        MetaAdsPublisher publisher(m_harness.network(), m_harness.endpoints());
        QVERIFY(m_harness.addFault({{"host", "graph.facebook.com"}, {"path_regex", "/ads$"}, {"method", "POST"}, {"fault", "drop_after_accept"}, {"count", 3}}));
        const PublishRequest req = adRequest(QStringLiteral("Applied but lost · CF-30"));
        const auto outcome = m_harness.publish(publisher, req);
        QVERIFY(outcome);
        QCOMPARE(outcome->status, PublishStatus::Unknown);
        QCOMPARE(creates(QStringLiteral("ads")), size_t(1));
        const auto found = m_harness.reconcile(publisher, req);
        QVERIFY(found);
        QCOMPARE(found->status, ReconcileStatus::Published);
        QVERIFY(!found->externalId.isEmpty());
        QVERIFY(entity(found->externalId, QStringLiteral("name"))["name"] == "Applied but lost · CF-30");
        QVERIFY(found->permalink.endsWith(found->externalId));
        QCOMPARE(m_harness.recorded(kGraphHost, QStringLiteral("/ads$"), QStringLiteral("GET")).size(), size_t(1));
        QCOMPARE(creates(QStringLiteral("ads")), size_t(1)); // reconcile only reads
    }

    void reconcileWithoutTheAdIsNotPublished()
    {
        MetaAdsPublisher publisher(m_harness.network(), m_harness.endpoints());
        QCOMPARE(m_harness.publish(publisher, adRequest(QStringLiteral("Another · CF-31")))->status, PublishStatus::Published);
        const auto found = m_harness.reconcile(publisher, adRequest(QStringLiteral("Never sent · CF-32")));
        QVERIFY(found);
        QCOMPARE(found->status, ReconcileStatus::NotPublished);
        QVERIFY(!found->detail.isEmpty());
    }

    void deliveryActivatesChildrenFirstAndPausesParentsFirst()
    {
        MetaAdsPublisher publisher(m_harness.network(), m_harness.endpoints());
        std::map<QString, QString> checkpoints;
        const auto published = m_harness.publish(publisher, adRequest(QStringLiteral("Live · CF-33")), &checkpoints);
        QVERIFY(published && published->status == PublishStatus::Published);
        AdDeliveryChange change;
        change.connection.accountId = kAccount;
        change.accessToken = m_token;
        change.campaignExternalId = checkpoints[QStringLiteral("campaign")];
        change.adSetExternalIds = {checkpoints[QStringLiteral("adset")]};
        change.adExternalIds = {published->externalId};
        const auto on = runDelivery(publisher, change);
        QVERIFY(on);
        QCOMPARE(on->status, PublishStatus::Published);
        const Json switched = m_harness.recorded(kGraphHost, QStringLiteral("/v21.0/1202\\d+$"));
        QCOMPARE(switched.size(), size_t(3));
        const QStringList order{published->externalId, change.adSetExternalIds[0], change.campaignExternalId};
        for (int i = 0; i < 3; ++i) {
            QVERIFY(QString::fromStdString(switched[size_t(i)]["path"]).endsWith(order[i]));
            QCOMPARE(field(switched[size_t(i)], "status"), QStringLiteral("ACTIVE"));
        }
        QVERIFY(entity(published->externalId, QStringLiteral("effective_status"))["effective_status"] == "PENDING_REVIEW");
        QVERIFY(m_harness.advanceClock(kReviewSecs + 1));
        QVERIFY(entity(published->externalId, QStringLiteral("effective_status"))["effective_status"] == "ACTIVE");

        change.active = false;
        QCOMPARE(runDelivery(publisher, change)->status, PublishStatus::Published);
        const Json paused = m_harness.recorded(kGraphHost, QStringLiteral("/v21.0/1202\\d+$"));
        QCOMPARE(paused.size(), size_t(6));
        QVERIFY(QString::fromStdString(paused[3]["path"]).endsWith(change.campaignExternalId));
        QVERIFY(QString::fromStdString(paused[5]["path"]).endsWith(published->externalId));
        QCOMPARE(field(paused[5], "status"), QStringLiteral("PAUSED"));
        QVERIFY(entity(published->externalId, QStringLiteral("effective_status"))["effective_status"] == "PAUSED");
    }

    void anAdWithTheForbiddenWordIsDisapprovedAfterReview()
    {
        MetaAdsPublisher publisher(m_harness.network(), m_harness.endpoints());
        std::map<QString, QString> checkpoints;
        const auto published = m_harness.publish(publisher, adRequest(QStringLiteral("Bad · CF-34"), QStringLiteral("Buy forbidden pills")), &checkpoints);
        QVERIFY(published && published->status == PublishStatus::Published);
        AdDeliveryChange change;
        change.connection.accountId = kAccount;
        change.accessToken = m_token;
        change.campaignExternalId = checkpoints[QStringLiteral("campaign")];
        change.adSetExternalIds = {checkpoints[QStringLiteral("adset")]};
        change.adExternalIds = {published->externalId};
        QCOMPARE(runDelivery(publisher, change)->status, PublishStatus::Published);
        QVERIFY(m_harness.advanceClock(kReviewSecs + 1));
        const Json state = entity(published->externalId, QStringLiteral("effective_status,ad_review_feedback"));
        QVERIFY(state["effective_status"] == "DISAPPROVED");
        QVERIFY(state["ad_review_feedback"].contains("global"));
    }

    void updateBudgetPostsMinorUnitsToTheAdSet()
    {
        MetaAdsPublisher publisher(m_harness.network(), m_harness.endpoints());
        std::map<QString, QString> checkpoints;
        QCOMPARE(m_harness.publish(publisher, adRequest(QStringLiteral("Budget · CF-35")), &checkpoints)->status, PublishStatus::Published);
        AdBudgetChange change;
        change.connection.accountId = kAccount;
        change.accessToken = m_token;
        change.adSetExternalId = checkpoints[QStringLiteral("adset")];
        change.budget = Budget{Money{15050, QStringLiteral("SAR")}, BudgetPeriod::Daily};
        const auto outcome = runBudget(publisher, change);
        QVERIFY(outcome);
        QCOMPARE(outcome->status, PublishStatus::Published);
        QVERIFY(entity(change.adSetExternalId, QStringLiteral("daily_budget"))["daily_budget"] == "15050");

        change.budget.amount.minor = 100;
        const auto low = runBudget(publisher, change);
        QVERIFY(low);
        QCOMPARE(low->error, PublishErrorKind::InsufficientBudget);
        change.budget.amount.currency = QStringLiteral("USD");
        const auto wrongCurrency = runBudget(publisher, change);
        QVERIFY(wrongCurrency);
        QCOMPARE(wrongCurrency->status, PublishStatus::FailedPermanent);
        QVERIFY(wrongCurrency->platformMessage.contains(QLatin1String("USD")));
        QVERIFY(entity(change.adSetExternalId, QStringLiteral("daily_budget"))["daily_budget"] == "15050");
    }

    void limitsAreCheckedBeforeSending()
    {
        MetaAdsPublisher publisher(m_harness.network(), m_harness.endpoints());
        PublishRequest req = adRequest(QStringLiteral("x"));
        req.ad->pageId.clear();
        QCOMPARE(publisher.checkLimits(req).size(), 1);
        req = adRequest(QStringLiteral("x"));
        req.ad->instagramActorId.clear(); // instagram_stories is among the placements
        QCOMPARE(publisher.checkLimits(req).size(), 1);
        req.ad->adSet.placements = {QStringLiteral("facebook_feed")};
        QVERIFY(publisher.checkLimits(req).isEmpty());
        req = adRequest(QStringLiteral("x"));
        req.media = {m_harness.video(QStringLiteral("clip.mp4"), 2000)};
        QVERIFY(publisher.checkLimits(req).isEmpty()); // a video ad
        req.media.front().sizeBytes = MetaAdsPublisher::kMaxVideoBytes + 1;
        QCOMPARE(publisher.checkLimits(req).size(), 1);
        req.media.clear();
        QCOMPARE(publisher.checkLimits(req).size(), 1); // neither image nor video
        req = adRequest(QStringLiteral("x"));
        req.ad->adSet.platformObjective = QStringLiteral("OUTCOME_APP_PROMOTION");
        QCOMPARE(publisher.checkLimits(req).size(), 1);
        req = adRequest(QStringLiteral("x"), QString(MetaAdsPublisher::kMaxPrimaryText + 1, QLatin1Char('a')));
        QCOMPARE(publisher.checkLimits(req).size(), 1);
        req = adRequest(QStringLiteral("x"));
        req.ad->adSet.budget = Budget{Money{50000, QStringLiteral("SAR")}, BudgetPeriod::Total};
        req.ad->adSet.endUtc = QDateTime();
        QCOMPARE(publisher.checkLimits(req).size(), 1);
        req.ad.reset();
        QCOMPARE(publisher.checkLimits(req).size(), 1);
        // publish refuses the same way without sending anything
        const auto refused = m_harness.publish(publisher, req);
        QVERIFY(refused);
        QCOMPARE(refused->error, PublishErrorKind::ContentOutOfLimits);
        QCOMPARE(m_harness.recorded(kGraphHost, QStringLiteral("/search$"), QStringLiteral("GET")).size(), size_t(0));
        QCOMPARE(creates(QStringLiteral("campaigns")), size_t(0));
    }

    void videoAdUploadsInChunksWaitsAndUsesVideoData()
    {
        MetaAdsPublisher publisher(m_harness.network(), m_harness.endpoints());
        publisher.setPolling(200, 100);
        const PublishRequest req = videoAdRequest(QStringLiteral("Abaya video · CF-31"), 2 * kMiB + kMiB / 2, false);
        QVERIFY(publisher.checkLimits(req).isEmpty());
        advanceClockSoon();
        std::map<QString, QString> checkpoints;
        const auto outcome = m_harness.publish(publisher, req, &checkpoints);
        QVERIFY(outcome);
        QVERIFY2(outcome->status == PublishStatus::Published, qPrintable(outcome->platformMessage));
        QCOMPARE(videoCalls(QStringLiteral("start")), size_t(1));
        QCOMPARE(videoCalls(QStringLiteral("transfer")), size_t(3));
        QCOMPARE(videoCalls(QStringLiteral("finish")), size_t(1));
        QCOMPARE(creates(QStringLiteral("adimages")), size_t(0));
        QVERIFY(!checkpoints[QStringLiteral("video")].isEmpty());
        QVERIFY(MetaChunkedUpload::State::fromCheckpoint(checkpoints[QStringLiteral("video_upload")])->complete());
        const Json story = jsonField(m_harness.recorded(kGraphHost, QStringLiteral("/adcreatives$"))[0], "object_story_spec");
        QVERIFY(!story.contains("link_data"));
        const Json video = story["video_data"];
        QCOMPARE(QString::fromStdString(video["video_id"]), checkpoints[QStringLiteral("video")]);
        QVERIFY(QString::fromStdString(video["image_url"]).startsWith(QLatin1String("https://"))); // Meta's own thumbnail
        QVERIFY(video["call_to_action"]["type"] == "SHOP_NOW");
        QVERIFY(video["call_to_action"]["value"]["link"] == "https://shop.example.com/ramadan");
        QVERIFY(video["message"] == "Ramadan sale: 30% off abayas");
        QVERIFY(video["title"] == "Ramadan collection");
        QCOMPARE(QString::fromStdString(story["instagram_user_id"]), kInstagram);
        QVERIFY(entity(outcome->externalId, QStringLiteral("effective_status"))["effective_status"] == "PAUSED");
    }

    void aVideoStillProcessingEndsTheAttemptAndTheRetryKeepsTheUpload()
    {
        MetaAdsPublisher publisher(m_harness.network(), m_harness.endpoints());
        publisher.setPolling(50, 2);
        PublishRequest req = videoAdRequest(QStringLiteral("Processing · CF-32"), 300000, true);
        std::map<QString, QString> checkpoints;
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const auto first = m_harness.publish(publisher, req, &checkpoints);
        QVERIFY(first);
        QCOMPARE(first->status, PublishStatus::FailedRetryable);
        QVERIFY(first->retryNotBeforeUtc);
        QVERIFY(*first->retryNotBeforeUtc >= before.addSecs(59));
        QVERIFY(!checkpoints[QStringLiteral("video")].isEmpty());
        QCOMPARE(creates(QStringLiteral("adcreatives")), size_t(0));

        QVERIFY(m_harness.advanceClock(10));
        req.checkpoints = checkpoints;
        const auto second = m_harness.publish(publisher, req, &checkpoints);
        QVERIFY(second);
        QVERIFY2(second->status == PublishStatus::Published, qPrintable(second->platformMessage));
        QCOMPARE(videoCalls(QStringLiteral("start")), size_t(1)); // uploaded once
        QCOMPARE(videoCalls(QStringLiteral("finish")), size_t(1));
        QCOMPARE(creates(QStringLiteral("adimages")), size_t(1));
        const Json video = jsonField(m_harness.recorded(kGraphHost, QStringLiteral("/adcreatives$"))[0], "object_story_spec")["video_data"];
        QCOMPARE(QString::fromStdString(video["image_hash"]), checkpoints[QStringLiteral("image")]); // the item's image as thumbnail
        QVERIFY(!video.contains("image_url"));
    }

    void aDroppedVideoChunkResumesAtMetasOffset()
    {
        MetaAdsPublisher publisher(m_harness.network(), m_harness.endpoints());
        publisher.setPolling(200, 100);
        PublishRequest req = videoAdRequest(QStringLiteral("Resumed video · CF-33"), 2 * kMiB + 5000, false);
        // start and the first chunk pass; the second is received, then its connection drops.
        QVERIFY(m_harness.addFault({{"host", "graph.facebook.com"}, {"path_regex", "/advideos$"}, {"method", "POST"},
                                    {"fault", "drop_after_accept"}, {"skip", 2}, {"count", 3}}));
        std::map<QString, QString> checkpoints;
        const auto first = m_harness.publish(publisher, req, &checkpoints);
        QVERIFY(first);
        QCOMPARE(first->status, PublishStatus::FailedRetryable);
        QCOMPARE(m_harness.sandbox().control("DELETE", QStringLiteral("faults")).status, 200);
        QCOMPARE(MetaChunkedUpload::State::fromCheckpoint(checkpoints[QStringLiteral("video_upload")])->start, kMiB);

        req.checkpoints = checkpoints;
        advanceClockSoon();
        const auto second = m_harness.publish(publisher, req, &checkpoints);
        QVERIFY(second);
        QVERIFY2(second->status == PublishStatus::Published, qPrintable(second->platformMessage));
        QCOMPARE(videoCalls(QStringLiteral("start")), size_t(1));
        QCOMPARE(videoCalls(QStringLiteral("finish")), size_t(1));
        bool corrected = false; // Meta named its offset for the chunk it already had
        for (const Json &entry : m_harness.recorded(kGraphHost, QStringLiteral("/advideos$")))
            corrected = corrected || (phaseOf(entry) == QLatin1String("transfer") && entry["status"].get<int>() == 400);
        QVERIFY(corrected);
    }

    void aLostFinishAnswerIsNotFinishedTwice()
    {
        MetaAdsPublisher publisher(m_harness.network(), m_harness.endpoints());
        publisher.setPolling(200, 100);
        PublishRequest req = videoAdRequest(QStringLiteral("Lost finish · CF-34"), 300000, false);
        // start and the chunk pass; finish is applied and its answer lost.
        QVERIFY(m_harness.addFault({{"host", "graph.facebook.com"}, {"path_regex", "/advideos$"}, {"method", "POST"},
                                    {"fault", "drop_after_accept"}, {"skip", 2}, {"count", 3}}));
        std::map<QString, QString> checkpoints;
        const auto first = m_harness.publish(publisher, req, &checkpoints);
        QVERIFY(first);
        QCOMPARE(first->status, PublishStatus::FailedRetryable); // an upload is no ad: nothing to reconcile
        QVERIFY(checkpoints[QStringLiteral("video")].isEmpty());
        QCOMPARE(m_harness.sandbox().control("DELETE", QStringLiteral("faults")).status, 200);

        req.checkpoints = checkpoints;
        advanceClockSoon();
        const auto second = m_harness.publish(publisher, req, &checkpoints);
        QVERIFY(second);
        QVERIFY2(second->status == PublishStatus::Published, qPrintable(second->platformMessage));
        QCOMPARE(videoCalls(QStringLiteral("finish")), size_t(1)); // the status showed it finished
        QCOMPARE(videoCalls(QStringLiteral("start")), size_t(1));
        QVERIFY(!checkpoints[QStringLiteral("video")].isEmpty());
    }

    void serverErrorOnAVideoCreativeIsUnknownAndReconciledByName()
    {
        MetaAdsPublisher publisher(m_harness.network(), m_harness.endpoints());
        publisher.setPolling(200, 100);
        const PublishRequest req = videoAdRequest(QStringLiteral("Unknown video ad · CF-35"), 200000, false);
        QVERIFY(m_harness.addFault({{"host", "graph.facebook.com"}, {"path_regex", "/ads$"}, {"method", "POST"}, {"fault", "server_error"}}));
        advanceClockSoon();
        const auto outcome = m_harness.publish(publisher, req);
        QVERIFY(outcome);
        QCOMPARE(outcome->status, PublishStatus::Unknown);
        const auto found = m_harness.reconcile(publisher, req);
        QVERIFY(found);
        QCOMPARE(found->status, ReconcileStatus::NotPublished); // the 500 applied nothing
    }

    void moneyAndObjectiveMapping()
    {
        QCOMPARE(metaads::metaAmount(Money{10000, QStringLiteral("SAR")}), qint64(10000));
        QCOMPARE(metaads::metaAmount(Money{12345, QStringLiteral("KWD")}), qint64(1235)); // 12.345 KWD -> 1235 (offset 100)
        QCOMPARE(metaads::metaAmount(Money{500, QStringLiteral("JPY")}), qint64(500));
        QCOMPARE(metaads::metaAmount(Money{150050, QStringLiteral("HUF")}), qint64(1501)); // HUF: offset 1
        QCOMPARE(metaads::objectiveFor(AdSet{})->objective, QStringLiteral("OUTCOME_TRAFFIC"));
        AdSet sales;
        sales.platformObjective = QStringLiteral("OUTCOME_SALES");
        QVERIFY(metaads::objectiveFor(sales)->fallback);
        sales.platformObjective = QStringLiteral("OUTCOME_AWARENESS");
        QCOMPARE(metaads::objectiveFor(sales)->optimizationGoal, QStringLiteral("REACH"));
        Connection account;
        account.accountId = QStringLiteral("123");
        QCOMPARE(metaads::accountPath(account), QStringLiteral("act_123"));
        account.accountId = kAccount;
        QCOMPARE(metaads::accountPath(account), kAccount);
    }
};

QTEST_GUILESS_MAIN(TestMetaAdsPublisher)
#include "tst_metaadspublisher.moc"
