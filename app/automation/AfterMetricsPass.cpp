#include "app/automation/AfterMetricsPass.h"

#include "app/core/AppSettings.h"
#include "app/planning/data/PlanningData.h"

namespace cf {

StoreResult<std::vector<OptimisationReport>> optimiseAfterMetricsPass(const Database &db, const Clock &clock,
                                                                      const AppSettings &settings)
{
    QString error;
    auto data = PlanningData::load(&error);
    if (!data)
        return StoreError::make(StoreError::Code::InvalidData, error);
    const Optimiser optimiser(db, *data, clock);
    return optimiser.optimiseAll([&settings](qint64 campaignId) { return loadOptimiserLimits(settings, campaignId); });
}

} // namespace cf
