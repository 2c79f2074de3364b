// MetaInsightsReader against campaignforge-sandbox: ad insights (string
// numbers, actions -> conversions and engagements, spend in SAR -> micros),
// Page post and Instagram media lifetime insights, all exact and growing
// with sandbox hours; the ads throttle (613) as a rate limit and an expired
// session (190/463) as unauthorized.
#include "ReaderHarness.h"

#include "platforms/metrics/MetaInsightsReader.h"

using namespace cf;
using namespace cf::test;

class TestMetaInsightsReader : public QObject
{
    Q_OBJECT

    PublisherHarness m_harness;
    QString m_userToken;

    std::unique_ptr<MetricsReader> reader(Platform platform)
    {
        return createMetricsReader(platform, true, m_harness.network(), m_harness.endpoints(), systemNow());
    }
    MetricsQuery organic(Platform platform, const QString &token, const QString &id)
    {
        MetricsQuery q = adsQuery(platform, QStringLiteral("104000000000001"), token, {id});
        q.connection.kind = ConnectionKind::Page;
        q.ads = false;
        return q;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_harness.start());
    }
    void init()
    {
        QVERIFY(m_harness.reset());
        m_userToken = m_harness.metaUserToken(QStringLiteral("ads_management,ads_read"));
        QVERIFY(!m_userToken.isEmpty());
    }

    void adInsightsAreExactAndGrowHourly()
    {
        auto r = reader(Platform::Facebook);
        const QString ad = QStringLiteral("120330000000777");
        const MetricsResult first = readMetrics(*r, adsQuery(Platform::Facebook, QStringLiteral("1200000000000001"), m_userToken, {ad}));
        QVERIFY2(first.ok, qPrintable(first.failure.platformMessage));
        QCOMPARE(first.entities.size(), size_t(1));
        const qint64 impressions = sandboxImpressions(ad, 0);
        const EntityMetrics &e = first.entities[0];
        QCOMPARE(e.values.at(Metric::Impressions), double(impressions));
        QCOMPARE(e.values.at(Metric::Reach), double(impressions * 3 / 5));
        QCOMPARE(e.values.at(Metric::Clicks), double(impressions / 25));
        QCOMPARE(e.values.at(Metric::Conversions), double(impressions / 400));
        QCOMPARE(e.values.at(Metric::Engagements), double(impressions / 20 + impressions / 100 + impressions / 200));
        QCOMPARE(*e.spendMicros, impressions * 3 / 2 * 10000);
        QCOMPARE(e.spendCurrency, QStringLiteral("SAR"));

        QCOMPARE(m_harness.sandbox().control("POST", QStringLiteral("clock"), {{"advance", 3 * 3600}}).status, 200);
        m_userToken = m_harness.metaUserToken(QStringLiteral("ads_management,ads_read")); // the first one expired meanwhile
        const MetricsResult later = readMetrics(*r, adsQuery(Platform::Facebook, QStringLiteral("1200000000000001"), m_userToken, {ad}));
        QVERIFY2(later.ok, qPrintable(later.failure.platformMessage));
        QCOMPARE(later.entities.at(0).values.at(Metric::Impressions), double(sandboxImpressions(ad, 3)));
    }

    void pagePostAndInstagramMediaLifetimeInsights()
    {
        const QString pageToken = m_harness.metaPageToken();
        QVERIFY(!pageToken.isEmpty());
        const QString post = QStringLiteral("104000000000001_555");
        auto facebook = reader(Platform::Facebook);
        const MetricsResult posts = readMetrics(*facebook, organic(Platform::Facebook, pageToken, post));
        QVERIFY2(posts.ok, qPrintable(posts.failure.platformMessage));
        const qint64 p = sandboxImpressions(post, 0);
        QCOMPARE(posts.entities.at(0).values.at(Metric::Impressions), double(p));
        QCOMPARE(posts.entities.at(0).values.at(Metric::Reach), double(p * 3 / 5));
        QCOMPARE(posts.entities.at(0).values.at(Metric::Clicks), double(p / 25));
        QCOMPARE(posts.entities.at(0).values.at(Metric::Engagements), double(p / 20)); // like + love
        QVERIFY(!posts.entities.at(0).spendMicros);

        const QString media = QStringLiteral("17900000000000555");
        auto instagram = reader(Platform::Instagram);
        const MetricsResult ig = readMetrics(*instagram, organic(Platform::Instagram, pageToken, media));
        QVERIFY2(ig.ok, qPrintable(ig.failure.platformMessage));
        const qint64 m = sandboxImpressions(media, 0);
        QCOMPARE(ig.entities.at(0).values.at(Metric::Impressions), double(m));
        QCOMPARE(ig.entities.at(0).values.at(Metric::Engagements), double(m / 20 + m / 100 + m / 200 + m / 250));
    }

    void throttledAdAccountIsARateLimit()
    {
        QVERIFY(m_harness.addFault({{"host", "graph.facebook.com"}, {"path_regex", "/insights$"}, {"fault", "rate_limit"}, {"retry_after", 120}}));
        auto r = reader(Platform::Facebook);
        const MetricsResult result =
            readMetrics(*r, adsQuery(Platform::Facebook, QStringLiteral("1200000000000001"), m_userToken, {QStringLiteral("120330000000778")}));
        QVERIFY(!result.ok);
        QCOMPARE(result.failure.error, PublishErrorKind::RateLimited);
        QVERIFY(result.failure.retryNotBeforeUtc.has_value());
        QVERIFY(!result.failure.unauthorized);
    }

    void anExpiredSessionIsUnauthorized()
    {
        QVERIFY(m_harness.addFault({{"host", "graph.facebook.com"}, {"path_regex", "/insights$"}, {"fault", "token_expired"}}));
        auto r = reader(Platform::Facebook);
        const MetricsResult result =
            readMetrics(*r, adsQuery(Platform::Facebook, QStringLiteral("1200000000000001"), m_userToken, {QStringLiteral("120330000000779")}));
        QVERIFY(!result.ok);
        QCOMPARE(result.failure.error, PublishErrorKind::TokenExpiredOrInvalid);
        QVERIFY(result.failure.unauthorized);
        QCOMPARE(result.failure.platformCode, QStringLiteral("190/463"));
    }
};

QTEST_GUILESS_MAIN(TestMetaInsightsReader)
#include "tst_metainsightsreader.moc"
