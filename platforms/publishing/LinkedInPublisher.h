#pragma once

#include "platforms/publishing/PlatformPublisher.h"
#include "platforms/publishing/PublishHttp.h"

namespace cf {

// LinkedIn Posts API (/rest/posts) as the member (urn:li:person) or, for a
// Page connection, the organisation (urn:li:organization): text, one image
// or several (multiImage) uploaded with images?action=initializeUpload + PUT.
// Every call carries LinkedIn-Version (a monthly version two months back,
// always live) and X-Restli-Protocol-Version. The commentary is "little
// text", so its reserved characters are escaped. Image URNs are
// checkpointed. Reconcile lists the author's posts (q=author) and matches
// the commentary.
class LinkedInPublisher : public PlatformPublisher
{
public:
    static constexpr int kMaxCommentary = 3000;
    static constexpr int kMaxImages = 20;
    static constexpr qint64 kMaxImageBytes = 36LL * 1024 * 1024;

    LinkedInPublisher(QNetworkAccessManager &network, const EndpointMap &endpoints);

    Platform platform() const override { return Platform::LinkedIn; }
    bool schedulesNatively() const override { return false; }
    QStringList checkLimits(const PublishRequest &request) const override;
    void publish(const PublishRequest &request, QObject *context, Checkpoint checkpoint, Done done) override;
    void reconcile(const PublishRequest &request, QObject *context, ReconcileDone done) override;

    static QString authorUrn(const Connection &connection);
    static QString commentaryOf(const PublishRequest &request);
    // "YYYYMM" of the month two months before nowUtc.
    static QByteArray versionFor(const QDateTime &nowUtc);
    static PublishOutcome failureOutcome(const HttpResult &result, bool creates, const QDateTime &nowUtc);

private:
    struct Job;
    void uploadNextImage(std::shared_ptr<Job> job);
    void createPost(std::shared_ptr<Job> job);
    HttpCall restCall(const QByteArray &verb, const QUrl &url, const QString &token) const;

    PublishHttp m_http;
};

} // namespace cf
