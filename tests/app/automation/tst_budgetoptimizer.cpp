#include "app/automation/BudgetOptimizer.h"

#include <QTest>

#include <numeric>

using namespace cf;

// Budget moves towards the ad set with the lowest cost per result, within limits.
class TestBudgetOptimizer : public QObject
{
    Q_OBJECT

    // Budgets in halalas: 100.00 SAR = 10000.
    static AdSetPerformance adSet(qint64 id, qint64 budget, double spend, double results, qint64 floor = 2000)
    {
        AdSetPerformance a;
        a.adSetId = id;
        a.budgetMinor = budget;
        a.dayStartBudgetMinor = budget;
        a.floorMinor = floor;
        a.spendMinor = spend;
        a.results = results;
        return a;
    }

    static qint64 total(const std::vector<AdSetPerformance> &before, const BudgetPlanResult &plan)
    {
        qint64 sum = 0;
        for (const AdSetPerformance &a : before) {
            qint64 amount = a.budgetMinor;
            for (const BudgetChange &c : plan.changes) {
                if (c.adSetId == a.adSetId)
                    amount = c.afterMinor;
            }
            sum += amount;
        }
        return sum;
    }

private Q_SLOTS:
    void shiftsTowardsTheCheapestResultsWithinTheDailyLimit()
    {
        // Cost per result: 1 -> 5.00, 2 -> 20.00, 3 -> 10.00 (SAR).
        const std::vector<AdSetPerformance> sets{adSet(1, 10000, 5000, 10), adSet(2, 10000, 8000, 4),
                                                 adSet(3, 10000, 6000, 6)};
        const BudgetPlanResult plan = BudgetOptimizer::plan(sets, {});
        QCOMPARE(plan.outcome, BudgetPlanResult::Outcome::Changed);
        QCOMPARE(*plan.bestAdSetId, qint64(1));
        QCOMPARE(plan.changes.size(), size_t(2));
        // The best may grow by 20 % of 100.00; the worst gives it all.
        QCOMPARE(plan.changes[0].adSetId, qint64(1));
        QCOMPARE(plan.changes[0].afterMinor, qint64(12000));
        QCOMPARE(plan.changes[1].adSetId, qint64(2));
        QCOMPARE(plan.changes[1].afterMinor, qint64(8000));
        QCOMPARE(total(sets, plan), qint64(30000));
    }

    void largestChangeFollowsTheOwnersPercentAndTheDaysStart()
    {
        std::vector<AdSetPerformance> sets{adSet(1, 10000, 5000, 10), adSet(2, 10000, 8000, 4)};
        BudgetLimits limits;
        limits.maxChangePercentPerDay = 5;
        BudgetPlanResult plan = BudgetOptimizer::plan(sets, limits);
        QCOMPARE(plan.changes[0].afterMinor, qint64(10500));
        QCOMPARE(plan.changes[1].afterMinor, qint64(9500));

        // Already shifted 15 % today (day start 100.00): only 5 % more today.
        sets[0].budgetMinor = 11500;
        sets[1].budgetMinor = 8500;
        plan = BudgetOptimizer::plan(sets, {});
        QCOMPARE(plan.changes[0].afterMinor, qint64(12000));
        QCOMPARE(plan.changes[1].afterMinor, qint64(8000));
        QCOMPARE(total(sets, plan), qint64(20000));

        // At the limit: nothing more today.
        sets[0].budgetMinor = 12000;
        sets[1].budgetMinor = 8000;
        QCOMPARE(BudgetOptimizer::plan(sets, {}).outcome, BudgetPlanResult::Outcome::NothingToShift);
        limits.maxChangePercentPerDay = 0;
        QCOMPARE(BudgetOptimizer::plan({adSet(1, 10000, 5000, 10), adSet(2, 10000, 8000, 4)}, limits).outcome,
                 BudgetPlanResult::Outcome::NothingToShift);
    }

    void neverBelowThePlatformFloor()
    {
        // The worst is 1.00 above its floor; the next worst gives the rest.
        const std::vector<AdSetPerformance> sets{adSet(1, 10000, 5000, 10), adSet(2, 9100, 8000, 2, 9000),
                                                 adSet(3, 10000, 8000, 4)};
        const BudgetPlanResult plan = BudgetOptimizer::plan(sets, {});
        QCOMPARE(plan.changes.size(), size_t(3));
        QCOMPARE(plan.changes[0].afterMinor, qint64(12000));
        QCOMPARE(plan.changes[1].adSetId, qint64(2));
        QCOMPARE(plan.changes[1].afterMinor, qint64(9000));
        QCOMPARE(plan.changes[2].adSetId, qint64(3));
        QCOMPARE(plan.changes[2].afterMinor, qint64(8100));
        QCOMPARE(total(sets, plan), qint64(29100));
        for (const BudgetChange &c : plan.changes)
            QVERIFY(c.afterMinor >= 2000);
    }

    void anAdSetWithoutResultsIsTheFirstDonor()
    {
        const std::vector<AdSetPerformance> sets{adSet(1, 10000, 5000, 20), adSet(2, 10000, 3000, 0),
                                                 adSet(3, 10000, 5000, 5)};
        const BudgetPlanResult plan = BudgetOptimizer::plan(sets, {});
        QCOMPARE(plan.changes.size(), size_t(2));
        QCOMPARE(plan.changes[1].adSetId, qint64(2));
        QVERIFY(!plan.changes[1].costPerResult);
    }

    void notEnoughDataChangesNothing()
    {
        QCOMPARE(BudgetOptimizer::plan({adSet(1, 10000, 500, 3), adSet(2, 10000, 500, 1)}, {}).outcome,
                 BudgetPlanResult::Outcome::NotEnoughData); // 4 results < 10
        QCOMPARE(BudgetOptimizer::plan({adSet(1, 10000, 5000, 30), adSet(2, 10000, 0, 0)}, {}).outcome,
                 BudgetPlanResult::Outcome::NotEnoughData); // one has not spent anything yet
        QCOMPARE(BudgetOptimizer::plan({adSet(1, 10000, 5000, 30)}, {}).outcome,
                 BudgetPlanResult::Outcome::NotEnoughData); // nothing to compare with
        QVERIFY(BudgetOptimizer::plan({adSet(1, 10000, 500, 3), adSet(2, 10000, 500, 1)}, {}).changes.empty());
    }

    void similarCostsAreLeftAlone()
    {
        // 5.00 against 5.26: within the 10 % margin.
        QCOMPARE(BudgetOptimizer::plan({adSet(1, 10000, 5000, 10), adSet(2, 10000, 5000, 9.5)}, {}).outcome,
                 BudgetPlanResult::Outcome::NothingToShift);
    }
};

QTEST_GUILESS_MAIN(TestBudgetOptimizer)
#include "tst_budgetoptimizer.moc"
