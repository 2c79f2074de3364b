#pragma once

#include "app/automation/BestHours.h"
#include "app/automation/BudgetOptimizer.h"
#include "app/automation/ScheduleOptimizer.h"
#include "models/domain/AdSet.h"
#include "models/domain/AutomationLog.h"
#include "models/domain/Campaign.h"
#include "models/domain/ContentItem.h"
#include "models/domain/MetricSample.h"
#include "models/domain/PublishTarget.h"
#include "models/store/StoreError.h"

#include <map>
#include <vector>

namespace cf {
class Database;
class PlanningData;

// Everything one optimisation of a campaign reads, loaded in one go.
struct OptimiserInputs
{
    Campaign campaign;
    std::vector<ContentItem> items;
    std::map<qint64, std::vector<PublishTarget>> targets; // by content id
    std::vector<MetricSample> latest;                     // this campaign's newest samples
    std::vector<PostedItemResult> workspaceResults;       // the workspace's other campaigns
    std::vector<AdSet> adSets;
    std::vector<AutomationLog> logs; // this campaign's automation log, oldest first
};

// Reads the campaign, its items and targets, its latest metric samples, the
// results of the workspace's other campaigns (the fallback when this one has
// too little data), its ad sets and its automation log.
StoreResult<OptimiserInputs> loadOptimiserInputs(const Database &db, qint64 campaignId);

// An item may still move when it is approved and queued, not yet due, and
// every target of it is still waiting locally: scheduled, not handed to the
// platform's scheduler (those go through the calendar's withdraw path) and
// not released for "publish now".
bool itemMayMove(const ContentItem &item, const std::vector<PublishTarget> &targets, const QDateTime &nowUtc);

// The campaign's organic items as slots for the schedule optimiser.
std::vector<ScheduledSlot> scheduleSlots(const OptimiserInputs &inputs, const QDateTime &nowUtc);

// The campaign's ad sets as the budget optimiser sees them, grouped by
// (currency, budget period) so amounts in one group are comparable.
// dayStart: the start of today in the campaign's time zone (UTC).
std::vector<std::vector<AdSetPerformance>> adSetGroups(const OptimiserInputs &inputs, const PlanningData &data,
                                                       const QDateTime &dayStartUtc);

} // namespace cf
