#include "app/tracking/MetricsSeries.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <tuple>

namespace cf {
namespace {

constexpr qint64 kSecondsPerHour = 3600;
constexpr qint64 kHourlyUpToSeconds = 2 * 24 * kSecondsPerHour;

QTimeZone zoneOr(const QTimeZone &zone)
{
    return zone.isValid() ? zone : QTimeZone::utc();
}

// The start of the hour or day that contains `utc`, as seen in `zone`.
QDateTime bucketStartOf(const QDateTime &utc, SeriesGranularity granularity, const QTimeZone &zone)
{
    const QDateTime local = utc.toTimeZone(zone);
    if (granularity == SeriesGranularity::Day)
        return QDateTime(local.date(), QTime(0, 0), zone).toUTC();
    // Whole local hours; stepping by 3600 s from here stays aligned, also
    // in zones whose offset is not a whole number of hours.
    const qint64 intoHour = qint64(local.time().minute()) * 60 + local.time().second();
    return QDateTime::fromSecsSinceEpoch(utc.toSecsSinceEpoch() - intoHour, QTimeZone::utc());
}

QDateTime nextBucket(const QDateTime &startUtc, SeriesGranularity granularity, const QTimeZone &zone)
{
    if (granularity == SeriesGranularity::Hour)
        return startUtc.addSecs(kSecondsPerHour);
    // Next local midnight: a calendar day, so days of 23 or 25 hours (DST) stay one bar.
    const QDate day = startUtc.toTimeZone(zone).date().addDays(1);
    return QDateTime(day, QTime(0, 0), zone).toUTC();
}

// A counter: one ad set's or item's (or the campaign's) series of one metric.
using CounterKey = std::tuple<int, int, qint64, qint64>; // platform, metric, ad set, item

} // namespace

SeriesGranularity chooseGranularity(const QDateTime &fromUtc, const QDateTime &toUtc)
{
    if (!fromUtc.isValid() || !toUtc.isValid())
        return SeriesGranularity::Day;
    return fromUtc.secsTo(toUtc) <= kHourlyUpToSeconds ? SeriesGranularity::Hour : SeriesGranularity::Day;
}

std::vector<QDateTime> bucketStarts(const QDateTime &fromUtc, const QDateTime &toUtc, SeriesGranularity granularity,
                                    const QTimeZone &zone)
{
    std::vector<QDateTime> starts;
    if (!fromUtc.isValid() || !toUtc.isValid() || toUtc < fromUtc)
        return starts;
    const QTimeZone z = zoneOr(zone);
    QDateTime start = bucketStartOf(fromUtc, granularity, z);
    const QDateTime last = bucketStartOf(toUtc, granularity, z);
    if (granularity == SeriesGranularity::Hour) {
        const qint64 hours = start.secsTo(last) / kSecondsPerHour + 1;
        if (hours > kMaxBuckets)
            start = last.addSecs(-(kMaxBuckets - 1) * kSecondsPerHour);
    } else {
        const qint64 days = start.toTimeZone(z).date().daysTo(last.toTimeZone(z).date()) + 1;
        if (days > kMaxBuckets)
            start = QDateTime(last.toTimeZone(z).date().addDays(-(kMaxBuckets - 1)), QTime(0, 0), z).toUTC();
    }
    while (start <= last && int(starts.size()) < kMaxBuckets) {
        starts.push_back(start);
        const QDateTime next = nextBucket(start, granularity, z);
        if (next <= start) // a zone without a valid next midnight: never loop forever
            break;
        start = next;
    }
    return starts;
}

MetricsSeries::MetricsSeries(const std::vector<MetricSample> &input)
{
    std::vector<const MetricSample *> samples;
    samples.reserve(input.size());
    // Platform+metric pairs that have per-item or per-ad-set counters; their
    // campaign-level samples would count the same results twice.
    std::set<std::pair<int, int>> detailed;
    for (const MetricSample &sample : input) {
        if (!sample.sampledAt.isValid() || !std::isfinite(sample.value))
            continue;
        samples.push_back(&sample);
        if (sample.adSetId || sample.contentItemId)
            detailed.insert({int(sample.platform), int(sample.metric)});
    }
    std::stable_sort(samples.begin(), samples.end(),
                     [](const MetricSample *a, const MetricSample *b) { return a->sampledAt < b->sampledAt; });

    std::map<CounterKey, double> highWater;
    for (const MetricSample *sample : samples) {
        const bool campaignLevel = !sample->adSetId && !sample->contentItemId;
        if (campaignLevel && detailed.count({int(sample->platform), int(sample->metric)}))
            continue;
        const CounterKey key{int(sample->platform), int(sample->metric), sample->adSetId.value_or(-1),
                             sample->contentItemId.value_or(-1)};
        const QDateTime at = sample->sampledAt.toUTC();
        if (!m_first.isValid() || at < m_first)
            m_first = at;
        if (!m_last.isValid() || at > m_last)
            m_last = at;
        const auto found = highWater.find(key);
        const double previous = found == highWater.end() ? 0.0 : found->second;
        const double added = std::max(0.0, sample->value - previous);
        highWater[key] = std::max(previous, sample->value);
        m_increments.push_back({sample->platform, sample->metric, at, added});
    }
}

std::vector<Platform> MetricsSeries::platforms() const
{
    std::set<int> seen;
    for (const Increment &increment : m_increments)
        seen.insert(int(increment.platform));
    std::vector<Platform> result;
    for (int platform : seen)
        result.push_back(Platform(platform));
    return result;
}

std::vector<Metric> MetricsSeries::metrics() const
{
    std::set<int> seen;
    for (const Increment &increment : m_increments)
        seen.insert(int(increment.metric));
    std::vector<Metric> result;
    for (int metric : seen)
        result.push_back(Metric(metric));
    return result;
}

double MetricsSeries::total(Metric metric, std::optional<Platform> platform) const
{
    double sum = 0;
    for (const Increment &increment : m_increments) {
        if (increment.metric == metric && (!platform || increment.platform == *platform))
            sum += increment.value;
    }
    return sum;
}

bool MetricsSeries::has(Metric metric, std::optional<Platform> platform) const
{
    return std::any_of(m_increments.begin(), m_increments.end(), [&](const Increment &increment) {
        return increment.metric == metric && (!platform || increment.platform == *platform);
    });
}

SeriesGranularity MetricsSeries::granularityFor(const MetricsSeriesOptions &options) const
{
    if (options.granularity)
        return *options.granularity;
    return chooseGranularity(options.fromUtc.isValid() ? options.fromUtc : m_first,
                             options.toUtc.isValid() ? options.toUtc : m_last);
}

std::vector<PlatformMetricSeries> MetricsSeries::series(Metric metric, const MetricsSeriesOptions &options,
                                                        std::optional<Platform> platform) const
{
    std::vector<PlatformMetricSeries> result;
    const QDateTime from = options.fromUtc.isValid() ? options.fromUtc.toUTC() : m_first;
    const QDateTime to = options.toUtc.isValid() ? options.toUtc.toUTC() : m_last;
    const SeriesGranularity granularity = granularityFor(options);
    const QTimeZone zone = zoneOr(options.zone);
    const std::vector<QDateTime> starts = bucketStarts(from, to, granularity, zone);
    if (starts.empty())
        return result;
    const QDateTime end = nextBucket(starts.back(), granularity, zone);

    for (Platform candidate : platforms()) {
        if (platform && candidate != *platform)
            continue;
        PlatformMetricSeries line;
        line.platform = candidate;
        line.metric = metric;
        line.buckets.reserve(starts.size());
        for (const QDateTime &start : starts)
            line.buckets.push_back({start, 0.0});
        bool hasMetric = false;
        for (const Increment &increment : m_increments) {
            if (increment.platform != candidate || increment.metric != metric)
                continue;
            hasMetric = true;
            if (increment.atUtc < starts.front() || increment.atUtc >= end)
                continue;
            // The last bucket whose start is not after the increment.
            const auto it = std::upper_bound(starts.begin(), starts.end(), increment.atUtc);
            const auto index = size_t(std::distance(starts.begin(), it) - 1);
            line.buckets[index].value += increment.value;
            line.rangeTotal += increment.value;
        }
        if (hasMetric)
            result.push_back(std::move(line));
    }
    return result;
}

} // namespace cf
