#pragma once

#include "platforms/sandbox/MetaGraphSupport.h"
#include "platforms/sandbox/MetaVideoUploads.h"
#include "platforms/sandbox/PlatformEmulator.h"

#include <map>

namespace cf::sandbox {

// Facebook Page publishing on graph.facebook.com: /{page}/feed (text, link,
// attached photos, native scheduling 10 min - 30 days), /{page}/photos (by
// url or multipart source, unpublished for later attachment), /{page}/videos
// (file_url, multipart source, or the chunked upload_phase start / transfer /
// finish of MetaVideoUploads, where finish publishes or schedules), GET
// /{page}/videos (finished uploads, newest first), GET /{video}?fields=status,
// /{page}/scheduled_posts, and reading or deleting a post.
class FacebookPagesApi
{
public:
    explicit FacebookPagesApi(SandboxContext &context)
        : m_context(context)
        , m_videos(context, QStringLiteral("1240"))
    {
    }
    // nullopt when the call is not about a Page object this class serves.
    std::optional<SandboxReply> handle(MetaCall &call);
    void reset();

    static constexpr int kMaxMessageLength = 63206;
    static constexpr qint64 kMinScheduleSecs = 600;
    static constexpr qint64 kMaxScheduleSecs = 30 * 24 * 3600;
    static constexpr qsizetype kMaxPhotoBytes = 4 * 1024 * 1024;
    static constexpr qint64 kMaxVideoBytes = 10LL * 1024 * 1024 * 1024;

private:
    struct Post
    {
        QString id;       // "{page}_{post}"
        QString pageId;
        QString message;
        QString link;
        QStringList attachedPhotos;
        bool published = true;
        qint64 scheduledTime = 0;
        qint64 createdTime = 0;
    };
    struct Photo
    {
        QString id;
        QString pageId;
        bool published = true;
        QString postId;
    };

    std::optional<SandboxReply> checkPageToken(const MetaCall &call, const QString &pageId, const QString &permission) const;
    std::optional<SandboxReply> readPublishing(const MetaCall &call, bool *published, qint64 *scheduled) const;
    SandboxReply createFeedPost(MetaCall &call, const QString &pageId);
    SandboxReply createPhoto(MetaCall &call, const QString &pageId);
    SandboxReply createVideo(MetaCall &call, const QString &pageId);
    SandboxReply finishVideo(MetaCall &call, const QString &pageId);
    SandboxReply listVideos(const MetaCall &call, const QString &pageId) const;
    Json videoJson(const MetaVideoUploads::Video &video) const;
    SandboxReply listPosts(MetaCall &call, const QString &pageId, bool scheduled) const;
    Json postJson(const Post &post) const;
    QString newPostId(const QString &pageId);

    SandboxContext &m_context;
    std::map<QString, Post> m_posts;
    std::map<QString, Photo> m_photos;
    MetaVideoUploads m_videos;
};

} // namespace cf::sandbox
