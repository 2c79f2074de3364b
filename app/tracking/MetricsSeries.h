#pragma once

#include "models/domain/MetricSample.h"
#include "models/domain/Platform.h"

#include <QDateTime>
#include <QTimeZone>

#include <optional>
#include <vector>

namespace cf {

// How wide one bar of a results chart is.
enum class SeriesGranularity { Hour, Day };

// What was added during one bucket [startUtc, next bucket's start).
struct MetricBucket
{
    QDateTime startUtc;
    double value = 0;

    friend bool operator==(const MetricBucket &, const MetricBucket &) = default;
};

// One platform's additions of one metric, bucket by bucket.
struct PlatformMetricSeries
{
    Platform platform = Platform::Facebook;
    Metric metric = Metric::Impressions;
    // Contiguous and oldest first; a bucket where nothing was added is 0.
    std::vector<MetricBucket> buckets;
    // The sum of the buckets (what was added inside the range).
    double rangeTotal = 0;
};

struct MetricsSeriesOptions
{
    // The buckets cover the instants from..to; an invalid bound takes the
    // first or last sample's time.
    QDateTime fromUtc;
    QDateTime toUtc;
    // Where a day (or an hour, for zones with half-hour offsets) starts: the
    // campaign's time zone. Invalid means UTC.
    QTimeZone zone;
    // Unset: chooseGranularity(from, to).
    std::optional<SeriesGranularity> granularity;
};

// Hours for ranges up to two days, days beyond.
SeriesGranularity chooseGranularity(const QDateTime &fromUtc, const QDateTime &toUtc);

// The start of every bucket that covers fromUtc..toUtc (both included), in
// UTC, oldest first. At most kMaxBuckets; a longer hourly range is cut at
// its start so the newest hours stay.
std::vector<QDateTime> bucketStarts(const QDateTime &fromUtc, const QDateTime &toUtc, SeriesGranularity granularity,
                                    const QTimeZone &zone);

// Turns a campaign's cumulative samples (any platforms, metrics, ad sets and
// content items, in any order) into additions over time.
//
// Each (platform, metric, ad set, content item) is one counter. Its first
// sample counts in full (a post or ad starts at zero); each later sample adds
// what it exceeds the highest value seen so far by. A lower value adds
// nothing and does not lower the mark: platforms report lifetime counters, so
// a drop is a failed read, a zero for "not available yet" or a late
// correction, and subtracting it would draw a negative bar while counting
// the recovery again would count the same people twice.
//
// Campaign-level samples (no ad set, no item) count only for a platform and
// metric that has no per-item or per-ad-set samples, so a platform that
// reports both is not counted twice.
//
// Reach is summed across items and ad sets like the other counters; the
// platforms do not say how much their audiences overlap, so a campaign's
// reach is an upper bound.
class MetricsSeries
{
public:
    MetricsSeries() = default;
    explicit MetricsSeries(const std::vector<MetricSample> &samples);

    bool isEmpty() const { return m_increments.empty(); }
    // Platforms with at least one sample, in Platform order.
    std::vector<Platform> platforms() const;
    // Metrics with at least one sample, in Metric order.
    std::vector<Metric> metrics() const;
    // First and last sample times (invalid when empty).
    QDateTime firstSampleUtc() const { return m_first; }
    QDateTime lastSampleUtc() const { return m_last; }

    // Everything measured for the metric, on one platform or on all.
    double total(Metric metric, std::optional<Platform> platform = std::nullopt) const;
    // Whether the metric was measured at all (on the platform, or on any).
    bool has(Metric metric, std::optional<Platform> platform = std::nullopt) const;

    // One series per platform that has the metric (or just the given
    // platform), in Platform order.
    std::vector<PlatformMetricSeries> series(Metric metric, const MetricsSeriesOptions &options,
                                             std::optional<Platform> platform = std::nullopt) const;

    // The granularity and range series() uses for these options.
    SeriesGranularity granularityFor(const MetricsSeriesOptions &options) const;

    // One addition: `value` observed at `atUtc` on a counter.
    struct Increment
    {
        Platform platform;
        Metric metric;
        QDateTime atUtc;
        double value;
    };
    const std::vector<Increment> &increments() const { return m_increments; }

private:
    std::vector<Increment> m_increments;
    QDateTime m_first;
    QDateTime m_last;
};

constexpr int kMaxBuckets = 24 * 92;

} // namespace cf
