// SnapchatAdsReader against campaignforge-sandbox: lifetime stats of an ad
// (numbers; spend already in micro-currency), growing with sandbox hours;
// the review_status of a real ad (pending, then rejected with its reason); a 429 without headers as a rate limit;
// an expired token (sandbox clock past the one-hour lifetime) as 401.
#include "ReaderHarness.h"

#include "platforms/metrics/SnapchatAdsReader.h"
#include "platforms/publishing/ads/SnapchatAdsPublisher.h"

#include <QElapsedTimer>

using namespace cf;
using namespace cf::test;

class TestSnapchatAdsReader : public QObject
{
    Q_OBJECT

    PublisherHarness m_harness;
    QString m_token;

    std::unique_ptr<MetricsReader> reader()
    {
        return createMetricsReader(Platform::Snapchat, true, m_harness.network(), m_harness.endpoints(), systemNow());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_harness.start());
    }
    void init()
    {
        QVERIFY(m_harness.reset());
        m_token = snapchatToken(m_harness.sandbox());
        QVERIFY(!m_token.isEmpty());
    }

    void lifetimeStatsGrowWithSandboxHours()
    {
        auto r = reader();
        QVERIFY(dynamic_cast<SnapchatAdsReader *>(r.get()));
        const QString id = QStringLiteral("2f6a0b1c-0d1e-4f2a-9b3c-4d5e6f708192");
        const MetricsResult first = readMetrics(*r, adsQuery(Platform::Snapchat, kSnapAdAccount, m_token, {id}));
        QVERIFY2(first.ok, qPrintable(first.failure.platformMessage));
        QCOMPARE(first.entities.size(), size_t(1));
        const EntityMetrics &e = first.entities[0];
        const qint64 impressions = sandboxImpressions(id, 0);
        QCOMPARE(e.externalId, id);
        QCOMPARE(e.values.at(Metric::Impressions), double(impressions));
        QCOMPARE(e.values.at(Metric::Reach), double(impressions * 3 / 5));
        QCOMPARE(e.values.at(Metric::Clicks), double(impressions / 25)); // swipes
        QCOMPARE(e.values.at(Metric::VideoViews), double(impressions * 2 / 5));
        QCOMPARE(e.values.at(Metric::Conversions), double(impressions / 400));
        QCOMPARE(*e.spendMicros, impressions * 3 / 2 * 10000);
        const auto requests = m_harness.recorded(QStringLiteral("adsapi.snapchat.com"), QStringLiteral("/stats$"), QStringLiteral("GET"));
        QCOMPARE(requests.size(), size_t(1));
        QVERIFY(QString::fromStdString(requests[0]["query"].get<std::string>()).contains(QStringLiteral("granularity=TOTAL")));

        QCOMPARE(m_harness.sandbox().control("POST", QStringLiteral("clock"), {{"advance", 1800}}).status, 200);
        const MetricsResult sameHour = readMetrics(*r, adsQuery(Platform::Snapchat, kSnapAdAccount, m_token, {id}));
        QCOMPARE(sameHour.entities.at(0).values.at(Metric::Impressions), double(impressions));
    }

    void rateLimitWithoutHeadersStillWaits()
    {
        QVERIFY(m_harness.addFault({{"host", "adsapi.snapchat.com"}, {"path_regex", "/stats$"}, {"fault", "rate_limit"}}));
        auto r = reader();
        const MetricsResult result = readMetrics(
            *r, adsQuery(Platform::Snapchat, kSnapAdAccount, m_token,
                         {QStringLiteral("2f6a0b1c-0d1e-4f2a-9b3c-4d5e6f708193"), QStringLiteral("2f6a0b1c-0d1e-4f2a-9b3c-4d5e6f708194")}));
        QVERIFY(!result.ok);
        QCOMPARE(result.failure.error, PublishErrorKind::RateLimited);
        QCOMPARE(result.failure.httpStatus, std::optional<int>(429));
        QVERIFY(result.failure.retryNotBeforeUtc.has_value());
        // The read stops at the first refusal instead of sending the rest into it.
        QCOMPARE(m_harness.recorded(QStringLiteral("adsapi.snapchat.com"), QStringLiteral("/stats$"), QStringLiteral("GET")).size(), size_t(1));
    }

    void anExpiredTokenIsUnauthorized()
    {
        QCOMPARE(m_harness.sandbox().control("POST", QStringLiteral("clock"), {{"advance", 3700}}).status, 200);
        auto r = reader();
        const MetricsResult result =
            readMetrics(*r, adsQuery(Platform::Snapchat, kSnapAdAccount, m_token, {QStringLiteral("2f6a0b1c-0d1e-4f2a-9b3c-4d5e6f708195")}));
        QVERIFY(!result.ok);
        QCOMPARE(result.failure.error, PublishErrorKind::TokenExpiredOrInvalid);
        QVERIFY(result.failure.unauthorized);
        const StatusResult status =
            readStatus(*r, adsQuery(Platform::Snapchat, kSnapAdAccount, m_token, {QStringLiteral("2f6a0b1c-0d1e-4f2a-9b3c-4d5e6f708195")}));
        QVERIFY(status.failure.unauthorized);
    }

    void aRejectedAdReadsRejectedWithTheReason()
    {
        // A real ad through the adapter, with the word the sandbox's review refuses, switched on.
        SnapchatAdsPublisher publisher(m_harness.network(), m_harness.endpoints());
        PublishRequest req = adRequest(Platform::Snapchat, kSnapAdAccount, m_token, QStringLiteral("WEB_CONVERSION"));
        req.media.push_back(m_harness.video(QStringLiteral("hook.mp4"), 200000, 15));
        req.item.copy->en.headline = QStringLiteral("A forbidden offer");
        std::map<QString, QString> checkpoints;
        const auto published = m_harness.publish(publisher, req, &checkpoints);
        QVERIFY(published);
        QVERIFY2(published->status == PublishStatus::Published, qPrintable(published->platformMessage));
        auto r = reader();
        const StatusResult paused = readStatus(*r, adsQuery(Platform::Snapchat, kSnapAdAccount, m_token, {published->externalId}));
        QVERIFY2(paused.ok, qPrintable(paused.failure.platformMessage));
        QCOMPARE(paused.entities.at(0).platformStatus, QStringLiteral("PENDING"));
        QCOMPARE(paused.entities.at(0).verdict, EntityVerdict::Pending);

        AdDeliveryChange change;
        change.connection.accountId = kSnapAdAccount;
        change.accessToken = m_token;
        change.campaignExternalId = checkpoints.at(QStringLiteral("campaign"));
        change.adSetExternalIds = {checkpoints.at(QStringLiteral("adset"))};
        change.adExternalIds = {published->externalId};
        change.active = true;
        QObject context;
        std::optional<PublishOutcome> switched;
        publisher.setDelivery(change, &context, [&switched](const PublishOutcome &o) { switched = o; });
        QVERIFY(QTest::qWaitFor([&switched] { return switched.has_value(); }, 20000));
        QCOMPARE(switched->status, PublishStatus::Published);
        QCOMPARE(m_harness.sandbox().control("POST", QStringLiteral("clock"), {{"advance", 10}}).status, 200);
        // Publishing and switching on took more than Snapchat's 10 requests a
        // second for this token; the next second is free again.
        QTest::qWait(1100);

        const StatusResult reviewed = readStatus(*r, adsQuery(Platform::Snapchat, kSnapAdAccount, m_token, {published->externalId}));
        QVERIFY2(reviewed.ok, qPrintable(reviewed.failure.platformMessage));
        QCOMPARE(reviewed.entities.at(0).platformStatus, QStringLiteral("REJECTED"));
        QCOMPARE(reviewed.entities.at(0).verdict, EntityVerdict::Rejected);
        QVERIFY(!reviewed.entities.at(0).detail.isEmpty());

        // Twelve reads for one token stay under Snapchat's 10 a second (the
        // sandbox answers 429 above it): the reader spaces its requests.
        QTest::qWait(1100);
        QElapsedTimer timer;
        timer.start();
        const StatusResult many = readStatus(*r, adsQuery(Platform::Snapchat, kSnapAdAccount, m_token,
                                                          std::vector<QString>(12, published->externalId)));
        QVERIFY2(many.ok, qPrintable(many.failure.platformMessage));
        QCOMPARE(many.entities.size(), size_t(12));
        QVERIFY(timer.elapsed() >= 11 * SnapchatAdsReader::kRequestSpacingMs);
    }

    void unknownAdIsAFailureNotACrash()
    {
        auto r = reader();
        const StatusResult status =
            readStatus(*r, adsQuery(Platform::Snapchat, kSnapAdAccount, m_token, {QStringLiteral("00000000-0000-0000-0000-000000000000")}));
        QVERIFY(!status.ok);
        QVERIFY(status.entities.empty());
        QCOMPARE(SnapchatAdsReader::verdictFor(QStringLiteral("REJECTED")), EntityVerdict::Rejected);
        QCOMPARE(SnapchatAdsReader::verdictFor(QStringLiteral("APPROVED")), EntityVerdict::Live);
        QCOMPARE(SnapchatAdsReader::verdictFor(QStringLiteral("PENDING")), EntityVerdict::Pending);
    }
};

QTEST_GUILESS_MAIN(TestSnapchatAdsReader)
#include "tst_snapchatadsreader.moc"
