#pragma once

#include "platforms/publishing/PlatformPublisher.h"
#include "platforms/publishing/PublishHttp.h"

namespace cf {

// X (API v2): one post, or a thread (ContentType::Thread: one post per
// paragraph, each replying to the one before), with up to 4 images (simple
// upload) or one video (chunked initialize → append → finalize → STATUS
// poll) on the first post. Every media id and post id is checkpointed, so a
// retry continues the thread instead of starting it again. Reconcile reads
// the user's recent posts (GET 2/users/:id/tweets) and matches the text.
class XPublisher : public PlatformPublisher
{
public:
    static constexpr int kMaxImages = 4;
    static constexpr qint64 kMaxImageBytes = 5 * 1024 * 1024;
    static constexpr qint64 kMaxVideoBytes = 512LL * 1024 * 1024;
    static constexpr double kMinVideoSeconds = 0.5;
    static constexpr double kMaxVideoSeconds = 140;
    static constexpr int kChunkBytes = 4 * 1024 * 1024;

    XPublisher(QNetworkAccessManager &network, const EndpointMap &endpoints);

    Platform platform() const override { return Platform::X; }
    bool schedulesNatively() const override { return false; }
    QStringList checkLimits(const PublishRequest &request) const override;
    void publish(const PublishRequest &request, QObject *context, Checkpoint checkpoint, Done done) override;
    void reconcile(const PublishRequest &request, QObject *context, ReconcileDone done) override;

    void setPollIntervalMs(int ms) { m_pollIntervalMs = ms; }

    // The posts the request becomes, in order.
    static QStringList postsOf(const PublishRequest &request);
    // Maps an X answer that is not a success onto the taxonomy.
    static PublishOutcome failureOutcome(const HttpResult &result, bool creates, const QDateTime &nowUtc);

private:
    struct Job;
    void uploadNextMedia(std::shared_ptr<Job> job);
    void uploadImage(std::shared_ptr<Job> job, std::size_t index);
    void uploadVideo(std::shared_ptr<Job> job, std::size_t index);
    void appendChunk(std::shared_ptr<Job> job, std::size_t index, const QString &mediaId, int segment);
    void waitForMedia(std::shared_ptr<Job> job, std::size_t index, const QString &mediaId, int poll);
    void postNext(std::shared_ptr<Job> job);

    PublishHttp m_http;
    int m_pollIntervalMs = 2000;
};

} // namespace cf
