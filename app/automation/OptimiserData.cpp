// Loading what the optimiser reads, and turning it into the inputs of the
// pure planners (ScheduleOptimizer, BudgetOptimizer).
#include "app/automation/OptimiserData.h"

#include "app/planning/BudgetAllocator.h"
#include "app/planning/data/PlanningData.h"
#include "models/store/AdSetRepository.h"
#include "models/store/AutomationLogRepository.h"
#include "models/store/CampaignRepository.h"
#include "models/store/ContentRepository.h"
#include "models/store/MetricRepository.h"
#include "models/store/PublishTargetRepository.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <set>

namespace cf {
namespace {

// How many of the workspace's other campaigns lend their results when this
// one has too little data (newest first).
constexpr int kWorkspaceCampaigns = 20;

QString channelOf(Platform platform)
{
    switch (platform) {
    case Platform::Facebook:
    case Platform::Instagram:
        return QStringLiteral("meta");
    case Platform::TikTok:
        return QStringLiteral("tiktok");
    case Platform::Snapchat:
        return QStringLiteral("snapchat");
    default:
        return {};
    }
}

bool countsConversions(const std::optional<Objective> &objective)
{
    return objective == Objective::Sales || objective == Objective::Leads || objective == Objective::AppInstalls;
}

// Ad set id -> its budget before the first optimisation today that is still
// in force (the base of the "largest change per day" limit).
std::map<qint64, qint64> budgetsAtDayStart(const std::vector<AutomationLog> &logs, const QDateTime &dayStartUtc)
{
    std::set<qint64> undone;
    for (const AutomationLog &log : logs) {
        if (log.event != QLatin1String("optimisation_undone"))
            continue;
        const auto details = nlohmann::json::parse(log.detailsJson.toStdString(), nullptr, false);
        if (details.is_object() && details.value("undone_log_id", qint64(0)) > 0)
            undone.insert(details.value("undone_log_id", qint64(0)));
    }
    std::map<qint64, qint64> out;
    for (const AutomationLog &log : logs) {
        if (log.event != QLatin1String("optimised_budget") || log.at < dayStartUtc || undone.count(log.id))
            continue;
        const auto details = nlohmann::json::parse(log.detailsJson.toStdString(), nullptr, false);
        if (!details.is_object() || !details.contains("ad_sets") || !details["ad_sets"].is_array())
            continue;
        for (const auto &entry : details["ad_sets"]) {
            if (entry.is_object())
                out.emplace(entry.value("id", qint64(0)), entry.value("before", qint64(0))); // first one wins
        }
    }
    return out;
}

} // namespace

StoreResult<OptimiserInputs> loadOptimiserInputs(const Database &db, qint64 campaignId)
{
    OptimiserInputs in;
    auto campaign = CampaignRepository(db).find(campaignId);
    if (!campaign)
        return campaign.error();
    in.campaign = *campaign;
    auto items = ContentRepository(db).listForCampaign(campaignId);
    if (!items)
        return items.error();
    in.items = std::move(*items);
    const PublishTargetRepository targets(db);
    for (const ContentItem &item : in.items) {
        auto rows = targets.listForContent(item.id);
        if (!rows)
            return rows.error();
        in.targets[item.id] = std::move(*rows);
    }
    const MetricRepository metrics(db);
    auto latest = metrics.latest(campaignId);
    if (!latest)
        return latest.error();
    in.latest = std::move(*latest);

    auto campaigns = CampaignRepository(db).list(); // newest first
    if (!campaigns)
        return campaigns.error();
    int lent = 0;
    for (const Campaign &other : *campaigns) {
        if (other.id == campaignId || other.workspaceId != in.campaign.workspaceId || lent >= kWorkspaceCampaigns)
            continue;
        auto otherLatest = metrics.latest(other.id);
        if (!otherLatest)
            return otherLatest.error();
        if (otherLatest->empty())
            continue;
        auto otherItems = ContentRepository(db).listForCampaign(other.id);
        if (!otherItems)
            return otherItems.error();
        const auto results = BestHours::collect(*otherLatest, *otherItems);
        in.workspaceResults.insert(in.workspaceResults.end(), results.begin(), results.end());
        ++lent;
    }

    auto adSets = AdSetRepository(db).listForCampaign(campaignId);
    if (!adSets)
        return adSets.error();
    in.adSets = std::move(*adSets);
    auto logs = AutomationLogRepository(db).listForCampaign(campaignId);
    if (!logs)
        return logs.error();
    in.logs = std::move(*logs);
    return in;
}

bool itemMayMove(const ContentItem &item, const std::vector<PublishTarget> &targets, const QDateTime &nowUtc)
{
    if (item.approval != ApprovalState::Approved || item.publishState != PublishState::Queued || item.adSetId
        || !item.scheduledUtc.isValid() || item.scheduledUtc <= nowUtc)
        return false;
    return std::all_of(targets.begin(), targets.end(), [](const PublishTarget &t) {
        return t.state == TargetState::Scheduled && !t.nativeSchedule && !t.released;
    });
}

std::vector<ScheduledSlot> scheduleSlots(const OptimiserInputs &inputs, const QDateTime &nowUtc)
{
    std::vector<ScheduledSlot> slots;
    for (const ContentItem &item : inputs.items) {
        if (item.adSetId || !item.scheduledUtc.isValid() || item.approval == ApprovalState::Rejected
            || item.publishState == PublishState::Cancelled)
            continue;
        auto targets = inputs.targets.find(item.id);
        static const std::vector<PublishTarget> kNone;
        const bool movable = itemMayMove(item, targets == inputs.targets.end() ? kNone : targets->second, nowUtc);
        slots.push_back({item.id, item.platform, item.scheduledUtc, movable});
    }
    return slots;
}

std::vector<std::vector<AdSetPerformance>> adSetGroups(const OptimiserInputs &inputs, const PlanningData &data,
                                                       const QDateTime &dayStartUtc)
{
    const bool conversions = countsConversions(inputs.campaign.objective);
    const Metric resultMetric = conversions ? Metric::Conversions : Metric::Clicks;
    std::map<qint64, qint64> itemAdSet; // ad item -> its ad set
    for (const ContentItem &item : inputs.items) {
        if (item.adSetId)
            itemAdSet[item.id] = *item.adSetId;
    }
    // Ads report per ad (content item); ad-set-level samples count only for
    // ad sets without ad-level ones, so nothing is counted twice.
    std::map<qint64, double> adSpend, adResults, setSpend, setResults;
    std::set<qint64> hasAdLevel;
    for (const MetricSample &s : inputs.latest) {
        std::optional<qint64> adSet = s.adSetId;
        if (s.contentItemId) {
            auto it = itemAdSet.find(*s.contentItemId);
            if (it != itemAdSet.end())
                adSet = it->second;
            if (!adSet)
                continue;
            hasAdLevel.insert(*adSet);
            if (s.metric == Metric::SpendMinor)
                adSpend[*adSet] += s.value;
            else if (s.metric == resultMetric)
                adResults[*adSet] += s.value;
        } else if (adSet) {
            if (s.metric == Metric::SpendMinor)
                setSpend[*adSet] += s.value;
            else if (s.metric == resultMetric)
                setResults[*adSet] += s.value;
        }
    }
    const auto dayStart = budgetsAtDayStart(inputs.logs, dayStartUtc);
    const BudgetAllocator allocator(data);
    const QString objective = inputs.campaign.objective ? enumId(*inputs.campaign.objective) : QString();
    std::map<std::pair<QString, int>, std::vector<AdSetPerformance>> groups;
    for (const AdSet &adSet : inputs.adSets) {
        const QString channel = channelOf(adSet.platform);
        const Money &amount = adSet.budget.amount;
        if (channel.isEmpty() || amount.minor <= 0)
            continue;
        AdSetPerformance p;
        p.adSetId = adSet.id;
        p.platform = adSet.platform;
        p.budgetMinor = amount.minor;
        auto start = dayStart.find(adSet.id);
        p.dayStartBudgetMinor = start != dayStart.end() ? start->second : amount.minor;
        const bool adLevel = hasAdLevel.count(adSet.id) > 0;
        p.spendMinor = adLevel ? adSpend[adSet.id] : setSpend[adSet.id];
        p.results = adLevel ? adResults[adSet.id] : setResults[adSet.id];
        const double dailyFloor = allocator.minimumDailyPerAdSet(channel, objective, amount.currency).value_or(0);
        qint64 days = 1;
        if (adSet.budget.period == BudgetPeriod::Total) {
            if (adSet.startUtc.isValid() && adSet.endUtc.isValid())
                days = std::max<qint64>(1, adSet.startUtc.daysTo(adSet.endUtc));
            else if (inputs.campaign.startDate.isValid() && inputs.campaign.endDate.isValid())
                days = std::max<qint64>(1, inputs.campaign.startDate.daysTo(inputs.campaign.endDate) + 1);
        }
        p.floorMinor = moneyFromMajor(dailyFloor * double(days), amount.currency).minor;
        groups[{amount.currency, int(adSet.budget.period)}].push_back(p);
    }
    std::vector<std::vector<AdSetPerformance>> out;
    for (auto &[key, group] : groups)
        out.push_back(std::move(group));
    return out;
}

} // namespace cf
