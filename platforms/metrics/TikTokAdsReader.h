#pragma once

#include "platforms/auth/AuthTypes.h"
#include "platforms/metrics/MetricsReader.h"
#include "platforms/publishing/PublishHttp.h"

namespace cf {

// TikTok ads through the Marketing API v1.3 (../shared/platforms/ads.md 2.6-2.7):
//  - metrics: GET report/integrated/get/?advertiser_id=..&report_type=BASIC
//    &data_level=AUCTION_AD&dimensions=["ad_id"]&metrics=[...]&query_lifetime=
//    true&filtering=[{"field_name":"ad_ids","filter_type":"IN","filter_value":
//    "[...]"}], up to 100 ads per request; values are strings, spend in the
//    advertiser currency's major units;
//  - status: GET ad/get/?advertiser_id=..&filtering={"ad_ids":[...]} and each
//    ad's secondary_status (AD_STATUS_AUDIT_DENY = rejected, DELIVERY_OK = live).
// The advertiser id is the ad account connection's account id. Organic
// TikTok posts are read by TikTokPostsReader.
class TikTokAdsReader final : public MetricsReader
{
public:
    static constexpr size_t kIdsPerRequest = 100;

    TikTokAdsReader(QNetworkAccessManager &network, const EndpointMap &endpoints, UtcNow now);

    Platform platform() const override { return Platform::TikTok; }
    bool readsAds() const override { return true; }
    bool readsStatus(bool ads) const override { return ads; }
    void readMetrics(const MetricsQuery &query, QObject *context, MetricsDone done) override;
    void readStatus(const MetricsQuery &query, QObject *context, StatusDone done) override;

    static EntityVerdict verdictFor(const QString &secondaryStatus);

private:
    PublishHttp m_http;
    UtcNow m_now;
};

} // namespace cf
