#include "app/automation/BestHours.h"

#include <algorithm>
#include <array>
#include <map>

namespace cf {

std::optional<double> PlatformHours::rateAt(int hour) const
{
    for (const HourStat &stat : ranked) {
        if (stat.hour == hour)
            return stat.rate();
    }
    return std::nullopt;
}

double PlatformHours::averageRate() const
{
    double engagements = 0;
    for (const HourStat &stat : ranked)
        engagements += stat.engagements;
    return impressions > 0 ? engagements / impressions : 0;
}

std::vector<PostedItemResult> BestHours::collect(const std::vector<MetricSample> &samples,
                                                 const std::vector<ContentItem> &items)
{
    // Latest sample per (item, metric): values are cumulative.
    std::map<std::pair<qint64, Metric>, const MetricSample *> latest;
    for (const MetricSample &sample : samples) {
        if (!sample.contentItemId)
            continue;
        const auto key = std::make_pair(*sample.contentItemId, sample.metric);
        auto it = latest.find(key);
        if (it == latest.end() || it->second->sampledAt < sample.sampledAt)
            latest[key] = &sample;
    }
    auto value = [&latest](qint64 id, Metric metric) -> std::optional<double> {
        auto it = latest.find({id, metric});
        return it == latest.end() ? std::nullopt : std::optional<double>(it->second->value);
    };
    std::vector<PostedItemResult> results;
    for (const ContentItem &item : items) {
        if (item.adSetId)
            continue; // an ad's delivery does not depend on the hour it was created
        const auto impressions = value(item.id, Metric::Impressions);
        if (!impressions || !item.scheduledUtc.isValid())
            continue;
        auto engagements = value(item.id, Metric::Engagements);
        if (!engagements)
            engagements = value(item.id, Metric::Clicks);
        PostedItemResult r;
        r.contentId = item.id;
        r.campaignId = item.campaignId;
        r.platform = item.platform;
        r.postedUtc = item.scheduledUtc;
        r.impressions = std::max(0.0, *impressions);
        r.engagements = std::max(0.0, engagements.value_or(0));
        results.push_back(r);
    }
    return results;
}

PlatformHours BestHours::rank(Platform platform, const std::vector<PostedItemResult> &results, const QTimeZone &zone,
                              const Thresholds &thresholds)
{
    std::array<HourStat, 24> byHour{};
    for (int h = 0; h < 24; ++h)
        byHour[size_t(h)].hour = h;
    PlatformHours out;
    out.platform = platform;
    for (const PostedItemResult &r : results) {
        if (r.platform != platform || r.impressions < thresholds.minItemImpressions || !r.postedUtc.isValid())
            continue;
        const int hour = r.postedUtc.toTimeZone(zone).time().hour();
        HourStat &stat = byHour[size_t(hour)];
        ++stat.items;
        stat.impressions += r.impressions;
        stat.engagements += std::min(r.engagements, r.impressions);
        ++out.items;
        out.impressions += r.impressions;
    }
    for (const HourStat &stat : byHour) {
        if (stat.items > 0)
            out.ranked.push_back(stat);
    }
    std::stable_sort(out.ranked.begin(), out.ranked.end(), [](const HourStat &a, const HourStat &b) {
        if (a.rate() != b.rate())
            return a.rate() > b.rate();
        return a.impressions > b.impressions;
    });
    out.enough = out.items >= thresholds.minItems && out.impressions >= thresholds.minImpressions
                 && int(out.ranked.size()) >= thresholds.minDistinctHours;
    return out;
}

} // namespace cf
