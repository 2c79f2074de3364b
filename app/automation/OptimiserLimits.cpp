#include "app/automation/OptimiserLimits.h"

#include "app/core/AppSettings.h"

namespace cf {

OptimiserLimits loadOptimiserLimits(const AppSettings &settings, qint64 campaignId)
{
    OptimiserLimits limits;
    limits.moveSchedule = settings.optimiserMovesSchedule(campaignId);
    limits.shiftBudget = settings.optimiserShiftsBudget(campaignId);
    limits.maxBudgetChangePercent = settings.optimiserMaxBudgetChangePercent(campaignId);
    return limits;
}

void saveOptimiserLimits(AppSettings &settings, qint64 campaignId, const OptimiserLimits &limits)
{
    settings.setOptimiserMovesSchedule(campaignId, limits.moveSchedule);
    settings.setOptimiserShiftsBudget(campaignId, limits.shiftBudget);
    settings.setOptimiserMaxBudgetChangePercent(campaignId, limits.maxBudgetChangePercent);
}

} // namespace cf
