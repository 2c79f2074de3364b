#include "app/tracking/MetricsSeries.h"
#include "app/tracking/ResultsComparison.h"

#include <QTest>

using namespace cf;

namespace {

const QDateTime kDay1 = QDateTime(QDate(2025, 3, 1), QTime(0, 0), QTimeZone::utc());

MetricSample sample(Platform platform, Metric metric, double value, const QDateTime &at,
                    std::optional<qint64> item = std::nullopt, std::optional<qint64> adSet = std::nullopt)
{
    MetricSample s;
    s.campaignId = 1;
    s.platform = platform;
    s.metric = metric;
    s.value = value;
    s.sampledAt = at;
    s.contentItemId = item;
    s.adSetId = adSet;
    return s;
}

std::vector<double> values(const PlatformMetricSeries &series)
{
    std::vector<double> out;
    for (const MetricBucket &bucket : series.buckets)
        out.push_back(bucket.value);
    return out;
}

} // namespace

class TestMetricsSeries : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void dailyIncrementsFromCumulativeSamples()
    {
        // One post sampled twice a day for three days: 100, 250 | 400, 400 | 1000.
        const std::vector<MetricSample> samples{
            sample(Platform::Instagram, Metric::Impressions, 100, kDay1.addSecs(3600), 7),
            sample(Platform::Instagram, Metric::Impressions, 250, kDay1.addSecs(20 * 3600), 7),
            sample(Platform::Instagram, Metric::Impressions, 400, kDay1.addDays(1).addSecs(3600), 7),
            sample(Platform::Instagram, Metric::Impressions, 400, kDay1.addDays(1).addSecs(7200), 7),
            sample(Platform::Instagram, Metric::Impressions, 1000, kDay1.addDays(2).addSecs(5 * 3600), 7),
        };
        const MetricsSeries series(samples);
        MetricsSeriesOptions options;
        options.zone = QTimeZone::utc();
        const auto lines = series.series(Metric::Impressions, options);
        QCOMPARE(lines.size(), size_t(1));
        QCOMPARE(series.granularityFor(options), SeriesGranularity::Day);
        QCOMPARE(values(lines[0]), (std::vector<double>{250, 150, 600}));
        QCOMPARE(lines[0].buckets[1].startUtc, kDay1.addDays(1));
        QCOMPARE(lines[0].rangeTotal, 1000.0);
        QCOMPARE(series.total(Metric::Impressions), 1000.0);
    }

    void sumsItemsAndAdSetsPerPlatform()
    {
        const std::vector<MetricSample> samples{
            sample(Platform::TikTok, Metric::Clicks, 10, kDay1.addSecs(3600), 1),
            sample(Platform::TikTok, Metric::Clicks, 5, kDay1.addSecs(3600), std::nullopt, 3),
            sample(Platform::TikTok, Metric::Clicks, 30, kDay1.addDays(1).addSecs(3600), 1),
            sample(Platform::TikTok, Metric::Clicks, 25, kDay1.addDays(1).addSecs(3600), std::nullopt, 3),
            sample(Platform::Instagram, Metric::Clicks, 4, kDay1.addDays(1).addSecs(3600), 2),
        };
        const MetricsSeries series(samples);
        MetricsSeriesOptions options;
        options.granularity = SeriesGranularity::Day;
        const auto lines = series.series(Metric::Clicks, options);
        QCOMPARE(lines.size(), size_t(2));
        QCOMPARE(lines[0].platform, Platform::Instagram); // Platform order
        QCOMPARE(values(lines[0]), (std::vector<double>{0, 4}));
        QCOMPARE(lines[1].platform, Platform::TikTok);
        QCOMPARE(values(lines[1]), (std::vector<double>{15, 40}));
        QCOMPARE(series.total(Metric::Clicks, Platform::TikTok), 55.0);
        QCOMPARE(series.total(Metric::Clicks), 59.0);
        // Filtering to one platform gives that line only.
        const auto tiktok = series.series(Metric::Clicks, options, Platform::TikTok);
        QCOMPARE(tiktok.size(), size_t(1));
        QCOMPARE(tiktok[0].platform, Platform::TikTok);
        // A metric nobody measured has no lines.
        QVERIFY(series.series(Metric::Reach, options).empty());
    }

    void resetsAndGapsNeverGoNegative()
    {
        // 500, then a failed read reported as 0, then 520, then a lower late
        // correction 510, then 700.
        const std::vector<MetricSample> samples{
            sample(Platform::Facebook, Metric::Reach, 500, kDay1.addSecs(3600), 9),
            sample(Platform::Facebook, Metric::Reach, 0, kDay1.addDays(1).addSecs(3600), 9),
            sample(Platform::Facebook, Metric::Reach, 520, kDay1.addDays(2).addSecs(3600), 9),
            sample(Platform::Facebook, Metric::Reach, 510, kDay1.addDays(3).addSecs(3600), 9),
            sample(Platform::Facebook, Metric::Reach, 700, kDay1.addDays(5).addSecs(3600), 9), // day 5 missing
        };
        const MetricsSeries series(samples);
        const auto lines = series.series(Metric::Reach, {});
        QCOMPARE(lines.size(), size_t(1));
        QCOMPARE(values(lines[0]), (std::vector<double>{500, 0, 20, 0, 0, 180}));
        for (const MetricBucket &bucket : lines[0].buckets)
            QVERIFY(bucket.value >= 0);
        QCOMPARE(series.total(Metric::Reach), 700.0);
    }

    void unorderedInputIsSortedByTime()
    {
        const std::vector<MetricSample> samples{
            sample(Platform::Facebook, Metric::Clicks, 30, kDay1.addDays(1), 1),
            sample(Platform::Facebook, Metric::Clicks, 10, kDay1, 1),
        };
        const MetricsSeries series(samples);
        MetricsSeriesOptions options;
        options.granularity = SeriesGranularity::Day;
        QCOMPARE(values(series.series(Metric::Clicks, options)[0]), (std::vector<double>{10, 20}));
    }

    void campaignLevelSamplesDoNotDoubleCount()
    {
        const std::vector<MetricSample> samples{
            sample(Platform::Snapchat, Metric::Impressions, 100, kDay1, std::nullopt, 4),
            sample(Platform::Snapchat, Metric::Impressions, 100, kDay1), // same results, campaign level
            sample(Platform::X, Metric::Impressions, 60, kDay1),         // campaign level only: counts
        };
        const MetricsSeries series(samples);
        QCOMPARE(series.total(Metric::Impressions, Platform::Snapchat), 100.0);
        QCOMPARE(series.total(Metric::Impressions, Platform::X), 60.0);
    }

    void shortRangesAreHourly()
    {
        const std::vector<MetricSample> samples{
            sample(Platform::X, Metric::Impressions, 10, kDay1.addSecs(10 * 60), 1),
            sample(Platform::X, Metric::Impressions, 15, kDay1.addSecs(50 * 60), 1),
            sample(Platform::X, Metric::Impressions, 45, kDay1.addSecs(3 * 3600 + 5 * 60), 1),
        };
        const MetricsSeries series(samples);
        MetricsSeriesOptions options;
        QCOMPARE(series.granularityFor(options), SeriesGranularity::Hour);
        const auto lines = series.series(Metric::Impressions, options);
        QCOMPARE(values(lines[0]), (std::vector<double>{15, 0, 0, 30}));
        QCOMPARE(lines[0].buckets[3].startUtc, kDay1.addSecs(3 * 3600));

        QCOMPARE(chooseGranularity(kDay1, kDay1.addDays(2)), SeriesGranularity::Hour);
        QCOMPARE(chooseGranularity(kDay1, kDay1.addDays(2).addSecs(1)), SeriesGranularity::Day);
        options.granularity = SeriesGranularity::Day;
        QCOMPARE(values(series.series(Metric::Impressions, options)[0]), (std::vector<double>{45}));
    }

    void daysStartAtMidnightInTheCampaignZone()
    {
        // 22:30 UTC on 1 March is 01:30 on 2 March in Riyadh (UTC+3).
        const std::vector<MetricSample> samples{
            sample(Platform::Instagram, Metric::Clicks, 5, kDay1.addSecs(20 * 3600), 1),
            sample(Platform::Instagram, Metric::Clicks, 8, kDay1.addSecs(22 * 3600 + 1800), 1),
            sample(Platform::Instagram, Metric::Clicks, 9, kDay1.addDays(3), 1),
        };
        const MetricsSeries series(samples);
        MetricsSeriesOptions options;
        options.zone = QTimeZone("Asia/Riyadh");
        const auto lines = series.series(Metric::Clicks, options);
        QCOMPARE(lines[0].buckets.front().startUtc, kDay1.addSecs(-3 * 3600));
        QCOMPARE(values(lines[0]), (std::vector<double>{5, 3, 0, 1}));
        options.zone = QTimeZone::utc();
        QCOMPARE(values(series.series(Metric::Clicks, options)[0]), (std::vector<double>{8, 0, 0, 1}));
    }

    void explicitRangeKeepsEmptyBucketsAndDropsOutside()
    {
        const std::vector<MetricSample> samples{
            sample(Platform::Facebook, Metric::Clicks, 10, kDay1, 1),
            sample(Platform::Facebook, Metric::Clicks, 30, kDay1.addDays(2), 1),
        };
        const MetricsSeries series(samples);
        MetricsSeriesOptions options;
        options.fromUtc = kDay1.addDays(1);
        options.toUtc = kDay1.addDays(4);
        const auto lines = series.series(Metric::Clicks, options);
        QCOMPARE(values(lines[0]), (std::vector<double>{0, 20, 0, 0}));
        QCOMPARE(lines[0].rangeTotal, 20.0);
        QCOMPARE(series.total(Metric::Clicks), 30.0);
    }

    void emptyInput()
    {
        const MetricsSeries series(std::vector<MetricSample>{});
        QVERIFY(series.isEmpty());
        QVERIFY(series.platforms().empty());
        QVERIFY(series.series(Metric::Clicks, {}).empty());
        QCOMPARE(series.total(Metric::Clicks), 0.0);
        QVERIFY(bucketStarts(kDay1, kDay1.addDays(-1), SeriesGranularity::Day, {}).empty());
    }

    void longHourlyRangesAreCapped()
    {
        const auto starts = bucketStarts(kDay1, kDay1.addDays(365), SeriesGranularity::Hour, QTimeZone::utc());
        QCOMPARE(int(starts.size()), kMaxBuckets);
        QCOMPARE(starts.back(), kDay1.addDays(365));
    }

    void progressCountsBothEnds()
    {
        const QDate start(2025, 3, 1);
        const QDate end(2025, 3, 10);
        QCOMPARE(campaignProgress(start, end, QDate(2025, 2, 27)), (CampaignProgress{0, 10}));
        QCOMPARE(campaignProgress(start, end, start), (CampaignProgress{1, 10}));
        QCOMPARE(campaignProgress(start, end, QDate(2025, 3, 5)), (CampaignProgress{5, 10}));
        QCOMPARE(campaignProgress(start, end, QDate(2025, 4, 1)), (CampaignProgress{10, 10}));
        QCOMPARE(campaignProgress(end, start, end).totalDays, 0);
    }

    void pacingProratesTheEstimate()
    {
        const CampaignProgress half{5, 10};
        const EstimateRange range{1000, 2000};
        auto result = compareWithEstimate(Metric::Impressions, 600, range, half);
        QCOMPARE(result.pacedLow, 500.0);
        QCOMPARE(result.pacedHigh, 1000.0);
        QCOMPARE(result.verdict, PaceVerdict::OnTrack);
        QCOMPARE(compareWithEstimate(Metric::Impressions, 499, range, half).verdict, PaceVerdict::Behind);
        QCOMPARE(compareWithEstimate(Metric::Impressions, 1001, range, half).verdict, PaceVerdict::Ahead);
        QCOMPARE(compareWithEstimate(Metric::Impressions, 0, range, {0, 10}).verdict, PaceVerdict::NoEstimate);
        QCOMPARE(compareWithEstimate(Metric::Engagements, 10, std::nullopt, half).verdict, PaceVerdict::NoEstimate);

        PerformanceEstimate estimate;
        estimate.clicks = {30, 60};
        QCOMPARE(estimateFor(estimate, Metric::Clicks), (std::optional<EstimateRange>(EstimateRange{30, 60})));
        QVERIFY(!estimateFor(estimate, Metric::Reach)); // all zero: not estimated
        QVERIFY(!estimateFor(estimate, Metric::SpendMinor));
    }

    void plannedSpendFromAdSets()
    {
        Campaign campaign;
        campaign.id = 1;
        campaign.budget.amount = {100000, QStringLiteral("SAR")};
        campaign.startDate = QDate(2025, 3, 1);
        campaign.endDate = QDate(2025, 3, 10);
        QCOMPARE(plannedSpendMinor(campaign, {}), qint64(100000));
        campaign.budget.period = BudgetPeriod::Daily;
        QCOMPARE(plannedSpendMinor(campaign, {}), qint64(1000000));

        AdSet daily;
        daily.campaignId = 1;
        daily.platform = Platform::Instagram;
        daily.budget = {{5000, QStringLiteral("SAR")}, BudgetPeriod::Daily};
        daily.startUtc = kDay1;
        daily.endUtc = kDay1.addDays(4);
        AdSet total;
        total.campaignId = 1;
        total.platform = Platform::TikTok;
        total.budget = {{30000, QStringLiteral("SAR")}, BudgetPeriod::Total};
        AdSet foreign = total;
        foreign.budget.amount.currency = QStringLiteral("USD");
        QCOMPARE(plannedSpendMinor(campaign, {daily, total, foreign}), qint64(4 * 5000 + 30000));
        QCOMPARE(plannedSpendMinor(campaign, {daily, total}, Platform::TikTok), qint64(30000));
        QCOMPARE(plannedSpendMinor(campaign, {daily, total}, Platform::X), qint64(0));
        daily.startUtc = {}; // no dates: the campaign's ten days
        QCOMPARE(plannedSpendMinor(campaign, {daily}), qint64(10 * 5000));
    }

    void kpisAndCosts()
    {
        const std::vector<MetricSample> samples{
            sample(Platform::Instagram, Metric::Impressions, 2000, kDay1, std::nullopt, 1),
            sample(Platform::Instagram, Metric::Clicks, 40, kDay1, std::nullopt, 1),
            sample(Platform::Instagram, Metric::Conversions, 4, kDay1, std::nullopt, 1),
            sample(Platform::Instagram, Metric::SpendMinor, 12000, kDay1, std::nullopt, 1),
            sample(Platform::X, Metric::Impressions, 1000, kDay1, 5),
            sample(Platform::X, Metric::Clicks, 10, kDay1, 5),
        };
        const MetricsSeries series(samples);
        const ResultsKpis all = resultsKpis(series);
        QCOMPARE(all.impressions, 3000.0);
        QCOMPARE(all.clicks, 50.0);
        QCOMPARE(*all.clickThroughRate, 50.0 / 3000.0);
        QCOMPARE(*all.costPerClickMinor, 240.0);
        QCOMPARE(*all.costPerResultMinor, 3000.0);
        // Organic only: no spend measured, so no cost per click (not zero).
        const ResultsKpis x = resultsKpis(series, Platform::X);
        QCOMPARE(*x.clickThroughRate, 0.01);
        QVERIFY(!x.costPerClickMinor);
        QVERIFY(!x.costPerResultMinor);
        const ResultsKpis none = resultsKpis(MetricsSeries{});
        QVERIFY(!none.clickThroughRate);
    }
};

QTEST_GUILESS_MAIN(TestMetricsSeries)
#include "tst_metricsseries.moc"
