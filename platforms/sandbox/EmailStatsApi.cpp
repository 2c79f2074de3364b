#include "platforms/sandbox/EmailStatsApi.h"

#include "platforms/sandbox/MailchimpCampaigns.h"

#include <QRegularExpression>

namespace cf::sandbox {

namespace {

const QRegularExpression &reportPath()
{
    static const QRegularExpression path(QStringLiteral("^/3\\.0/reports/([^/]+)$"));
    return path;
}

const QRegularExpression &kitStatsPath()
{
    static const QRegularExpression path(QStringLiteral("^/v4/broadcasts/([^/]+)/stats$"));
    return path;
}

double rate(qint64 part, qint64 whole)
{
    return whole == 0 ? 0.0 : double(part) / double(whole);
}

} // namespace

bool EmailStatsApi::handlesMailchimp(const SandboxRequest &request)
{
    return reportPath().match(request.path).hasMatch();
}

bool EmailStatsApi::handlesKit(const SandboxRequest &request)
{
    return kitStatsPath().match(request.path).hasMatch();
}

SandboxReply EmailStatsApi::mailchimpReport(const SandboxRequest &request)
{
    if (request.method != "GET")
        return mailchimpProblem(405, "Method Not Allowed", QStringLiteral("The requested method and resource are not compatible."));
    const QString id = reportPath().match(request.path).captured(1);
    static const QRegularExpression campaignId(QStringLiteral("^[0-9a-f]{10}$"));
    if (!campaignId.match(id).hasMatch())
        return mailchimpProblem(404, "Resource Not Found", QStringLiteral("The requested resource could not be found."));
    const MetricCounters c = m_timeline.counters(id);
    const qint64 sent = c.impressions;
    const qint64 opens = c.reach;
    const qint64 uniqueOpens = opens * 4 / 5;
    const qint64 clicks = c.clicks;
    const qint64 uniqueClicks = clicks * 4 / 5;
    return SandboxReply::json(200, Json{{"id", toStd(id)},
                                        {"type", "regular"},
                                        {"emails_sent", sent},
                                        {"abuse_reports", 0},
                                        {"unsubscribed", c.comments / 10},
                                        {"opens", {{"opens_total", opens}, {"unique_opens", uniqueOpens}, {"open_rate", rate(uniqueOpens, sent)}}},
                                        {"clicks", {{"clicks_total", clicks}, {"unique_clicks", uniqueClicks},
                                                    {"unique_subscriber_clicks", uniqueClicks}, {"click_rate", rate(uniqueClicks, sent)}}}});
}

SandboxReply EmailStatsApi::kitStats(const SandboxRequest &request, const std::function<bool(qint64 id)> &exists)
{
    bool ok = false;
    const qint64 id = kitStatsPath().match(request.path).captured(1).toLongLong(&ok);
    if (request.method != "GET" || !ok || !exists(id))
        return SandboxReply::json(404, Json{{"errors", Json::array({"Not Found"})}});
    const MetricCounters c = m_timeline.counters(QString::number(id));
    const qint64 recipients = c.impressions;
    // Percentages with two decimals, as Kit shows them.
    const auto percent = [recipients](qint64 part) {
        return recipients == 0 ? 0.0 : double(qRound64(double(part) * 10000.0 / double(recipients))) / 100.0;
    };
    return SandboxReply::json(200, Json{{"broadcast", {{"id", id},
                                                       {"stats", {{"recipients", recipients},
                                                                  {"open_rate", percent(c.reach)},
                                                                  {"click_rate", percent(c.clicks)},
                                                                  {"unsubscribes", c.comments / 10},
                                                                  {"total_clicks", c.clicks},
                                                                  {"show_total_clicks", true},
                                                                  {"status", "completed"},
                                                                  {"progress", 100.0},
                                                                  {"open_tracking_disabled", false},
                                                                  {"click_tracking_disabled", false}}}}}});
}

} // namespace cf::sandbox
