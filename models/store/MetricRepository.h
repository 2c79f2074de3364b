#pragma once

#include "models/domain/MetricSample.h"
#include "models/store/StoreError.h"

#include <QDateTime>

#include <optional>
#include <vector>

namespace cf {
class Database;

// One point of a campaign-wide series: the sum of every item's and ad set's
// latest cumulative value as measured in the same tracking pass.
struct MetricTotalPoint
{
    QDateTime sampledAt; // UTC
    double value = 0;

    friend bool operator==(const MetricTotalPoint &, const MetricTotalPoint &) = default;
};

// The metrics table (schema v1): cumulative values per campaign, optionally
// per ad set or content item, written by the tracking thread once per pass
// and read by the dashboard. Samples are never updated; a later pass adds a
// new row with the newer cumulative value, so history is a plain time series.
class MetricRepository
{
public:
    explicit MetricRepository(const Database &database) : m_db(database) {}

    // Stores every sample in one transaction (all or nothing). Refuses a
    // sample without a campaign or time, or with a value that is not a finite
    // number, before anything is written.
    StoreStatus append(const std::vector<MetricSample> &samples) const;

    // The newest sample for each (ad set, content item, platform, metric) of
    // the campaign, ordered by platform, content item, ad set, metric.
    StoreResult<std::vector<MetricSample>> latest(qint64 campaignId) const;

    // The campaign's samples of one metric with from <= sampled_at <= to
    // (an invalid bound is open), optionally for one platform, oldest first.
    StoreResult<std::vector<MetricSample>> series(qint64 campaignId, std::optional<Platform> platform, Metric metric,
                                                  const QDateTime &fromUtc, const QDateTime &toUtc) const;
    // The same samples summed per sampling time (one point per tracking pass).
    StoreResult<std::vector<MetricTotalPoint>> seriesTotals(qint64 campaignId, std::optional<Platform> platform,
                                                            Metric metric, const QDateTime &fromUtc,
                                                            const QDateTime &toUtc) const;

    // Campaigns that have at least one sample, by id.
    StoreResult<std::vector<qint64>> campaignsWithSamples() const;
    // Platforms with samples for the campaign, in Platform order of their ids.
    StoreResult<std::vector<Platform>> platformsWithSamples(qint64 campaignId) const;
    // When the campaign was last measured (invalid when never).
    StoreResult<QDateTime> lastSampledAt(qint64 campaignId) const;

private:
    StoreResult<std::vector<MetricSample>> select(const QString &statement, const QVariantList &args) const;

    const Database &m_db;
};

} // namespace cf
