#pragma once

#include "platforms/publishing/CancelsScheduledPosts.h"
#include "platforms/publishing/MetaChunkedUpload.h"
#include "platforms/publishing/PlatformPublisher.h"
#include "platforms/publishing/PublishHttp.h"

namespace cf {

// Facebook Page posts through the Graph API with the Page token from the
// request: text and link posts on /feed, one photo on /photos (multipart
// source upload), several photos as unpublished photos attached to one /feed
// post, one video on /videos through Graph's chunked upload (start, transfer
// of the chunks the platform names, each checkpointed as "fb_video_upload"
// so a retry resumes at the platform's offset; the finish call publishes and
// is the create). Native scheduling with
// published=false + scheduled_publish_time. Reconcile reads the Page's
// recent (or scheduled) posts and matches the message; for a video it reads
// the checkpointed video's status phases, else the Page's videos. A scheduled post can
// be deleted before it goes out (FacebookPageCancel.cpp).
class FacebookPagePublisher : public PlatformPublisher, public CancelsScheduledPosts
{
public:
    static constexpr int kMaxMessageLength = 63206;
    static constexpr qint64 kMaxPhotoBytes = 4 * 1024 * 1024;
    static constexpr int kMaxPhotos = 10;
    static constexpr qint64 kMaxVideoBytes = 10LL * 1024 * 1024 * 1024; // Graph's limit for chunked Page video uploads
    static constexpr qint64 kMinScheduleSecs = 10 * 60;
    static constexpr qint64 kMaxScheduleSecs = 30LL * 24 * 3600;

    FacebookPagePublisher(QNetworkAccessManager &network, const EndpointMap &endpoints);

    Platform platform() const override { return Platform::Facebook; }
    bool schedulesNatively() const override { return true; }
    QStringList checkLimits(const PublishRequest &request) const override;
    void publish(const PublishRequest &request, QObject *context, Checkpoint checkpoint, Done done) override;
    void reconcile(const PublishRequest &request, QObject *context, ReconcileDone done) override;
    void cancelScheduled(const PublishRequest &request, const QString &externalId, QObject *context,
                         CancelDone done) override;

private:
    struct Job;
    void uploadNextPhoto(std::shared_ptr<Job> job);
    void postWithPhotos(std::shared_ptr<Job> job);
    void postSinglePhoto(std::shared_ptr<Job> job);
    void postVideo(std::shared_ptr<Job> job);
    void finishVideo(std::shared_ptr<Job> job, const MetaChunkedUpload::State &upload);
    void reconcileVideo(const PublishRequest &request, QObject *context, ReconcileDone done);
    void postText(std::shared_ptr<Job> job);
    void finishPost(std::shared_ptr<Job> job, const QString &postId, const QString &permalink);

    PublishHttp m_http;
};

} // namespace cf
