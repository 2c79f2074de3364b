// Ad videos for MetaAdsApi: POST /act_{id}/advideos with Graph's chunked
// upload (MetaVideoUploads; finish may name the video with title or name)
// and GET /{video id} with status and, once ready, a picture to use as the
// creative's thumbnail.
#include "platforms/sandbox/MetaAdsApi.h"

#include <QDateTime>

namespace cf::sandbox {

SandboxReply MetaAdsApi::uploadVideo(MetaCall &call, const QString &accountId)
{
    const GraphParams &p = call.params;
    if (!p.has("upload_phase"))
        return adsInvalid(QStringLiteral("The sandbox takes ad videos through upload_phase start, transfer and finish."), QStringLiteral("upload_phase"));
    const QString phase = p.str("upload_phase");
    if (phase == QLatin1String("start"))
        return m_videos.start(p, accountId, kMaxVideoBytes);
    if (phase == QLatin1String("transfer"))
        return m_videos.transfer(p, accountId);
    if (phase != QLatin1String("finish"))
        return adsInvalid(QStringLiteral("Param upload_phase must be one of {start, transfer, finish, cancel}"), QStringLiteral("upload_phase"));
    auto session = m_videos.finishable(p, accountId);
    if (auto *refused = std::get_if<SandboxReply>(&session))
        return *refused;
    MetaVideoUploads::Video &video = *std::get<MetaVideoUploads::Video *>(session);
    const QString title = p.has("title") ? p.str("title") : p.str("name");
    video.fields = Json{{"title", toStd(title.left(255))}, {"published", false}};
    m_videos.finish(video);
    return SandboxReply::json(200, Json{{"success", true}});
}

SandboxReply MetaAdsApi::readVideo(const MetaCall &call, const MetaVideoUploads::Video &video) const
{
    Json full{{"id", toStd(video.id)},
              {"status", m_videos.statusJson(video)},
              {"title", video.fields.value("title", std::string())},
              {"created_time", toStd(QDateTime::fromSecsSinceEpoch(video.createdAt, Qt::UTC).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss+0000")))}};
    if (m_videos.videoStatus(video) == QLatin1String("ready"))
        full["picture"] = toStd(QStringLiteral("https://scontent.sandbox.example/v/t15/%1_thumb.jpg").arg(video.id));
    QStringList fields = call.params.fields();
    if (fields.isEmpty())
        fields = {QStringLiteral("status")};
    Json out{{"id", toStd(video.id)}};
    for (const QString &field : std::as_const(fields)) {
        if (full.contains(toStd(field)))
            out[toStd(field)] = full[toStd(field)];
    }
    return SandboxReply::json(200, out);
}

} // namespace cf::sandbox
