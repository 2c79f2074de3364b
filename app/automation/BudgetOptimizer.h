#pragma once

#include "models/domain/Platform.h"

#include <QString>

#include <optional>
#include <vector>

namespace cf {

// One ad set as the budget optimiser sees it. Amounts are minor units of
// one currency and one budget period (the caller groups ad sets that way).
struct AdSetPerformance
{
    qint64 adSetId = 0;
    Platform platform = Platform::Facebook;
    qint64 budgetMinor = 0;         // the budget now
    qint64 dayStartBudgetMinor = 0; // the budget before today's optimisations (the daily limit's base)
    qint64 floorMinor = 0;          // the platform's minimum for this ad set
    double spendMinor = 0;          // measured so far (cumulative)
    double results = 0;             // clicks or conversions, by the campaign's objective
    std::optional<double> costPerResult() const
    {
        return results > 0 ? std::optional<double>(spendMinor / results) : std::nullopt;
    }
};

struct BudgetLimits
{
    int maxChangePercentPerDay = 20; // of the ad set's budget at the start of the day
    double minResultsTotal = 10;     // fewer results across the ad sets: not enough data
    double minSpendMinorPerAdSet = 1; // every ad set must have spent something to be judged
    double minAdvantage = 0.10;      // a donor's cost per result must be this much worse than the best
};

struct BudgetChange
{
    qint64 adSetId = 0;
    qint64 beforeMinor = 0;
    qint64 afterMinor = 0;
    std::optional<double> costPerResult;
};

struct BudgetPlanResult
{
    enum class Outcome { Changed, NotEnoughData, NothingToShift };
    Outcome outcome = Outcome::NothingToShift;
    std::vector<BudgetChange> changes; // receivers and donors; amounts add up to zero
    std::optional<qint64> bestAdSetId;
};

// Shifts budget towards the ad set with the lowest cost per result (issue
// #7, AI-optimised level) within the owner's limits: no ad set changes by
// more than maxChangePercentPerDay of its budget at the start of the day,
// none drops below its platform floor, and the total stays exactly the same
// (integer minor units move from donors to the best ad set). Donors give in
// order, worst cost per result first; a donor only gives when it is clearly
// worse (minAdvantage). Without enough data it changes nothing.
class BudgetOptimizer
{
public:
    static BudgetPlanResult plan(const std::vector<AdSetPerformance> &adSets, const BudgetLimits &limits);
};

} // namespace cf
