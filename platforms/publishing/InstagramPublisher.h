#pragma once

#include "platforms/publishing/PlatformPublisher.h"
#include "platforms/publishing/PublicMediaHost.h"
#include "platforms/publishing/PublishHttp.h"

#include <QObject>

#include <memory>

namespace cf {

// Instagram (professional account through Facebook Login) on the Graph API:
// image, carousel (2-10), reel and story through media container → status
// poll (QTimer, never blocking) → media_publish, then a first comment with
// the hashtags. Videos (reels, video stories, carousel videos) go up
// directly: a container with upload_type=resumable returns an upload URI on
// rupload.facebook.com, the bytes are POSTed there in chunks with offset and
// file_size headers (InstagramVideoUpload.cpp), each confirmed offset
// checkpointed so a retry resumes the same container. Images are fetched by
// Graph from a public https URL, so they go to the configured
// PublicMediaHost first (PNG converted to JPEG, the only image format
// Instagram takes) and are removed after publishing. Every hosted file and
// container is checkpointed, so a retry re-uses them. Reconcile reads the
// container's status_code and the account's media list.
class InstagramPublisher : public PlatformPublisher, public UsesPublicMediaHost
{
public:
    static constexpr int kMaxCaption = 2200;
    static constexpr int kMaxHashtags = 30;
    static constexpr int kMinCarousel = 2;
    static constexpr int kMaxCarousel = 10;
    static constexpr qint64 kMaxImageBytes = 8 * 1024 * 1024;
    static constexpr qint64 kMaxVideoBytes = 300LL * 1024 * 1024;
    static constexpr double kMinReelSeconds = 3;
    static constexpr double kMaxReelSeconds = 15 * 60;
    static constexpr double kMaxStoryVideoSeconds = 60;

    InstagramPublisher(QNetworkAccessManager &network, const EndpointMap &endpoints);

    Platform platform() const override { return Platform::Instagram; }
    bool schedulesNatively() const override { return false; }
    QStringList checkLimits(const PublishRequest &request) const override;
    void publish(const PublishRequest &request, QObject *context, Checkpoint checkpoint, Done done) override;
    void reconcile(const PublishRequest &request, QObject *context, ReconcileDone done) override;
    void setPublicMediaHost(std::shared_ptr<PublicMediaHost> host) override { m_host = std::move(host); }

    // How often and how long a container's processing is polled.
    void setPolling(int intervalMs, int maxPolls)
    {
        m_pollIntervalMs = intervalMs;
        m_maxPolls = maxPolls;
    }
    // The size of each POST to the video upload URI (the last one is shorter).
    void setUploadChunkBytes(qint64 bytes) { m_uploadChunkBytes = qMax<qint64>(1, bytes); }
    static constexpr qint64 kDefaultUploadChunkBytes = 8 * 1024 * 1024;

    enum class Kind { Image, Carousel, Reel, Story };
    static Kind kindOf(const PublishRequest &request);
    static QString captionOf(const PublishRequest &request);
    static QString firstCommentOf(const PublishRequest &request);
    // True when some media is an image, which Graph fetches from the public media host.
    static bool needsMediaHost(const PublishRequest &request);

private:
    struct Job;
    void hostNext(std::shared_ptr<Job> job);
    void createChildren(std::shared_ptr<Job> job);
    void createContainer(std::shared_ptr<Job> job, const QList<std::pair<QString, QString>> &params, const QString &step,
                         std::function<void(const QString &id)> next);
    // Sends the bytes of media[mediaIndex] to the upload URI checkpointed
    // under "<step>_upload", from its confirmed offset, then calls next.
    void uploadVideo(std::shared_ptr<Job> job, const QString &step, std::size_t mediaIndex, std::function<void()> next);
    void waitUntilFinished(std::shared_ptr<Job> job, const QString &containerId, int poll, std::function<void()> next);
    void createParent(std::shared_ptr<Job> job);
    void publishContainer(std::shared_ptr<Job> job);
    void finish(std::shared_ptr<Job> job, const QString &mediaId);
    void removeHostedFiles(std::shared_ptr<Job> job);

    PublishHttp m_http;
    std::shared_ptr<PublicMediaHost> m_host;
    QObject m_cleanupContext; // bounds hosted-file removals that outlive a publish
    int m_pollIntervalMs = 3000;
    int m_maxPolls = 200;
    qint64 m_uploadChunkBytes = kDefaultUploadChunkBytes;
};

} // namespace cf
