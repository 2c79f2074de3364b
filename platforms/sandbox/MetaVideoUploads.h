#pragma once

#include "platforms/sandbox/MetaGraphSupport.h"
#include "platforms/sandbox/PlatformEmulator.h"

#include <map>
#include <variant>

namespace cf::sandbox {

// Graph's chunked ("resumable") video upload, shared by Page videos
// (POST /{page}/videos) and ad videos (POST /act_{id}/advideos):
//   upload_phase=start    file_size            -> video_id, upload_session_id, start_offset, end_offset
//   upload_phase=transfer upload_session_id, start_offset, multipart video_file_chunk
//                                             -> start_offset, end_offset (equal when every byte is in)
//   upload_phase=finish   upload_session_id    -> the caller applies its own fields, then {"success":true}
// The server names each chunk (kChunkBytes, the last one shorter), offsets
// are strings as Graph sends them. A transfer whose start_offset is not the
// next expected byte (a chunk sent again after a lost answer, or a client
// resuming from an older checkpoint) gets code 6001 / subcode 1363037 with
// the expected offsets in error_data, which is how clients resume. A chunk
// of another length than end_offset - start_offset is refused (code 100).
// finish needs every byte; a second finish of the same session is refused.
// After finish a video is "processing" for kProcessingSecs of sandbox time,
// then "ready", with Graph's status phases.
class MetaVideoUploads
{
public:
    static constexpr qint64 kChunkBytes = 1024 * 1024;
    static constexpr qint64 kProcessingSecs = 5;

    struct Video
    {
        QString id;
        QString owner;     // page id or ad account id
        QString sessionId;
        qint64 size = 0;
        qint64 received = 0;
        bool finished = false;
        qint64 createdAt = 0;
        qint64 finishedAt = 0;
        Json fields = Json::object(); // what finish set: description, title, published, scheduled_publish_time...
    };

    MetaVideoUploads(SandboxContext &context, QString idPrefix)
        : m_context(context)
        , m_idPrefix(std::move(idPrefix))
    {
    }

    SandboxReply start(const GraphParams &params, const QString &owner, qint64 maxBytes);
    SandboxReply transfer(const GraphParams &params, const QString &owner);
    // The session's video when finish may proceed, else the error answer.
    std::variant<Video *, SandboxReply> finishable(const GraphParams &params, const QString &owner);
    // Marks the video finished (the caller has stored its fields).
    void finish(Video &video);
    // A whole-file upload (file_url or multipart source) that is finished at once.
    Video &addComplete(const QString &owner, qint64 size);

    Video *find(const QString &id);
    const Video *find(const QString &id) const;
    const std::map<QString, Video> &videos() const { return m_videos; }
    // uploading, processing or ready.
    QString videoStatus(const Video &video) const;
    // Graph's status object: video_status and the uploading, processing and publishing phases.
    Json statusJson(const Video &video) const;
    void reset() { m_videos.clear(); }

private:
    Video *bySession(const QString &sessionId, const QString &owner);
    Json offsets(const Video &video) const;

    SandboxContext &m_context;
    QString m_idPrefix;
    std::map<QString, Video> m_videos; // by video id
};

} // namespace cf::sandbox
