#pragma once

#include "models/domain/EnumIds.h"
#include "models/domain/Platform.h"

#include <QDateTime>

#include <nlohmann/json_fwd.hpp>

#include <optional>

namespace cf {

enum class Metric { Impressions, Reach, Clicks, Engagements, Conversions, VideoViews, SpendMinor, Followers };
template <>
struct EnumIdTable<Metric>
{
    static constexpr EnumIdEntries<Metric, 8> entries{{
        {Metric::Impressions, "impressions"},
        {Metric::Reach, "reach"},
        {Metric::Clicks, "clicks"},
        {Metric::Engagements, "engagements"},
        {Metric::Conversions, "conversions"},
        {Metric::VideoViews, "video_views"},
        {Metric::SpendMinor, "spend_minor"},
        {Metric::Followers, "followers"},
    }};
};

// One measured value at one moment, for a campaign and optionally for one of
// its ad sets or content items. Values are cumulative as the platform
// reports them; the dashboard takes differences.
struct MetricSample
{
    qint64 id = 0; // 0 until stored
    qint64 campaignId = 0;
    std::optional<qint64> adSetId;
    std::optional<qint64> contentItemId;
    Platform platform = Platform::Facebook;
    Metric metric = Metric::Impressions;
    double value = 0;
    QDateTime sampledAt; // UTC

    friend bool operator==(const MetricSample &, const MetricSample &) = default;
};

void to_json(nlohmann::json &j, const MetricSample &value);
void from_json(const nlohmann::json &j, MetricSample &value);

} // namespace cf
