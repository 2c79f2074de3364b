#include "app/automation/BudgetOptimizer.h"

#include <algorithm>
#include <limits>

namespace cf {
namespace {

qint64 percentOf(qint64 amount, int percent)
{
    return amount * qint64(std::max(0, percent)) / 100;
}

double costOrWorst(const AdSetPerformance &adSet)
{
    return adSet.costPerResult().value_or(std::numeric_limits<double>::infinity());
}

} // namespace

BudgetPlanResult BudgetOptimizer::plan(const std::vector<AdSetPerformance> &adSets, const BudgetLimits &limits)
{
    BudgetPlanResult result;
    double totalResults = 0;
    for (const AdSetPerformance &a : adSets) {
        totalResults += std::max(0.0, a.results);
        if (a.spendMinor < limits.minSpendMinorPerAdSet) {
            result.outcome = BudgetPlanResult::Outcome::NotEnoughData;
            return result;
        }
    }
    if (adSets.size() < 2 || totalResults < limits.minResultsTotal) {
        result.outcome = BudgetPlanResult::Outcome::NotEnoughData;
        return result;
    }

    auto best = std::min_element(adSets.begin(), adSets.end(), [](const AdSetPerformance &a, const AdSetPerformance &b) {
        return costOrWorst(a) < costOrWorst(b);
    });
    result.bestAdSetId = best->adSetId;
    const double bestCost = costOrWorst(*best);
    qint64 room = std::max<qint64>(0, best->dayStartBudgetMinor + percentOf(best->dayStartBudgetMinor, limits.maxChangePercentPerDay)
                                          - best->budgetMinor);

    std::vector<const AdSetPerformance *> donors;
    for (const AdSetPerformance &a : adSets) {
        if (&a != &*best && costOrWorst(a) >= bestCost * (1.0 + limits.minAdvantage))
            donors.push_back(&a);
    }
    std::stable_sort(donors.begin(), donors.end(), [](const AdSetPerformance *a, const AdSetPerformance *b) {
        return costOrWorst(*a) > costOrWorst(*b);
    });

    qint64 received = 0;
    for (const AdSetPerformance *donor : donors) {
        if (room <= 0)
            break;
        const qint64 lowestToday = donor->dayStartBudgetMinor - percentOf(donor->dayStartBudgetMinor, limits.maxChangePercentPerDay);
        const qint64 canGive = std::max<qint64>(0, donor->budgetMinor - std::max(lowestToday, donor->floorMinor));
        const qint64 give = std::min(canGive, room);
        if (give <= 0)
            continue;
        result.changes.push_back({donor->adSetId, donor->budgetMinor, donor->budgetMinor - give, donor->costPerResult()});
        room -= give;
        received += give;
    }
    if (received > 0) {
        result.changes.insert(result.changes.begin(),
                              BudgetChange{best->adSetId, best->budgetMinor, best->budgetMinor + received, best->costPerResult()});
        result.outcome = BudgetPlanResult::Outcome::Changed;
    }
    return result;
}

} // namespace cf
