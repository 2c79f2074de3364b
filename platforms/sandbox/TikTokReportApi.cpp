#include "platforms/sandbox/TikTokReportApi.h"

#include "platforms/sandbox/TikTokAdsApi.h"

#include <map>

namespace cf::sandbox {

namespace {

using tiktokads::invalid;

// A query parameter that must be a JSON array of strings.
std::optional<QStringList> stringList(const SandboxRequest &request, const QString &name)
{
    const Json value = Json::parse(request.queryValue(name).toStdString(), nullptr, false);
    if (!value.is_array())
        return std::nullopt;
    QStringList out;
    for (const Json &item : value) {
        if (!item.is_string())
            return std::nullopt;
        out << fromStd(item.get<std::string>());
    }
    return out;
}

// data_level -> the id dimension and the filter field that go with it.
struct Level
{
    const char *dimension;
    const char *filterField;
};
const std::map<QString, Level> &levels()
{
    static const std::map<QString, Level> table{
        {QStringLiteral("AUCTION_AD"), {"ad_id", "ad_ids"}},
        {QStringLiteral("AUCTION_ADGROUP"), {"adgroup_id", "adgroup_ids"}},
        {QStringLiteral("AUCTION_CAMPAIGN"), {"campaign_id", "campaign_ids"}},
    };
    return table;
}

// The metric values of one row, as strings like the real API.
std::map<QString, std::string> metricValues(const MetricCounters &c)
{
    const auto ratio = [](qint64 part, qint64 whole, int scale) {
        return whole == 0 ? std::string("0.00")
                          : QString::number(double(part) * scale / double(whole), 'f', 2).toStdString();
    };
    return {{QStringLiteral("spend"), c.spendText().toStdString()},
            {QStringLiteral("impressions"), std::to_string(c.impressions)},
            {QStringLiteral("clicks"), std::to_string(c.clicks)},
            {QStringLiteral("reach"), std::to_string(c.reach)},
            {QStringLiteral("ctr"), ratio(c.clicks, c.impressions, 100)},
            {QStringLiteral("cpc"), c.clicks == 0 ? std::string("0.00")
                                                  : QString::number(double(c.spendCents) / 100.0 / double(c.clicks), 'f', 2).toStdString()},
            {QStringLiteral("cpm"), ratio(c.spendCents, c.impressions * 100, 1000)},
            {QStringLiteral("conversion"), std::to_string(c.purchases)},
            {QStringLiteral("video_play_actions"), std::to_string(c.videoViews)},
            {QStringLiteral("likes"), std::to_string(c.likes)},
            {QStringLiteral("comments"), std::to_string(c.comments)},
            {QStringLiteral("shares"), std::to_string(c.shares)}};
}

} // namespace

bool TikTokReportApi::handles(const QString &path)
{
    return path == QLatin1String("/open_api/v1.3/report/integrated/get/");
}

SandboxReply TikTokReportApi::handle(const SandboxRequest &request)
{
    if (request.method != "GET")
        return invalid(QStringLiteral("method"), QStringLiteral("report/integrated/get/ is a GET"));
    const QString advertiser = request.queryValue(QStringLiteral("advertiser_id"));
    bool known = false;
    for (const SandboxSeed::AdAccount &a : m_context.seed.tiktokAdvertisers)
        known = known || a.id == advertiser;
    if (advertiser.isEmpty())
        return invalid(QStringLiteral("advertiser_id"), QStringLiteral("Missing data for required field."));
    if (!known)
        return tiktokBusinessEnvelope(40001, QStringLiteral("No permission to operate advertiser %1.").arg(advertiser));
    if (request.queryValue(QStringLiteral("report_type")) != QLatin1String("BASIC"))
        return invalid(QStringLiteral("report_type"), QStringLiteral("must be BASIC in the sandbox"));
    const auto level = levels().find(request.queryValue(QStringLiteral("data_level")));
    if (level == levels().end())
        return invalid(QStringLiteral("data_level"), QStringLiteral("must be AUCTION_AD, AUCTION_ADGROUP or AUCTION_CAMPAIGN"));
    const auto dimensions = stringList(request, QStringLiteral("dimensions"));
    if (!dimensions || !dimensions->contains(QLatin1String(level->second.dimension)))
        return invalid(QStringLiteral("dimensions"),
                       QStringLiteral("must be a JSON array containing %1").arg(QLatin1String(level->second.dimension)));
    const auto metrics = stringList(request, QStringLiteral("metrics"));
    if (!metrics || metrics->isEmpty())
        return invalid(QStringLiteral("metrics"), QStringLiteral("must be a non-empty JSON array of metric names"));
    const auto knownMetrics = metricValues(MetricCounters{});
    for (const QString &metric : *metrics)
        if (knownMetrics.find(metric) == knownMetrics.end())
            return invalid(QStringLiteral("metrics"), QStringLiteral("unknown metric %1").arg(metric));
    const bool lifetime = request.queryValue(QStringLiteral("query_lifetime")) == QLatin1String("true");
    if (!lifetime && (!request.hasQuery(QStringLiteral("start_date")) || !request.hasQuery(QStringLiteral("end_date"))))
        return invalid(QStringLiteral("start_date"), QStringLiteral("start_date and end_date are required unless query_lifetime is true"));

    QStringList ids;
    if (request.hasQuery(QStringLiteral("filtering"))) {
        const Json filtering = Json::parse(request.queryValue(QStringLiteral("filtering")).toStdString(), nullptr, false);
        if (!filtering.is_array())
            return invalid(QStringLiteral("filtering"), QStringLiteral("must be a JSON array of filters"));
        for (const Json &f : filtering) {
            if (!f.is_object() || !f.contains("field_name") || !f.contains("filter_type") || !f.contains("filter_value"))
                return invalid(QStringLiteral("filtering"), QStringLiteral("each filter needs field_name, filter_type and filter_value"));
            if (f.value("field_name", std::string()) != level->second.filterField)
                return invalid(QStringLiteral("filtering"),
                               QStringLiteral("field_name must be %1 for this data_level").arg(QLatin1String(level->second.filterField)));
            if (f.value("filter_type", std::string()) != "IN" || !f["filter_value"].is_string())
                return invalid(QStringLiteral("filtering"), QStringLiteral("filter_type IN takes filter_value as a JSON-encoded array string"));
            const Json values = Json::parse(f["filter_value"].get<std::string>(), nullptr, false);
            if (!values.is_array())
                return invalid(QStringLiteral("filtering"), QStringLiteral("filter_value must encode a JSON array"));
            for (const Json &v : values) {
                if (!v.is_string())
                    return invalid(QStringLiteral("filtering"), QStringLiteral("ids are strings"));
                ids << fromStd(v.get<std::string>());
            }
        }
    }
    const int pageSize = request.hasQuery(QStringLiteral("page_size")) ? request.queryValue(QStringLiteral("page_size")).toInt() : 10;
    const int page = request.hasQuery(QStringLiteral("page")) ? request.queryValue(QStringLiteral("page")).toInt() : 1;
    if (pageSize < 1 || pageSize > 1000 || page < 1)
        return invalid(QStringLiteral("page_size"), QStringLiteral("page >= 1, page_size 1-1000"));

    Json rows = Json::array();
    for (int i = (page - 1) * pageSize; i < ids.size() && i < page * pageSize; ++i) {
        const QString &id = ids[i];
        const auto values = metricValues(m_timeline.counters(id));
        Json row = Json::object();
        for (const QString &metric : *metrics)
            row[toStd(metric)] = values.at(metric);
        rows.push_back(Json{{"dimensions", Json{{level->second.dimension, toStd(id)}}}, {"metrics", row}});
    }
    const int total = int(ids.size());
    return tiktokBusinessEnvelope(0, QStringLiteral("OK"),
                                  Json{{"list", rows},
                                       {"page_info", {{"page", page}, {"page_size", pageSize}, {"total_number", total},
                                                      {"total_page", (total + pageSize - 1) / pageSize}}}});
}

} // namespace cf::sandbox
