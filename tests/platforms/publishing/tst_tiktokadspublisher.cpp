// TikTokAdsPublisher against campaignforge-sandbox: the whole hierarchy
// created DISABLE with location ids from tool/region and money in major
// units, resuming from checkpoints, refusals (unknown city, budget below the
// minimum, policy), 429 and expired tokens, a dropped ad/create reconciled by
// name, delivery switched children-first, the ad review and budget changes.
#include "AdsTestSupport.h"

#include <QFloat16>

#include "platforms/publishing/ads/TikTokAdsPublisher.h"

using namespace cf;
using cf::test::PublisherHarness;
using Json = nlohmann::json;

namespace {
const QString kHost = QStringLiteral("business-api.tiktok.com");
} // namespace

class TestTikTokAdsPublisher : public QObject
{
    Q_OBJECT

    PublisherHarness m_harness;
    QString m_token;

    PublishRequest request(const QString &adName = QStringLiteral("Ramadan Sale | video hook A"))
    {
        PublishRequest req = test::adRequest(Platform::TikTok, test::kTikTokAdvertiser, m_token, QStringLiteral("TRAFFIC"), adName);
        req.media.push_back(m_harness.video(QStringLiteral("hook.mp4"), 200000, 15));
        return req;
    }
    Json body(const QString &pathRegex, std::size_t index = 0)
    {
        return Json::parse(m_harness.recorded(kHost, pathRegex)[index]["body"].get<std::string>());
    }
    std::size_t count(const QString &pathRegex, const QString &method = QStringLiteral("POST"))
    {
        return m_harness.recorded(kHost, pathRegex, method).size();
    }
    Json get(const QString &path, const QString &query)
    {
        const QUrl url = m_harness.sandbox().url(kHost + QStringLiteral("/open_api/v1.3/") + path + QStringLiteral("?advertiser_id=")
                                                 + test::kTikTokAdvertiser + QLatin1Char('&') + query);
        return m_harness.sandbox().get(url, {{"Access-Token", m_token.toUtf8()}}).json();
    }
    Json ad(const QString &id)
    {
        const Json list = get(QStringLiteral("ad/get/"), QStringLiteral("filtering=") + QString::fromLatin1(QUrl::toPercentEncoding(
                                                                                          QStringLiteral("{\"ad_ids\":[\"%1\"]}").arg(id))))["data"]["list"];
        return list.empty() ? Json() : list[0];
    }
    std::optional<PublishOutcome> run(AdPublisher &publisher, const std::function<void(QObject *, PlatformPublisher::Done)> &call)
    {
        QObject context;
        std::optional<PublishOutcome> result;
        call(&context, [&result](const PublishOutcome &outcome) { result = outcome; });
        (void)QTest::qWaitFor([&result] { return result.has_value(); }, 20000);
        Q_UNUSED(publisher);
        return result;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_harness.start()); }
    void init()
    {
        QVERIFY(m_harness.reset());
        m_token = test::tiktokBusinessToken(m_harness.sandbox());
        QVERIFY(!m_token.isEmpty());
    }

    void createsTheHierarchyPausedWithLocationIdsAndMajorUnits()
    {
        TikTokAdsPublisher publisher(m_harness.network(), m_harness.endpoints());
        const PublishRequest req = request();
        QCOMPARE(publisher.checkLimits(req), QStringList());
        std::map<QString, QString> checkpoints;
        const auto outcome = m_harness.publish(publisher, req, &checkpoints);
        QVERIFY(outcome);
        QCOMPARE(outcome->status, PublishStatus::Published);
        QVERIFY(!outcome->externalId.isEmpty());
        QCOMPARE(checkpoints[QStringLiteral("geo")], QStringLiteral("[\"108410\"]"));
        for (const char *step : {"campaign", "adset", "video", "image", "identity"})
            QVERIFY2(!checkpoints[QLatin1String(step)].isEmpty(), step);

        const auto regions = m_harness.recorded(kHost, QStringLiteral("/tool/region/$"), QStringLiteral("GET"));
        QCOMPARE(regions.size(), std::size_t(1));
        QCOMPARE(QString::fromStdString(regions[0]["headers"]["access-token"]), m_token);
        QCOMPARE(count(QStringLiteral("/campaign/create/$")), std::size_t(1));
        const Json campaign = body(QStringLiteral("/campaign/create/$"));
        QCOMPARE(campaign["operation_status"], "DISABLE");
        QCOMPARE(campaign["objective_type"], "TRAFFIC");
        QCOMPARE(campaign["budget_mode"], "BUDGET_MODE_INFINITE");
        QVERIFY(campaign.contains("request_id"));
        const Json group = body(QStringLiteral("/adgroup/create/$"));
        QCOMPARE(group["campaign_id"], checkpoints[QStringLiteral("campaign")].toStdString());
        QCOMPARE(group["location_ids"], Json::array({"108410"}));
        QCOMPARE(group["budget_mode"], "BUDGET_MODE_DAY");
        QVERIFY(group["budget"].is_number()); // major units: JSON writes 100.0 as 100
        QCOMPARE(group["budget"].get<double>(), 100.0); // 10000 halalas = 100 SAR
        QCOMPARE(group["gender"], "GENDER_FEMALE");
        QCOMPARE(group["age_groups"], Json::array({"AGE_25_34", "AGE_35_44"}));
        QCOMPARE(group["placements"], Json::array({"PLACEMENT_TIKTOK"}));
        QCOMPARE(group["optimization_goal"], "CLICK");
        QCOMPARE(group["billing_event"], "CPC");
        QCOMPARE(group["operation_status"], "DISABLE");
        QVERIFY(QString::fromStdString(group["schedule_start_time"]).endsWith(QLatin1String(" 21:00:00")));
        QCOMPARE(count(QStringLiteral("/file/video/ad/upload/$")), std::size_t(1));
        QCOMPARE(count(QStringLiteral("/file/image/ad/upload/$")), std::size_t(1)); // the video's cover, by URL
        const Json adBody = body(QStringLiteral("/ad/create/$"));
        QCOMPARE(adBody["adgroup_id"], checkpoints[QStringLiteral("adset")].toStdString());
        const Json creative = adBody["creatives"][0];
        QCOMPARE(creative["ad_format"], "SINGLE_VIDEO");
        QCOMPARE(creative["video_id"], checkpoints[QStringLiteral("video")].toStdString());
        QCOMPARE(creative["image_ids"], Json::array({checkpoints[QStringLiteral("image")].toStdString()}));
        QCOMPARE(creative["ad_text"], "Ramadan sale: 30% off abayas this week");
        QCOMPARE(creative["call_to_action"], "SHOP_NOW");
        QCOMPARE(creative["display_name"], "Noura Boutique");
        QCOMPARE(creative["identity_type"], "CUSTOMIZED_USER");
        QCOMPARE(creative["identity_id"], checkpoints[QStringLiteral("identity")].toStdString());
        QCOMPARE(body(QStringLiteral("/identity/create/$"))["display_name"], "Noura Boutique");
        QCOMPARE(creative["operation_status"], "DISABLE");
        QCOMPARE(ad(outcome->externalId)["secondary_status"], "AD_STATUS_DISABLE");

        const auto found = m_harness.reconcile(publisher, [&] { PublishRequest r = req; r.checkpoints = checkpoints; return r; }());
        QCOMPARE(found->status, ReconcileStatus::Published);
        QCOMPARE(found->externalId, outcome->externalId);
    }

    void salesGoOutAsTrafficToTheLandingPage()
    {
        TikTokAdsPublisher publisher(m_harness.network(), m_harness.endpoints());
        const PublishRequest req = test::adRequest(Platform::TikTok, test::kTikTokAdvertiser, m_token, QStringLiteral("WEB_CONVERSIONS"));
        PublishRequest withVideo = req;
        withVideo.media.push_back(m_harness.video(QStringLiteral("sale.mp4"), 200000, 15));
        QCOMPARE(publisher.checkLimits(withVideo), QStringList()); // a pixel would be needed for conversions
        QCOMPARE(m_harness.publish(publisher, withVideo)->status, PublishStatus::Published);
        QCOMPARE(body(QStringLiteral("/campaign/create/$"))["objective_type"], "TRAFFIC");
        QCOMPARE(body(QStringLiteral("/adgroup/create/$"))["optimization_goal"], "CLICK");
    }

    void aSecondAdReusesTheCampaignAndAdGroup()
    {
        TikTokAdsPublisher publisher(m_harness.network(), m_harness.endpoints());
        std::map<QString, QString> checkpoints;
        QCOMPARE(m_harness.publish(publisher, request(), &checkpoints)->status, PublishStatus::Published);
        // The worker pre-fills the shared entities into the next ad's checkpoints.
        PublishRequest second = request(QStringLiteral("Ramadan Sale | video hook B"));
        second.targetId = 2;
        second.attemptId = 2;
        second.idempotencyKey = QStringLiteral("cf-target-2");
        second.checkpoints = {{QStringLiteral("campaign"), checkpoints[QStringLiteral("campaign")]},
                              {QStringLiteral("adset"), checkpoints[QStringLiteral("adset")]}};
        const auto outcome = m_harness.publish(publisher, second);
        QCOMPARE(outcome->status, PublishStatus::Published);
        QCOMPARE(count(QStringLiteral("/campaign/create/$")), std::size_t(1));
        QCOMPARE(count(QStringLiteral("/adgroup/create/$")), std::size_t(1));
        QCOMPARE(count(QStringLiteral("/tool/region/$"), QStringLiteral("GET")), std::size_t(1));
        QCOMPARE(count(QStringLiteral("/ad/create/$")), std::size_t(2));
        // The brand's identity is found by name, not made twice.
        QCOMPARE(count(QStringLiteral("/identity/create/$")), std::size_t(1));
        QCOMPARE(count(QStringLiteral("/identity/get/$"), QStringLiteral("GET")), std::size_t(2));
    }

    void aRetryAfterAFailedAdGroupKeepsTheCampaign()
    {
        TikTokAdsPublisher publisher(m_harness.network(), m_harness.endpoints());
        QVERIFY(m_harness.addFault({{"host", "business-api.tiktok.com"}, {"path_regex", "/adgroup/create/$"}, {"fault", "rate_limit"}}));
        PublishRequest req = request();
        std::map<QString, QString> checkpoints;
        const auto first = m_harness.publish(publisher, req, &checkpoints);
        QCOMPARE(first->status, PublishStatus::FailedRetryable);
        QCOMPARE(first->error, PublishErrorKind::RateLimited);
        QCOMPARE(first->platformCode, QStringLiteral("40100"));
        QVERIFY(first->retryNotBeforeUtc && *first->retryNotBeforeUtc > QDateTime::currentDateTimeUtc());
        QVERIFY(checkpoints.count(QStringLiteral("campaign")));
        req.checkpoints = checkpoints;
        req.attemptId = 2;
        QCOMPARE(m_harness.publish(publisher, req)->status, PublishStatus::Published);
        QCOMPARE(count(QStringLiteral("/campaign/create/$")), std::size_t(1));
        QCOMPARE(count(QStringLiteral("/tool/region/$"), QStringLiteral("GET")), std::size_t(1));
    }

    void anUnknownCityIsInvalidTargetingBeforeAnythingIsCreated()
    {
        TikTokAdsPublisher publisher(m_harness.network(), m_harness.endpoints());
        PublishRequest req = request();
        req.ad->adSet.targeting.locations = {QStringLiteral("Riyadh"), QStringLiteral("Atlantis")};
        const auto outcome = m_harness.publish(publisher, req);
        QCOMPARE(outcome->status, PublishStatus::FailedPermanent);
        QCOMPARE(outcome->error, PublishErrorKind::InvalidTargeting);
        QVERIFY(outcome->platformMessage.contains(QLatin1String("Atlantis")));
        QCOMPARE(count(QStringLiteral("/create/$")), std::size_t(0));
    }

    void aBudgetBelowTheMinimumIsRefused()
    {
        TikTokAdsPublisher publisher(m_harness.network(), m_harness.endpoints());
        PublishRequest req = request();
        req.ad->adSet.budget.amount.minor = 5000; // 50 SAR a day; TikTok wants about $20
        QCOMPARE(publisher.checkLimits(req).size(), 1);
        // Sent anyway, the platform refuses the ad group in the same words.
        const auto outcome = m_harness.publish(publisher, req);
        QCOMPARE(outcome->status, PublishStatus::FailedPermanent);
        QCOMPARE(outcome->error, PublishErrorKind::InsufficientBudget);
        QCOMPARE(outcome->platformCode, QStringLiteral("40002"));
        QCOMPARE(count(QStringLiteral("/ad/create/$")), std::size_t(0));
    }

    void faultsMapOntoTheTaxonomy()
    {
        TikTokAdsPublisher publisher(m_harness.network(), m_harness.endpoints());
        QVERIFY(m_harness.addFault({{"host", "business-api.tiktok.com"}, {"path_regex", "/tool/region/$"}, {"fault", "token_expired"}}));
        auto outcome = m_harness.publish(publisher, request());
        QCOMPARE(outcome->status, PublishStatus::FailedRetryable);
        QCOMPARE(outcome->error, PublishErrorKind::TokenExpiredOrInvalid);
        QVERIFY(outcome->unauthorized);
        QVERIFY(m_harness.addFault({{"host", "business-api.tiktok.com"}, {"path_regex", "/ad/create/$"}, {"fault", "policy"}}));
        outcome = m_harness.publish(publisher, request());
        QCOMPARE(outcome->status, PublishStatus::FailedPermanent);
        QCOMPARE(outcome->error, PublishErrorKind::ContentPolicyViolation);
        // A system error on a create may have been applied: Unknown.
        QVERIFY(m_harness.addFault({{"host", "business-api.tiktok.com"}, {"path_regex", "/campaign/create/$"}, {"fault", "server_error"}}));
        QCOMPARE(m_harness.publish(publisher, request())->status, PublishStatus::Unknown);
        // A bad token is not retried blindly either.
        PublishRequest bad = request();
        bad.accessToken = QStringLiteral("act.not-a-token");
        outcome = m_harness.publish(publisher, bad);
        QVERIFY(outcome->unauthorized);
        QCOMPARE(outcome->platformCode, QStringLiteral("40105"));
    }

    void aDroppedAdCreateIsUnknownSentOnceAndFoundByName()
    {
        TikTokAdsPublisher publisher(m_harness.network(), m_harness.endpoints());
        QVERIFY(m_harness.addFault({{"host", "business-api.tiktok.com"}, {"path_regex", "/ad/create/$"}, {"fault", "drop_after_accept"}}));
        PublishRequest req = request();
        std::map<QString, QString> checkpoints;
        const auto outcome = m_harness.publish(publisher, req, &checkpoints);
        QCOMPARE(outcome->status, PublishStatus::Unknown);
        QCOMPARE(count(QStringLiteral("/ad/create/$")), std::size_t(1));
        req.checkpoints = checkpoints;
        const auto found = m_harness.reconcile(publisher, req);
        QCOMPARE(found->status, ReconcileStatus::Published);
        QVERIFY(!found->externalId.isEmpty());
        // Even a blind re-send names the same request_id and gets the same ad back.
        const auto again = m_harness.publish(publisher, req);
        QCOMPARE(again->status, PublishStatus::Published);
        QCOMPARE(again->externalId, found->externalId);
        const Json ads = get(QStringLiteral("ad/get/"), QStringLiteral("page_size=100"))["data"]["list"];
        QCOMPARE(ads.size(), std::size_t(1));
        // Without an ad group the ad cannot exist.
        PublishRequest none = request();
        QCOMPARE(m_harness.reconcile(publisher, none)->status, ReconcileStatus::NotPublished);
    }

    void deliveryGoesChildrenFirstAndTheReviewFollows()
    {
        TikTokAdsPublisher publisher(m_harness.network(), m_harness.endpoints());
        std::map<QString, QString> checkpoints;
        const auto published = m_harness.publish(publisher, request(), &checkpoints);
        AdDeliveryChange change;
        change.connection.accountId = test::kTikTokAdvertiser;
        change.accessToken = m_token;
        change.campaignExternalId = checkpoints[QStringLiteral("campaign")];
        change.adSetExternalIds = {checkpoints[QStringLiteral("adset")]};
        change.adExternalIds = {published->externalId};
        change.active = true;
        auto outcome = run(publisher, [&](QObject *context, PlatformPublisher::Done done) { publisher.setDelivery(change, context, done); });
        QCOMPARE(outcome->status, PublishStatus::Published);
        const Json updates = m_harness.recorded(kHost, QStringLiteral("/status/update/$"));
        QCOMPARE(updates.size(), std::size_t(3));
        QVERIFY(QString::fromStdString(updates[0]["path"]).endsWith(QLatin1String("/ad/status/update/")));
        QVERIFY(QString::fromStdString(updates[1]["path"]).endsWith(QLatin1String("/adgroup/status/update/")));
        QVERIFY(QString::fromStdString(updates[2]["path"]).endsWith(QLatin1String("/campaign/status/update/")));
        QCOMPARE(Json::parse(updates[2]["body"].get<std::string>())["operation_status"], "ENABLE");
        QCOMPARE(ad(published->externalId)["secondary_status"], "AD_STATUS_AUDIT");
        QVERIFY(m_harness.advanceClock(10));
        QCOMPARE(ad(published->externalId)["secondary_status"], "AD_STATUS_DELIVERY_OK");
        change.active = false;
        outcome = run(publisher, [&](QObject *context, PlatformPublisher::Done done) { publisher.setDelivery(change, context, done); });
        QCOMPARE(outcome->status, PublishStatus::Published);
        const Json pauses = m_harness.recorded(kHost, QStringLiteral("/status/update/$"));
        QVERIFY(QString::fromStdString(pauses[3]["path"]).endsWith(QLatin1String("/campaign/status/update/")));
        QVERIFY(QString::fromStdString(pauses[5]["path"]).endsWith(QLatin1String("/ad/status/update/")));
        QCOMPARE(ad(published->externalId)["secondary_status"], "AD_STATUS_DISABLE");
    }

    void theReviewRejectsTheForbiddenWord()
    {
        TikTokAdsPublisher publisher(m_harness.network(), m_harness.endpoints());
        PublishRequest req = request();
        req.item.copy->en.primaryText = QStringLiteral("A forbidden miracle offer");
        std::map<QString, QString> checkpoints;
        const auto published = m_harness.publish(publisher, req, &checkpoints);
        QCOMPARE(published->status, PublishStatus::Published); // review is asynchronous, never a create error
        AdDeliveryChange change;
        change.connection.accountId = test::kTikTokAdvertiser;
        change.accessToken = m_token;
        change.adExternalIds = {published->externalId};
        QCOMPARE(run(publisher, [&](QObject *context, PlatformPublisher::Done done) { publisher.setDelivery(change, context, done); })->status,
                 PublishStatus::Published);
        QVERIFY(m_harness.advanceClock(10));
        QCOMPARE(ad(published->externalId)["secondary_status"], "AD_STATUS_AUDIT_DENY");
    }

    void updateBudgetSendsMajorUnitsAndChecksTheMinimum()
    {
        TikTokAdsPublisher publisher(m_harness.network(), m_harness.endpoints());
        std::map<QString, QString> checkpoints;
        QCOMPARE(m_harness.publish(publisher, request(), &checkpoints)->status, PublishStatus::Published);
        AdBudgetChange change;
        change.connection.accountId = test::kTikTokAdvertiser;
        change.accessToken = m_token;
        change.adSetExternalId = checkpoints[QStringLiteral("adset")];
        change.budget = Budget{Money{15050, QStringLiteral("SAR")}, BudgetPeriod::Daily};
        auto outcome = run(publisher, [&](QObject *context, PlatformPublisher::Done done) { publisher.updateBudget(change, context, done); });
        QCOMPARE(outcome->status, PublishStatus::Published);
        const Json sent = body(QStringLiteral("/adgroup/budget/update/$"));
        QCOMPARE(sent["budget"][0]["budget"].get<double>(), 150.5);
        const Json groups = get(QStringLiteral("adgroup/get/"), QStringLiteral("page_size=10"))["data"]["list"];
        QCOMPARE(groups[0]["budget"].get<double>(), 150.5);
        change.budget.amount.minor = 100;
        outcome = run(publisher, [&](QObject *context, PlatformPublisher::Done done) { publisher.updateBudget(change, context, done); });
        QCOMPARE(outcome->status, PublishStatus::FailedPermanent);
        QCOMPARE(outcome->error, PublishErrorKind::InsufficientBudget);
        QCOMPARE(count(QStringLiteral("/adgroup/budget/update/$")), std::size_t(1));
    }

    void limits()
    {
        TikTokAdsPublisher publisher(m_harness.network(), m_harness.endpoints());
        PublishRequest req = request();
        req.item.copy->en.primaryText = QString(101, QLatin1Char('a'));
        QCOMPARE(publisher.checkLimits(req).size(), 1);
        req.item.copy->en.primaryText = QStringLiteral("Sale \U0001F389");
        QCOMPARE(publisher.checkLimits(req).size(), 1);
        req = request();
        req.media = {m_harness.image(QStringLiteral("still.jpg"))};
        QCOMPARE(publisher.checkLimits(req).size(), 1); // no single images in the TikTok app
        req = request();
        req.ad->adSet.platformObjective = QStringLiteral("APP_PROMOTION");
        QCOMPARE(publisher.checkLimits(req).size(), 1); // needs an app
        req = request();
        req.ad.reset();
        QCOMPARE(publisher.checkLimits(req).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestTikTokAdsPublisher)
#include "tst_tiktokadspublisher.moc"
