#include "PlannerTestSupport.h"

#include "app/planning/EstimateCalculator.h"

using namespace cf;

class TestEstimateCalculator : public QObject
{
    Q_OBJECT

    static BudgetPlan budget(double meta, double tiktok)
    {
        BudgetPlan b;
        b.currency = QStringLiteral("SAR");
        ChannelBudget m;
        m.channel = QStringLiteral("meta");
        m.amount = meta;
        ChannelBudget t;
        t.channel = QStringLiteral("tiktok");
        t.amount = tiktok;
        b.channels = {m, t};
        b.total = meta + tiktok;
        return b;
    }

private Q_SLOTS:
    void rangesFollowTheBenchmarks()
    {
        CampaignBrief brief;
        brief.region = QStringLiteral("gcc");
        const EstimatePlan e = EstimateCalculator(test::planningData()).estimate(brief, budget(375, 0));
        const ChannelEstimate &meta = e.channels.front();
        const BenchmarkRow &row = test::planningData().benchmarks.at(QStringLiteral("meta")).at(QStringLiteral("gcc"));
        // 375 SAR = 100 USD.
        QCOMPARE(meta.spendUsd, 100.0);
        QCOMPARE(meta.impressions.low, std::floor(100 / row.cpm.high * 1000));
        QCOMPARE(meta.impressions.high, std::floor(100 / row.cpm.low * 1000));
        QVERIFY(meta.reach.low <= meta.reach.high && meta.reach.high <= meta.impressions.high);
        QVERIFY(meta.clicks.low <= meta.clicks.high);
        QVERIFY(meta.conversions.low <= meta.conversions.high);
        QVERIFY(!meta.sources.isEmpty());
        QVERIFY(meta.sources.first().contains(QStringLiteral("http")));
    }

    void moreBudgetMoreReachAndTotalsAddUp()
    {
        CampaignBrief brief;
        brief.region = QStringLiteral("gcc");
        const EstimatePlan small = EstimateCalculator(test::planningData()).estimate(brief, budget(1000, 1000));
        const EstimatePlan large = EstimateCalculator(test::planningData()).estimate(brief, budget(4000, 4000));
        QVERIFY(large.impressions.low > small.impressions.low * 3);
        QCOMPARE(small.impressions.high, small.channels[0].impressions.high + small.channels[1].impressions.high);
    }

    void unknownRegionFallsBackToOther()
    {
        CampaignBrief brief;
        brief.region = QStringLiteral("atlantis");
        const EstimatePlan e = EstimateCalculator(test::planningData()).estimate(brief, budget(1000, 0));
        QCOMPARE(e.channels.front().cpmUsd, test::planningData().benchmarks.at(QStringLiteral("meta")).at(QStringLiteral("other")).cpm);
    }
};

QTEST_GUILESS_MAIN(TestEstimateCalculator)
#include "tst_estimatecalculator.moc"
