#pragma once

#include "platforms/publishing/CancelsScheduledPosts.h"
#include "platforms/publishing/PlatformPublisher.h"
#include "platforms/publishing/PublishHttp.h"

#include <memory>

namespace cf {

// Blog posts on a self-hosted WordPress site through the REST API with an
// application password (HTTP Basic; the request's accessToken is
// "user:password", see docs/publishing-adapters.md). The first image becomes
// the featured image (raw-body upload to wp/v2/media, checkpointed so a
// retry does not upload it again); hashtags become tags and are looked up
// by name or created; the post goes to wp/v2/posts with status "future" and
// date_gmt when scheduled natively, else "publish". Reconcile looks the
// post up by slug, or by title among published and scheduled posts. A
// "future" post can be taken back: it is read first and moved to the trash
// (DELETE wp/v2/posts/{id} without force) only while it is still "future".
class WordPressPublisher : public PlatformPublisher, public CancelsScheduledPosts
{
public:
    static constexpr int kMaxTitleLength = 255; // EMU: WordPress core stores any length; themes cut long titles
    static constexpr qint64 kMinScheduleSecs = 60;  // core turns "future" due within 60 s into "publish"
    static constexpr int kMaxTags = 20;

    WordPressPublisher(QNetworkAccessManager &network, const EndpointMap &endpoints);

    Platform platform() const override { return Platform::WordPress; }
    bool schedulesNatively() const override { return true; }
    QStringList checkLimits(const PublishRequest &request) const override;
    void publish(const PublishRequest &request, QObject *context, Checkpoint checkpoint, Done done) override;
    void reconcile(const PublishRequest &request, QObject *context, ReconcileDone done) override;
    void cancelScheduled(const PublishRequest &request, const QString &externalId, QObject *context,
                         CancelDone done) override;

    // The post parts taken from the request (blog copy when there is one).
    static QString titleOf(const PublishRequest &request);
    static QString htmlOf(const PublishRequest &request);

private:
    struct Job;
    void uploadFeaturedImage(std::shared_ptr<Job> job);
    void resolveNextTag(std::shared_ptr<Job> job);
    void createPost(std::shared_ptr<Job> job);

    PublishHttp m_http;
};

} // namespace cf
