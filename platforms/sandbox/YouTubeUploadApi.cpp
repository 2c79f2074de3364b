#include "platforms/sandbox/YouTubeUploadApi.h"

#include <QDateTime>
#include <QRegularExpression>

namespace cf::sandbox {

namespace {
const QString kScopeRoot = QStringLiteral("https://www.googleapis.com/auth/");
const QString kVideosUpload = QStringLiteral("/upload/youtube/v3/videos");
const QString kThumbnailsSet = QStringLiteral("/upload/youtube/v3/thumbnails/set");
const QString kVideos = QStringLiteral("/youtube/v3/videos");

SandboxReply badRequest(const char *reason, const QString &message, const char *domain = "youtube.video")
{
    return googleErrorReply(400, reason, "INVALID_ARGUMENT", message, domain);
}

bool mayUpload(const TokenCheck &check)
{
    for (const char *scope : {"youtube", "youtube.upload", "youtube.force-ssl", "youtubepartner"}) {
        if (check.hasScope(kScopeRoot + QLatin1String(scope)))
            return true;
    }
    return false;
}

bool hasAngleBrackets(const QString &text)
{
    return text.contains(QLatin1Char('<')) || text.contains(QLatin1Char('>'));
}
} // namespace

bool YouTubeUploadApi::handles(const SandboxRequest &request)
{
    return request.path == kVideosUpload || request.path == kThumbnailsSet || request.path == kVideos;
}

void YouTubeUploadApi::reset()
{
    m_sessions.clear();
    m_videos.clear();
    m_timeline.reset();
}

SandboxReply YouTubeUploadApi::handle(const SandboxRequest &request, const TokenCheck &check)
{
    if (request.path == kVideosUpload && request.method == "POST")
        return openSession(request, check);
    if (request.path == kVideosUpload && request.method == "PUT")
        return putBytes(request);
    if (request.path == kThumbnailsSet && request.method == "POST")
        return setThumbnail(request, check);
    if (request.path == kVideos && request.method == "GET")
        return listVideos(request, check);
    if (request.path == kVideos && request.method == "DELETE")
        return deleteVideo(request, check);
    return googleErrorReply(405, "methodNotAllowed", "INVALID_ARGUMENT", QStringLiteral("Method not allowed"));
}

SandboxReply YouTubeUploadApi::openSession(const SandboxRequest &request, const TokenCheck &check)
{
    if (request.queryValue(QStringLiteral("uploadType")) != QLatin1String("resumable"))
        return badRequest("invalidUploadType", QStringLiteral("Only uploadType=resumable is emulated"), "global");
    const QStringList parts = request.queryValue(QStringLiteral("part")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return googleErrorReply(400, "required", "INVALID_ARGUMENT", QStringLiteral("Required parameter: part"));
    if (!mayUpload(check))
        return googleErrorReply(403, "insufficientPermissions", "PERMISSION_DENIED", QStringLiteral("Request had insufficient authentication scopes."));
    bool sizeOk = false;
    const qint64 size = request.header("X-Upload-Content-Length").toLongLong(&sizeOk);
    if (!sizeOk || size <= 0)
        return badRequest("mediaBodyRequired", QStringLiteral("X-Upload-Content-Length must give the size of the video"));
    const QString type = QString::fromLatin1(request.header("X-Upload-Content-Type")).toLower();
    if (!type.startsWith(QLatin1String("video/")) && type != QLatin1String("application/octet-stream"))
        return badRequest("invalidVideoMetadata", QStringLiteral("X-Upload-Content-Type must be video/* or application/octet-stream"));
    const auto json = request.contentType() == "application/json" ? request.json() : std::nullopt;
    if (!json || !json->is_object())
        return badRequest("parseError", QStringLiteral("The request body must be a JSON video resource"), "global");
    const Json snippet = json->value("snippet", Json::object());
    const Json status = json->value("status", Json::object());
    for (const QString &part : parts) {
        if (part != QLatin1String("snippet") && part != QLatin1String("status") && part != QLatin1String("id"))
            return badRequest("invalidPart", QStringLiteral("Unknown or read-only part: %1").arg(part), "youtube.part");
    }
    if (!parts.contains(QLatin1String("snippet")) || !snippet.is_object())
        return badRequest("invalidTitle", QStringLiteral("The request must contain snippet.title"));
    const QString title = jsonString(snippet, "title");
    if (title.trimmed().isEmpty() || codePointLength(title) > kMaxTitle || hasAngleBrackets(title))
        return badRequest("invalidTitle", QStringLiteral("The title is empty, longer than %1 characters or contains < or >").arg(kMaxTitle));
    const QString description = jsonString(snippet, "description");
    if (description.toUtf8().size() > kMaxDescriptionBytes || hasAngleBrackets(description))
        return badRequest("invalidDescription", QStringLiteral("The description is longer than %1 bytes or contains < or >").arg(kMaxDescriptionBytes));
    if (snippet.contains("categoryId")) {
        bool numeric = false;
        jsonString(snippet, "categoryId").toInt(&numeric);
        if (!numeric)
            return badRequest("invalidCategoryId", QStringLiteral("The categoryId is not a valid category"));
    }
    const QString privacy = status.is_object() && status.contains("privacyStatus") ? jsonString(status, "privacyStatus") : QStringLiteral("public");
    if (privacy != QLatin1String("private") && privacy != QLatin1String("public") && privacy != QLatin1String("unlisted"))
        return badRequest("invalidVideoMetadata", QStringLiteral("status.privacyStatus must be private, public or unlisted"));
    if (status.is_object() && status.contains("publishAt") && !status["publishAt"].is_null()) {
        const QDateTime at = QDateTime::fromString(jsonString(status, "publishAt"), Qt::ISODate);
        // EMU: scheduled videos must be private and the time in the future.
        if (!at.isValid() || privacy != QLatin1String("private") || at <= m_context.clock.now())
            return badRequest("invalidPublishAt", QStringLiteral("publishAt must be a future time on a private video"));
    }
    Session session;
    session.uploadId = randomToken(18);
    session.userId = check.grant.userId;
    session.size = size;
    session.contentType = type;
    session.snippet = snippet;
    session.status = status.is_object() ? status : Json::object();
    session.status["privacyStatus"] = toStd(privacy);
    m_sessions[session.uploadId] = session;
    const QString location = QStringLiteral("https://www.googleapis.com/upload/youtube/v3/videos?uploadType=resumable&upload_id=%1&part=%2")
                                 .arg(session.uploadId, parts.join(QLatin1Char(',')));
    return SandboxReply::empty(200).withHeader("Location", location.toUtf8()).withHeader("X-GUploader-UploadID", session.uploadId.toUtf8());
}

SandboxReply YouTubeUploadApi::incomplete(const Session &session) const
{
    SandboxReply reply = SandboxReply::empty(308);
    if (session.received > 0)
        reply.withHeader("Range", "bytes=0-" + QByteArray::number(session.received - 1));
    return reply;
}

SandboxReply YouTubeUploadApi::putBytes(const SandboxRequest &request)
{
    const auto it = m_sessions.find(request.queryValue(QStringLiteral("upload_id")));
    if (it == m_sessions.end())
        return googleErrorReply(404, "notFound", "NOT_FOUND", QStringLiteral("The upload session does not exist or has expired."));
    Session &session = it->second;
    const QString range = QString::fromLatin1(request.header("Content-Range"));
    static const QRegularExpression probe(QStringLiteral("^bytes \\*/(\\d+|\\*)$"));
    static const QRegularExpression chunk(QStringLiteral("^bytes (\\d+)-(\\d+)/(\\d+)$"));
    if (const auto match = probe.match(range); match.hasMatch()) {
        if (!request.body.isEmpty())
            return badRequest("badContent", QStringLiteral("A status query carries no bytes"), "global");
        if (!session.videoId.isEmpty())
            return SandboxReply::json(200, videoResource(m_videos.at(session.videoId), {QStringLiteral("snippet"), QStringLiteral("status")}));
        return incomplete(session);
    }
    if (!session.videoId.isEmpty())
        return SandboxReply::json(200, videoResource(m_videos.at(session.videoId), {QStringLiteral("snippet"), QStringLiteral("status")}));
    qint64 first = 0;
    qint64 last = request.body.size() - 1;
    if (!range.isEmpty()) {
        const auto match = chunk.match(range);
        if (!match.hasMatch() || match.captured(3).toLongLong() != session.size)
            return badRequest("badContentRange", QStringLiteral("Content-Range must be bytes FIRST-LAST/%1").arg(session.size), "global");
        first = match.captured(1).toLongLong();
        last = match.captured(2).toLongLong();
    } else if (request.body.size() != session.size) {
        return badRequest("badContent", QStringLiteral("Without Content-Range the body must be the whole video"), "global");
    }
    if (first != session.received || last < first || last - first + 1 != request.body.size() || last >= session.size)
        return badRequest("badContentRange", QStringLiteral("The bytes must continue at offset %1").arg(session.received), "global");
    const bool final = last + 1 == session.size;
    if (!final && request.body.size() % kChunkGranularity != 0)
        return badRequest("badContentRange", QStringLiteral("Chunks other than the last must be multiples of 256 KiB"), "global");
    session.received = last + 1;
    if (!final)
        return incomplete(session);
    Video video;
    video.id = randomToken(8).left(11);
    video.userId = session.userId;
    video.snippet = session.snippet;
    video.status = session.status;
    video.publishedAt = m_context.clock.now().toString(Qt::ISODate);
    session.videoId = video.id;
    m_videos[video.id] = video;
    return SandboxReply::json(200, videoResource(video, {QStringLiteral("snippet"), QStringLiteral("status")}));
}

SandboxReply YouTubeUploadApi::setThumbnail(const SandboxRequest &request, const TokenCheck &check)
{
    if (!mayUpload(check))
        return googleErrorReply(403, "insufficientPermissions", "PERMISSION_DENIED", QStringLiteral("Request had insufficient authentication scopes."));
    const auto it = m_videos.find(request.queryValue(QStringLiteral("videoId")));
    if (it == m_videos.end() || it->second.userId != check.grant.userId)
        return googleErrorReply(404, "videoNotFound", "NOT_FOUND", QStringLiteral("The video that you are trying to update cannot be found."), "youtube.thumbnail");
    const QByteArray type = request.contentType();
    if (type != "image/jpeg" && type != "image/png" && type != "application/octet-stream")
        return badRequest("mediaBodyRequired", QStringLiteral("The thumbnail must be image/jpeg or image/png"), "youtube.thumbnail");
    if (request.body.isEmpty())
        return badRequest("mediaBodyRequired", QStringLiteral("The request does not include the image content."), "youtube.thumbnail");
    if (request.body.size() > kMaxThumbnailBytes)
        return googleErrorReply(413, "mediaBodyTooLarge", "INVALID_ARGUMENT", QStringLiteral("The thumbnail image file is too large."), "youtube.thumbnail");
    it->second.thumbnail = true;
    const std::string url = toStd(QStringLiteral("https://i.ytimg.com/vi/%1/default.jpg").arg(it->first));
    return SandboxReply::json(200, Json{{"kind", "youtube#thumbnailSetResponse"}, {"etag", "sandbox-etag"},
                                        {"items", Json::array({{{"default", {{"url", url}, {"width", 120}, {"height", 90}}}}})}});
}

SandboxReply YouTubeUploadApi::listVideos(const SandboxRequest &request, const TokenCheck &check)
{
    const QStringList parts = request.queryValue(QStringLiteral("part")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return googleErrorReply(400, "required", "INVALID_ARGUMENT", QStringLiteral("Required parameter: part"));
    if (!request.hasQuery(QStringLiteral("id")))
        return badRequest("missingRequiredParameter", QStringLiteral("No filter selected. Expected one of: id, myRating, chart"), "youtube.parameter");
    Json items = Json::array();
    for (const QString &id : request.queryValue(QStringLiteral("id")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto it = m_videos.find(id);
        // Private videos are visible only to their owner.
        if (it != m_videos.end() && it->second.userId == check.grant.userId)
            items.push_back(videoResource(it->second, parts));
    }
    return SandboxReply::json(200, Json{{"kind", "youtube#videoListResponse"}, {"etag", "sandbox-etag"},
                                        {"pageInfo", {{"totalResults", items.size()}, {"resultsPerPage", items.size()}}}, {"items", items}});
}

SandboxReply YouTubeUploadApi::deleteVideo(const SandboxRequest &request, const TokenCheck &check)
{
    // Unlike an upload, videos.delete is not allowed with youtube.upload alone.
    bool allowed = false;
    for (const char *scope : {"youtube", "youtube.force-ssl", "youtubepartner"})
        allowed = allowed || check.hasScope(kScopeRoot + QLatin1String(scope));
    if (!allowed)
        return googleErrorReply(403, "insufficientPermissions", "PERMISSION_DENIED", QStringLiteral("Request had insufficient authentication scopes."));
    if (!request.hasQuery(QStringLiteral("id")))
        return googleErrorReply(400, "required", "INVALID_ARGUMENT", QStringLiteral("Required parameter: id"));
    const auto it = m_videos.find(request.queryValue(QStringLiteral("id")));
    if (it == m_videos.end() || it->second.userId != check.grant.userId)
        return googleErrorReply(404, "videoNotFound", "NOT_FOUND", QStringLiteral("The video that you are trying to delete cannot be found."), "youtube.video");
    m_videos.erase(it);
    return SandboxReply::empty(204);
}

Json YouTubeUploadApi::videoResource(const Video &video, const QStringList &parts) const
{
    Json resource{{"kind", "youtube#video"}, {"etag", "sandbox-etag"}, {"id", toStd(video.id)}};
    if (parts.contains(QLatin1String("snippet"))) {
        Json snippet = video.snippet;
        snippet["publishedAt"] = toStd(video.publishedAt);
        snippet["channelId"] = toStd(m_context.seed.youtubeChannelId);
        snippet["channelTitle"] = toStd(m_context.seed.youtubeChannelTitle);
        if (!snippet.contains("description"))
            snippet["description"] = "";
        if (video.thumbnail)
            snippet["thumbnails"] = {{"default", {{"url", toStd(QStringLiteral("https://i.ytimg.com/vi/%1/default.jpg").arg(video.id))}}}};
        resource["snippet"] = snippet;
    }
    if (parts.contains(QLatin1String("status"))) {
        Json status = video.status;
        // At publishAt a scheduled private video becomes public and loses publishAt.
        if (status.contains("publishAt") && status["publishAt"].is_string()
            && QDateTime::fromString(jsonString(status, "publishAt"), Qt::ISODate) <= m_context.clock.now()) {
            status["privacyStatus"] = "public";
            status.erase("publishAt");
        }
        status["uploadStatus"] = "uploaded";
        status["license"] = "youtube";
        status["embeddable"] = true;
        status["publicStatsViewable"] = true;
        resource["status"] = status;
    }
    if (parts.contains(QLatin1String("statistics"))) {
        const MetricCounters c = m_timeline.counters(video.id);
        // The Data API sends the counts as strings (uint64).
        resource["statistics"] = {{"viewCount", std::to_string(c.videoViews)}, {"likeCount", std::to_string(c.likes)},
                                  {"favoriteCount", "0"}, {"commentCount", std::to_string(c.comments)}};
    }
    if (parts.contains(QLatin1String("processingDetails")))
        resource["processingDetails"] = {{"processingStatus", "succeeded"}};
    return resource;
}

} // namespace cf::sandbox
