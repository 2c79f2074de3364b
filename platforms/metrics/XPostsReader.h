#pragma once

#include "platforms/auth/AuthTypes.h"
#include "platforms/metrics/MetricsReader.h"
#include "platforms/publishing/PublishHttp.h"

namespace cf {

// X posts through the v2 post lookup: GET /2/tweets?ids=..&tweet.fields=
// public_metrics, up to 100 posts a request. impression_count -> impressions;
// likes, replies, reposts, quotes and bookmarks -> engagements. A post X no
// longer finds (deleted) is listed under "errors" and simply not measured.
// Errors are problem+json with HTTP statuses; 429 carries x-rate-limit-reset.
class XPostsReader final : public MetricsReader
{
public:
    static constexpr size_t kIdsPerRequest = 100;

    XPostsReader(QNetworkAccessManager &network, const EndpointMap &endpoints, UtcNow now);

    Platform platform() const override { return Platform::X; }
    bool readsAds() const override { return false; }
    bool readsStatus(bool) const override { return false; }
    void readMetrics(const MetricsQuery &query, QObject *context, MetricsDone done) override;
    void readStatus(const MetricsQuery &query, QObject *context, StatusDone done) override;

private:
    PublishHttp m_http;
    UtcNow m_now;
};

} // namespace cf
