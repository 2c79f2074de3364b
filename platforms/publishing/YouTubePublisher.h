#pragma once

#include "platforms/publishing/CancelsScheduledPosts.h"
#include "platforms/publishing/PlatformPublisher.h"
#include "platforms/publishing/PublishHttp.h"

#include <memory>

namespace cf {

// Videos on YouTube through the Data API v3 resumable upload: a session is
// opened with the snippet (title ≤ 100, description) and status (public, or
// private + publishAt for native scheduling); its URI is checkpointed as
// "yt_session" at once, so a retry asks the session how far it got and
// resumes instead of creating a second video. Bytes go up in 8 MiB chunks
// (308 Resume Incomplete until the last one, which creates the video); an
// image after the video becomes its thumbnail. Reconcile asks the session
// (PUT "bytes */N") or reads the video with videos.list. YouTube has no
// "unschedule": a scheduled video is the uploaded private video with
// publishAt, so cancelling reads it and deletes the upload (videos.delete)
// while it is still private with publishAt; a reschedule uploads again.
// videos.delete needs the youtube or youtube.force-ssl scope.
class YouTubePublisher : public PlatformPublisher, public CancelsScheduledPosts
{
public:
    static constexpr int kMaxTitleLength = 100;
    static constexpr int kMaxDescriptionBytes = 5000;
    static constexpr qint64 kChunkBytes = 32 * 256 * 1024; // 8 MiB: chunks must be multiples of 256 KiB
    static constexpr qint64 kMaxThumbnailBytes = 2 * 1024 * 1024;

    YouTubePublisher(QNetworkAccessManager &network, const EndpointMap &endpoints);

    Platform platform() const override { return Platform::YouTube; }
    bool schedulesNatively() const override { return true; }
    QStringList checkLimits(const PublishRequest &request) const override;
    void publish(const PublishRequest &request, QObject *context, Checkpoint checkpoint, Done done) override;
    void reconcile(const PublishRequest &request, QObject *context, ReconcileDone done) override;
    void cancelScheduled(const PublishRequest &request, const QString &externalId, QObject *context,
                         CancelDone done) override;

    static QString titleOf(const PublishRequest &request);
    static QString descriptionOf(const PublishRequest &request);

private:
    struct Job;
    void openSession(std::shared_ptr<Job> job);
    void querySession(std::shared_ptr<Job> job);
    void sendNextChunk(std::shared_ptr<Job> job);
    void setThumbnail(std::shared_ptr<Job> job);
    void finish(std::shared_ptr<Job> job, const QString &note = {});

    PublishHttp m_http;
};

} // namespace cf
