// TikTokAdsReader against campaignforge-sandbox: lifetime report numbers
// (strings, spend in SAR -> micros) for several ads in one request, growing
// with sandbox hours; an ad's secondary_status through ad/get after a real
// ad creation; code 40100 as a rate limit; 40105 as an unusable token.
#include "ReaderHarness.h"

#include "platforms/metrics/TikTokAdsReader.h"
#include "platforms/publishing/ads/TikTokAdsPublisher.h"

using namespace cf;
using namespace cf::test;

class TestTikTokAdsReader : public QObject
{
    Q_OBJECT

    PublisherHarness m_harness;
    QString m_token;

    std::unique_ptr<MetricsReader> reader()
    {
        return createMetricsReader(Platform::TikTok, true, m_harness.network(), m_harness.endpoints(), systemNow());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_harness.start());
    }
    void init()
    {
        QVERIFY(m_harness.reset());
        m_token = tiktokBusinessToken(m_harness.sandbox());
        QVERIFY(!m_token.isEmpty());
    }

    void theFactoryKnowsTikTokAdsButNotPosts()
    {
        QVERIFY(dynamic_cast<TikTokAdsReader *>(reader().get()));
    }

    void lifetimeNumbersForSeveralAdsInOneRequest()
    {
        auto r = reader();
        const std::vector<QString> ids{QStringLiteral("1800000000000101"), QStringLiteral("1800000000000102")};
        const MetricsResult first = readMetrics(*r, adsQuery(Platform::TikTok, kTikTokAdvertiser, m_token, ids));
        QVERIFY2(first.ok, qPrintable(first.failure.platformMessage));
        QCOMPARE(first.entities.size(), size_t(2));
        for (const EntityMetrics &e : first.entities) {
            const qint64 impressions = sandboxImpressions(e.externalId, 0);
            QCOMPARE(e.values.at(Metric::Impressions), double(impressions));
            QCOMPARE(e.values.at(Metric::Reach), double(impressions * 3 / 5));
            QCOMPARE(e.values.at(Metric::Clicks), double(impressions / 25));
            QCOMPARE(e.values.at(Metric::Conversions), double(impressions / 400));
            QCOMPARE(e.values.at(Metric::VideoViews), double(impressions * 2 / 5));
            QCOMPARE(e.values.at(Metric::Engagements), double(impressions / 20 + impressions / 100 + impressions / 200));
            QCOMPARE(*e.spendMicros, impressions * 3 / 2 * 10000); // 15 SAR per 1,000 impressions
        }
        const auto requests = m_harness.recorded(QStringLiteral("business-api.tiktok.com"), QStringLiteral("/report/integrated/get/$"),
                                                 QStringLiteral("GET"));
        QCOMPARE(requests.size(), size_t(1));

        QCOMPARE(m_harness.sandbox().control("POST", QStringLiteral("clock"), {{"advance", 2 * 3600 + 5}}).status, 200);
        const MetricsResult later = readMetrics(*r, adsQuery(Platform::TikTok, kTikTokAdvertiser, m_token, ids));
        QVERIFY(later.ok);
        QCOMPARE(later.entities.at(0).values.at(Metric::Impressions), double(sandboxImpressions(ids[0], 2)));
    }

    void aReviewedAdReportsItsSecondaryStatus()
    {
        // A real ad through the adapter (created paused: not in review yet).
        TikTokAdsPublisher publisher(m_harness.network(), m_harness.endpoints());
        PublishRequest request = adRequest(Platform::TikTok, kTikTokAdvertiser, m_token, QStringLiteral("TRAFFIC"));
        request.media.push_back(m_harness.video(QStringLiteral("hook.mp4"), 200000, 15));
        const auto outcome = m_harness.publish(publisher, request);
        QVERIFY(outcome);
        QVERIFY2(outcome->status == PublishStatus::Published, qPrintable(outcome->platformMessage));
        auto r = reader();
        const StatusResult paused = readStatus(*r, adsQuery(Platform::TikTok, kTikTokAdvertiser, m_token, {outcome->externalId}));
        QVERIFY2(paused.ok, qPrintable(paused.failure.platformMessage));
        QCOMPARE(paused.entities.size(), size_t(1));
        QCOMPARE(paused.entities[0].externalId, outcome->externalId);
        QCOMPARE(paused.entities[0].platformStatus, QStringLiteral("AD_STATUS_DISABLE"));
        QCOMPARE(paused.entities[0].verdict, EntityVerdict::Pending);

        // A second ad whose text the review refuses, switched on: in review
        // for a few sandbox seconds, then denied.
        PublishRequest refused = adRequest(Platform::TikTok, kTikTokAdvertiser, m_token, QStringLiteral("TRAFFIC"),
                                           QStringLiteral("Ramadan Sale | video hook B"));
        refused.item.copy->en.primaryText = QStringLiteral("A forbidden claim about abayas");
        refused.item.id += 1; // another item and target: new file names and idempotency keys
        refused.targetId += 1;
        refused.idempotencyKey = QStringLiteral("cf-target-2");
        refused.media.push_back(m_harness.video(QStringLiteral("hook.mp4"), 200000, 15));
        const auto denied = m_harness.publish(publisher, refused);
        QVERIFY(denied);
        QVERIFY2(denied->status == PublishStatus::Published, qPrintable(denied->platformMessage));
        const auto enable = m_harness.sandbox().postJson(
            m_harness.sandbox().url(QStringLiteral("business-api.tiktok.com/open_api/v1.3/ad/status/update/")),
            {{"advertiser_id", kTikTokAdvertiser.toStdString()}, {"ad_ids", {denied->externalId.toStdString()}}, {"operation_status", "ENABLE"}},
            {{"Access-Token", m_token.toUtf8()}});
        QCOMPARE(enable.json()["code"].get<int>(), 0);
        const StatusResult inReview = readStatus(*r, adsQuery(Platform::TikTok, kTikTokAdvertiser, m_token, {denied->externalId}));
        QCOMPARE(inReview.entities.at(0).platformStatus, QStringLiteral("AD_STATUS_AUDIT"));
        QCOMPARE(inReview.entities.at(0).verdict, EntityVerdict::Pending);
        QCOMPARE(m_harness.sandbox().control("POST", QStringLiteral("clock"), {{"advance", 10}}).status, 200);
        const StatusResult reviewed = readStatus(*r, adsQuery(Platform::TikTok, kTikTokAdvertiser, m_token, {denied->externalId}));
        QCOMPARE(reviewed.entities.at(0).platformStatus, QStringLiteral("AD_STATUS_AUDIT_DENY"));
        QCOMPARE(reviewed.entities.at(0).verdict, EntityVerdict::Rejected);

        QCOMPARE(TikTokAdsReader::verdictFor(QStringLiteral("AD_STATUS_AUDIT_DENY")), EntityVerdict::Rejected);
        QCOMPARE(TikTokAdsReader::verdictFor(QStringLiteral("AD_STATUS_DELIVERY_OK")), EntityVerdict::Live);
    }

    void rateLimitIsRetryableWithATime()
    {
        QVERIFY(m_harness.addFault({{"host", "business-api.tiktok.com"}, {"path_regex", "/report/"}, {"fault", "rate_limit"}}));
        auto r = reader();
        const MetricsResult result = readMetrics(*r, adsQuery(Platform::TikTok, kTikTokAdvertiser, m_token, {QStringLiteral("1800000000000103")}));
        QVERIFY(!result.ok);
        QCOMPARE(result.failure.error, PublishErrorKind::RateLimited);
        QCOMPARE(result.failure.platformCode, QStringLiteral("40100"));
        QVERIFY(result.failure.retryNotBeforeUtc.has_value());
        QVERIFY(!result.failure.unauthorized);
    }

    void aRevokedTokenIsUnauthorized()
    {
        auto r = reader();
        const MetricsResult result = readMetrics(*r, adsQuery(Platform::TikTok, kTikTokAdvertiser, QStringLiteral("act.not-a-token"),
                                                             {QStringLiteral("1800000000000104")}));
        QVERIFY(!result.ok);
        QCOMPARE(result.failure.error, PublishErrorKind::TokenExpiredOrInvalid);
        QVERIFY(result.failure.unauthorized);
        QVERIFY(result.entities.empty());
    }

    void anotherAdvertiserIsAPermissionProblem()
    {
        auto r = reader();
        const MetricsResult result =
            readMetrics(*r, adsQuery(Platform::TikTok, QStringLiteral("7999999999999999999"), m_token, {QStringLiteral("1800000000000105")}));
        QVERIFY(!result.ok);
        QCOMPARE(result.failure.error, PublishErrorKind::PermissionMissing);
    }
};

QTEST_GUILESS_MAIN(TestTikTokAdsReader)
#include "tst_tiktokadsreader.moc"
