#include "platforms/metrics/LinkedInPostsReader.h"

#include "platforms/metrics/MetricsReadSupport.h"
#include "platforms/publishing/LinkedInPublisher.h"
#include "platforms/publishing/RestFailure.h"

namespace cf {

LinkedInPostsReader::LinkedInPostsReader(QNetworkAccessManager &network, const EndpointMap &endpoints, UtcNow now)
    : m_http(network, endpoints)
    , m_now(std::move(now))
{
}

void LinkedInPostsReader::readMetrics(const MetricsQuery &query, QObject *context, MetricsDone done)
{
    const QString token = query.accessToken;
    metricsread::readEach<EntityMetrics>(
        query.externalIds, context,
        [this, token, context](const QString &urn, metricsread::OneDone<EntityMetrics> answer) {
            HttpCall call;
            call.url = QUrl(QStringLiteral("https://api.linkedin.com/rest/socialActions/") + QString::fromLatin1(QUrl::toPercentEncoding(urn)));
            call.header("Authorization", PublishHttp::bearer(token));
            call.header("LinkedIn-Version", LinkedInPublisher::versionFor(m_now()));
            call.header("X-Restli-Protocol-Version", "2.0.0");
            m_http.send(call, context, [this, urn, answer](const HttpResult &r) {
                const QJsonObject body = r.object();
                if (!r.ok())
                    return answer(std::nullopt, restFailure(r, false, body.value(QLatin1String("code")).toString(),
                                                            body.value(QLatin1String("message")).toString(), PublishErrorKind::None, m_now()));
                const QJsonObject likes = body.value(QLatin1String("likesSummary")).toObject();
                const QJsonObject comments = body.value(QLatin1String("commentsSummary")).toObject();
                if (likes.isEmpty() && comments.isEmpty())
                    return answer(std::nullopt, metricsread::unreadableAnswer(QStringLiteral("likesSummary")));
                EntityMetrics e;
                e.externalId = urn;
                e.values[Metric::Engagements] = metricsread::numberOf(likes.value(QLatin1String("aggregatedTotalLikes")))
                    + metricsread::numberOf(comments.value(QLatin1String("aggregatedTotalComments")));
                answer(std::move(e), std::nullopt);
            });
        },
        std::move(done));
}

void LinkedInPostsReader::readStatus(const MetricsQuery &, QObject *, StatusDone done)
{
    done(StatusResult{});
}

} // namespace cf
