#pragma once

#include "platforms/sandbox/PlatformEmulator.h"
#include "platforms/sandbox/SandboxMetrics.h"

#include <map>

namespace cf::sandbox {

// Google's error envelope {"error":{code,message,errors:[{message,domain,reason}],status}}.
SandboxReply googleErrorReply(int status, const char *reason, const char *statusName, const QString &message, const char *domain = "global");

// YouTube Data API v3 publishing on www.googleapis.com: the resumable upload
// protocol (POST upload/youtube/v3/videos?uploadType=resumable opens a
// session whose URI comes back in Location; PUT bytes with Content-Range,
// 308 Resume Incomplete with a Range header until the last byte, then the
// video resource; PUT "bytes */N" asks the session how far it got),
// thumbnails/set, DELETE youtube/v3/videos?id= (204; needs the youtube or
// youtube.force-ssl scope, not youtube.upload; a private video with a
// publishAt that has come reads as public), and GET youtube/v3/videos?id= for reconciling and
// tracking (parts snippet, status, statistics with string counts from the
// shared MetricsTimeline, processingDetails). A video exists only once its
// last byte arrived, as on the real service.
class YouTubeUploadApi
{
public:
    explicit YouTubeUploadApi(SandboxContext &context)
        : m_context(context)
    {
    }
    // True when the request is one of the paths above (the caller has
    // already checked nothing else); `check` is the caller's token check.
    static bool handles(const SandboxRequest &request);
    SandboxReply handle(const SandboxRequest &request, const TokenCheck &check);
    void reset();

    static constexpr qint64 kChunkGranularity = 256 * 1024;
    static constexpr int kMaxTitle = 100;
    static constexpr int kMaxDescriptionBytes = 5000;
    static constexpr qint64 kMaxThumbnailBytes = 2 * 1024 * 1024;

private:
    struct Video
    {
        QString id;
        QString userId;
        Json snippet;
        Json status;
        QString publishedAt;
        bool thumbnail = false;
    };
    struct Session
    {
        QString uploadId;
        QString userId;
        qint64 size = 0;
        qint64 received = 0;
        QString contentType;
        Json snippet;
        Json status;
        QString videoId; // set once the last byte arrived
    };
    SandboxReply openSession(const SandboxRequest &request, const TokenCheck &check);
    SandboxReply putBytes(const SandboxRequest &request);
    SandboxReply setThumbnail(const SandboxRequest &request, const TokenCheck &check);
    SandboxReply listVideos(const SandboxRequest &request, const TokenCheck &check);
    SandboxReply deleteVideo(const SandboxRequest &request, const TokenCheck &check);
    Json videoResource(const Video &video, const QStringList &parts) const;
    SandboxReply incomplete(const Session &session) const;

    SandboxContext &m_context;
    std::map<QString, Session> m_sessions;
    std::map<QString, Video> m_videos;
    mutable MetricsTimeline m_timeline{m_context.clock}; // statistics (read from the const resource view)
};

} // namespace cf::sandbox
