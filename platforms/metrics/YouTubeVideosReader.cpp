#include "platforms/metrics/YouTubeVideosReader.h"

#include "platforms/metrics/MetricsReadSupport.h"
#include "platforms/publishing/RestFailure.h"

#include <QJsonArray>
#include <QStringList>

namespace cf {

YouTubeVideosReader::YouTubeVideosReader(QNetworkAccessManager &network, const EndpointMap &endpoints, UtcNow now)
    : m_http(network, endpoints)
    , m_now(std::move(now))
{
}

PublishOutcome YouTubeVideosReader::failure(const HttpResult &r) const
{
    const QJsonObject error = r.object().value(QLatin1String("error")).toObject();
    const QString reason = error.value(QLatin1String("errors")).toArray().first().toObject().value(QLatin1String("reason")).toString();
    PublishErrorKind kind = PublishErrorKind::None;
    if (reason == QLatin1String("quotaExceeded") || reason == QLatin1String("rateLimitExceeded")
        || reason == QLatin1String("userRateLimitExceeded"))
        kind = PublishErrorKind::RateLimited;
    return restFailure(r, false, reason, error.value(QLatin1String("message")).toString(), kind, m_now());
}

EntityStatus YouTubeVideosReader::statusOf(const QJsonObject &video)
{
    const QJsonObject status = video.value(QLatin1String("status")).toObject();
    const QString upload = status.value(QLatin1String("uploadStatus")).toString();
    const QString processing = video.value(QLatin1String("processingDetails")).toObject().value(QLatin1String("processingStatus")).toString();
    EntityStatus s;
    s.externalId = video.value(QLatin1String("id")).toString();
    s.platformStatus = processing.isEmpty() ? upload : upload + QLatin1Char('/') + processing;
    if (upload == QLatin1String("rejected")) {
        s.verdict = EntityVerdict::Rejected;
        s.detail = status.value(QLatin1String("rejectionReason")).toString();
    } else if (upload == QLatin1String("failed") || upload == QLatin1String("deleted") || processing == QLatin1String("failed")
               || processing == QLatin1String("terminated")) {
        s.verdict = EntityVerdict::Failed;
        s.detail = status.value(QLatin1String("failureReason")).toString();
    } else if (upload == QLatin1String("processed") || processing == QLatin1String("succeeded")) {
        s.verdict = EntityVerdict::Live;
    } else {
        s.verdict = EntityVerdict::Pending;
    }
    return s;
}

template <typename T>
void YouTubeVideosReader::read(const MetricsQuery &query, QObject *context, const QString &parts,
                               std::function<std::optional<T>(const QJsonObject &item)> parse,
                               std::function<void(const ReadResult<T> &)> done)
{
    const QString token = query.accessToken;
    metricsread::readBatches<T>(
        query.externalIds, kIdsPerRequest, context,
        [this, token, context, parts, parse](const std::vector<QString> &batch, metricsread::BatchDone<T> answer) {
            QStringList ids;
            for (const QString &id : batch)
                ids << id;
            HttpCall call;
            call.url = metricsread::urlWithQuery(QStringLiteral("https://www.googleapis.com/youtube/v3/videos"),
                                                 {{QStringLiteral("part"), parts}, {QStringLiteral("id"), ids.join(QLatin1Char(','))}});
            call.header("Authorization", PublishHttp::bearer(token));
            m_http.send(call, context, [this, answer, parse, parts](const HttpResult &r) {
                if (!r.ok())
                    return answer({}, failure(r));
                const QJsonValue items = r.object().value(QLatin1String("items"));
                if (!items.isArray())
                    return answer({}, metricsread::unreadableAnswer(QStringLiteral("items")));
                std::vector<T> out;
                for (const QJsonValue &item : items.toArray()) {
                    std::optional<T> parsed = parse(item.toObject());
                    if (!parsed)
                        return answer({}, metricsread::unreadableAnswer(parts));
                    out.push_back(std::move(*parsed));
                }
                answer(std::move(out), std::nullopt);
            });
        },
        std::move(done));
}

void YouTubeVideosReader::readMetrics(const MetricsQuery &query, QObject *context, MetricsDone done)
{
    read<EntityMetrics>(
        query, context, QStringLiteral("statistics"),
        [](const QJsonObject &video) -> std::optional<EntityMetrics> {
            const QJsonValue stats = video.value(QLatin1String("statistics"));
            if (!stats.isObject())
                return std::nullopt;
            const QJsonObject s = stats.toObject();
            const auto value = [&s](const char *name) { return metricsread::numberOf(s.value(QLatin1String(name))); };
            EntityMetrics e;
            e.externalId = video.value(QLatin1String("id")).toString();
            e.values[Metric::VideoViews] = value("viewCount");
            e.values[Metric::Impressions] = value("viewCount");
            e.values[Metric::Engagements] = value("likeCount") + value("commentCount");
            return e;
        },
        std::move(done));
}

void YouTubeVideosReader::readStatus(const MetricsQuery &query, QObject *context, StatusDone done)
{
    read<EntityStatus>(
        query, context, QStringLiteral("status,processingDetails"),
        [](const QJsonObject &video) -> std::optional<EntityStatus> {
            if (!video.value(QLatin1String("status")).isObject())
                return std::nullopt;
            return statusOf(video);
        },
        std::move(done));
}

} // namespace cf
