#include "platforms/sandbox/MetaVideoUploads.h"

#include <QDateTime>

#include <algorithm>

namespace cf::sandbox {

namespace {

// Graph's answer to a chunk that does not start where the session stands.
SandboxReply offsetMismatch(qint64 start, qint64 end)
{
    return graphError(400, 6001, QStringLiteral("There was a problem uploading your video. Please try again."), 1363037,
                      QStringLiteral("OAuthException"),
                      Json{{"error_data", {{"start_offset", start}, {"end_offset", end}}},
                           {"is_transient", false},
                           {"error_user_title", "Error Uploading Video"},
                           {"error_user_msg", "There was a problem uploading your video. Please try uploading it again."}});
}

} // namespace

MetaVideoUploads::Video *MetaVideoUploads::find(const QString &id)
{
    const auto it = m_videos.find(id);
    return it == m_videos.end() ? nullptr : &it->second;
}

const MetaVideoUploads::Video *MetaVideoUploads::find(const QString &id) const
{
    const auto it = m_videos.find(id);
    return it == m_videos.end() ? nullptr : &it->second;
}

MetaVideoUploads::Video *MetaVideoUploads::bySession(const QString &sessionId, const QString &owner)
{
    for (auto &[id, video] : m_videos) {
        if (video.sessionId == sessionId && video.owner == owner)
            return &video;
    }
    return nullptr;
}

Json MetaVideoUploads::offsets(const Video &video) const
{
    const qint64 end = std::min(video.size, video.received + kChunkBytes);
    return Json{{"start_offset", toStd(QString::number(video.received))}, {"end_offset", toStd(QString::number(end))}};
}

SandboxReply MetaVideoUploads::start(const GraphParams &params, const QString &owner, qint64 maxBytes)
{
    bool valid = true;
    const auto size = params.integer("file_size", &valid);
    if (!valid || !size || *size <= 0)
        return graphInvalidParameter(QStringLiteral("upload_phase=start requires file_size, the video's size in bytes"));
    if (*size > maxBytes)
        return graphError(400, 6000, QStringLiteral("The video file is too large: at most %1 bytes are accepted").arg(maxBytes), 1363023);
    Video video;
    video.id = m_context.numericId(m_idPrefix);
    video.owner = owner;
    video.sessionId = m_context.numericId(QStringLiteral("5500"));
    video.size = *size;
    video.createdAt = m_context.clock.nowSecs();
    Json body = offsets(video);
    body["video_id"] = toStd(video.id);
    body["upload_session_id"] = toStd(video.sessionId);
    m_videos[video.id] = video;
    return SandboxReply::json(200, body);
}

SandboxReply MetaVideoUploads::transfer(const GraphParams &params, const QString &owner)
{
    Video *video = bySession(params.str("upload_session_id"), owner);
    if (!video)
        return graphInvalidParameter(QStringLiteral("upload_session_id does not name an open upload session of this object"), 1363020);
    if (video->finished)
        return graphInvalidParameter(QStringLiteral("The upload session %1 is already finished").arg(video->sessionId), 1363020);
    bool valid = true;
    const auto start = params.integer("start_offset", &valid);
    if (!valid || !start)
        return graphInvalidParameter(QStringLiteral("upload_phase=transfer requires start_offset"));
    const qint64 expectedEnd = std::min(video->size, video->received + kChunkBytes);
    if (*start != video->received)
        return offsetMismatch(video->received, expectedEnd);
    const MultipartPart *chunk = findPart(params.files(), "video_file_chunk");
    if (!chunk)
        return graphInvalidParameter(QStringLiteral("upload_phase=transfer requires the multipart file video_file_chunk"));
    if (chunk->data.size() != expectedEnd - video->received)
        return graphInvalidParameter(QStringLiteral("video_file_chunk must be exactly %1 bytes (end_offset - start_offset); %2 were sent")
                                         .arg(expectedEnd - video->received)
                                         .arg(chunk->data.size()));
    video->received = expectedEnd;
    return SandboxReply::json(200, offsets(*video));
}

std::variant<MetaVideoUploads::Video *, SandboxReply> MetaVideoUploads::finishable(const GraphParams &params, const QString &owner)
{
    Video *video = bySession(params.str("upload_session_id"), owner);
    if (!video)
        return graphInvalidParameter(QStringLiteral("upload_session_id does not name an upload session of this object"), 1363020);
    if (video->finished)
        return graphInvalidParameter(QStringLiteral("The upload session %1 is already finished").arg(video->sessionId), 1363020);
    if (video->received < video->size)
        return graphError(400, 6001, QStringLiteral("The video upload is not complete: %1 of %2 bytes were received").arg(video->received).arg(video->size),
                          1363019, QStringLiteral("OAuthException"), Json{{"error_data", offsets(*video)}});
    return video;
}

void MetaVideoUploads::finish(Video &video)
{
    video.finished = true;
    video.finishedAt = m_context.clock.nowSecs();
}

MetaVideoUploads::Video &MetaVideoUploads::addComplete(const QString &owner, qint64 size)
{
    Video video;
    video.id = m_context.numericId(m_idPrefix);
    video.owner = owner;
    video.size = size;
    video.received = size;
    video.createdAt = m_context.clock.nowSecs();
    finish(video);
    return m_videos[video.id] = video;
}

QString MetaVideoUploads::videoStatus(const Video &video) const
{
    if (!video.finished)
        return QStringLiteral("uploading");
    return m_context.clock.nowSecs() - video.finishedAt < kProcessingSecs ? QStringLiteral("processing") : QStringLiteral("ready");
}

Json MetaVideoUploads::statusJson(const Video &video) const
{
    const QString status = videoStatus(video);
    const bool complete = video.finished;
    Json publishing{{"status", complete ? "complete" : "not_started"}};
    if (complete) {
        const qint64 scheduled = video.fields.value("scheduled_publish_time", qint64(0));
        const bool published = video.fields.value("published", true);
        publishing["publish_status"] = scheduled ? "scheduled" : published ? "published" : "draft";
        publishing["publish_time"] = toStd(QDateTime::fromSecsSinceEpoch(scheduled ? scheduled : video.finishedAt, Qt::UTC)
                                               .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss+0000")));
    }
    return Json{{"video_status", toStd(status)},
                {"uploading_phase", {{"status", complete ? "complete" : "in_progress"}, {"bytes_transferred", video.received}}},
                {"processing_phase", {{"status", status == QLatin1String("ready") ? "complete" : complete ? "in_progress" : "not_started"}}},
                {"publishing_phase", publishing}};
}

} // namespace cf::sandbox
