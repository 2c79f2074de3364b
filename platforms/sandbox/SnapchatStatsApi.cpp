#include "platforms/sandbox/SnapchatStatsApi.h"

#include <QRegularExpression>

#include <map>

namespace cf::sandbox {

namespace {

const QRegularExpression &statsPath()
{
    static const QRegularExpression path(QStringLiteral("^/v1/(campaigns|adsquads|ads)/([^/]+)/stats$"));
    return path;
}

SandboxReply refused(const QString &message)
{
    return SandboxReply::json(400, Json{{"request_status", "ERROR"},
                                        {"request_id", toStd(randomToken(12))},
                                        {"debug_message", toStd(message)},
                                        {"display_message", toStd(message)},
                                        {"error_code", "E2002"}});
}

std::map<QString, qint64> statsOf(const MetricCounters &c)
{
    return {{QStringLiteral("impressions"), c.impressions},
            {QStringLiteral("swipes"), c.clicks},
            {QStringLiteral("spend"), c.spendCents * 10000}, // micro-currency
            {QStringLiteral("video_views"), c.videoViews},
            {QStringLiteral("uniques"), c.reach},
            {QStringLiteral("conversion_purchases"), c.purchases},
            {QStringLiteral("shares"), c.shares},
            {QStringLiteral("saves"), c.saved},
            {QStringLiteral("quartile_1"), c.videoViews * 3 / 4},
            {QStringLiteral("quartile_2"), c.videoViews / 2},
            {QStringLiteral("quartile_3"), c.videoViews / 4},
            {QStringLiteral("view_completion"), c.videoViews / 5},
            {QStringLiteral("screen_time_millis"), c.impressions * 1500}};
}

} // namespace

bool SnapchatStatsApi::handles(const QString &path)
{
    return statsPath().match(path).hasMatch();
}

SandboxReply SnapchatStatsApi::handle(const SandboxRequest &request)
{
    const auto match = statsPath().match(request.path);
    if (request.method != "GET")
        return refused(QStringLiteral("stats are read with GET"));
    const QString granularity = request.queryValue(QStringLiteral("granularity"));
    if (granularity.isEmpty())
        return refused(QStringLiteral("granularity is required (TOTAL, DAY or HOUR)"));
    if (granularity != QLatin1String("TOTAL"))
        return refused(QStringLiteral("the sandbox keeps lifetime totals only: use granularity=TOTAL"));
    const auto known = statsOf(MetricCounters{});
    QStringList fields = request.queryValue(QStringLiteral("fields")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (fields.isEmpty())
        fields = {QStringLiteral("impressions"), QStringLiteral("swipes"), QStringLiteral("spend")};
    for (const QString &field : fields)
        if (known.find(field.trimmed()) == known.end())
            return refused(QStringLiteral("Invalid field: %1").arg(field.trimmed()));
    const QString id = match.captured(2);
    const auto values = statsOf(m_timeline.counters(id));
    Json stats = Json::object();
    for (const QString &field : fields)
        stats[toStd(field.trimmed())] = values.at(field.trimmed());
    static const std::map<QString, const char *> types{
        {QStringLiteral("campaigns"), "CAMPAIGN"}, {QStringLiteral("adsquads"), "AD_SQUAD"}, {QStringLiteral("ads"), "AD"}};
    const Json total{{"id", toStd(id)}, {"type", types.at(match.captured(1))}, {"granularity", "TOTAL"}, {"stats", stats}};
    return SandboxReply::json(200, Json{{"request_status", "SUCCESS"},
                                        {"request_id", toStd(randomToken(12))},
                                        {"total_stats", Json::array({Json{{"sub_request_status", "SUCCESS"}, {"total_stat", total}}})}});
}

} // namespace cf::sandbox
