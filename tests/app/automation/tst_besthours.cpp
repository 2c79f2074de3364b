#include "app/automation/BestHours.h"

#include <QTest>

using namespace cf;

// Engagement rate by local hour per platform, from cumulative samples.
class TestBestHours : public QObject
{
    Q_OBJECT

    static const QTimeZone &riyadh()
    {
        static const QTimeZone zone("Asia/Riyadh");
        return zone;
    }

    static ContentItem item(qint64 id, Platform platform, const QDateTime &when)
    {
        ContentItem i;
        i.id = id;
        i.campaignId = 1;
        i.platform = platform;
        i.scheduledUtc = when;
        return i;
    }

    static MetricSample sample(qint64 item, Metric metric, double value, const QDateTime &at)
    {
        MetricSample s;
        s.campaignId = 1;
        s.contentItemId = item;
        s.metric = metric;
        s.value = value;
        s.sampledAt = at;
        return s;
    }

    static PostedItemResult result(Platform platform, int utcHour, double impressions, double engagements, int day = 1)
    {
        PostedItemResult r;
        r.platform = platform;
        r.postedUtc = QDateTime(QDate(2026, 12, day), QTime(utcHour, 0), Qt::UTC);
        r.impressions = impressions;
        r.engagements = engagements;
        return r;
    }

private Q_SLOTS:
    void collectTakesTheLatestCumulativeValues()
    {
        const QDateTime t0(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);
        ContentItem ad = item(3, Platform::Facebook, t0);
        ad.adSetId = 7;
        const std::vector<ContentItem> items{item(1, Platform::Facebook, t0), item(2, Platform::Instagram, t0), ad,
                                             item(4, Platform::Facebook, t0)};
        const std::vector<MetricSample> samples{
            sample(1, Metric::Impressions, 900, t0.addSecs(7200)), sample(1, Metric::Impressions, 300, t0.addSecs(3600)),
            sample(1, Metric::Engagements, 45, t0.addSecs(7200)), sample(1, Metric::Engagements, 60, t0.addSecs(1800)),
            // no engagements: clicks stand in
            sample(2, Metric::Impressions, 100, t0.addSecs(3600)), sample(2, Metric::Clicks, 4, t0.addSecs(3600)),
            // an ad: left out
            sample(3, Metric::Impressions, 5000, t0.addSecs(3600)),
            // engagements without impressions: no rate
            sample(4, Metric::Engagements, 10, t0.addSecs(3600))};
        const auto results = BestHours::collect(samples, items);
        QCOMPARE(results.size(), size_t(2));
        QCOMPARE(results[0].contentId, qint64(1));
        QCOMPARE(results[0].impressions, 900.0); // the newest sample, not the largest or the first
        QCOMPARE(results[0].engagements, 45.0);
        QCOMPARE(results[1].contentId, qint64(2));
        QCOMPARE(results[1].engagements, 4.0);
    }

    void ranksLocalHoursByEngagementRate()
    {
        // 06:00 UTC is 09:00 in Riyadh, 16:00 UTC is 19:00.
        std::vector<PostedItemResult> results;
        for (int day = 1; day <= 4; ++day) {
            results.push_back(result(Platform::Facebook, 6, 200, 4, day));  // 2 %
            results.push_back(result(Platform::Facebook, 16, 200, 12, day)); // 6 %
        }
        results.push_back(result(Platform::Instagram, 16, 10000, 9000)); // another platform: ignored
        const PlatformHours hours = BestHours::rank(Platform::Facebook, results, riyadh(), {});
        QVERIFY(hours.enough);
        QCOMPARE(hours.items, 8);
        QCOMPARE(hours.ranked.size(), size_t(2));
        QCOMPARE(hours.ranked[0].hour, 19);
        QCOMPARE(hours.ranked[0].items, 4);
        QCOMPARE(hours.ranked[0].rate(), 0.06);
        QCOMPARE(hours.ranked[1].hour, 9);
        QCOMPARE(*hours.rateAt(9), 0.02);
        QVERIFY(!hours.rateAt(12));
        QCOMPARE(hours.averageRate(), 0.04);
    }

    void tooLittleDataIsNotEnough()
    {
        std::vector<PostedItemResult> few{result(Platform::Facebook, 6, 500, 5), result(Platform::Facebook, 16, 500, 50)};
        QVERIFY(!BestHours::rank(Platform::Facebook, few, riyadh(), {}).enough); // 2 posts < 6

        std::vector<PostedItemResult> oneHour;
        for (int day = 1; day <= 8; ++day)
            oneHour.push_back(result(Platform::Facebook, 6, 500, 5, day));
        const PlatformHours single = BestHours::rank(Platform::Facebook, oneHour, riyadh(), {});
        QVERIFY(!single.enough); // nothing to compare it with
        QCOMPARE(single.items, 8);

        std::vector<PostedItemResult> tiny;
        for (int day = 1; day <= 4; ++day) {
            tiny.push_back(result(Platform::Facebook, 6, 20, 1, day));
            tiny.push_back(result(Platform::Facebook, 16, 20, 2, day));
        }
        QVERIFY(!BestHours::rank(Platform::Facebook, tiny, riyadh(), {}).enough); // 160 impressions < 500
        BestHours::Thresholds lenient;
        lenient.minImpressions = 100;
        QVERIFY(BestHours::rank(Platform::Facebook, tiny, riyadh(), lenient).enough);
    }
};

QTEST_GUILESS_MAIN(TestBestHours)
#include "tst_besthours.moc"
