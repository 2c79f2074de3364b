// SnapchatAdsPublisher against campaignforge-sandbox: campaign -> ad squad ->
// media (create, upload) -> creative -> ad, all PAUSED with metro ids and
// micro-currency, resuming from checkpoints and from names after a lost
// answer, refusals (unknown place, budget below 5,000,000 micros, policy),
// 429 and expired tokens, a dropped ad create reconciled by name, delivery
// by read-change-PUT children first, the ad review and budget changes.
#include "AdsTestSupport.h"

#include <QFloat16>

#include "platforms/publishing/ads/SnapchatAdsPublisher.h"

using namespace cf;
using cf::test::PublisherHarness;
using Json = nlohmann::json;

namespace {
const QString kHost = QStringLiteral("adsapi.snapchat.com");
} // namespace

class TestSnapchatAdsPublisher : public QObject
{
    Q_OBJECT

    PublisherHarness m_harness;
    QString m_token;

    PublishRequest request(const QString &adName = QStringLiteral("Ramadan Sale | video hook A"))
    {
        PublishRequest req = test::adRequest(Platform::Snapchat, test::kSnapAdAccount, m_token, QStringLiteral("WEB_CONVERSION"), adName);
        req.item.copy->callToActionType = QStringLiteral("SHOP_NOW");
        req.media.push_back(m_harness.video(QStringLiteral("hook.mp4"), 200000, 15));
        return req;
    }
    Json body(const QString &pathRegex, const QString &method = QStringLiteral("POST"), std::size_t index = 0)
    {
        return Json::parse(m_harness.recorded(kHost, pathRegex, method)[index]["body"].get<std::string>());
    }
    std::size_t count(const QString &pathRegex, const QString &method = QStringLiteral("POST"))
    {
        return m_harness.recorded(kHost, pathRegex, method).size();
    }
    // Reads an entity back; the test's own reads count against the token's
    // 10 requests a second too, so a 429 waits for the next second.
    Json entity(const QString &plural, const QString &singular, const QString &id)
    {
        for (int attempt = 0; attempt < 3; ++attempt) {
            const auto reply = m_harness.sandbox().get(m_harness.sandbox().url(kHost + QStringLiteral("/v1/%1/%2").arg(plural, id)),
                                                       {{"Authorization", "Bearer " + m_token.toUtf8()}});
            if (reply.status == 429) {
                QTest::qWait(1100);
                continue;
            }
            const Json items = reply.json().value(plural.toStdString(), Json::array());
            return items.empty() ? Json::object() : items[0].value(singular.toStdString(), Json::object());
        }
        return Json::object();
    }
    std::optional<PublishOutcome> run(const std::function<void(QObject *, PlatformPublisher::Done)> &call)
    {
        QObject context;
        std::optional<PublishOutcome> result;
        call(&context, [&result](const PublishOutcome &outcome) { result = outcome; });
        (void)QTest::qWaitFor([&result] { return result.has_value(); }, 20000);
        return result;
    }
    AdDeliveryChange delivery(const std::map<QString, QString> &checkpoints, const QString &adId, bool active)
    {
        AdDeliveryChange change;
        change.connection.accountId = test::kSnapAdAccount;
        change.accessToken = m_token;
        change.campaignExternalId = checkpoints.at(QStringLiteral("campaign"));
        change.adSetExternalIds = {checkpoints.at(QStringLiteral("adset"))};
        change.adExternalIds = {adId};
        change.active = active;
        return change;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_harness.start()); }
    void init()
    {
        QVERIFY(m_harness.reset());
        m_token = test::snapchatToken(m_harness.sandbox());
        QVERIFY(!m_token.isEmpty());
    }

    void createsTheHierarchyPausedWithMetrosAndMicros()
    {
        SnapchatAdsPublisher publisher(m_harness.network(), m_harness.endpoints());
        const PublishRequest req = request();
        QCOMPARE(publisher.checkLimits(req), QStringList());
        std::map<QString, QString> checkpoints;
        const auto outcome = m_harness.publish(publisher, req, &checkpoints);
        QVERIFY(outcome);
        QCOMPARE(outcome->status, PublishStatus::Published);
        QCOMPARE(checkpoints[QStringLiteral("geo")], QStringLiteral("[{\"country_code\":\"sa\",\"metro_id\":\"9001\",\"operation\":\"INCLUDE\"}]"));
        for (const char *step : {"campaign", "adset", "media", "creative"})
            QVERIFY2(!checkpoints[QLatin1String(step)].isEmpty(), step);
        QCOMPARE(count(QStringLiteral("/v1/targeting/geo/sa/metro$"), QStringLiteral("GET")), std::size_t(1));
        const Json campaign = body(QStringLiteral("/campaigns$"))["campaigns"][0];
        QCOMPARE(campaign["status"], "PAUSED");
        QCOMPARE(campaign["objective"], "WEB_CONVERSION");
        QCOMPARE(campaign["ad_account_id"], test::kSnapAdAccount.toStdString());
        const Json squad = body(QStringLiteral("/adsquads$"))["adsquads"][0];
        QCOMPARE(squad["status"], "PAUSED");
        QCOMPARE(squad["daily_budget_micro"].get<qint64>(), 100000000); // 100 SAR
        QCOMPARE(squad["optimization_goal"], "SWIPES");
        QCOMPARE(squad["bid_strategy"], "AUTO_BID");
        QCOMPARE(squad["targeting"]["geos"][0]["metro_id"], "9001");
        QCOMPARE(squad["targeting"]["demographics"][0]["min_age"].get<int>(), 25);
        QCOMPARE(squad["targeting"]["demographics"][0]["max_age"].get<int>(), 40);
        QCOMPARE(squad["targeting"]["demographics"][0]["gender"], "FEMALE");
        QCOMPARE(body(QStringLiteral("/media$"))["media"][0]["type"], "VIDEO");
        const auto uploads = m_harness.recorded(kHost, QStringLiteral("/media/[^/]+/upload$"));
        QCOMPARE(uploads.size(), std::size_t(1));
        QVERIFY(QString::fromStdString(uploads[0]["path"]).contains(checkpoints[QStringLiteral("media")]));
        const Json creative = body(QStringLiteral("/creatives$"))["creatives"][0];
        QCOMPARE(creative["type"], "WEB_VIEW");
        QCOMPARE(creative["headline"], "Ramadan sale now on");
        QCOMPARE(creative["brand_name"], "Noura Boutique");
        QCOMPARE(creative["call_to_action"], "SHOP_NOW");
        QCOMPARE(creative["top_snap_media_id"], checkpoints[QStringLiteral("media")].toStdString());
        QCOMPARE(creative["web_view_properties"]["url"], "https://shop.example.com/ramadan?utm_source=ads");
        const Json ad = body(QStringLiteral("/adsquads/[^/]+/ads$"))["ads"][0];
        QCOMPARE(ad["type"], "REMOTE_WEBPAGE");
        QCOMPARE(ad["status"], "PAUSED");
        QCOMPARE(ad["creative_id"], checkpoints[QStringLiteral("creative")].toStdString());
        const Json stored = entity(QStringLiteral("ads"), QStringLiteral("ad"), outcome->externalId);
        QCOMPARE(stored["review_status"], "PENDING");

        PublishRequest again = req;
        again.checkpoints = checkpoints;
        const auto found = m_harness.reconcile(publisher, again);
        QCOMPARE(found->status, ReconcileStatus::Published);
        QCOMPARE(found->externalId, outcome->externalId);
    }

    void aSecondAdReusesTheCampaignAndSquad()
    {
        SnapchatAdsPublisher publisher(m_harness.network(), m_harness.endpoints());
        std::map<QString, QString> checkpoints;
        QCOMPARE(m_harness.publish(publisher, request(), &checkpoints)->status, PublishStatus::Published);
        PublishRequest second = request(QStringLiteral("Ramadan Sale | video hook B"));
        second.targetId = 2;
        second.checkpoints = {{QStringLiteral("campaign"), checkpoints[QStringLiteral("campaign")]},
                              {QStringLiteral("adset"), checkpoints[QStringLiteral("adset")]}};
        QCOMPARE(m_harness.publish(publisher, second)->status, PublishStatus::Published);
        QCOMPARE(count(QStringLiteral("/campaigns$")), std::size_t(1));
        QCOMPARE(count(QStringLiteral("/adsquads$")), std::size_t(1));
        QCOMPARE(count(QStringLiteral("/adsquads/[^/]+/ads$")), std::size_t(2));
    }

    void aLostCampaignAnswerIsFoundByNameInsteadOfDuplicated()
    {
        SnapchatAdsPublisher publisher(m_harness.network(), m_harness.endpoints());
        QVERIFY(m_harness.addFault({{"host", "adsapi.snapchat.com"}, {"path_regex", "/campaigns$"}, {"method", "POST"}, {"fault", "drop_after_accept"}}));
        PublishRequest req = request();
        std::map<QString, QString> checkpoints;
        QCOMPARE(m_harness.publish(publisher, req, &checkpoints)->status, PublishStatus::Unknown);
        QVERIFY(!checkpoints.count(QStringLiteral("campaign")));
        req.checkpoints = checkpoints;
        QCOMPARE(m_harness.reconcile(publisher, req)->status, ReconcileStatus::NotPublished); // no squad, so no ad
        const auto retry = m_harness.publish(publisher, req, &checkpoints);
        QCOMPARE(retry->status, PublishStatus::Published);
        QCOMPARE(count(QStringLiteral("/campaigns$")), std::size_t(1));
    }

    void unknownPlacesAreInvalidTargeting()
    {
        SnapchatAdsPublisher publisher(m_harness.network(), m_harness.endpoints());
        PublishRequest req = request();
        req.ad->adSet.targeting.locations = {QStringLiteral("Khobar")}; // known to CampaignForge, not a Snapchat metro
        auto outcome = m_harness.publish(publisher, req);
        QCOMPARE(outcome->status, PublishStatus::FailedPermanent);
        QCOMPARE(outcome->error, PublishErrorKind::InvalidTargeting);
        QVERIFY(outcome->platformMessage.contains(QLatin1String("Khobar")));
        req.ad->adSet.targeting.locations = {QStringLiteral("Atlantis")};
        QCOMPARE(m_harness.publish(publisher, req)->error, PublishErrorKind::InvalidTargeting);
        QCOMPARE(count(QStringLiteral("/campaigns$")), std::size_t(0));
    }

    void leadsGoOutAsWebConversionWithSwipes()
    {
        SnapchatAdsPublisher publisher(m_harness.network(), m_harness.endpoints());
        PublishRequest req = request();
        req.ad->adSet.platformObjective = QStringLiteral("LEAD_GENERATION");
        QCOMPARE(m_harness.publish(publisher, req)->status, PublishStatus::Published);
        QCOMPARE(body(QStringLiteral("/campaigns$"))["campaigns"][0]["objective"], "WEB_CONVERSION");
        QCOMPARE(body(QStringLiteral("/adsquads$"))["adsquads"][0]["optimization_goal"], "SWIPES");
    }

    void severalCountriesCarryOneLanguage()
    {
        SnapchatAdsPublisher publisher(m_harness.network(), m_harness.endpoints());
        PublishRequest req = request();
        req.ad->adSet.targeting.locations = {QStringLiteral("Riyadh"), QStringLiteral("Dubai"), QStringLiteral("Kuwait")};
        QCOMPARE(m_harness.publish(publisher, req)->status, PublishStatus::Published);
        const Json squad = body(QStringLiteral("/adsquads$"))["adsquads"][0];
        QCOMPARE(squad["targeting"]["geos"].size(), std::size_t(3));
        QCOMPARE(squad["targeting"]["geos"][2], Json({{"country_code", "kw"}, {"operation", "INCLUDE"}}));
        QCOMPARE(squad["targeting"]["demographics"][0]["languages"], Json::array({"en"}));
    }

    void aBudgetBelowTheMinimumIsRefused()
    {
        SnapchatAdsPublisher publisher(m_harness.network(), m_harness.endpoints());
        PublishRequest req = request();
        req.ad->adSet.budget.amount.minor = 400; // 4 SAR = 4,000,000 micros
        QCOMPARE(publisher.checkLimits(req).size(), 1);
        const auto outcome = m_harness.publish(publisher, req);
        QCOMPARE(outcome->status, PublishStatus::FailedPermanent);
        QCOMPARE(outcome->error, PublishErrorKind::InsufficientBudget);
        QCOMPARE(outcome->httpStatus, 400);
        QCOMPARE(count(QStringLiteral("/adsquads/[^/]+/ads$")), std::size_t(0));
    }

    void faultsMapOntoTheTaxonomy()
    {
        SnapchatAdsPublisher publisher(m_harness.network(), m_harness.endpoints());
        QVERIFY(m_harness.addFault({{"host", "adsapi.snapchat.com"}, {"path_regex", "/adsquads$"}, {"method", "POST"}, {"fault", "rate_limit"}}));
        auto outcome = m_harness.publish(publisher, request());
        QCOMPARE(outcome->status, PublishStatus::FailedRetryable);
        QCOMPARE(outcome->error, PublishErrorKind::RateLimited);
        QCOMPARE(outcome->httpStatus, 429);
        QVERIFY(outcome->retryNotBeforeUtc && *outcome->retryNotBeforeUtc > QDateTime::currentDateTimeUtc().addSecs(30));
        QVERIFY(m_harness.addFault({{"host", "adsapi.snapchat.com"}, {"path_regex", "/creatives$"}, {"fault", "token_expired"}}));
        outcome = m_harness.publish(publisher, request());
        QCOMPARE(outcome->status, PublishStatus::FailedRetryable);
        QCOMPARE(outcome->error, PublishErrorKind::TokenExpiredOrInvalid);
        QVERIFY(outcome->unauthorized);
        QVERIFY(m_harness.addFault({{"host", "adsapi.snapchat.com"}, {"path_regex", "/adsquads/[^/]+/ads$"}, {"fault", "policy"}}));
        outcome = m_harness.publish(publisher, request());
        QCOMPARE(outcome->status, PublishStatus::FailedPermanent);
        QCOMPARE(outcome->error, PublishErrorKind::ContentPolicyViolation);
        QVERIFY(m_harness.addFault({{"host", "adsapi.snapchat.com"}, {"path_regex", "/adsquads/[^/]+/ads$"}, {"fault", "server_error"}}));
        QCOMPARE(m_harness.publish(publisher, request())->status, PublishStatus::Unknown);
    }

    void theSandboxLimitsTenRequestsASecondPerToken()
    {
        int limited = 0;
        QByteArray retryAfter;
        for (int i = 0; i < 14; ++i) {
            const auto reply = m_harness.sandbox().get(m_harness.sandbox().url(kHost + QStringLiteral("/v1/targeting/geo/sa/metro")),
                                                       {{"Authorization", "Bearer " + m_token.toUtf8()}});
            if (reply.status == 429) {
                ++limited;
                retryAfter += reply.header("Retry-After");
            }
        }
        QVERIFY(limited > 0);
        QVERIFY(retryAfter.isEmpty());
    }

    void aDroppedAdCreateIsUnknownSentOnceAndFoundByName()
    {
        QTest::qWait(1100); // a fresh second for the per-token limit
        SnapchatAdsPublisher publisher(m_harness.network(), m_harness.endpoints());
        QVERIFY(m_harness.addFault({{"host", "adsapi.snapchat.com"}, {"path_regex", "/adsquads/[^/]+/ads$"}, {"method", "POST"}, {"fault", "drop_after_accept"}}));
        PublishRequest req = request();
        std::map<QString, QString> checkpoints;
        QCOMPARE(m_harness.publish(publisher, req, &checkpoints)->status, PublishStatus::Unknown);
        QCOMPARE(count(QStringLiteral("/adsquads/[^/]+/ads$")), std::size_t(1));
        req.checkpoints = checkpoints;
        const auto found = m_harness.reconcile(publisher, req);
        QCOMPARE(found->status, ReconcileStatus::Published);
        QVERIFY(!found->externalId.isEmpty());
    }

    void deliveryReadsChangesAndPutsChildrenFirst()
    {
        SnapchatAdsPublisher publisher(m_harness.network(), m_harness.endpoints());
        std::map<QString, QString> checkpoints;
        const auto published = m_harness.publish(publisher, request(), &checkpoints);
        QCOMPARE(published->status, PublishStatus::Published);
        AdDeliveryChange change = delivery(checkpoints, published->externalId, true);
        QCOMPARE(run([&](QObject *context, PlatformPublisher::Done done) { publisher.setDelivery(change, context, done); })->status, PublishStatus::Published);
        const Json puts = m_harness.recorded(kHost, QStringLiteral("."), QStringLiteral("PUT"));
        QCOMPARE(puts.size(), std::size_t(3));
        QVERIFY(QString::fromStdString(puts[0]["path"]).endsWith(QLatin1String("/ads")));
        QVERIFY(QString::fromStdString(puts[1]["path"]).endsWith(QLatin1String("/adsquads")));
        QVERIFY(QString::fromStdString(puts[2]["path"]).endsWith(QLatin1String("/campaigns")));
        const Json squadPut = Json::parse(puts[1]["body"].get<std::string>())["adsquads"][0];
        QCOMPARE(squadPut["status"], "ACTIVE");
        QCOMPARE(squadPut["daily_budget_micro"].get<qint64>(), 100000000); // the whole entity went back
        QCOMPARE(entity(QStringLiteral("ads"), QStringLiteral("ad"), published->externalId)["review_status"], "PENDING");
        QVERIFY(m_harness.advanceClock(10));
        const Json ad = entity(QStringLiteral("ads"), QStringLiteral("ad"), published->externalId);
        QCOMPARE(ad["review_status"], "APPROVED");
        QCOMPARE(ad["status"], "ACTIVE");
        change.active = false;
        QCOMPARE(run([&](QObject *context, PlatformPublisher::Done done) { publisher.setDelivery(change, context, done); })->status, PublishStatus::Published);
        const Json pauses = m_harness.recorded(kHost, QStringLiteral("."), QStringLiteral("PUT"));
        QVERIFY(QString::fromStdString(pauses[3]["path"]).endsWith(QLatin1String("/campaigns")));
        QVERIFY(QString::fromStdString(pauses[5]["path"]).endsWith(QLatin1String("/ads")));
        QCOMPARE(entity(QStringLiteral("campaigns"), QStringLiteral("campaign"), checkpoints[QStringLiteral("campaign")])["status"], "PAUSED");
    }

    void theReviewRejectsTheForbiddenWord()
    {
        SnapchatAdsPublisher publisher(m_harness.network(), m_harness.endpoints());
        PublishRequest req = request();
        req.item.copy->en.headline = QStringLiteral("A forbidden offer");
        std::map<QString, QString> checkpoints;
        const auto published = m_harness.publish(publisher, req, &checkpoints);
        QCOMPARE(published->status, PublishStatus::Published);
        AdDeliveryChange change = delivery(checkpoints, published->externalId, true);
        QCOMPARE(run([&](QObject *context, PlatformPublisher::Done done) { publisher.setDelivery(change, context, done); })->status, PublishStatus::Published);
        QVERIFY(m_harness.advanceClock(10));
        const Json ad = entity(QStringLiteral("ads"), QStringLiteral("ad"), published->externalId);
        QCOMPARE(ad["review_status"], "REJECTED");
        QCOMPARE(ad["review_status_reasons"].size(), std::size_t(1));
    }

    void updateBudgetPutsMicrosAndChecksTheMinimum()
    {
        SnapchatAdsPublisher publisher(m_harness.network(), m_harness.endpoints());
        std::map<QString, QString> checkpoints;
        QCOMPARE(m_harness.publish(publisher, request(), &checkpoints)->status, PublishStatus::Published);
        AdBudgetChange change;
        change.connection.accountId = test::kSnapAdAccount;
        change.accessToken = m_token;
        change.adSetExternalId = checkpoints[QStringLiteral("adset")];
        change.budget = Budget{Money{15050, QStringLiteral("SAR")}, BudgetPeriod::Daily};
        QCOMPARE(run([&](QObject *context, PlatformPublisher::Done done) { publisher.updateBudget(change, context, done); })->status, PublishStatus::Published);
        QCOMPARE(entity(QStringLiteral("adsquads"), QStringLiteral("adsquad"), change.adSetExternalId)["daily_budget_micro"].get<qint64>(), 150500000);
        change.budget.amount.minor = 100;
        const auto refused = run([&](QObject *context, PlatformPublisher::Done done) { publisher.updateBudget(change, context, done); });
        QCOMPARE(refused->status, PublishStatus::FailedPermanent);
        QCOMPARE(refused->error, PublishErrorKind::InsufficientBudget);
        QCOMPARE(count(QStringLiteral("."), QStringLiteral("PUT")), std::size_t(1));
    }

    void limits()
    {
        SnapchatAdsPublisher publisher(m_harness.network(), m_harness.endpoints());
        PublishRequest req = request();
        req.item.copy->en.headline = QString(35, QLatin1Char('h'));
        QCOMPARE(publisher.checkLimits(req).size(), 1);
        req = request();
        req.ad->brandName = QString(30, QLatin1Char('b'));
        QCOMPARE(publisher.checkLimits(req), QStringList());
        publisher.setBrandNameLimit(25); // the older documented limit
        QCOMPARE(publisher.checkLimits(req).size(), 1);
        req = request();
        req.ad->adSet.platformObjective = QStringLiteral("APP_INSTALL");
        QCOMPARE(publisher.checkLimits(req).size(), 1);
        req.ad->adSet.platformObjective = QStringLiteral("LEAD_GENERATION"); // sent as WEB_CONVERSION
        QCOMPARE(publisher.checkLimits(req), QStringList());
        req = request();
        req.media.clear();
        QCOMPARE(publisher.checkLimits(req).size(), 1);
        req = request();
        req.media = {m_harness.video(QStringLiteral("short.mp4"), 1000, 2)};
        QCOMPARE(publisher.checkLimits(req).size(), 1); // under 3 s
    }
};

QTEST_GUILESS_MAIN(TestSnapchatAdsPublisher)
#include "tst_snapchatadspublisher.moc"
