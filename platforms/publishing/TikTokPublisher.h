#pragma once

#include "platforms/publishing/PlatformPublisher.h"
#include "platforms/publishing/PublicMediaHost.h"
#include "platforms/publishing/PublishHttp.h"

#include <memory>

namespace cf {

// TikTok Content Posting API v2. Every publish starts with creator_info
// (privacy levels the creator allows, longest video, username). A video goes
// up as FILE_UPLOAD: init (Direct Post with the video.publish scope, else an
// inbox draft with video.upload), then PUT in chunks per TikTok's rules
// (whole file below 5 MB, else 10 MB chunks with the remainder in the last).
// Photos (1-35 JPEG/WebP) are PULL_FROM_URL only, so they are first put on
// the configured PublicMediaHost and removed afterwards. The publish_id and
// upload URL are checkpointed; status/fetch is polled (a QTimer, every
// kPollIntervalMs) until PUBLISH_COMPLETE gives the post id. A retry with a
// checkpoint polls and resumes instead of initialising again; reconcile
// polls status/fetch once.
class TikTokPublisher : public PlatformPublisher, public UsesPublicMediaHost
{
public:
    static constexpr int kMaxVideoTitle = 2200; // UTF-16 units
    static constexpr int kMaxPhotoTitle = 90;
    static constexpr int kMaxPhotoDescription = 4000;
    static constexpr int kMaxPhotos = 35;
    static constexpr qint64 kMinChunk = 5 * 1024 * 1024;
    static constexpr qint64 kChunk = 10 * 1024 * 1024;
    static constexpr qint64 kMaxVideoBytes = 4LL * 1024 * 1024 * 1024;
    static constexpr qint64 kMaxPhotoBytes = 20 * 1024 * 1024;
    static constexpr int kPollIntervalMs = 2500; // status/fetch allows 30 calls a minute
    static constexpr int kMaxPolls = 240;        // ten minutes; then Unknown and reconcile goes on

    TikTokPublisher(QNetworkAccessManager &network, const EndpointMap &endpoints);

    Platform platform() const override { return Platform::TikTok; }
    bool schedulesNatively() const override { return false; }
    QStringList checkLimits(const PublishRequest &request) const override;
    void publish(const PublishRequest &request, QObject *context, Checkpoint checkpoint, Done done) override;
    void reconcile(const PublishRequest &request, QObject *context, ReconcileDone done) override;
    void setPublicMediaHost(std::shared_ptr<PublicMediaHost> host) override { m_host = std::move(host); }

private:
    struct Job;
    void queryCreator(std::shared_ptr<Job> job);
    void initVideo(std::shared_ptr<Job> job);
    void uploadNextChunk(std::shared_ptr<Job> job);
    void hostNextPhoto(std::shared_ptr<Job> job);
    void initPhotos(std::shared_ptr<Job> job);
    void poll(std::shared_ptr<Job> job);
    void finish(std::shared_ptr<Job> job, const PublishOutcome &outcome);

    PublishHttp m_http;
    std::shared_ptr<PublicMediaHost> m_host;
};

} // namespace cf
