#include "models/store/CampaignRepository.h"
#include "models/store/ContentRepository.h"
#include "models/store/MetricRepository.h"
#include "tests/models/StoreFixture.h"

#include <QSqlQuery>
#include <QTest>

#include <limits>

using namespace cf;

class TestMetricRepository : public QObject
{
    Q_OBJECT

    static MetricSample sample(qint64 campaign, std::optional<qint64> item, Platform platform, Metric metric, double value,
                               const QDateTime &at)
    {
        MetricSample s;
        s.campaignId = campaign;
        s.contentItemId = item;
        s.platform = platform;
        s.metric = metric;
        s.value = value;
        s.sampledAt = at;
        return s;
    }

    struct Seeded
    {
        qint64 campaign = 0;
        qint64 instagramItem = 0;
        qint64 tiktokItem = 0;
    };

    static Seeded seed(const Database &db)
    {
        Seeded s;
        s.campaign = *CampaignRepository(db).insert(test::sampleCampaign(QStringLiteral("Ramadan")));
        const ContentRepository content(db);
        s.instagramItem = *content.insert(test::sampleItem(s.campaign, test::utcAt(2, 20, 9), Platform::Instagram));
        s.tiktokItem = *content.insert(test::sampleItem(s.campaign, test::utcAt(2, 20, 9), Platform::TikTok));
        return s;
    }

private Q_SLOTS:
    void appendsAndReadsTheSeriesOldestFirst()
    {
        test::StoreFixture store(QStringLiteral("metrics1"));
        QVERIFY(store.ok());
        const Seeded s = seed(store.db);
        const MetricRepository metrics(store.db);
        // Written newest first: the series must still come back in time order.
        QVERIFY(!metrics
                     .append({sample(s.campaign, s.instagramItem, Platform::Instagram, Metric::Impressions, 300,
                                     test::utcAt(2, 21, 10)),
                              sample(s.campaign, s.instagramItem, Platform::Instagram, Metric::Impressions, 120,
                                     test::utcAt(2, 21, 9)),
                              sample(s.campaign, s.tiktokItem, Platform::TikTok, Metric::Impressions, 50,
                                     test::utcAt(2, 21, 9)),
                              sample(s.campaign, s.tiktokItem, Platform::TikTok, Metric::Clicks, 4, test::utcAt(2, 21, 9))})
                     .isError());

        const auto all = metrics.series(s.campaign, std::nullopt, Metric::Impressions, {}, {});
        QVERIFY(all);
        QCOMPARE(all->size(), size_t(3));
        QCOMPARE(all->at(0).sampledAt, test::utcAt(2, 21, 9));
        QCOMPARE(all->at(2).value, 300.0);
        QCOMPARE(all->at(2).contentItemId, std::optional<qint64>(s.instagramItem));
        QVERIFY(all->at(2).id > 0);

        const auto instagram = metrics.series(s.campaign, Platform::Instagram, Metric::Impressions, {}, {});
        QVERIFY(instagram);
        QCOMPARE(instagram->size(), size_t(2));
        QCOMPARE(instagram->at(0).value, 120.0);
        QCOMPARE(instagram->at(1).value, 300.0);

        const auto window = metrics.series(s.campaign, std::nullopt, Metric::Impressions, test::utcAt(2, 21, 9, 30),
                                           test::utcAt(2, 21, 11));
        QVERIFY(window);
        QCOMPARE(window->size(), size_t(1));
        QCOMPARE(window->at(0).value, 300.0);

        // Inclusive bounds.
        const auto exact = metrics.series(s.campaign, Platform::TikTok, Metric::Clicks, test::utcAt(2, 21, 9),
                                          test::utcAt(2, 21, 9));
        QVERIFY(exact);
        QCOMPARE(exact->size(), size_t(1));
        QCOMPARE(exact->at(0).value, 4.0);

        const auto totals = metrics.seriesTotals(s.campaign, std::nullopt, Metric::Impressions, {}, {});
        QVERIFY(totals);
        QCOMPARE(totals->size(), size_t(2));
        QCOMPARE(totals->at(0), (MetricTotalPoint{test::utcAt(2, 21, 9), 170.0}));
        QCOMPARE(totals->at(1), (MetricTotalPoint{test::utcAt(2, 21, 10), 300.0}));
    }

