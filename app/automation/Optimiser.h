#pragma once

#include "app/automation/BestHours.h"
#include "app/automation/BudgetOptimizer.h"
#include "app/automation/OptimiserLimits.h"
#include "app/automation/ScheduleOptimizer.h"
#include "models/domain/Money.h"
#include "models/store/StoreError.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>
#include <map>
#include <vector>

namespace cf {
class Clock;
class Database;
class PlanningData;
struct OptimiserInputs;

// A budget shift as applied (or proposed): the ad sets' amounts before and after.
struct AppliedBudgetShift
{
    QString currency;
    BudgetPeriod period = BudgetPeriod::Daily;
    std::optional<qint64> bestAdSetId;
    std::vector<BudgetChange> changes;
};

// What one optimisation of one campaign found and did.
struct OptimisationReport
{
    qint64 campaignId = 0;
    bool eligible = false; // AI-optimised and not finished
    bool dryRun = false;
    QString skippedReason; // translated; set when not eligible
    std::map<Platform, PlatformHours> hours;
    std::vector<ScheduleMove> scheduleMoves;
    std::vector<AppliedBudgetShift> budgetShifts;
    QStringList notes;         // translated: what was left alone and why
    std::vector<qint64> logIds; // automation_logs rows written
};

// The AI-optimised automation level (issue #7). For a campaign whose level is
// AiOptimized: ranks hours by measured engagement (BestHours), moves the
// remaining posts to the best hour of the same day (ScheduleOptimizer) and
// shifts ad budget towards the best ad set (BudgetOptimizer), within the
// owner's OptimiserLimits. Each applied change is one automation_logs row
// ("optimised_schedule" / "optimised_budget") whose details hold before and
// after, written in the same transaction as the change, so OptimisationUndo
// can take it back. Budgets only change locally (ad_sets.budget); the
// publishing worker pushes them to the platform. Runs after each metrics pass
// (optimiseAll) and from `campaignforge-cli optimise`.
class Optimiser
{
    Q_DECLARE_TR_FUNCTIONS(cf::Optimiser)

public:
    Optimiser(const Database &db, const PlanningData &data, const Clock &clock);

    StoreResult<OptimisationReport> optimise(qint64 campaignId, const OptimiserLimits &limits, bool dryRun) const;

    // Every AI-optimised campaign that is scheduled or active; limitsFor gives
    // each campaign's limits. For the tracking worker after a metrics pass.
    StoreResult<std::vector<OptimisationReport>> optimiseAll(
        const std::function<OptimiserLimits(qint64 campaignId)> &limitsFor) const;

    BestHours::Thresholds thresholds;
    BudgetLimits budgetDefaults;

private:
    void planSchedule(const OptimiserInputs &inputs, const OptimiserLimits &limits, OptimisationReport &report) const;
    void planBudget(const OptimiserInputs &inputs, const OptimiserLimits &limits, OptimisationReport &report) const;
    StoreStatus applyMove(const OptimiserInputs &inputs, const ScheduleMove &move, OptimisationReport &report) const;
    StoreStatus applyShift(const OptimiserInputs &inputs, const AppliedBudgetShift &shift,
                           OptimisationReport &report) const;

    const Database &m_db;
    const PlanningData &m_data;
    const Clock &m_clock;
};

} // namespace cf
