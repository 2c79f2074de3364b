#include "platforms/metrics/TikTokAdsReader.h"

#include "platforms/metrics/MetricsReadSupport.h"
#include "platforms/publishing/ads/TikTokAdsRules.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace cf {
namespace {

QString jsonText(const QJsonValue &value)
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
}

QJsonArray idArray(const std::vector<QString> &ids)
{
    QJsonArray out;
    for (const QString &id : ids)
        out.append(id);
    return out;
}

HttpCall getCall(const QString &path, const QString &token, const QList<std::pair<QString, QString>> &query)
{
    HttpCall call;
    call.url = metricsread::urlWithQuery(tiktokads::kApiBase + path, query);
    call.header("Access-Token", token.toUtf8());
    return call;
}

} // namespace

TikTokAdsReader::TikTokAdsReader(QNetworkAccessManager &network, const EndpointMap &endpoints, UtcNow now)
    : m_http(network, endpoints)
    , m_now(std::move(now))
{
}

EntityVerdict TikTokAdsReader::verdictFor(const QString &s)
{
    if (s == QLatin1String("AD_STATUS_DELIVERY_OK"))
        return EntityVerdict::Live;
    if (s.endsWith(QLatin1String("_AUDIT_DENY")))
        return EntityVerdict::Rejected;
    if (s == QLatin1String("AD_STATUS_DELETE") || s == QLatin1String("AD_STATUS_BALANCE_EXCEED"))
        return EntityVerdict::Failed;
    // AD_STATUS_AUDIT, REAUDIT, NOT_START, DISABLE, *_DISABLE, BUDGET_EXCEED...
    return EntityVerdict::Pending;
}

void TikTokAdsReader::readMetrics(const MetricsQuery &query, QObject *context, MetricsDone done)
{
    const QString advertiser = query.connection.accountId;
    const QString token = query.accessToken;
    metricsread::readBatches<EntityMetrics>(
        query.externalIds, kIdsPerRequest, context,
        [this, advertiser, token, context](const std::vector<QString> &batch, metricsread::BatchDone<EntityMetrics> answer) {
            const QJsonArray filter{QJsonObject{{QStringLiteral("field_name"), QStringLiteral("ad_ids")},
                                                {QStringLiteral("filter_type"), QStringLiteral("IN")},
                                                {QStringLiteral("filter_value"), jsonText(idArray(batch))}}};
            const HttpCall call = getCall(
                QStringLiteral("report/integrated/get/"), token,
                {{QStringLiteral("advertiser_id"), advertiser},
                 {QStringLiteral("report_type"), QStringLiteral("BASIC")},
                 {QStringLiteral("data_level"), QStringLiteral("AUCTION_AD")},
                 {QStringLiteral("dimensions"), QStringLiteral("[\"ad_id\"]")},
                 {QStringLiteral("metrics"), QStringLiteral("[\"spend\",\"impressions\",\"reach\",\"clicks\",\"conversion\","
                                                            "\"video_play_actions\",\"likes\",\"comments\",\"shares\"]")},
                 {QStringLiteral("query_lifetime"), QStringLiteral("true")},
                 {QStringLiteral("filtering"), jsonText(filter)},
                 {QStringLiteral("page_size"), QString::number(kIdsPerRequest)}});
            m_http.send(call, context, [this, batch, answer](const HttpResult &r) {
                if (!tiktokads::succeeded(r))
                    return answer({}, tiktokads::failure(r, false, m_now()));
                const QJsonValue list = tiktokads::data(r).value(QLatin1String("list"));
                if (!list.isArray())
                    return answer({}, metricsread::unreadableAnswer(QStringLiteral("data.list")));
                std::vector<EntityMetrics> out;
                for (const QJsonValue &row : list.toArray()) {
                    const QJsonObject o = row.toObject();
                    const QJsonObject m = o.value(QLatin1String("metrics")).toObject();
                    EntityMetrics e;
                    e.externalId = o.value(QLatin1String("dimensions")).toObject().value(QLatin1String("ad_id")).toString();
                    if (e.externalId.isEmpty())
                        return answer({}, metricsread::unreadableAnswer(QStringLiteral("dimensions.ad_id")));
                    const auto value = [&m](const char *name) { return metricsread::numberOf(m.value(QLatin1String(name))); };
                    e.values[Metric::Impressions] = value("impressions");
                    e.values[Metric::Reach] = value("reach");
                    e.values[Metric::Clicks] = value("clicks");
                    e.values[Metric::Conversions] = value("conversion");
                    e.values[Metric::VideoViews] = value("video_play_actions");
                    e.values[Metric::Engagements] = value("likes") + value("comments") + value("shares");
                    e.spendMicros = metricsread::majorTextToMicros(m.value(QLatin1String("spend")).toVariant().toString());
                    out.push_back(std::move(e));
                }
                // An ad that has not delivered has no row yet: all zero.
                for (const QString &id : batch) {
                    const bool seen = std::any_of(out.begin(), out.end(), [&id](const EntityMetrics &e) { return e.externalId == id; });
                    if (!seen) {
                        EntityMetrics e;
                        e.externalId = id;
                        e.values = {{Metric::Impressions, 0}, {Metric::Reach, 0}, {Metric::Clicks, 0}};
                        e.spendMicros = 0;
                        out.push_back(std::move(e));
                    }
                }
                answer(std::move(out), std::nullopt);
            });
        },
        std::move(done));
}

void TikTokAdsReader::readStatus(const MetricsQuery &query, QObject *context, StatusDone done)
{
    if (!query.ads) {
        done(StatusResult{});
        return;
    }
    const QString advertiser = query.connection.accountId;
    const QString token = query.accessToken;
    metricsread::readBatches<EntityStatus>(
        query.externalIds, kIdsPerRequest, context,
        [this, advertiser, token, context](const std::vector<QString> &batch, metricsread::BatchDone<EntityStatus> answer) {
            const HttpCall call = getCall(QStringLiteral("ad/get/"), token,
                                          {{QStringLiteral("advertiser_id"), advertiser},
                                           {QStringLiteral("filtering"), jsonText(QJsonObject{{QStringLiteral("ad_ids"), idArray(batch)}})},
                                           {QStringLiteral("page_size"), QString::number(kIdsPerRequest)}});
            m_http.send(call, context, [this, answer](const HttpResult &r) {
                if (!tiktokads::succeeded(r))
                    return answer({}, tiktokads::failure(r, false, m_now()));
                const QJsonValue list = tiktokads::data(r).value(QLatin1String("list"));
                if (!list.isArray())
                    return answer({}, metricsread::unreadableAnswer(QStringLiteral("data.list")));
                std::vector<EntityStatus> out;
                for (const QJsonValue &row : list.toArray()) {
                    const QJsonObject o = row.toObject();
                    EntityStatus s;
                    s.externalId = o.value(QLatin1String("ad_id")).toString();
                    s.platformStatus = o.value(QLatin1String("secondary_status")).toString();
                    if (s.externalId.isEmpty() || s.platformStatus.isEmpty())
                        return answer({}, metricsread::unreadableAnswer(QStringLiteral("secondary_status")));
                    s.verdict = verdictFor(s.platformStatus);
                    out.push_back(std::move(s));
                }
                answer(std::move(out), std::nullopt);
            });
        },
        std::move(done));
}

} // namespace cf
