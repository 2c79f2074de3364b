#include "platforms/metrics/TikTokPostsReader.h"

#include "platforms/metrics/MetricsReadSupport.h"
#include "platforms/publishing/RestFailure.h"

#include <QJsonArray>

namespace cf {

TikTokPostsReader::TikTokPostsReader(QNetworkAccessManager &network, const EndpointMap &endpoints, UtcNow now)
    : m_http(network, endpoints)
    , m_now(std::move(now))
{
}

void TikTokPostsReader::readMetrics(const MetricsQuery &query, QObject *context, MetricsDone done)
{
    const QString token = query.accessToken;
    metricsread::readBatches<EntityMetrics>(
        query.externalIds, kIdsPerRequest, context,
        [this, token, context](const std::vector<QString> &batch, metricsread::BatchDone<EntityMetrics> answer) {
            QJsonArray ids;
            for (const QString &id : batch)
                ids.append(id);
            const QUrl url = metricsread::urlWithQuery(QStringLiteral("https://open.tiktokapis.com/v2/video/query/"),
                                                       {{QStringLiteral("fields"),
                                                         QStringLiteral("id,view_count,like_count,comment_count,share_count")}});
            HttpCall call = PublishHttp::jsonCall("POST", url, QJsonObject{{QStringLiteral("filters"), QJsonObject{{QStringLiteral("video_ids"), ids}}}});
            call.header("Authorization", PublishHttp::bearer(token));
            m_http.send(call, context, [this, answer](const HttpResult &r) {
                const QJsonObject error = r.object().value(QLatin1String("error")).toObject();
                const QString code = error.value(QLatin1String("code")).toString();
                if (!r.ok() || (!code.isEmpty() && code != QLatin1String("ok"))) {
                    PublishErrorKind kind = PublishErrorKind::None;
                    if (code == QLatin1String("access_token_invalid"))
                        kind = PublishErrorKind::TokenExpiredOrInvalid;
                    else if (code == QLatin1String("scope_not_authorized"))
                        kind = PublishErrorKind::PermissionMissing;
                    else if (code == QLatin1String("rate_limit_exceeded"))
                        kind = PublishErrorKind::RateLimited;
                    return answer({}, restFailure(r, false, code, error.value(QLatin1String("message")).toString(), kind, m_now()));
                }
                const QJsonValue videos = r.object().value(QLatin1String("data")).toObject().value(QLatin1String("videos"));
                if (!videos.isArray())
                    return answer({}, metricsread::unreadableAnswer(QStringLiteral("data.videos")));
                std::vector<EntityMetrics> out;
                for (const QJsonValue &v : videos.toArray()) {
                    const QJsonObject video = v.toObject();
                    const auto value = [&video](const char *name) { return metricsread::numberOf(video.value(QLatin1String(name))); };
                    EntityMetrics e;
                    e.externalId = video.value(QLatin1String("id")).toString();
                    e.values[Metric::VideoViews] = value("view_count");
                    e.values[Metric::Impressions] = value("view_count");
                    e.values[Metric::Engagements] = value("like_count") + value("comment_count") + value("share_count");
                    out.push_back(std::move(e));
                }
                answer(std::move(out), std::nullopt);
            });
        },
        std::move(done));
}

void TikTokPostsReader::readStatus(const MetricsQuery &, QObject *, StatusDone done)
{
    done(StatusResult{});
}

} // namespace cf
