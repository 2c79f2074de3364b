#pragma once

#include "platforms/metrics/MetricsReader.h"
#include "platforms/auth/AuthTypes.h"
#include "platforms/publishing/PublishHttp.h"

namespace cf {

// Facebook Page posts, Instagram media and Meta ads (for either platform)
// through the Graph API:
//  - ads: GET /{ad id}/insights?fields=impressions,reach,clicks,spend,actions,
//    account_currency&date_preset=maximum (numbers arrive as strings; spend in
//    the account currency's major units); status from GET /{ad id}?fields=
//    effective_status,ad_review_feedback;
//  - Page posts: GET /{post id}/insights?metric=post_impressions,
//    post_impressions_unique,post_clicks,post_reactions_by_type_total;
//  - Instagram media: GET /{media id}/insights?metric=views,reach,likes,
//    comments,shares,saved.
// Organic posts have no review status here (readsStatus(false) is false).
class MetaInsightsReader final : public MetricsReader
{
public:
    MetaInsightsReader(Platform platform, QNetworkAccessManager &network, const EndpointMap &endpoints, UtcNow now);

    Platform platform() const override { return m_platform; }
    bool readsAds() const override { return true; }
    bool readsStatus(bool ads) const override { return ads; }
    void readMetrics(const MetricsQuery &query, QObject *context, MetricsDone done) override;
    void readStatus(const MetricsQuery &query, QObject *context, StatusDone done) override;

    // The verdict for an ad's effective_status.
    static EntityVerdict verdictForAdStatus(const QString &effectiveStatus);

private:
    HttpCall insightsCall(const MetricsQuery &query, const QString &id) const;
    std::optional<EntityMetrics> parseInsights(bool ads, const QString &id, const QJsonObject &body) const;

    Platform m_platform;
    PublishHttp m_http;
    UtcNow m_now;
};

} // namespace cf
