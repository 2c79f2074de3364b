#pragma once

#include "platforms/auth/AuthTypes.h"
#include "platforms/metrics/MetricsReader.h"
#include "platforms/publishing/PublishHttp.h"

namespace cf {

// YouTube videos through the Data API v3: GET youtube/v3/videos?part=
// statistics,status,processingDetails&id=a,b (up to 50 ids a request; counts
// are strings). viewCount -> video views and impressions (the Data API has
// no impressions), likes + comments -> engagements. Status: uploadStatus
// rejected (rejectionReason) = rejected, failed/deleted (failureReason) =
// failed, processed or processing succeeded = live, otherwise pending.
// Errors: Google's {"error":{"errors":[{"reason"}]}}; quotaExceeded and
// rateLimitExceeded are rate limits.
class YouTubeVideosReader final : public MetricsReader
{
public:
    static constexpr size_t kIdsPerRequest = 50;

    YouTubeVideosReader(QNetworkAccessManager &network, const EndpointMap &endpoints, UtcNow now);

    Platform platform() const override { return Platform::YouTube; }
    bool readsAds() const override { return false; }
    bool readsStatus(bool ads) const override { return !ads; }
    void readMetrics(const MetricsQuery &query, QObject *context, MetricsDone done) override;
    void readStatus(const MetricsQuery &query, QObject *context, StatusDone done) override;

    static EntityStatus statusOf(const QJsonObject &video);

private:
    // Reads the videos of one batch with the given parts; `parse` turns each item into T.
    template <typename T>
    void read(const MetricsQuery &query, QObject *context, const QString &parts,
              std::function<std::optional<T>(const QJsonObject &item)> parse, std::function<void(const ReadResult<T> &)> done);
    PublishOutcome failure(const HttpResult &result) const;

    PublishHttp m_http;
    UtcNow m_now;
};

} // namespace cf
