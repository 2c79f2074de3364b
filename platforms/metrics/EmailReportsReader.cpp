#include "platforms/metrics/EmailReportsReader.h"

#include "platforms/metrics/MetricsReadSupport.h"
#include "platforms/publishing/RestFailure.h"

#include <QJsonArray>

#include <cmath>

namespace cf {

EmailReportsReader::EmailReportsReader(Platform platform, QNetworkAccessManager &network, const EndpointMap &endpoints,
                                       UtcNow now)
    : m_platform(platform)
    , m_http(network, endpoints)
    , m_now(std::move(now))
{
}

HttpCall EmailReportsReader::call(const MetricsQuery &query, const QString &id) const
{
    HttpCall c;
    if (m_platform == Platform::Mailchimp) {
        const QString base = QUrl(query.connection.apiBase).toString(QUrl::StripTrailingSlash);
        c.url = QUrl(base + QStringLiteral("/3.0/reports/") + QString::fromLatin1(QUrl::toPercentEncoding(id)));
    } else {
        c.url = QUrl(QStringLiteral("https://api.kit.com/v4/broadcasts/%1/stats").arg(QString::fromLatin1(QUrl::toPercentEncoding(id))));
    }
    c.header("Authorization", PublishHttp::bearer(query.accessToken));
    return c;
}

PublishOutcome EmailReportsReader::failure(const HttpResult &r) const
{
    const QJsonObject body = r.object();
    QString message = body.value(QLatin1String("detail")).toString(); // Mailchimp problem+json
    for (const QJsonValue &e : body.value(QLatin1String("errors")).toArray()) // Kit
        if (e.isString())
            message += (message.isEmpty() ? QString() : QStringLiteral(" ")) + e.toString();
    return restFailure(r, false, body.value(QLatin1String("title")).toString(), message, PublishErrorKind::None, m_now());
}

std::optional<EntityMetrics> EmailReportsReader::parse(const QString &id, const QJsonObject &body) const
{
    EntityMetrics e;
    e.externalId = id;
    if (m_platform == Platform::Mailchimp) {
        if (!body.contains(QLatin1String("emails_sent")) || !body.value(QLatin1String("opens")).isObject())
            return std::nullopt;
        e.values[Metric::Reach] = metricsread::numberOf(body.value(QLatin1String("emails_sent")));
        e.values[Metric::Impressions] = metricsread::numberOf(body.value(QLatin1String("opens")).toObject().value(QLatin1String("opens_total")));
        e.values[Metric::Clicks] = metricsread::numberOf(body.value(QLatin1String("clicks")).toObject().value(QLatin1String("clicks_total")));
        return e;
    }
    const QJsonObject stats = body.value(QLatin1String("broadcast")).toObject().value(QLatin1String("stats")).toObject();
    if (!stats.contains(QLatin1String("recipients")))
        return std::nullopt;
    const double recipients = metricsread::numberOf(stats.value(QLatin1String("recipients")));
    e.values[Metric::Reach] = recipients;
    // Kit reports opens as a percentage of recipients only.
    e.values[Metric::Impressions] = std::round(recipients * metricsread::numberOf(stats.value(QLatin1String("open_rate"))) / 100.0);
    e.values[Metric::Clicks] = metricsread::numberOf(stats.value(QLatin1String("total_clicks")));
    return e;
}

void EmailReportsReader::readMetrics(const MetricsQuery &query, QObject *context, MetricsDone done)
{
    metricsread::readEach<EntityMetrics>(
        query.externalIds, context,
        [this, query, context](const QString &id, metricsread::OneDone<EntityMetrics> answer) {
            m_http.send(call(query, id), context, [this, id, answer](const HttpResult &r) {
                if (!r.ok())
                    return answer(std::nullopt, failure(r));
                auto parsed = parse(id, r.object());
                if (!parsed)
                    return answer(std::nullopt, metricsread::unreadableAnswer(QStringLiteral("report")));
                answer(std::move(parsed), std::nullopt);
            });
        },
        std::move(done));
}

void EmailReportsReader::readStatus(const MetricsQuery &, QObject *, StatusDone done)
{
    done(StatusResult{});
}

} // namespace cf
