#pragma once

#include "platforms/auth/AuthTypes.h"
#include "platforms/metrics/MetricsReader.h"
#include "platforms/publishing/PublishHttp.h"

namespace cf {

// Snapchat ads through the Marketing API v1 (../shared/platforms/ads.md 3.7-3.8):
//  - metrics: GET /v1/ads/{id}/stats?granularity=TOTAL&fields=impressions,
//    swipes,spend,video_views,uniques,conversion_purchases (numbers; spend in
//    micro-currency of the ad account), one ad per request;
//  - status: GET /v1/ads/{id} and the ad's review_status (REJECTED with
//    review_status_reasons, APPROVED = live, PENDING).
// Requests are spaced kRequestSpacingMs apart. Errors: HTTP statuses (401 expired token, 429 without headers) with the
// {"request_status":"ERROR","error_code","debug_message"} body.
class SnapchatAdsReader final : public MetricsReader
{
public:
    // Snapchat allows 10 requests a second per token and answers 429
    // without a reset time: one request per ad, spaced to stay under it.
    static constexpr int kRequestSpacingMs = 110;

    SnapchatAdsReader(QNetworkAccessManager &network, const EndpointMap &endpoints, UtcNow now);

    Platform platform() const override { return Platform::Snapchat; }
    bool readsAds() const override { return true; }
    bool readsStatus(bool ads) const override { return ads; }
    void readMetrics(const MetricsQuery &query, QObject *context, MetricsDone done) override;
    void readStatus(const MetricsQuery &query, QObject *context, StatusDone done) override;

    static EntityVerdict verdictFor(const QString &reviewStatus);

private:
    HttpCall call(const QString &path, const QString &token, const QList<std::pair<QString, QString>> &query) const;
    PublishOutcome failure(const HttpResult &result) const;

    PublishHttp m_http;
    UtcNow m_now;
};

} // namespace cf
