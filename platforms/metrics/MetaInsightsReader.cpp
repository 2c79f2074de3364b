#include "platforms/metrics/MetaInsightsReader.h"

#include "platforms/metrics/MetricsReadSupport.h"
#include "platforms/publishing/MetaGraphErrors.h"

#include <QDateTime>
#include <QJsonArray>

namespace cf {
namespace {

// Graph numbers arrive as strings in ads insights and as numbers elsewhere.
double number(const QJsonValue &value)
{
    return value.isString() ? value.toString().toDouble() : value.toDouble();
}

// Action types counted as conversions and engagements (Marketing API
// "actions" breakdown); everything else is ignored.
bool isConversion(const QString &type)
{
    return type == QLatin1String("purchase") || type == QLatin1String("lead")
        || type == QLatin1String("complete_registration") || type.startsWith(QLatin1String("offsite_conversion."));
}

void readAdInsights(const QJsonObject &row, EntityMetrics &m)
{
    m.values[Metric::Impressions] = number(row.value(QLatin1String("impressions")));
    m.values[Metric::Reach] = number(row.value(QLatin1String("reach")));
    m.values[Metric::Clicks] = number(row.value(QLatin1String("clicks")));
    double conversions = 0;
    double engagements = 0;
    double videoViews = 0;
    const QJsonArray actions = row.value(QLatin1String("actions")).toArray();
    for (const QJsonValue &a : actions) {
        const QString type = a.toObject().value(QLatin1String("action_type")).toString();
        const double v = number(a.toObject().value(QLatin1String("value")));
        if (isConversion(type))
            conversions += v;
        else if (type == QLatin1String("post_engagement"))
            engagements += v;
        else if (type == QLatin1String("video_view"))
            videoViews += v;
    }
    m.values[Metric::Conversions] = conversions;
    m.values[Metric::Engagements] = engagements;
    m.values[Metric::VideoViews] = videoViews;
    m.spendMicros = metricsread::majorTextToMicros(row.value(QLatin1String("spend")).toVariant().toString());
    m.spendCurrency = row.value(QLatin1String("account_currency")).toString();
}

// {"data":[{"name":"reach","values":[{"value":12}]}, ...]} -> name -> value;
// an object value (reactions by type) counts as the sum of its parts.
std::map<QString, double> lifetimeValues(const QJsonArray &data)
{
    std::map<QString, double> out;
    for (const QJsonValue &entry : data) {
        const QJsonObject o = entry.toObject();
        const QJsonArray values = o.value(QLatin1String("values")).toArray();
        if (values.isEmpty())
            continue;
        const QJsonValue v = values.last().toObject().value(QLatin1String("value"));
        double total = 0;
        if (v.isObject()) {
            const QJsonObject parts = v.toObject();
            for (auto it = parts.begin(); it != parts.end(); ++it)
                total += number(it.value());
        } else {
            total = number(v);
        }
        out[o.value(QLatin1String("name")).toString()] = total;
    }
    return out;
}

} // namespace

MetaInsightsReader::MetaInsightsReader(Platform platform, QNetworkAccessManager &network, const EndpointMap &endpoints,
                                       UtcNow now)
    : m_platform(platform)
    , m_http(network, endpoints)
    , m_now(std::move(now))
{
}

EntityVerdict MetaInsightsReader::verdictForAdStatus(const QString &s)
{
    if (s == QLatin1String("ACTIVE"))
        return EntityVerdict::Live;
    if (s == QLatin1String("DISAPPROVED"))
        return EntityVerdict::Rejected;
    if (s == QLatin1String("WITH_ISSUES") || s == QLatin1String("DELETED"))
        return EntityVerdict::Failed;
    // PENDING_REVIEW, IN_PROCESS, PREAPPROVED, PAUSED, *_PAUSED, ARCHIVED...
    return EntityVerdict::Pending;
}

HttpCall MetaInsightsReader::insightsCall(const MetricsQuery &query, const QString &id) const
{
    QList<std::pair<QString, QString>> params;
    if (query.ads) {
        params = {{QStringLiteral("fields"), QStringLiteral("impressions,reach,clicks,spend,actions,account_currency")},
                  {QStringLiteral("date_preset"), QStringLiteral("maximum")}};
    } else if (m_platform == Platform::Instagram) {
        params = {{QStringLiteral("metric"), QStringLiteral("views,reach,likes,comments,shares,saved")}};
    } else {
        params = {{QStringLiteral("metric"),
                   QStringLiteral("post_impressions,post_impressions_unique,post_clicks,post_reactions_by_type_total")}};
    }
    HttpCall call;
    call.url = metagraph::graphUrl(id + QStringLiteral("/insights"), params);
    call.header("Authorization", metagraph::authorization(query.accessToken));
    return call;
}

std::optional<EntityMetrics> MetaInsightsReader::parseInsights(bool ads, const QString &id, const QJsonObject &body) const
{
    if (!body.value(QLatin1String("data")).isArray())
        return std::nullopt;
    const QJsonArray data = body.value(QLatin1String("data")).toArray();
    EntityMetrics m;
    m.externalId = id;
    if (ads) {
        // An ad that has not delivered yet has no insights row: all zero.
        readAdInsights(data.isEmpty() ? QJsonObject() : data.first().toObject(), m);
        if (!m.spendMicros)
            m.spendMicros = 0;
        return m;
    }
    const auto values = lifetimeValues(data);
    const auto value = [&values](const char *name) {
        const auto it = values.find(QLatin1String(name));
        return it == values.end() ? 0.0 : it->second;
    };
    if (m_platform == Platform::Instagram) {
        m.values[Metric::Impressions] = value("views");
        m.values[Metric::Reach] = value("reach");
        m.values[Metric::Engagements] = value("likes") + value("comments") + value("shares") + value("saved");
    } else {
        m.values[Metric::Impressions] = value("post_impressions");
        m.values[Metric::Reach] = value("post_impressions_unique");
        m.values[Metric::Clicks] = value("post_clicks");
        m.values[Metric::Engagements] = value("post_reactions_by_type_total");
    }
    return m;
}

void MetaInsightsReader::readMetrics(const MetricsQuery &query, QObject *context, MetricsDone done)
{
    metricsread::readEach<EntityMetrics>(
        query.externalIds, context,
        [this, query, context](const QString &id, metricsread::OneDone<EntityMetrics> answer) {
            m_http.send(insightsCall(query, id), context, [this, query, id, answer](const HttpResult &r) {
                if (!r.ok()) {
                    answer(std::nullopt, metagraph::failureOutcome(r, false, m_now()));
                    return;
                }
                auto parsed = parseInsights(query.ads, id, r.object());
                if (!parsed) {
                    answer(std::nullopt, metricsread::unreadableAnswer(QStringLiteral("insights")));
                    return;
                }
                answer(std::move(parsed), std::nullopt);
            });
        },
        std::move(done));
}

void MetaInsightsReader::readStatus(const MetricsQuery &query, QObject *context, StatusDone done)
{
    if (!query.ads) {
        StatusResult none;
        done(none);
        return;
    }
    metricsread::readEach<EntityStatus>(
        query.externalIds, context,
        [this, query, context](const QString &id, metricsread::OneDone<EntityStatus> answer) {
            HttpCall call;
            call.url = metagraph::graphUrl(id, {{QStringLiteral("fields"), QStringLiteral("effective_status,ad_review_feedback")}});
            call.header("Authorization", metagraph::authorization(query.accessToken));
            m_http.send(call, context, [this, id, answer](const HttpResult &r) {
                if (!r.ok()) {
                    answer(std::nullopt, metagraph::failureOutcome(r, false, m_now()));
                    return;
                }
                const QJsonObject body = r.object();
                const QString status = body.value(QLatin1String("effective_status")).toString();
                if (status.isEmpty()) {
                    answer(std::nullopt, metricsread::unreadableAnswer(QStringLiteral("effective_status")));
                    return;
                }
                EntityStatus s;
                s.externalId = id;
                s.platformStatus = status;
                s.verdict = verdictForAdStatus(status);
                // ad_review_feedback: {"global": {"<policy>": "<explanation>"}, ...}
                const QJsonObject global = body.value(QLatin1String("ad_review_feedback")).toObject().value(QLatin1String("global")).toObject();
                QStringList reasons;
                for (auto it = global.begin(); it != global.end(); ++it)
                    reasons << it.value().toString();
                s.detail = reasons.join(QLatin1Char(' '));
                answer(std::move(s), std::nullopt);
            });
        },
        std::move(done));
}

} // namespace cf
