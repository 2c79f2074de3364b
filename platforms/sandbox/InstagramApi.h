#pragma once

#include "platforms/sandbox/MetaGraphSupport.h"
#include "platforms/sandbox/PlatformEmulator.h"

#include <map>

namespace cf::sandbox {

// Instagram content publishing through Facebook Login on graph.facebook.com:
// /{ig-user}/media creates a container (image, REELS, STORIES, carousel items
// and CAROUSEL), GET /{container}?fields=status_code polls it (videos take
// kVideoProcessingSecs of sandbox time), /{ig-user}/media_publish publishes a
// FINISHED container within the 50-per-24-hours quota, GET /{media}?fields=
// permalink reads it back, GET /{ig-user}/media lists published feed media
// (newest first), POST /{media}/comments adds a comment, and
// /{ig-user}/content_publishing_limit reports usage.
// A media URL whose path contains "/sandbox-fail/" ends in status ERROR.
// Resumable video containers (upload_type=resumable, media_type REELS,
// STORIES or carousel VIDEO, no video_url) answer {"id","uri"} with the uri on
// rupload.facebook.com; upload() takes their bytes there ("Authorization:
// OAuth", offset and file_size headers; an offset up to the bytes already
// received is accepted, so a resent or restarted chunk overwrites) and the
// container stays IN_PROGRESS until every byte is in plus
// kVideoProcessingSecs.
class InstagramApi
{
public:
    explicit InstagramApi(SandboxContext &context)
        : m_context(context)
    {
    }
    std::optional<SandboxReply> handle(MetaCall &call);
    // POST https://rupload.facebook.com/ig-api-upload/{version}/{container}; token already checked.
    SandboxReply upload(const SandboxRequest &request, const TokenCheck &token);
    bool ownsPath(const QString &path) const;
    void reset();

    static constexpr int kMaxCaption = 2200;
    static constexpr int kMinCarousel = 2;
    static constexpr int kMaxCarousel = 10;
    static constexpr int kQuota = 50;
    static constexpr qint64 kVideoProcessingSecs = 5;
    static constexpr qint64 kContainerLifetimeSecs = 24 * 3600;
    static constexpr qint64 kMaxUploadBytes = 1024LL * 1024 * 1024;

private:
    struct Container
    {
        QString id;
        QString igUserId;
        QString mediaType;   // IMAGE, VIDEO, REELS, STORIES, CAROUSEL
        QString caption;
        bool carouselItem = false;
        bool failing = false;
        bool video = false;
        bool resumable = false;  // bytes come through upload(), not a URL
        qint64 uploadSize = 0;   // file_size of the first upload POST
        qint64 uploaded = 0;     // bytes received
        qint64 uploadedAt = 0;   // sandbox time the last byte arrived; 0 = not yet
        qint64 createdAt = 0;
        QString publishedMediaId;
    };
    struct Media
    {
        QString id;
        QString igUserId;
        QString mediaType;
        QString caption;
        QString shortcode;
        qint64 timestamp = 0;
        QStringList comments;
    };

    std::optional<SandboxReply> checkAccess(const MetaCall &call, const QString &igUserId, bool publishing) const;
    SandboxReply createContainer(MetaCall &call, const QString &igUserId);
    SandboxReply publish(MetaCall &call, const QString &igUserId);
    SandboxReply containerStatus(const MetaCall &call, const Container &container) const;
    SandboxReply publishingLimit(const MetaCall &call, const QString &igUserId) const;
    QString statusCode(const Container &container) const;
    Json mediaJson(const Media &media, const QStringList &fields) const;
    SandboxReply listMedia(const MetaCall &call, const QString &igUserId) const;
    SandboxReply comment(MetaCall &call, Media &media);
    int publishedInLastDay(const QString &igUserId) const;

    SandboxContext &m_context;
    std::map<QString, Container> m_containers;
    std::map<QString, Media> m_media;
};

} // namespace cf::sandbox
