#pragma once

#include "models/domain/ContentItem.h"
#include "models/domain/MetricSample.h"
#include "models/domain/Platform.h"

#include <QDateTime>
#include <QTimeZone>

#include <optional>
#include <vector>

namespace cf {

// What one published item reached: its latest cumulative impressions and
// engagements (clicks stand in when a platform reports no engagements).
struct PostedItemResult
{
    qint64 contentId = 0;
    qint64 campaignId = 0;
    Platform platform = Platform::Facebook;
    QDateTime postedUtc; // when it went out (the item's scheduled time)
    double impressions = 0;
    double engagements = 0;
};

// Engagement by local hour of day for one platform.
struct HourStat
{
    int hour = 0; // 0..23 in the campaign's time zone
    int items = 0;
    double impressions = 0;
    double engagements = 0;
    double rate() const { return impressions > 0 ? engagements / impressions : 0; }
};

// The measured hours of one platform, best first, and whether there is
// enough data to act on them.
struct PlatformHours
{
    Platform platform = Platform::Facebook;
    std::vector<HourStat> ranked; // best engagement rate first (ties: more impressions first)
    int items = 0;
    double impressions = 0;
    bool enough = false;
    // The measured rate of an hour; nullopt when nothing was posted then.
    std::optional<double> rateAt(int hour) const;
    double averageRate() const;
};

// Engagement rate by hour of day per platform, in the campaign's time zone,
// from the item-level metric samples (issue #7, AI-optimised level). Samples
// are cumulative, so each item counts with its latest values. A platform
// needs a minimum amount of data (items, impressions, at least two distinct
// hours to compare) before its ranking may move anything.
class BestHours
{
public:
    struct Thresholds
    {
        int minItems = 6;
        double minImpressions = 500;
        int minDistinctHours = 2;
        double minItemImpressions = 1; // items with fewer impressions carry no rate
    };

    // One result per published item that has samples: the latest value of
    // each metric of each item (items unknown to `items` and ads are dropped).
    static std::vector<PostedItemResult> collect(const std::vector<MetricSample> &samples,
                                                 const std::vector<ContentItem> &items);

    // The hours of one platform from `results` (other platforms ignored).
    static PlatformHours rank(Platform platform, const std::vector<PostedItemResult> &results, const QTimeZone &zone,
                              const Thresholds &thresholds);
};

} // namespace cf
