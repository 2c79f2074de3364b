#include "platforms/metrics/SnapchatAdsReader.h"

#include "platforms/metrics/MetricsReadSupport.h"
#include "platforms/publishing/RestFailure.h"

#include <QJsonArray>

namespace cf {
namespace {

const QString kApiBase = QStringLiteral("https://adsapi.snapchat.com/v1/");

// The first item of a {"<plural>":[{"sub_request_status","<singular>":{...}}]} answer.
std::optional<QJsonObject> firstItem(const QJsonObject &body, const char *plural, const char *singular)
{
    const QJsonArray items = body.value(QLatin1String(plural)).toArray();
    if (items.isEmpty())
        return std::nullopt;
    const QJsonObject item = items.first().toObject();
    if (item.value(QLatin1String("sub_request_status")).toString().compare(QLatin1String("success"), Qt::CaseInsensitive) != 0)
        return std::nullopt;
    const QJsonValue entity = item.value(QLatin1String(singular));
    if (!entity.isObject())
        return std::nullopt;
    return entity.toObject();
}

} // namespace

SnapchatAdsReader::SnapchatAdsReader(QNetworkAccessManager &network, const EndpointMap &endpoints, UtcNow now)
    : m_http(network, endpoints)
    , m_now(std::move(now))
{
}

EntityVerdict SnapchatAdsReader::verdictFor(const QString &s)
{
    if (s.compare(QLatin1String("APPROVED"), Qt::CaseInsensitive) == 0)
        return EntityVerdict::Live;
    if (s.compare(QLatin1String("REJECTED"), Qt::CaseInsensitive) == 0)
        return EntityVerdict::Rejected;
    return EntityVerdict::Pending;
}

HttpCall SnapchatAdsReader::call(const QString &path, const QString &token,
                                 const QList<std::pair<QString, QString>> &query) const
{
    HttpCall c;
    c.url = metricsread::urlWithQuery(kApiBase + path, query);
    c.header("Authorization", PublishHttp::bearer(token));
    return c;
}

PublishOutcome SnapchatAdsReader::failure(const HttpResult &r) const
{
    const QJsonObject body = r.object();
    const QString message = body.value(QLatin1String("debug_message")).toString();
    return restFailure(r, false, body.value(QLatin1String("error_code")).toString(), message, PublishErrorKind::None,
                       m_now());
}

void SnapchatAdsReader::readMetrics(const MetricsQuery &query, QObject *context, MetricsDone done)
{
    const QString token = query.accessToken;
    metricsread::readEach<EntityMetrics>(
        query.externalIds, context,
        [this, token, context](const QString &id, metricsread::OneDone<EntityMetrics> answer) {
            const HttpCall c = call(QStringLiteral("ads/%1/stats").arg(id), token,
                                    {{QStringLiteral("granularity"), QStringLiteral("TOTAL")},
                                     {QStringLiteral("fields"),
                                      QStringLiteral("impressions,swipes,spend,video_views,uniques,conversion_purchases")}});
            m_http.send(c, context, [this, id, answer](const HttpResult &r) {
                if (!r.ok())
                    return answer(std::nullopt, failure(r));
                const auto total = firstItem(r.object(), "total_stats", "total_stat");
                if (!total || !total->value(QLatin1String("stats")).isObject())
                    return answer(std::nullopt, metricsread::unreadableAnswer(QStringLiteral("total_stats")));
                const QJsonObject stats = total->value(QLatin1String("stats")).toObject();
                const auto value = [&stats](const char *name) { return metricsread::numberOf(stats.value(QLatin1String(name))); };
                EntityMetrics e;
                e.externalId = id;
                e.values[Metric::Impressions] = value("impressions");
                e.values[Metric::Reach] = value("uniques");
                e.values[Metric::Clicks] = value("swipes"); // a swipe up is Snapchat's click
                e.values[Metric::VideoViews] = value("video_views");
                e.values[Metric::Conversions] = value("conversion_purchases");
                e.spendMicros = qint64(value("spend"));
                answer(std::move(e), std::nullopt);
            });
        },
        std::move(done), kRequestSpacingMs);
}

void SnapchatAdsReader::readStatus(const MetricsQuery &query, QObject *context, StatusDone done)
{
    if (!query.ads) {
        done(StatusResult{});
        return;
    }
    const QString token = query.accessToken;
    metricsread::readEach<EntityStatus>(
        query.externalIds, context,
        [this, token, context](const QString &id, metricsread::OneDone<EntityStatus> answer) {
            m_http.send(call(QStringLiteral("ads/%1").arg(id), token, {}), context, [this, id, answer](const HttpResult &r) {
                if (!r.ok())
                    return answer(std::nullopt, failure(r));
                const auto ad = firstItem(r.object(), "ads", "ad");
                const QString review = ad ? ad->value(QLatin1String("review_status")).toString() : QString();
                if (review.isEmpty())
                    return answer(std::nullopt, metricsread::unreadableAnswer(QStringLiteral("review_status")));
                EntityStatus s;
                s.externalId = id;
                s.platformStatus = review.toUpper();
                s.verdict = verdictFor(review);
                QStringList reasons;
                for (const QJsonValue &reason : ad->value(QLatin1String("review_status_reasons")).toArray())
                    reasons << reason.toString();
                s.detail = reasons.join(QLatin1Char(' '));
                answer(std::move(s), std::nullopt);
            });
        },
        std::move(done), kRequestSpacingMs);
}

} // namespace cf
