#include "platforms/metrics/XPostsReader.h"

#include "platforms/metrics/MetricsReadSupport.h"
#include "platforms/publishing/RestFailure.h"

#include <QJsonArray>
#include <QStringList>

namespace cf {

XPostsReader::XPostsReader(QNetworkAccessManager &network, const EndpointMap &endpoints, UtcNow now)
    : m_http(network, endpoints)
    , m_now(std::move(now))
{
}

void XPostsReader::readMetrics(const MetricsQuery &query, QObject *context, MetricsDone done)
{
    const QString token = query.accessToken;
    metricsread::readBatches<EntityMetrics>(
        query.externalIds, kIdsPerRequest, context,
        [this, token, context](const std::vector<QString> &batch, metricsread::BatchDone<EntityMetrics> answer) {
            QStringList ids;
            for (const QString &id : batch)
                ids << id;
            HttpCall call;
            call.url = metricsread::urlWithQuery(QStringLiteral("https://api.x.com/2/tweets"),
                                                 {{QStringLiteral("ids"), ids.join(QLatin1Char(','))},
                                                  {QStringLiteral("tweet.fields"), QStringLiteral("public_metrics")}});
            call.header("Authorization", PublishHttp::bearer(token));
            m_http.send(call, context, [this, answer](const HttpResult &r) {
                if (!r.ok()) {
                    const QJsonObject body = r.object();
                    return answer({}, restFailure(r, false, body.value(QLatin1String("title")).toString(),
                                                  body.value(QLatin1String("detail")).toString(), PublishErrorKind::None, m_now()));
                }
                const QJsonObject body = r.object();
                if (!body.contains(QLatin1String("data")) && !body.contains(QLatin1String("errors")))
                    return answer({}, metricsread::unreadableAnswer(QStringLiteral("data")));
                std::vector<EntityMetrics> out;
                for (const QJsonValue &v : body.value(QLatin1String("data")).toArray()) {
                    const QJsonObject post = v.toObject();
                    const QJsonObject m = post.value(QLatin1String("public_metrics")).toObject();
                    if (m.isEmpty())
                        return answer({}, metricsread::unreadableAnswer(QStringLiteral("public_metrics")));
                    const auto value = [&m](const char *name) { return metricsread::numberOf(m.value(QLatin1String(name))); };
                    EntityMetrics e;
                    e.externalId = post.value(QLatin1String("id")).toString();
                    e.values[Metric::Impressions] = value("impression_count");
                    e.values[Metric::Engagements] = value("like_count") + value("reply_count") + value("retweet_count")
                        + value("quote_count") + value("bookmark_count");
                    out.push_back(std::move(e));
                }
                answer(std::move(out), std::nullopt);
            });
        },
        std::move(done));
}

void XPostsReader::readStatus(const MetricsQuery &, QObject *, StatusDone done)
{
    done(StatusResult{}); // X has no review or processing state for a published post
}

} // namespace cf
