#include "platforms/sandbox/InstagramApi.h"

#include <QDateTime>
#include <QRegularExpression>

#include <algorithm>

namespace cf::sandbox {

void InstagramApi::reset()
{
    m_containers.clear();
    m_media.clear();
}

bool InstagramApi::ownsPath(const QString &path) const
{
    for (const SandboxSeed::Page &page : m_context.seed.pages) {
        if (!page.instagramId.isEmpty() && path.contains(page.instagramId))
            return true;
    }
    for (const auto &[id, container] : m_containers) {
        if (path.contains(id))
            return true;
    }
    return false;
}

std::optional<SandboxReply> InstagramApi::checkAccess(const MetaCall &call, const QString &igUserId, bool publishing) const
{
    const AccessGrant &grant = call.token.grant;
    const SandboxSeed::Page *page = m_context.seed.pageByInstagram(igUserId);
    if (!page || (grant.kind == QLatin1String("page") && grant.subject != page->id))
        return graphUnsupported(call.request.method, igUserId);
    if (!grant.scopes.contains(QStringLiteral("instagram_basic")))
        return graphError(403, 10, QStringLiteral("(#10) Application does not have permission for this action"));
    if (publishing && !grant.scopes.contains(QStringLiteral("instagram_content_publish")))
        return graphError(403, 10, QStringLiteral("(#10) Application does not have permission for this action"));
    return std::nullopt;
}

std::optional<SandboxReply> InstagramApi::handle(MetaCall &call)
{
    const QStringList &s = call.segments;
    const QString &object = s.first();
    const QByteArray &method = call.request.method;
    if (m_context.seed.pageByInstagram(object)) {
        const QString edge = s.value(1);
        if (s.size() == 1 && method == "GET") {
            if (auto denied = checkAccess(call, object, false))
                return denied;
            const SandboxSeed::Page *page = m_context.seed.pageByInstagram(object);
            return SandboxReply::json(200, Json{{"id", toStd(object)}, {"username", toStd(page->instagramUsername)}, {"name", toStd(page->name)}});
        }
        if (s.size() == 2 && edge == QLatin1String("media") && method == "POST")
            return createContainer(call, object);
        if (s.size() == 2 && edge == QLatin1String("media_publish") && method == "POST")
            return publish(call, object);
        if (s.size() == 2 && edge == QLatin1String("content_publishing_limit") && method == "GET")
            return publishingLimit(call, object);
        if (s.size() == 2 && edge == QLatin1String("media") && method == "GET")
            return listMedia(call, object);
        return graphUnsupported(method, object);
    }
    if (s.size() == 2 && s[1] == QLatin1String("comments") && method == "POST") {
        if (const auto media = m_media.find(object); media != m_media.end())
            return comment(call, media->second);
    }
    if (s.size() != 1 || method != "GET")
        return std::nullopt;
    if (const auto container = m_containers.find(object); container != m_containers.end()) {
        if (auto denied = checkAccess(call, container->second.igUserId, false))
            return denied;
        return containerStatus(call, container->second);
    }
    if (const auto media = m_media.find(object); media != m_media.end()) {
        if (auto denied = checkAccess(call, media->second.igUserId, false))
            return denied;
        return SandboxReply::json(200, mediaJson(media->second, call.params.fields()));
    }
    return std::nullopt;
}

Json InstagramApi::mediaJson(const Media &m, const QStringList &fields) const
{
    const Json full{{"id", toStd(m.id)},
                    {"media_type", toStd(m.mediaType == QLatin1String("REELS") ? QStringLiteral("VIDEO") : m.mediaType)},
                    {"media_product_type", m.mediaType == QLatin1String("REELS") ? "REELS" : m.mediaType == QLatin1String("STORIES") ? "STORY" : "FEED"},
                    {"caption", toStd(m.caption)},
                    {"permalink", toStd(QStringLiteral("https://www.instagram.com/p/%1/").arg(m.shortcode))},
                    {"shortcode", toStd(m.shortcode)},
                    {"timestamp", toStd(QDateTime::fromSecsSinceEpoch(m.timestamp, Qt::UTC).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss+0000")))},
                    {"comments_count", m.comments.size()}};
    Json out{{"id", toStd(m.id)}};
    for (const QString &field : fields) {
        if (full.contains(toStd(field)))
            out[toStd(field)] = full[toStd(field)];
    }
    return out;
}

SandboxReply InstagramApi::listMedia(const MetaCall &call, const QString &igUserId) const
{
    // Newest first, feed and reels only (stories are not listed on /media),
    // as Graph's /{ig-user}/media edge answers.
    if (auto denied = checkAccess(call, igUserId, false))
        return *denied;
    bool valid = true;
    const qint64 limit = std::clamp<qint64>(call.params.integer("limit", &valid).value_or(25), 1, 100);
    if (!valid)
        return graphInvalidParameter(QStringLiteral("Param limit must be an integer"));
    std::vector<const Media *> mine;
    for (const auto &[id, media] : m_media) {
        if (media.igUserId == igUserId && media.mediaType != QLatin1String("STORIES"))
            mine.push_back(&media);
    }
    std::sort(mine.begin(), mine.end(), [](const Media *a, const Media *b) { return a->timestamp != b->timestamp ? a->timestamp > b->timestamp : a->id > b->id; });
    Json data = Json::array();
    const QStringList fields = call.params.fields().isEmpty() ? QStringList{QStringLiteral("id")} : call.params.fields();
    for (const Media *media : mine) {
        if (qint64(data.size()) >= limit)
            break;
        data.push_back(mediaJson(*media, fields));
    }
    return SandboxReply::json(200, Json{{"data", data}});
}

SandboxReply InstagramApi::comment(MetaCall &call, Media &media)
{
    // Commenting needs the publishing permission on the media's account.
    if (auto denied = checkAccess(call, media.igUserId, true))
        return *denied;
    const QString message = call.params.str("message");
    if (message.trimmed().isEmpty())
        return graphInvalidParameter(QStringLiteral("The parameter message is required"));
    if (message.size() > kMaxCaption)
        return graphInvalidParameter(QStringLiteral("The comment is longer than %1 characters.").arg(kMaxCaption));
    const QString id = m_context.numericId(QStringLiteral("1780"));
    media.comments.push_back(message);
    return SandboxReply::json(200, Json{{"id", toStd(id)}});
}

SandboxReply InstagramApi::createContainer(MetaCall &call, const QString &igUserId)
{
    if (auto denied = checkAccess(call, igUserId, true))
        return *denied;
    const GraphParams &p = call.params;
    Container container;
    container.igUserId = igUserId;
    container.caption = p.str("caption");
    bool valid = true;
    container.carouselItem = p.boolean("is_carousel_item", &valid).value_or(false);
    if (!valid)
        return graphInvalidParameter(QStringLiteral("Param is_carousel_item must be a boolean"));
    const QString type = p.str("media_type");
    const QString imageUrl = p.str("image_url");
    const QString videoUrl = p.str("video_url");
    container.resumable = p.has("upload_type");
    if (container.resumable && p.str("upload_type") != QLatin1String("resumable"))
        return graphInvalidParameter(QStringLiteral("Param upload_type must be resumable"));
    if (container.resumable
        && !(type == QLatin1String("REELS") || type == QLatin1String("STORIES") || (type == QLatin1String("VIDEO") && container.carouselItem)))
        return graphInvalidParameter(QStringLiteral("upload_type=resumable is for media_type REELS, STORIES or VIDEO carousel items"));
    if (container.resumable && (p.has("video_url") || p.has("image_url")))
        return graphInvalidParameter(QStringLiteral("A resumable container takes its video through the upload URI, not video_url or image_url"));
    if (!type.isEmpty() && type != QLatin1String("REELS") && type != QLatin1String("STORIES") && type != QLatin1String("CAROUSEL")
        && type != QLatin1String("VIDEO") && type != QLatin1String("IMAGE"))
        return graphInvalidParameter(QStringLiteral("Param media_type must be one of {CAROUSEL, REELS, STORIES, VIDEO, IMAGE}"));
    if (type == QLatin1String("VIDEO") && !container.carouselItem)
        return graphInvalidParameter(QStringLiteral("The VIDEO media_type is only for carousel items; publish feed videos with media_type=REELS"), 2207023);
    if (container.caption.size() > kMaxCaption)
        return graphError(400, 100, QStringLiteral("The caption is longer than %1 characters.").arg(kMaxCaption), 2207010);

    if (type == QLatin1String("CAROUSEL")) {
        const QStringList children = p.str("children").split(QLatin1Char(','), Qt::SkipEmptyParts);
        if (children.size() < kMinCarousel || children.size() > kMaxCarousel)
            return graphInvalidParameter(QStringLiteral("Carousels need between %1 and %2 children").arg(kMinCarousel).arg(kMaxCarousel));
        for (const QString &rawChild : children) {
            const auto child = m_containers.find(rawChild.trimmed());
            if (child == m_containers.end() || child->second.igUserId != igUserId || !child->second.carouselItem)
                return graphInvalidParameter(QStringLiteral("children: %1 is not a carousel item container of this account").arg(rawChild));
            if (statusCode(child->second) != QLatin1String("FINISHED"))
                return graphError(400, 9007, QStringLiteral("Media ID is not available"), 2207027,
                                  QStringLiteral("OAuthException"), Json{{"error_user_msg", "A carousel child is not ready yet."}});
        }
        container.mediaType = type;
    } else if (container.resumable) {
        if (type == QLatin1String("STORIES") && p.has("caption"))
            return graphInvalidParameter(QStringLiteral("Stories do not take a caption"));
        container.mediaType = type;
    } else {
        const bool video = !videoUrl.isEmpty();
        if (video == !imageUrl.isEmpty())
            return graphInvalidParameter(QStringLiteral("Exactly one of image_url and video_url is required"));
        if (type == QLatin1String("REELS") && !video)
            return graphInvalidParameter(QStringLiteral("REELS need video_url"));
        if (type == QLatin1String("VIDEO") && !video)
            return graphInvalidParameter(QStringLiteral("VIDEO carousel items need video_url"));
        if (type.isEmpty() && video && container.carouselItem)
            return graphInvalidParameter(QStringLiteral("Carousel video items need media_type=VIDEO"));
        if (type.isEmpty() && video)
            return graphInvalidParameter(QStringLiteral("Feed videos are published with media_type=REELS"));
        if (type == QLatin1String("STORIES") && p.has("caption"))
            return graphInvalidParameter(QStringLiteral("Stories do not take a caption"));
        const QString url = video ? videoUrl : imageUrl;
        if (!graphIsHttpsUrl(url))
            return graphError(400, 9004, QStringLiteral("Media download has failed. The media URI doesn't meet our requirements."), 2207052);
        container.failing = QUrl(url).path().contains(QLatin1String("/sandbox-fail/"));
        container.mediaType = type.isEmpty() || type == QLatin1String("IMAGE") ? QStringLiteral("IMAGE") : type;
        if (video && type == QLatin1String("STORIES"))
            container.mediaType = QStringLiteral("STORIES");
    }
    container.video = !videoUrl.isEmpty() || container.resumable;
    container.id = m_context.numericId(QStringLiteral("1789"));
    container.createdAt = m_context.clock.nowSecs();
    m_containers[container.id] = container;
    Json body{{"id", toStd(container.id)}};
    if (container.resumable)
        body["uri"] = toStd(QStringLiteral("https://rupload.facebook.com/ig-api-upload/v%1.0/%2").arg(call.version ? call.version : 21).arg(container.id));
    return SandboxReply::json(200, body);
}

QString InstagramApi::statusCode(const Container &container) const
{
    if (!container.publishedMediaId.isEmpty())
        return QStringLiteral("PUBLISHED");
    const qint64 age = m_context.clock.nowSecs() - container.createdAt;
    if (age >= kContainerLifetimeSecs)
        return QStringLiteral("EXPIRED");
    if (container.resumable && (!container.uploadedAt || m_context.clock.nowSecs() - container.uploadedAt < kVideoProcessingSecs))
        return QStringLiteral("IN_PROGRESS");
    if (container.video && !container.resumable && age < kVideoProcessingSecs)
        return QStringLiteral("IN_PROGRESS");
    return container.failing ? QStringLiteral("ERROR") : QStringLiteral("FINISHED");
}

SandboxReply InstagramApi::containerStatus(const MetaCall &call, const Container &container) const
{
    const QString code = statusCode(container);
    const Json full{{"id", toStd(container.id)},
                    {"status_code", toStd(code)},
                    {"status", toStd(code == QLatin1String("ERROR") ? QStringLiteral("Error: Media upload has failed with error code 2207026")
                                                                       : code == QLatin1String("EXPIRED") ? QStringLiteral("Expired: the container was not published within 24 hours")
                                                                                                          : code == QLatin1String("IN_PROGRESS") ? (container.resumable && !container.uploadedAt ? QStringLiteral("In Progress: Waiting for the video upload.") : QStringLiteral("In Progress: Media is still being processed."))
                                                                                                                                                 : QStringLiteral("Finished: Media has been uploaded and it is ready to be published."))}};
    const QStringList fields = call.params.fields();
    Json out{{"id", toStd(container.id)}};
    for (const QString &field : fields.isEmpty() ? QStringList{QStringLiteral("id")} : fields) {
        if (full.contains(toStd(field)))
            out[toStd(field)] = full[toStd(field)];
    }
    return SandboxReply::json(200, out);
}

int InstagramApi::publishedInLastDay(const QString &igUserId) const
{
    int count = 0;
    const qint64 since = m_context.clock.nowSecs() - 24 * 3600;
    for (const auto &[id, media] : m_media) {
        if (media.igUserId == igUserId && media.timestamp > since)
            ++count;
    }
    return count;
}

SandboxReply InstagramApi::publish(MetaCall &call, const QString &igUserId)
{
    if (auto denied = checkAccess(call, igUserId, true))
        return *denied;
    const QString creationId = call.params.str("creation_id");
    if (creationId.isEmpty())
        return graphInvalidParameter(QStringLiteral("The parameter creation_id is required"));
    const auto it = m_containers.find(creationId);
    if (it == m_containers.end() || it->second.igUserId != igUserId)
        return graphUnsupported(call.request.method, creationId);
    Container &container = it->second;
    if (container.carouselItem)
        return graphInvalidParameter(QStringLiteral("Carousel items are published through their CAROUSEL container"));
    const QString code = statusCode(container);
    if (code == QLatin1String("IN_PROGRESS"))
        return graphError(400, 9007, QStringLiteral("Media ID is not available"), 2207027, QStringLiteral("OAuthException"),
                          Json{{"is_transient", false}, {"error_user_title", "Media not ready for publishing"},
                               {"error_user_msg", "The media is not ready for publishing, please wait for a moment"}});
    if (code == QLatin1String("EXPIRED"))
        return graphError(400, 9007, QStringLiteral("The media container has expired."), 2207008);
    if (code == QLatin1String("ERROR"))
        return graphError(400, 9007, QStringLiteral("Media upload has failed with error code 2207026"), 2207026);
    if (code == QLatin1String("PUBLISHED"))
        return graphError(400, 9007, QStringLiteral("The media has already been published."), 2207001);
    if (publishedInLastDay(igUserId) >= kQuota)
        return graphError(400, 9, QStringLiteral("Application request limit reached"), 2207042, QStringLiteral("OAuthException"),
                          Json{{"error_user_title", "Reached the limit of posts"},
                               {"error_user_msg", "You have reached the maximum number of posts allowed within 24 hours."}});
    Media media;
    media.id = m_context.numericId(QStringLiteral("1790"));
    media.igUserId = igUserId;
    media.mediaType = container.mediaType;
    media.caption = container.caption;
    media.shortcode = QStringLiteral("C") + randomToken(8).left(10);
    media.timestamp = m_context.clock.nowSecs();
    container.publishedMediaId = media.id;
    m_media[media.id] = media;
    return SandboxReply::json(200, Json{{"id", toStd(media.id)}});
}

SandboxReply InstagramApi::publishingLimit(const MetaCall &call, const QString &igUserId) const
{
    if (auto denied = checkAccess(call, igUserId, false))
        return *denied;
    return SandboxReply::json(200, Json{{"data", Json::array({{{"quota_usage", publishedInLastDay(igUserId)},
                                                               {"config", {{"quota_total", kQuota}, {"quota_duration", 86400}}}}})}});
}

namespace {
// The upload host's error shape (EMU: the debug_info envelope seen in its answers).
SandboxReply ruploadError(int status, const QString &type, const QString &message, bool retriable = false)
{
    return SandboxReply::json(status, Json{{"debug_info", {{"retriable", retriable}, {"type", toStd(type)}, {"message", toStd(message)}}}});
}

std::optional<qint64> unsignedHeader(const SandboxRequest &request, const QByteArray &name)
{
    bool ok = false;
    const qint64 value = request.header(name).trimmed().toLongLong(&ok);
    if (!ok || value < 0)
        return std::nullopt;
    return value;
}
} // namespace

SandboxReply InstagramApi::upload(const SandboxRequest &request, const TokenCheck &token)
{
    static const QRegularExpression path(QStringLiteral("^/ig-api-upload/(v\\d+\\.0/)?(\\d+)$"));
    const auto match = path.match(request.path);
    if (!match.hasMatch())
        return ruploadError(404, QStringLiteral("NotFoundError"), QStringLiteral("Unknown upload path %1").arg(request.path));
    if (request.method != "POST")
        return ruploadError(405, QStringLiteral("MethodNotAllowed"), QStringLiteral("The upload URI takes POST"));
    if (!token.ok())
        return ruploadError(401, QStringLiteral("AuthError"), QStringLiteral("Send the access token as Authorization: OAuth <token>"));
    const auto it = m_containers.find(match.captured(2));
    if (it == m_containers.end() || !it->second.resumable)
        return ruploadError(400, QStringLiteral("ParameterValidationError"), QStringLiteral("%1 is not a resumable media container").arg(match.captured(2)));
    Container &container = it->second;
    const SandboxSeed::Page *page = m_context.seed.pageByInstagram(container.igUserId);
    if (!page || (token.grant.kind == QLatin1String("page") && token.grant.subject != page->id)
        || !token.grant.scopes.contains(QStringLiteral("instagram_content_publish")))
        return ruploadError(403, QStringLiteral("PermissionError"), QStringLiteral("The token may not publish to this Instagram account"));
    const auto offset = unsignedHeader(request, "offset");
    const auto fileSize = unsignedHeader(request, "file_size");
    if (!offset)
        return ruploadError(400, QStringLiteral("ParameterValidationError"), QStringLiteral("HeaderValuePredicate: Header Offset not convertable to unsigned long"));
    if (!fileSize || *fileSize == 0)
        return ruploadError(400, QStringLiteral("ParameterValidationError"), QStringLiteral("HeaderValuePredicate: Header file_size not convertable to unsigned long"));
    if (*fileSize > kMaxUploadBytes)
        return ruploadError(400, QStringLiteral("ParameterValidationError"), QStringLiteral("file_size exceeds %1 bytes").arg(kMaxUploadBytes));
    if (container.uploadSize && *fileSize != container.uploadSize)
        return ruploadError(400, QStringLiteral("ParameterValidationError"), QStringLiteral("file_size %1 differs from the %2 bytes this upload started with").arg(*fileSize).arg(container.uploadSize));
    if (container.uploadedAt)
        return ruploadError(400, QStringLiteral("ProcessingFailedError"), QStringLiteral("The video of this container is already uploaded"));
    if (*offset > container.uploaded)
        return ruploadError(400, QStringLiteral("OffsetMismatchError"), QStringLiteral("offset %1 is past the %2 bytes received so far").arg(*offset).arg(container.uploaded));
    if (request.body.isEmpty() || *offset + request.body.size() > *fileSize)
        return ruploadError(400, QStringLiteral("ParameterValidationError"), QStringLiteral("The body must hold 1 to file_size - offset bytes"));
    container.uploadSize = *fileSize;
    container.uploaded = *offset + request.body.size();
    if (container.uploaded == container.uploadSize)
        container.uploadedAt = m_context.clock.nowSecs();
    return SandboxReply::json(200, Json{{"success", true}, {"message", "Upload successful."}});
}

} // namespace cf::sandbox
