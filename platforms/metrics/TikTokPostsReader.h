#pragma once

#include "platforms/auth/AuthTypes.h"
#include "platforms/metrics/MetricsReader.h"
#include "platforms/publishing/PublishHttp.h"

namespace cf {

// Organic TikTok posts through the Display API: POST open.tiktokapis.com/
// v2/video/query/?fields=id,view_count,like_count,comment_count,share_count
// with {"filters":{"video_ids":[..]}}, 20 posts a request (needs the
// video.list scope). view_count -> video views and impressions; likes +
// comments + shares -> engagements. Posts TikTok does not return (private,
// deleted, still in the creator's inbox) are not measured. Errors are
// {"error":{"code","message"}} with HTTP statuses (401 access_token_invalid).
class TikTokPostsReader final : public MetricsReader
{
public:
    static constexpr size_t kIdsPerRequest = 20;

    TikTokPostsReader(QNetworkAccessManager &network, const EndpointMap &endpoints, UtcNow now);

    Platform platform() const override { return Platform::TikTok; }
    bool readsAds() const override { return false; }
    bool readsStatus(bool) const override { return false; }
    void readMetrics(const MetricsQuery &query, QObject *context, MetricsDone done) override;
    void readStatus(const MetricsQuery &query, QObject *context, StatusDone done) override;

private:
    PublishHttp m_http;
    UtcNow m_now;
};

} // namespace cf
