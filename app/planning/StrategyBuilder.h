#pragma once

#include "app/planning/data/PlanningData.h"

namespace cf {

// The plan's strategy: key messages (the occasion's first, then the
// template's), the content themes used in the calendar, and the success
// metrics of the objective. All of it is authored bilingual in the data.
class StrategyBuilder
{
public:
    explicit StrategyBuilder(const PlanningData &data) : m_data(data) {}
    StrategyPlan build(const CampaignBrief &brief, const std::vector<PhasePlan> &phases,
                       const std::vector<PlannedItem> &items) const;

private:
    const PlanningData &m_data;
};

} // namespace cf
