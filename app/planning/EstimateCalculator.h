#pragma once

#include "app/planning/data/PlanningData.h"

namespace cf {

// Turns each paid channel's spend into low-high ranges of impressions,
// reach, clicks and conversions from the benchmark table
// (resources/data/benchmarks.json, per channel and region, with sources).
// The low end pairs the high CPM with the low CTR and conversion rate and
// the high frequency; the high end the opposite. Organic content is not
// estimated: its reach depends on the account's own following.
class EstimateCalculator
{
public:
    explicit EstimateCalculator(const PlanningData &data) : m_data(data) {}
    EstimatePlan estimate(const CampaignBrief &brief, const BudgetPlan &budget) const;

private:
    const PlanningData &m_data;
};

} // namespace cf