    void latestIsTheNewestSamplePerItemAndMetric()
    {
        test::StoreFixture store(QStringLiteral("metrics2"));
        QVERIFY(store.ok());
        const Seeded s = seed(store.db);
        const MetricRepository metrics(store.db);
        MetricSample campaignLevel = sample(s.campaign, std::nullopt, Platform::Instagram, Metric::Followers, 900,
                                            test::utcAt(2, 21, 8));
        QVERIFY(!metrics
                     .append({sample(s.campaign, s.instagramItem, Platform::Instagram, Metric::Reach, 10, test::utcAt(2, 21, 9)),
                              sample(s.campaign, s.instagramItem, Platform::Instagram, Metric::Reach, 25, test::utcAt(2, 21, 11)),
                              sample(s.campaign, s.instagramItem, Platform::Instagram, Metric::Reach, 18, test::utcAt(2, 21, 10)),
                              sample(s.campaign, s.tiktokItem, Platform::TikTok, Metric::Reach, 7, test::utcAt(2, 21, 9)),
                              campaignLevel})
                     .isError());
        const auto latest = metrics.latest(s.campaign);
        QVERIFY(latest);
        QCOMPARE(latest->size(), size_t(3));
        std::map<std::pair<std::optional<qint64>, Metric>, double> byKey;
        for (const MetricSample &m : *latest)
            byKey[{m.contentItemId, m.metric}] = m.value;
        QCOMPARE((byKey[{s.instagramItem, Metric::Reach}]), 25.0);
        QCOMPARE((byKey[{s.tiktokItem, Metric::Reach}]), 7.0);
        QCOMPARE((byKey[{std::nullopt, Metric::Followers}]), 900.0);

        QCOMPARE(*metrics.lastSampledAt(s.campaign), test::utcAt(2, 21, 11));
        QVERIFY(!metrics.lastSampledAt(s.campaign + 1)->isValid());
        QCOMPARE(*metrics.campaignsWithSamples(), std::vector<qint64>{s.campaign});
        QCOMPARE(*metrics.platformsWithSamples(s.campaign), (std::vector<Platform>{Platform::Instagram, Platform::TikTok}));
        QVERIFY(metrics.platformsWithSamples(s.campaign + 1)->empty());
    }

    void aBadSampleWritesNothing()
    {
        test::StoreFixture store(QStringLiteral("metrics3"));
        QVERIFY(store.ok());
        const Seeded s = seed(store.db);
        const MetricRepository metrics(store.db);
        const MetricSample good = sample(s.campaign, s.instagramItem, Platform::Instagram, Metric::Clicks, 3, test::utcAt(2, 21, 9));

        MetricSample noTime = good;
        noTime.sampledAt = {};
        QCOMPARE(metrics.append({good, noTime}).code, StoreError::Code::InvalidData);
        MetricSample notANumber = good;
        notANumber.value = std::numeric_limits<double>::quiet_NaN();
        const StoreStatus nan = metrics.append({good, notANumber});
        QCOMPARE(nan.code, StoreError::Code::InvalidData);
        QVERIFY(!nan.message.isEmpty());

        // A sample for a campaign that does not exist fails inside the
        // transaction: the good sample before it is rolled back too.
        MetricSample orphan = good;
        orphan.campaignId = s.campaign + 100;
        QCOMPARE(metrics.append({good, orphan}).code, StoreError::Code::QueryFailed);
        QVERIFY(metrics.series(s.campaign, std::nullopt, Metric::Clicks, {}, {})->empty());

        QVERIFY(!metrics.append({}).isError());
        QVERIFY(!metrics.append({good}).isError());
        QCOMPARE(metrics.series(s.campaign, std::nullopt, Metric::Clicks, {}, {})->size(), size_t(1));
    }

    void damagedRowsAreReportedNotCrashedOn()
    {
        test::StoreFixture store(QStringLiteral("metrics4"));
        QVERIFY(store.ok());
        const Seeded s = seed(store.db);
        QSqlQuery q(store.db.handle());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO metrics (campaign_id, platform, metric, value, sampled_at) "
                                      "VALUES (%1, 'instagram', 'likes_per_moon', 1, '2026-02-21T09:00:00.000Z')")
                           .arg(s.campaign)));
        const auto latest = MetricRepository(store.db).latest(s.campaign);
        QVERIFY(!latest);
        QCOMPARE(latest.error().code, StoreError::Code::InvalidData);
    }

    void samplesGoWithTheirCampaign()
    {
        test::StoreFixture store(QStringLiteral("metrics5"));
        QVERIFY(store.ok());
        const Seeded s = seed(store.db);
        const MetricRepository metrics(store.db);
        QVERIFY(!metrics.append({sample(s.campaign, s.instagramItem, Platform::Instagram, Metric::Clicks, 3, test::utcAt(2, 21, 9))})
                     .isError());
        QVERIFY(!CampaignRepository(store.db).remove(s.campaign).isError());
        QVERIFY(metrics.campaignsWithSamples()->empty());
    }
};

QTEST_GUILESS_MAIN(TestMetricRepository)
#include "tst_metricrepository.moc"
