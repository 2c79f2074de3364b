#include "app/automation/Optimiser.h"

#include "app/automation/OptimiserData.h"
#include "app/automation/OptimiserLog.h"
#include "app/core/Clock.h"
#include "app/planning/data/PlanningData.h"
#include "models/domain/TimeText.h"
#include "models/store/AdSetRepository.h"
#include "models/store/AutomationLogRepository.h"
#include "models/store/CampaignRepository.h"
#include "models/store/ContentRepository.h"
#include "models/store/Database.h"
#include "models/store/PublishTargetRepository.h"
#include "models/store/SqlSupport.h"

#include <QLocale>
#include <QTimeZone>

#include <nlohmann/json.hpp>

#include <cmath>
#include <set>

namespace cf {
namespace {

QTimeZone zoneOf(const Campaign &campaign)
{
    const QTimeZone zone(campaign.timeZone.toUtf8());
    return zone.isValid() ? zone : QTimeZone::utc();
}

QString localText(const QDateTime &utc, const QTimeZone &zone)
{
    return QLocale().toString(utc.toTimeZone(zone), QStringLiteral("ddd d MMM HH:mm"));
}

QString percentText(double rate)
{
    return QLocale().toString(rate * 100.0, 'f', 1);
}

const AdSet *findAdSet(const OptimiserInputs &inputs, qint64 id)
{
    for (const AdSet &a : inputs.adSets) {
        if (a.id == id)
            return &a;
    }
    return nullptr;
}

} // namespace

Optimiser::Optimiser(const Database &db, const PlanningData &data, const Clock &clock)
    : m_db(db), m_data(data), m_clock(clock)
{
}

StoreResult<OptimisationReport> Optimiser::optimise(qint64 campaignId, const OptimiserLimits &limits, bool dryRun) const
{
    auto inputs = loadOptimiserInputs(m_db, campaignId);
    if (!inputs)
        return inputs.error();
    OptimisationReport report;
    report.campaignId = campaignId;
    report.dryRun = dryRun;
    const Campaign &campaign = inputs->campaign;
    if (campaign.automationLevel != AutomationLevel::AiOptimized) {
        report.skippedReason = tr("This campaign is not AI-optimised, so nothing is moved automatically. Choose the "
                                  "AI-optimised automation level for it first.");
        return report;
    }
    static const std::set<CampaignStatus> kFinished{CampaignStatus::Paused, CampaignStatus::Completed,
                                                    CampaignStatus::Cancelled, CampaignStatus::Archived};
    if (kFinished.count(campaign.status)) {
        report.skippedReason = tr("The campaign is %1, so nothing is optimised.").arg(campaignStatusDisplayName(campaign.status));
        return report;
    }
    report.eligible = true;
    planSchedule(*inputs, limits, report);
    planBudget(*inputs, limits, report);
    if (dryRun)
        return report;
    for (const ScheduleMove &move : report.scheduleMoves) {
        if (StoreStatus s = applyMove(*inputs, move, report); s.isError())
            return s;
    }
    for (const AppliedBudgetShift &shift : report.budgetShifts) {
        if (StoreStatus s = applyShift(*inputs, shift, report); s.isError())
            return s;
    }
    qCInfo(lcAutomation) << "campaign" << campaignId << "optimised:" << report.scheduleMoves.size() << "moves,"
                         << report.budgetShifts.size() << "budget shifts";
    return report;
}

StoreResult<std::vector<OptimisationReport>> Optimiser::optimiseAll(
    const std::function<OptimiserLimits(qint64)> &limitsFor) const
{
    auto campaigns = CampaignRepository(m_db).list();
    if (!campaigns)
        return campaigns.error();
    std::vector<OptimisationReport> reports;
    for (const Campaign &c : *campaigns) {
        if (c.automationLevel != AutomationLevel::AiOptimized
            || (c.status != CampaignStatus::Scheduled && c.status != CampaignStatus::Active))
            continue;
        auto report = optimise(c.id, limitsFor(c.id), false);
        if (!report)
            return report.error();
        reports.push_back(std::move(*report));
    }
    return reports;
}

void Optimiser::planSchedule(const OptimiserInputs &inputs, const OptimiserLimits &limits,
                             OptimisationReport &report) const
{
    const QDateTime now = m_clock.nowUtc();
    const QTimeZone zone = zoneOf(inputs.campaign);
    const auto slots = scheduleSlots(inputs, now);
    const auto own = BestHours::collect(inputs.latest, inputs.items);
    std::set<Platform> waiting;
    for (const ScheduledSlot &slot : slots) {
        if (slot.movable)
            waiting.insert(slot.platform);
    }
    for (Platform platform : waiting) {
        PlatformHours hours = BestHours::rank(platform, own, zone, thresholds);
        if (!hours.enough && !inputs.workspaceResults.empty()) {
            std::vector<PostedItemResult> combined = own;
            combined.insert(combined.end(), inputs.workspaceResults.begin(), inputs.workspaceResults.end());
            PlatformHours wider = BestHours::rank(platform, combined, zone, thresholds);
            if (wider.enough) {
                hours = std::move(wider);
                report.notes << tr("%1: this campaign has too little data of its own, so the best hours come from "
                                   "the workspace's other campaigns too.")
                                    .arg(platformDisplayName(platform));
            }
        }
        if (!hours.enough) {
            report.notes << tr("%1: not enough measured results yet (%2 posts, %3 impressions; at least %4 posts with "
                               "%5 impressions at two different hours are needed), so its posts keep their times.")
                                .arg(platformDisplayName(platform))
                                .arg(hours.items)
                                .arg(QLocale().toString(qint64(hours.impressions)))
                                .arg(thresholds.minItems)
                                .arg(QLocale().toString(qint64(thresholds.minImpressions)));
            qCInfo(lcAutomation) << "campaign" << inputs.campaign.id << platformId(platform)
                                 << "not enough data for best hours:" << hours.items << "items";
        }
        report.hours[platform] = std::move(hours);
    }
    if (!limits.moveSchedule) {
        if (!waiting.empty())
            report.notes << tr("Moving posts to better hours is switched off for this campaign.");
        return;
    }
    ScheduleRules rules;
    rules.zone = zone;
    rules.nowUtc = now;
    rules.quiet = m_data.quietHours;
    for (const auto &[id, rule] : m_data.platformRules) {
        if (auto platform = platformFromId(id))
            rules.spacingMinutes[*platform] = rule.spacingMinutes;
    }
    report.scheduleMoves = ScheduleOptimizer::plan(slots, report.hours, rules);
}

void Optimiser::planBudget(const OptimiserInputs &inputs, const OptimiserLimits &limits,
                           OptimisationReport &report) const
{
    if (inputs.adSets.size() < 2)
        return;
    if (!limits.shiftBudget) {
        report.notes << tr("Shifting budget between ad sets is switched off for this campaign.");
        return;
    }
    const QTimeZone zone = zoneOf(inputs.campaign);
    const QDateTime dayStart = QDateTime(m_clock.nowUtc().toTimeZone(zone).date(), QTime(0, 0), zone).toUTC();
    BudgetLimits budgetLimits = budgetDefaults;
    budgetLimits.maxChangePercentPerDay = limits.maxBudgetChangePercent;
    for (const auto &group : adSetGroups(inputs, m_data, dayStart)) {
        if (group.size() < 2)
            continue;
        const BudgetPlanResult plan = BudgetOptimizer::plan(group, budgetLimits);
        if (plan.outcome == BudgetPlanResult::Outcome::NotEnoughData) {
            report.notes << tr("Not enough ad results yet to compare the ad sets (at least %1 results and some spend "
                               "in every ad set are needed), so budgets stay as they are.")
                                .arg(QLocale().toString(qint64(budgetLimits.minResultsTotal)));
            qCInfo(lcAutomation) << "campaign" << inputs.campaign.id << "not enough ad results to shift budget";
            continue;
        }
        if (plan.outcome != BudgetPlanResult::Outcome::Changed)
            continue;
        const AdSet *first = findAdSet(inputs, group.front().adSetId);
        report.budgetShifts.push_back({first->budget.amount.currency, first->budget.period, plan.bestAdSetId, plan.changes});
    }
}

StoreStatus Optimiser::applyMove(const OptimiserInputs &inputs, const ScheduleMove &move,
                                 OptimisationReport &report) const
{
    const QDateTime now = m_clock.nowUtc();
    const QTimeZone zone = zoneOf(inputs.campaign);
    return sql::inTransaction(m_db.handle(), [&]() -> StoreStatus {
        // Read again inside the transaction: the owner or the publishing
        // thread may have touched the item since the plan was made.
        auto item = ContentRepository(m_db).find(move.contentId);
        if (!item)
            return item.error();
        auto targets = PublishTargetRepository(m_db).listForContent(move.contentId);
        if (!targets)
            return targets.error();
        if (item->scheduledUtc != move.beforeUtc || !itemMayMove(*item, *targets, now))
            return {};
        ContentItem moved = *item;
        moved.scheduledUtc = move.afterUtc;
        moved.updatedAt = now;
        if (StoreStatus s = ContentRepository(m_db).update(moved); s.isError())
            return s;
        AutomationLog log;
        log.campaignId = inputs.campaign.id;
        log.contentItemId = move.contentId;
        log.event = QStringLiteral("optimised_schedule");
        log.message = move.fromRate
                          ? tr("Moved the %1 post from %2 to %3: posts at %4:00 engaged %5 % of the people who saw "
                               "them, against %6 % at %7:00.")
                                .arg(platformDisplayName(move.platform), localText(move.beforeUtc, zone),
                                     localText(move.afterUtc, zone), QLocale().toString(move.toHour),
                                     percentText(move.toRate), percentText(*move.fromRate),
                                     QLocale().toString(move.fromHour))
                          : tr("Moved the %1 post from %2 to %3: posts at %4:00 engaged %5 % of the people who saw "
                               "them; nothing was measured yet at %6:00.")
                                .arg(platformDisplayName(move.platform), localText(move.beforeUtc, zone),
                                     localText(move.afterUtc, zone), QLocale().toString(move.toHour),
                                     percentText(move.toRate), QLocale().toString(move.fromHour));
        nlohmann::json details{{"kind", "schedule"},
                               {"content_id", move.contentId},
                               {"platform", platformId(move.platform).toStdString()},
                               {"before", utcText(move.beforeUtc).toStdString()},
                               {"after", utcText(move.afterUtc).toStdString()},
                               {"from_hour", move.fromHour},
                               {"to_hour", move.toHour},
                               {"to_rate", move.toRate}};
        details["from_rate"] = move.fromRate ? nlohmann::json(*move.fromRate) : nlohmann::json();
        log.detailsJson = QString::fromStdString(details.dump());
        log.at = now;
        auto id = AutomationLogRepository(m_db).insert(log);
        if (!id)
            return id.error();
        report.logIds.push_back(*id);
        return {};
    });
}

StoreStatus Optimiser::applyShift(const OptimiserInputs &inputs, const AppliedBudgetShift &shift,
                                  OptimisationReport &report) const
{
    const QDateTime now = m_clock.nowUtc();
    auto nameOf = [&inputs](qint64 id) {
        const AdSet *a = findAdSet(inputs, id);
        return a ? a->name : QString::number(id);
    };
    auto costText = [&shift](const std::optional<double> &cost) {
        return cost ? formatMoney(Money{qint64(std::llround(*cost)), shift.currency})
                    : tr("no results yet");
    };
    return sql::inTransaction(m_db.handle(), [&]() -> StoreStatus {
        const AdSetRepository repo(m_db);
        nlohmann::json adSets = nlohmann::json::array();
        qint64 moved = 0;
        QStringList donors;
        QString receiver;
        QString receiverCost;
        for (const BudgetChange &change : shift.changes) {
            auto adSet = repo.find(change.adSetId);
            if (!adSet)
                return adSet.error();
            if (adSet->budget.amount.minor != change.beforeMinor)
                return StoreError::make(StoreError::Code::InvalidData,
                                        tr("The budget of the ad set “%1” changed while it was being optimised; "
                                           "nothing was shifted.")
                                            .arg(adSet->name));
            AdSet shifted = *adSet;
            shifted.budget.amount.minor = change.afterMinor;
            if (StoreStatus s = repo.update(shifted); s.isError())
                return s;
            adSets.push_back({{"id", change.adSetId},
                              {"before", change.beforeMinor},
                              {"after", change.afterMinor},
                              {"cost_per_result", change.costPerResult ? nlohmann::json(*change.costPerResult)
                                                                       : nlohmann::json()}});
            if (change.afterMinor > change.beforeMinor) {
                moved += change.afterMinor - change.beforeMinor;
                receiver = nameOf(change.adSetId);
                receiverCost = costText(change.costPerResult);
            } else {
                donors << tr("“%1” (cost per result %2)").arg(nameOf(change.adSetId), costText(change.costPerResult));
            }
        }
        AutomationLog log;
        log.campaignId = inputs.campaign.id;
        log.event = QStringLiteral("optimised_budget");
        const QString amount = formatMoney(Money{moved, shift.currency});
        const QString from = QLocale().createSeparatedList(donors);
        log.message = shift.period == BudgetPeriod::Daily
                          ? tr("Shifted %1 of daily budget to the ad set “%2”, which has the lowest cost per result "
                               "(%3), from %4.")
                                .arg(amount, receiver, receiverCost, from)
                          : tr("Shifted %1 of total budget to the ad set “%2”, which has the lowest cost per result "
                               "(%3), from %4.")
                                .arg(amount, receiver, receiverCost, from);
        nlohmann::json details{{"kind", "budget"},
                               {"currency", shift.currency.toStdString()},
                               {"period", enumId(shift.period).toStdString()},
                               {"ad_sets", adSets}};
        if (shift.bestAdSetId)
            details["best_ad_set"] = *shift.bestAdSetId;
        log.detailsJson = QString::fromStdString(details.dump());
        log.at = now;
        auto id = AutomationLogRepository(m_db).insert(log);
        if (!id)
            return id.error();
        report.logIds.push_back(*id);
        return {};
    });
}

} // namespace cf
