#pragma once

#include "platforms/auth/AuthTypes.h"
#include "platforms/metrics/MetricsReader.h"
#include "platforms/publishing/PublishHttp.h"

namespace cf {

// LinkedIn member and organisation posts: GET /rest/socialActions/{post urn}
// (LinkedIn-Version and X-Restli-Protocol-Version 2.0.0 headers), one post a
// request: aggregated likes + comments -> engagements. Impressions and
// clicks need organizationalEntityShareStatistics (organisation pages
// only, r_organization_social) and are not read yet. Errors:
// {"status","serviceErrorCode","code","message"} (401 65601 expired).
class LinkedInPostsReader final : public MetricsReader
{
public:
    LinkedInPostsReader(QNetworkAccessManager &network, const EndpointMap &endpoints, UtcNow now);

    Platform platform() const override { return Platform::LinkedIn; }
    bool readsAds() const override { return false; }
    bool readsStatus(bool) const override { return false; }
    void readMetrics(const MetricsQuery &query, QObject *context, MetricsDone done) override;
    void readStatus(const MetricsQuery &query, QObject *context, StatusDone done) override;

private:
    PublishHttp m_http;
    UtcNow m_now;
};

} // namespace cf
