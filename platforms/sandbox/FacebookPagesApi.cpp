#include "platforms/sandbox/FacebookPagesApi.h"

#include <QDateTime>

#include <algorithm>

namespace cf::sandbox {

namespace {
QString isoTime(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss+0000"));
}

bool looksLikeImage(const QByteArray &data)
{
    return data.startsWith("\xFF\xD8\xFF") || data.startsWith("\x89PNG\r\n\x1a\n") || data.startsWith("GIF8")
        || (data.startsWith("RIFF") && data.mid(8, 4) == "WEBP") || data.startsWith("BM");
}
} // namespace

void FacebookPagesApi::reset()
{
    m_posts.clear();
    m_photos.clear();
    m_videos.reset();
}

std::optional<SandboxReply> FacebookPagesApi::checkPageToken(const MetaCall &call, const QString &pageId, const QString &permission) const
{
    const AccessGrant &grant = call.token.grant;
    if (grant.kind != QLatin1String("page") || grant.subject != pageId)
        return graphError(403, 200, QStringLiteral("(#200) If posting to a page, requires both pages_read_engagement and pages_manage_posts as an admin with sufficient administrative permission"));
    if (!permission.isEmpty() && !grant.scopes.contains(permission))
        return graphMissingPermission(permission);
    return std::nullopt;
}

std::optional<SandboxReply> FacebookPagesApi::readPublishing(const MetaCall &call, bool *published, qint64 *scheduled) const
{
    bool valid = true;
    const auto publishedParam = call.params.boolean("published", &valid);
    const auto scheduledParam = call.params.integer("scheduled_publish_time", &valid);
    if (!valid)
        return graphInvalidParameter(QStringLiteral("Param published must be a boolean and scheduled_publish_time a UNIX timestamp"));
    *published = publishedParam.value_or(true);
    *scheduled = 0;
    if (scheduledParam) {
        if (*published)
            return graphInvalidParameter(QStringLiteral("You cannot specify a scheduled publish time on a published post"));
        const qint64 ahead = *scheduledParam - m_context.clock.nowSecs();
        if (ahead < kMinScheduleSecs || ahead > kMaxScheduleSecs)
            return graphInvalidParameter(QStringLiteral("The specified scheduled publish time is invalid."));
        *scheduled = *scheduledParam;
    }
    return std::nullopt;
}

QString FacebookPagesApi::newPostId(const QString &pageId)
{
    return pageId + QLatin1Char('_') + m_context.numericId(QStringLiteral("1220"));
}

std::optional<SandboxReply> FacebookPagesApi::handle(MetaCall &call)
{
    const QStringList &s = call.segments;
    const QString &object = s.first();
    const QByteArray &method = call.request.method;
    if (m_context.seed.page(object) && s.size() == 2) {
        const QString &edge = s[1];
        if (edge == QLatin1String("feed") && method == "POST")
            return createFeedPost(call, object);
        if (edge == QLatin1String("feed") && method == "GET")
            return listPosts(call, object, false);
        if (edge == QLatin1String("scheduled_posts") && method == "GET")
            return listPosts(call, object, true);
        if (edge == QLatin1String("photos") && method == "POST")
            return createPhoto(call, object);
        if (edge == QLatin1String("videos") && method == "POST")
            return createVideo(call, object);
        if (edge == QLatin1String("videos") && method == "GET")
            return listVideos(call, object);
        return graphUnsupported(method, object);
    }
    if (s.size() != 1)
        return std::nullopt;
    if (const auto post = m_posts.find(object); post != m_posts.end()) {
        if (auto denied = checkPageToken(call, post->second.pageId, QString()))
            return denied;
        if (method == "GET")
            return SandboxReply::json(200, postJson(post->second));
        if (method == "DELETE") {
            m_posts.erase(post);
            return SandboxReply::json(200, Json{{"success", true}});
        }
        return graphUnsupported(method, object);
    }
    if (const auto photo = m_photos.find(object); photo != m_photos.end() && method == "GET") {
        Json body{{"id", toStd(photo->second.id)}};
        if (!photo->second.postId.isEmpty())
            body["page_story_id"] = toStd(photo->second.postId);
        return SandboxReply::json(200, body);
    }
    if (const MetaVideoUploads::Video *video = m_videos.find(object); video && method == "GET") {
        if (auto denied = checkPageToken(call, video->owner, QString()))
            return denied;
        const Json full = videoJson(*video);
        Json body{{"id", toStd(video->id)}};
        const QStringList fields = call.params.fields();
        for (const QString &field : fields.isEmpty() ? QStringList{QStringLiteral("status")} : fields) {
            if (full.contains(toStd(field)))
                body[toStd(field)] = full[toStd(field)];
        }
        return SandboxReply::json(200, body);
    }
    return std::nullopt;
}

SandboxReply FacebookPagesApi::createFeedPost(MetaCall &call, const QString &pageId)
{
    if (auto denied = checkPageToken(call, pageId, QStringLiteral("pages_manage_posts")))
        return *denied;
    const GraphParams &p = call.params;
    Post post;
    post.pageId = pageId;
    post.message = p.str("message");
    post.link = p.str("link");
    if (post.message.size() > kMaxMessageLength)
        return graphInvalidParameter(QStringLiteral("Param message must be at most %1 characters long").arg(kMaxMessageLength));
    if (p.has("link") && !QUrl(post.link, QUrl::StrictMode).isValid())
        return graphInvalidParameter(QStringLiteral("The parameter link is not a valid URL"));
    if (p.has("attached_media")) {
        const auto media = p.structured("attached_media");
        if (!media || !media->is_array())
            return graphInvalidParameter(QStringLiteral("Param attached_media must be an array"));
        for (const Json &item : *media) {
            const QString photoId = jsonString(item, "media_fbid");
            const auto photo = m_photos.find(photoId);
            if (photoId.isEmpty() || photo == m_photos.end() || photo->second.pageId != pageId)
                return graphInvalidParameter(QStringLiteral("attached_media: media_fbid %1 is not a photo of this Page").arg(photoId));
            if (photo->second.published)
                return graphInvalidParameter(QStringLiteral("attached_media: photo %1 is already published; upload it with published=false").arg(photoId));
            post.attachedPhotos.append(photoId);
        }
    }
    if (post.message.isEmpty() && post.link.isEmpty() && post.attachedPhotos.isEmpty())
        return graphInvalidParameter(QStringLiteral("Missing message or attachment"));
    if (auto invalid = readPublishing(call, &post.published, &post.scheduledTime))
        return *invalid;
    // Graph refuses the same text twice in a row on a Page.
    for (const auto &[id, existing] : m_posts) {
        if (existing.pageId == pageId && !post.message.isEmpty() && existing.message == post.message && existing.link == post.link)
            return graphError(400, 506, QStringLiteral("(#506) Duplicate status message"));
    }
    post.id = newPostId(pageId);
    post.createdTime = m_context.clock.nowSecs();
    for (const QString &photoId : std::as_const(post.attachedPhotos))
        m_photos[photoId].postId = post.id;
    m_posts[post.id] = post;
    Json body{{"id", toStd(post.id)}};
    const QStringList fields = p.fields();
    const Json full = postJson(post);
    for (const QString &field : fields) {
        if (full.contains(toStd(field)))
            body[toStd(field)] = full[toStd(field)];
    }
    return SandboxReply::json(200, body);
}

SandboxReply FacebookPagesApi::createPhoto(MetaCall &call, const QString &pageId)
{
    if (auto denied = checkPageToken(call, pageId, QStringLiteral("pages_manage_posts")))
        return *denied;
    const GraphParams &p = call.params;
    const MultipartPart *source = findPart(p.files(), "source");
    if (!p.has("url") && !source)
        return graphInvalidParameter(QStringLiteral("Requires one of the params: url, source, attachment_url"), 2069022);
    if (p.has("url") && !QUrl(p.str("url"), QUrl::StrictMode).isValid())
        return graphInvalidParameter(QStringLiteral("url should represent a valid URL"));
    if (source) {
        if (source->data.size() > kMaxPhotoBytes)
            return graphError(400, 100, QStringLiteral("(#100) Photo is too large; the maximum size is 4 MB"), 1366046);
        if (!looksLikeImage(source->data))
            return graphError(400, 324, QStringLiteral("(#324) Requires upload file: the file is not a supported image"), 2069019);
    }
    Photo photo;
    photo.pageId = pageId;
    qint64 scheduled = 0;
    if (auto invalid = readPublishing(call, &photo.published, &scheduled))
        return *invalid;
    photo.id = m_context.numericId(QStringLiteral("1230"));
    Json body{{"id", toStd(photo.id)}};
    if (photo.published || scheduled) {
        Post post;
        post.id = newPostId(pageId);
        post.pageId = pageId;
        post.message = p.has("caption") ? p.str("caption") : p.str("message");
        post.attachedPhotos = {photo.id};
        post.published = photo.published;
        post.scheduledTime = scheduled;
        post.createdTime = m_context.clock.nowSecs();
        photo.postId = post.id;
        m_posts[post.id] = post;
        body["post_id"] = toStd(post.id);
    }
    m_photos[photo.id] = photo;
    return SandboxReply::json(200, body);
}

SandboxReply FacebookPagesApi::createVideo(MetaCall &call, const QString &pageId)
{
    if (auto denied = checkPageToken(call, pageId, QStringLiteral("pages_manage_posts")))
        return *denied;
    const GraphParams &p = call.params;
    if (p.has("upload_phase")) {
        const QString phase = p.str("upload_phase");
        if (phase == QLatin1String("start"))
            return m_videos.start(p, pageId, kMaxVideoBytes);
        if (phase == QLatin1String("transfer"))
            return m_videos.transfer(p, pageId);
        if (phase == QLatin1String("finish"))
            return finishVideo(call, pageId);
        return graphInvalidParameter(QStringLiteral("Param upload_phase must be one of {start, transfer, finish, cancel}"));
    }
    const MultipartPart *source = findPart(p.files(), "source");
    if (!p.has("file_url") && !source)
        return graphInvalidParameter(QStringLiteral("Requires one of the params: file_url, source, upload_phase"));
    if (p.has("file_url") && !graphIsHttpsUrl(p.str("file_url")))
        return graphInvalidParameter(QStringLiteral("file_url must be a public https URL"));
    bool published = true;
    qint64 scheduled = 0;
    if (auto invalid = readPublishing(call, &published, &scheduled))
        return *invalid;
    MetaVideoUploads::Video &video = m_videos.addComplete(pageId, source ? source->data.size() : 0);
    video.fields = Json{{"description", toStd(p.str("description"))}, {"title", toStd(p.str("title"))}, {"published", published}};
    if (scheduled)
        video.fields["scheduled_publish_time"] = scheduled;
    return SandboxReply::json(200, Json{{"id", toStd(video.id)}});
}

SandboxReply FacebookPagesApi::finishVideo(MetaCall &call, const QString &pageId)
{
    auto session = m_videos.finishable(call.params, pageId);
    if (auto *refused = std::get_if<SandboxReply>(&session))
        return *refused;
    MetaVideoUploads::Video &video = *std::get<MetaVideoUploads::Video *>(session);
    const GraphParams &p = call.params;
    if (p.str("description").size() > kMaxMessageLength)
        return graphInvalidParameter(QStringLiteral("Param description must be at most %1 characters long").arg(kMaxMessageLength));
    bool published = true;
    qint64 scheduled = 0;
    if (auto invalid = readPublishing(call, &published, &scheduled))
        return *invalid;
    video.fields = Json{{"description", toStd(p.str("description"))}, {"title", toStd(p.str("title"))}, {"published", published}};
    if (scheduled)
        video.fields["scheduled_publish_time"] = scheduled;
    m_videos.finish(video);
    return SandboxReply::json(200, Json{{"success", true}});
}

Json FacebookPagesApi::videoJson(const MetaVideoUploads::Video &video) const
{
    Json full{{"id", toStd(video.id)},
              {"status", m_videos.statusJson(video)},
              {"created_time", toStd(isoTime(video.createdAt))},
              {"permalink_url", toStd(QStringLiteral("https://www.facebook.com/%1/videos/%2").arg(video.owner, video.id))},
              {"published", video.finished && video.fields.value("published", true)}};
    for (const char *key : {"description", "title", "scheduled_publish_time"}) {
        if (video.fields.contains(key) && !(video.fields[key].is_string() && video.fields[key].get<std::string>().empty()))
            full[key] = video.fields[key];
    }
    return full;
}

SandboxReply FacebookPagesApi::listVideos(const MetaCall &call, const QString &pageId) const
{
    // Finished uploads only, newest first, as the Page's videos edge lists them.
    if (auto denied = checkPageToken(call, pageId, QString()))
        return *denied;
    std::vector<const MetaVideoUploads::Video *> mine;
    for (const auto &[id, video] : m_videos.videos()) {
        if (video.owner == pageId && video.finished)
            mine.push_back(&video);
    }
    std::sort(mine.begin(), mine.end(), [](const auto *a, const auto *b) { return a->finishedAt != b->finishedAt ? a->finishedAt > b->finishedAt : a->id > b->id; });
    const QStringList fields = call.params.fields().isEmpty() ? QStringList{QStringLiteral("id"), QStringLiteral("description")} : call.params.fields();
    Json data = Json::array();
    for (const MetaVideoUploads::Video *video : mine) {
        const Json full = videoJson(*video);
        Json out{{"id", toStd(video->id)}};
        for (const QString &field : fields) {
            if (full.contains(toStd(field)))
                out[toStd(field)] = full[toStd(field)];
        }
        data.push_back(out);
    }
    return SandboxReply::json(200, Json{{"data", data}});
}

SandboxReply FacebookPagesApi::listPosts(MetaCall &call, const QString &pageId, bool scheduled) const
{
    if (auto denied = checkPageToken(call, pageId, QString()))
        return *denied;
    Json data = Json::array();
    for (auto it = m_posts.rbegin(); it != m_posts.rend(); ++it) {
        const Post &post = it->second;
        if (post.pageId != pageId)
            continue;
        if (scheduled ? post.scheduledTime == 0 || post.published : !post.published)
            continue;
        data.push_back(postJson(post));
    }
    return SandboxReply::json(200, Json{{"data", data}});
}

Json FacebookPagesApi::postJson(const Post &post) const
{
    const QString postPart = post.id.section(QLatin1Char('_'), 1);
    Json body{{"id", toStd(post.id)},
              {"created_time", toStd(isoTime(post.createdTime))},
              {"is_published", post.published},
              {"permalink_url", toStd(QStringLiteral("https://www.facebook.com/%1/posts/%2").arg(post.pageId, postPart))}};
    if (!post.message.isEmpty())
        body["message"] = toStd(post.message);
    if (!post.link.isEmpty())
        body["link"] = toStd(post.link);
    if (post.scheduledTime)
        body["scheduled_publish_time"] = post.scheduledTime;
    return body;
}

} // namespace cf::sandbox
