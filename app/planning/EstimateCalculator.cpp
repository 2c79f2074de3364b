#include "app/planning/EstimateCalculator.h"

#include <cmath>

namespace cf {

EstimatePlan EstimateCalculator::estimate(const CampaignBrief &brief, const BudgetPlan &budget) const
{
    EstimatePlan plan;
    for (const ChannelBudget &cb : budget.channels) {
        const auto usd = m_data.toUsd(cb.amount, budget.currency);
        const auto channelRows = m_data.benchmarks.find(cb.channel);
        if (!usd || channelRows == m_data.benchmarks.end())
            continue;
        auto row = channelRows->second.find(brief.region);
        if (row == channelRows->second.end())
            row = channelRows->second.find(QStringLiteral("other"));
        if (row == channelRows->second.end())
            continue;
        const BenchmarkRow &b = row->second;
        ChannelEstimate e;
        e.channel = cb.channel;
        e.spend = cb.amount;
        e.spendUsd = std::round(*usd * 100) / 100;
        e.cpmUsd = b.cpm;
        e.ctrPercent = b.ctr;
        e.impressions = {std::floor(*usd / b.cpm.high * 1000), std::floor(*usd / b.cpm.low * 1000)};
        e.reach = {std::floor(e.impressions.low / b.frequency.high), std::floor(e.impressions.high / b.frequency.low)};
        e.clicks = {std::floor(e.impressions.low * b.ctr.low / 100), std::floor(e.impressions.high * b.ctr.high / 100)};
        e.conversions = {std::floor(e.clicks.low * b.cvr.low / 100), std::floor(e.clicks.high * b.cvr.high / 100)};
        for (const QString &id : b.sources) {
            const auto title = m_data.benchmarkSourceTitles.find(id);
            e.sources << (title == m_data.benchmarkSourceTitles.end() ? id : title->second);
        }
        plan.impressions.low += e.impressions.low;
        plan.impressions.high += e.impressions.high;
        plan.reach.low += e.reach.low;
        plan.reach.high += e.reach.high;
        plan.clicks.low += e.clicks.low;
        plan.clicks.high += e.clicks.high;
        plan.conversions.low += e.conversions.low;
        plan.conversions.high += e.conversions.high;
        plan.channels.push_back(e);
    }
    return plan;
}

} // namespace cf
