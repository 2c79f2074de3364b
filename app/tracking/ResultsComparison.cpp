#include "app/tracking/ResultsComparison.h"

#include "app/tracking/MetricsSeries.h"

#include <algorithm>
#include <cmath>

namespace cf {

CampaignProgress campaignProgress(const QDate &start, const QDate &end, const QDate &today)
{
    CampaignProgress progress;
    if (!start.isValid() || !end.isValid() || end < start)
        return progress;
    progress.totalDays = int(start.daysTo(end) + 1);
    if (!today.isValid() || today < start)
        return progress;
    progress.elapsedDays = int(std::min<qint64>(start.daysTo(today) + 1, progress.totalDays));
    return progress;
}

std::optional<EstimateRange> estimateFor(const PerformanceEstimate &estimate, Metric metric)
{
    const EstimateRange *range = nullptr;
    switch (metric) {
    case Metric::Reach: range = &estimate.reach; break;
    case Metric::Impressions: range = &estimate.impressions; break;
    case Metric::Clicks: range = &estimate.clicks; break;
    case Metric::Conversions: range = &estimate.conversions; break;
    case Metric::Engagements:
    case Metric::VideoViews:
    case Metric::SpendMinor:
    case Metric::Followers: break;
    }
    // An all-zero range is "not estimated", not "expect nothing".
    if (!range || (range->low == 0 && range->high == 0))
        return std::nullopt;
    return *range;
}

PredictedVsActual compareWithEstimate(Metric metric, double actual, const std::optional<EstimateRange> &estimate,
                                      const CampaignProgress &progress)
{
    PredictedVsActual result;
    result.metric = metric;
    result.actual = actual;
    if (!estimate)
        return result;
    result.estimate = *estimate;
    const double share = progress.fraction();
    result.pacedLow = double(std::min(estimate->low, estimate->high)) * share;
    result.pacedHigh = double(std::max(estimate->low, estimate->high)) * share;
    if (progress.elapsedDays == 0)
        result.verdict = PaceVerdict::NoEstimate; // nothing expected yet, so nothing to judge
    else if (actual < result.pacedLow)
        result.verdict = PaceVerdict::Behind;
    else if (actual > result.pacedHigh)
        result.verdict = PaceVerdict::Ahead;
    else
        result.verdict = PaceVerdict::OnTrack;
    return result;
}

namespace {

qint64 adSetPlannedMinor(const AdSet &adSet, const Campaign &campaign)
{
    if (adSet.budget.period == BudgetPeriod::Total)
        return adSet.budget.amount.minor;
    qint64 days = 0;
    if (adSet.startUtc.isValid() && adSet.endUtc.isValid() && adSet.endUtc > adSet.startUtc)
        days = qint64(std::ceil(double(adSet.startUtc.secsTo(adSet.endUtc)) / 86400.0));
    else
        days = campaignProgress(campaign.startDate, campaign.endDate, campaign.endDate).totalDays;
    return adSet.budget.amount.minor * days;
}

} // namespace

qint64 plannedSpendMinor(const Campaign &campaign, const std::vector<AdSet> &adSets, std::optional<Platform> platform)
{
    const QString currency = campaign.budget.amount.currency;
    qint64 sum = 0;
    bool anyAdSet = false;
    for (const AdSet &adSet : adSets) {
        if (adSet.campaignId != campaign.id && adSet.campaignId != 0)
            continue;
        if (platform && adSet.platform != *platform)
            continue;
        anyAdSet = true;
        // Another currency's minor units cannot be added to these.
        if (!currency.isEmpty() && !adSet.budget.amount.currency.isEmpty() && adSet.budget.amount.currency != currency)
            continue;
        sum += adSetPlannedMinor(adSet, campaign);
    }
    if (anyAdSet || platform)
        return sum;
    if (campaign.budget.period == BudgetPeriod::Total)
        return campaign.budget.amount.minor;
    return campaign.budget.amount.minor
        * campaignProgress(campaign.startDate, campaign.endDate, campaign.endDate).totalDays;
}

ResultsKpis resultsKpis(const MetricsSeries &series, std::optional<Platform> platform)
{
    ResultsKpis kpis;
    kpis.impressions = series.total(Metric::Impressions, platform);
    kpis.reach = series.total(Metric::Reach, platform);
    kpis.clicks = series.total(Metric::Clicks, platform);
    kpis.conversions = series.total(Metric::Conversions, platform);
    kpis.spendMinor = series.total(Metric::SpendMinor, platform);
    if (kpis.impressions > 0)
        kpis.clickThroughRate = kpis.clicks / kpis.impressions;
    // Organic posts report no spend: no cost rather than a cost of zero.
    const bool spendMeasured = series.has(Metric::SpendMinor, platform);
    if (kpis.clicks > 0 && spendMeasured)
        kpis.costPerClickMinor = kpis.spendMinor / kpis.clicks;
    if (kpis.conversions > 0 && spendMeasured)
        kpis.costPerResultMinor = kpis.spendMinor / kpis.conversions;
    return kpis;
}

} // namespace cf
