#include "platforms/sandbox/MetaInsightsApi.h"

#include <QRegularExpression>

namespace cf::sandbox {

namespace {

Json lifetime(const QString &id, const char *name, const Json &value)
{
    return Json{{"name", name},
                {"period", "lifetime"},
                {"values", Json::array({Json{{"value", value}}})},
                {"title", name},
                {"id", toStd(id) + "/insights/" + name + "/lifetime"}};
}

} // namespace

std::optional<SandboxReply> MetaInsightsApi::handle(MetaCall &call)
{
    if (call.segments.size() != 2 || call.segments[1] != QLatin1String("insights") || call.request.method != "GET")
        return std::nullopt;
    const QString id = call.segments[0];
    static const QRegularExpression objectId(QStringLiteral("^[0-9]+(_[0-9]+)?$"));
    if (!objectId.match(id).hasMatch())
        return graphUnsupported(call.request.method, id);
    const MetricCounters counters = m_timeline.counters(id);
    if (call.params.has("metric"))
        return lifetimeInsights(call, id, counters);
    return adInsights(call, counters);
}

SandboxReply MetaInsightsApi::adInsights(const MetaCall &call, const MetricCounters &c) const
{
    const QStringList fields = call.params.fields();
    if (fields.isEmpty())
        return graphInvalidParameter(QStringLiteral("fields is required for ad insights in the sandbox"));
    const Json actions = Json::array({Json{{"action_type", "link_click"}, {"value", std::to_string(c.clicks)}},
                                      Json{{"action_type", "post_engagement"}, {"value", std::to_string(c.engagements)}},
                                      Json{{"action_type", "offsite_conversion.fb_pixel_purchase"},
                                           {"value", std::to_string(c.purchases)}}});
    const Json full{{"impressions", std::to_string(c.impressions)},
                    {"reach", std::to_string(c.reach)},
                    {"clicks", std::to_string(c.clicks)},
                    {"spend", toStd(c.spendText())},
                    {"account_currency", "SAR"},
                    {"actions", actions}};
    Json row = Json::object();
    for (const QString &field : fields) {
        const std::string key = toStd(field);
        if (!full.contains(key))
            return graphInvalidParameter(QStringLiteral("(#100) %1 is not a valid field name").arg(field));
        row[key] = full[key];
    }
    const QString today = m_context.clock.now().date().toString(Qt::ISODate);
    row["date_start"] = toStd(today);
    row["date_stop"] = toStd(today);
    return SandboxReply::json(200, Json{{"data", Json::array({row})}, {"paging", Json{{"cursors", Json::object()}}}});
}

SandboxReply MetaInsightsApi::lifetimeInsights(const MetaCall &call, const QString &id, const MetricCounters &c) const
{
    const std::map<QString, Json> known{
        {QStringLiteral("post_impressions"), c.impressions},
        {QStringLiteral("post_impressions_unique"), c.reach},
        {QStringLiteral("post_clicks"), c.clicks},
        {QStringLiteral("post_reactions_by_type_total"), Json{{"like", c.likes - c.likes / 5}, {"love", c.likes / 5}}},
        {QStringLiteral("views"), c.impressions},
        {QStringLiteral("reach"), c.reach},
        {QStringLiteral("likes"), c.likes},
        {QStringLiteral("comments"), c.comments},
        {QStringLiteral("shares"), c.shares},
        {QStringLiteral("saved"), c.saved},
    };
    Json data = Json::array();
    for (const QString &metric : call.params.str("metric").split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto it = known.find(metric.trimmed());
        if (it == known.end())
            return graphInvalidParameter(
                QStringLiteral("(#100) The value must be a valid insights metric: %1").arg(metric.trimmed()));
        data.push_back(lifetime(id, toStd(it->first).c_str(), it->second));
    }
    return SandboxReply::json(200, Json{{"data", data}});
}

} // namespace cf::sandbox
