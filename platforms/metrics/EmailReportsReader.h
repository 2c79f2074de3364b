#pragma once

#include "platforms/auth/AuthTypes.h"
#include "platforms/metrics/MetricsReader.h"
#include "platforms/publishing/PublishHttp.h"

namespace cf {

// Sent e-mail campaigns, one request per campaign:
//  - Mailchimp: GET {api_endpoint}/3.0/reports/{campaign_id} (the connection's
//    apiBase, e.g. https://us19.api.mailchimp.com): emails_sent -> reach,
//    opens.opens_total -> impressions, clicks.clicks_total -> clicks;
//    errors are problem+json;
//  - Kit: GET https://api.kit.com/v4/broadcasts/{id}/stats: recipients ->
//    reach, recipients x open_rate % -> impressions (opens), total_clicks ->
//    clicks; errors are {"errors":[...]}.
// E-mail has no review status (readsStatus is false).
class EmailReportsReader final : public MetricsReader
{
public:
    EmailReportsReader(Platform platform, QNetworkAccessManager &network, const EndpointMap &endpoints, UtcNow now);

    Platform platform() const override { return m_platform; }
    bool readsAds() const override { return false; }
    bool readsStatus(bool) const override { return false; }
    void readMetrics(const MetricsQuery &query, QObject *context, MetricsDone done) override;
    void readStatus(const MetricsQuery &query, QObject *context, StatusDone done) override;

private:
    HttpCall call(const MetricsQuery &query, const QString &id) const;
    std::optional<EntityMetrics> parse(const QString &id, const QJsonObject &body) const;
    PublishOutcome failure(const HttpResult &result) const;

    Platform m_platform;
    PublishHttp m_http;
    UtcNow m_now;
};

} // namespace cf
