#include "platforms/sandbox/TikTokVideoQueryApi.h"

#include "platforms/sandbox/OAuthEmulator.h"

namespace cf::sandbox {

namespace {

SandboxReply reply(int status, const Json &data, const char *code, const QString &message)
{
    return SandboxReply::json(status, Json{{"data", data}, {"error", {{"code", code}, {"message", toStd(message)}, {"log_id", toStd(randomToken(16))}}}});
}

const QStringList &videoFields()
{
    // The Video fields the sandbox keeps (creation time, title and the like
    // are refused rather than invented).
    static const QStringList fields{QStringLiteral("id"), QStringLiteral("share_url"), QStringLiteral("like_count"),
                                    QStringLiteral("comment_count"), QStringLiteral("share_count"), QStringLiteral("view_count")};
    return fields;
}

} // namespace

bool TikTokVideoQueryApi::handles(const SandboxRequest &request)
{
    return request.path == QLatin1String("/v2/video/query/");
}

SandboxReply TikTokVideoQueryApi::handle(const SandboxRequest &request, const TokenCheck &check, const OwnsPost &owns)
{
    if (request.method != "POST")
        return reply(404, Json::object(), "invalid_param", QStringLiteral("No such endpoint"));
    if (!check.hasScope(QStringLiteral("video.list")))
        return reply(401, Json::object(), "scope_not_authorized",
                     QStringLiteral("The user did not authorize the scope required for completing this request."));
    const QStringList fields = request.queryValue(QStringLiteral("fields")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (fields.isEmpty())
        return reply(400, Json::object(), "invalid_param", QStringLiteral("fields is required"));
    for (const QString &field : fields)
        if (!videoFields().contains(field))
            return reply(400, Json::object(), "invalid_param", QStringLiteral("Unknown field: %1").arg(field));
    const auto body = request.json();
    if (!body || !body->is_object() || !(*body).contains("filters") || !(*body)["filters"].is_object()
        || !(*body)["filters"].contains("video_ids") || !(*body)["filters"]["video_ids"].is_array())
        return reply(400, Json::object(), "invalid_param", QStringLiteral("filters.video_ids is required"));
    const Json &ids = (*body)["filters"]["video_ids"];
    if (ids.empty() || ids.size() > 20)
        return reply(400, Json::object(), "invalid_param", QStringLiteral("video_ids takes 1 to 20 ids"));
    Json videos = Json::array();
    for (const Json &value : ids) {
        if (!value.is_string())
            return reply(400, Json::object(), "invalid_param", QStringLiteral("video_ids are strings"));
        const QString id = fromStd(value.get<std::string>());
        if (!owns(id, check.grant.userId))
            continue;
        const MetricCounters c = m_timeline.counters(id);
        const Json full{{"id", toStd(id)}, {"share_url", toStd(QStringLiteral("https://www.tiktok.com/video/%1").arg(id))},
                        {"like_count", c.likes}, {"comment_count", c.comments}, {"share_count", c.shares},
                        {"view_count", c.impressions}};
        Json video = Json::object();
        for (const QString &field : fields)
            video[toStd(field)] = full[toStd(field)];
        videos.push_back(video);
    }
    return reply(200, Json{{"videos", videos}, {"cursor", 0}, {"has_more", false}}, "ok", QString());
}

} // namespace cf::sandbox
