#pragma once

#include <QtGlobal>

namespace cf {
class AppSettings;

// What the owner allows the AI-optimised level to do for one campaign.
// Stored in AppSettings keyed by campaign id (no schema change needed).
struct OptimiserLimits
{
    bool moveSchedule = true;        // may move remaining posts to better hours
    bool shiftBudget = true;         // may shift ad budget between ad sets
    int maxBudgetChangePercent = 20; // per ad set per day, of its budget at the start of the day

    friend bool operator==(const OptimiserLimits &, const OptimiserLimits &) = default;
};

OptimiserLimits loadOptimiserLimits(const AppSettings &settings, qint64 campaignId);
void saveOptimiserLimits(AppSettings &settings, qint64 campaignId, const OptimiserLimits &limits);

} // namespace cf
