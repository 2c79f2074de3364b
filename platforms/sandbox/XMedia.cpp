// Media upload and fault answers of XEmulator (split from XEmulator.cpp).
#include "platforms/sandbox/XEmulator.h"

namespace cf::sandbox {

namespace {
const QByteArray kProblemType = "application/problem+json";

SandboxReply mediaInvalid(const QString &message)
{
    return SandboxReply::jsonWithType(400, Json{{"errors", Json::array({{{"message", toStd(message)}}})},
                                                {"title", "Invalid Request"},
                                                {"detail", "One or more parameters to your request was invalid."},
                                                {"type", "https://api.x.com/2/problems/invalid-request"}},
                                      kProblemType);
}

const QStringList kCategories{QStringLiteral("tweet_image"), QStringLiteral("tweet_video"), QStringLiteral("tweet_gif"),
                              QStringLiteral("dm_image"), QStringLiteral("dm_video"), QStringLiteral("dm_gif"),
                              QStringLiteral("subtitles"), QStringLiteral("amplify_video")};

qint64 maxBytes(const QString &category)
{
    if (category.endsWith(QLatin1String("_image")))
        return 5LL * 1024 * 1024;
    if (category.endsWith(QLatin1String("_gif")))
        return 15LL * 1024 * 1024;
    return 512LL * 1024 * 1024;
}

// A parameter from the query, a form body, a multipart text field or a JSON body.
QString mediaParam(const SandboxRequest &request, const std::optional<std::vector<MultipartPart>> &parts, const char *key)
{
    if (request.hasQuery(QLatin1String(key)))
        return request.queryValue(QLatin1String(key));
    if (request.isForm())
        return request.formValue(QLatin1String(key));
    if (parts) {
        if (const MultipartPart *part = findPart(*parts, key))
            return QString::fromUtf8(part->data);
    }
    if (const auto json = request.json(); json && json->is_object() && json->contains(key))
        return (*json)[key].is_string() ? fromStd((*json)[key].get<std::string>()) : fromStd((*json)[key].dump());
    return {};
}
} // namespace

QString XEmulator::mediaState(const Media &media) const
{
    if (!media.finalized)
        return QStringLiteral("pending");
    if (media.category.endsWith(QLatin1String("_image")))
        return QStringLiteral("succeeded");
    return m_context.clock.nowSecs() - media.finalizedAt < 2 ? QStringLiteral("in_progress") : QStringLiteral("succeeded");
}

Json XEmulator::mediaJson(const Media &media) const
{
    const char *keyPrefix = media.category.endsWith(QLatin1String("_video")) ? "7_" : media.category.endsWith(QLatin1String("_gif")) ? "16_" : "3_";
    Json data{{"id", toStd(media.id)}, {"media_key", keyPrefix + toStd(media.id)}, {"size", media.totalBytes},
              {"expires_after_secs", qMax<qint64>(0, 86400 - (m_context.clock.nowSecs() - media.createdAt))}};
    const QString state = mediaState(media);
    if (media.finalized && state != QLatin1String("succeeded"))
        data["processing_info"] = {{"state", toStd(state)}, {"check_after_secs", 1}, {"progress_percent", 50}};
    else if (media.finalized && !media.category.endsWith(QLatin1String("_image")))
        data["processing_info"] = {{"state", "succeeded"}, {"progress_percent", 100}};
    return Json{{"data", data}};
}

SandboxReply XEmulator::mediaInit(const TokenCheck &check, const QString &category, const QString &mediaType, qint64 totalBytes)
{
    if (!kCategories.contains(category))
        return mediaInvalid(QStringLiteral("media_category must be one of %1").arg(kCategories.join(QStringLiteral(", "))));
    if (mediaType.isEmpty() || !mediaType.contains(QLatin1Char('/')))
        return mediaInvalid(QStringLiteral("media_type must be a MIME type such as video/mp4"));
    if (totalBytes <= 0 || totalBytes > maxBytes(category))
        return mediaInvalid(QStringLiteral("total_bytes must be between 1 and %1 for %2").arg(maxBytes(category)).arg(category));
    Media media;
    media.id = m_context.numericId(QStringLiteral("188002"));
    media.userId = check.grant.userId;
    media.category = category;
    media.totalBytes = totalBytes;
    media.createdAt = m_context.clock.nowSecs();
    m_media[media.id] = media;
    return SandboxReply::json(200, mediaJson(media));
}

SandboxReply XEmulator::mediaAppend(Media &media, const SandboxRequest &request)
{
    if (media.finalized)
        return mediaInvalid(QStringLiteral("The media was already finalized"));
    const auto parts = parseMultipart(request);
    const MultipartPart *chunk = parts ? findPart(*parts, "media") : nullptr;
    if (!chunk)
        return mediaInvalid(QStringLiteral("APPEND needs a multipart field named media"));
    bool ok = false;
    const int segment = mediaParam(request, parts, "segment_index").toInt(&ok);
    if (!ok || segment < 0 || segment > 999)
        return mediaInvalid(QStringLiteral("segment_index must be an integer from 0 to 999"));
    if (media.receivedBytes + chunk->data.size() > media.totalBytes)
        return mediaInvalid(QStringLiteral("More bytes were sent than total_bytes"));
    media.receivedBytes += chunk->data.size();
    return SandboxReply::json(200, Json{{"data", {{"expires_at", media.createdAt + 86400}}}});
}

SandboxReply XEmulator::mediaFinalize(Media &media)
{
    if (media.finalized)
        return mediaInvalid(QStringLiteral("The media was already finalized"));
    if (media.receivedBytes != media.totalBytes)
        return mediaInvalid(QStringLiteral("File size mismatch: received %1 of %2 bytes").arg(media.receivedBytes).arg(media.totalBytes));
    media.finalized = true;
    media.finalizedAt = m_context.clock.nowSecs();
    return SandboxReply::json(200, mediaJson(media));
}

SandboxReply XEmulator::mediaUpload(const SandboxRequest &request, const TokenCheck &check, const QString &mediaId, const QString &action)
{
    const auto parts = parseMultipart(request);
    auto ownMedia = [&](const QString &id) -> Media * {
        const auto it = m_media.find(id);
        return it != m_media.end() && it->second.userId == check.grant.userId ? &it->second : nullptr;
    };
    if (action == QLatin1String("initialize") && request.method == "POST") {
        const auto json = request.json();
        if (!json || !json->is_object() || !(*json)["total_bytes"].is_number_integer())
            return mediaInvalid(QStringLiteral("initialize takes JSON {media_type, total_bytes, media_category}"));
        return mediaInit(check, jsonString(*json, "media_category"), jsonString(*json, "media_type"), (*json)["total_bytes"].get<qint64>());
    }
    if ((action == QLatin1String("append") || action == QLatin1String("finalize")) && request.method == "POST") {
        Media *media = ownMedia(mediaId);
        if (!media)
            return mediaInvalid(QStringLiteral("Unknown media id %1").arg(mediaId));
        return action == QLatin1String("append") ? mediaAppend(*media, request) : mediaFinalize(*media);
    }
    if (!action.isEmpty())
        return mediaInvalid(QStringLiteral("Use POST"));
    const QString command = mediaParam(request, parts, "command").toUpper();
    if (request.method == "GET") {
        if (command != QLatin1String("STATUS"))
            return mediaInvalid(QStringLiteral("GET needs command=STATUS"));
        Media *media = ownMedia(request.queryValue(QStringLiteral("media_id")));
        if (!media)
            return mediaInvalid(QStringLiteral("Unknown media_id"));
        return SandboxReply::json(200, mediaJson(*media));
    }
    if (request.method != "POST")
        return mediaInvalid(QStringLiteral("Use POST"));
    if (command == QLatin1String("INIT"))
        return mediaInit(check, mediaParam(request, parts, "media_category"), mediaParam(request, parts, "media_type"),
                         mediaParam(request, parts, "total_bytes").toLongLong());
    if (command == QLatin1String("APPEND") || command == QLatin1String("FINALIZE")) {
        Media *media = ownMedia(mediaParam(request, parts, "media_id"));
        if (!media)
            return mediaInvalid(QStringLiteral("Unknown media_id"));
        return command == QLatin1String("APPEND") ? mediaAppend(*media, request) : mediaFinalize(*media);
    }
    if (!command.isEmpty())
        return mediaInvalid(QStringLiteral("command must be INIT, APPEND, FINALIZE or STATUS"));

    // Simple upload of a whole image: multipart field "media", or JSON with base64 "media".
    QByteArray bytes;
    if (parts) {
        if (const MultipartPart *part = findPart(*parts, "media"))
            bytes = part->data;
    } else if (const auto json = request.json(); json && json->is_object()) {
        bytes = QByteArray::fromBase64(jsonString(*json, "media").toLatin1());
    }
    const QString category = mediaParam(request, parts, "media_category");
    if (bytes.isEmpty())
        return mediaInvalid(QStringLiteral("media is required"));
    if (!kCategories.contains(category))
        return mediaInvalid(QStringLiteral("media_category must be one of %1").arg(kCategories.join(QStringLiteral(", "))));
    if (!category.endsWith(QLatin1String("_image")))
        return mediaInvalid(QStringLiteral("Videos and GIFs must use the chunked upload"));
    if (bytes.size() > maxBytes(category))
        return mediaInvalid(QStringLiteral("Images must be at most 5 MB"));
    Media media;
    media.id = m_context.numericId(QStringLiteral("188002"));
    media.userId = check.grant.userId;
    media.category = category;
    media.totalBytes = bytes.size();
    media.receivedBytes = bytes.size();
    media.createdAt = m_context.clock.nowSecs();
    media.finalized = true;
    media.finalizedAt = media.createdAt;
    m_media[media.id] = media;
    return SandboxReply::json(200, mediaJson(media));
}

SandboxReply XEmulator::faultReply(FaultKind kind, const FaultRule &rule, const SandboxRequest &request)
{
    Q_UNUSED(request);
    switch (kind) {
    case FaultKind::RateLimit: {
        SandboxReply reply = SandboxReply::jsonWithType(429, Json{{"title", "Too Many Requests"}, {"detail", "Too Many Requests"},
                                                                  {"type", "about:blank"}, {"status", 429}},
                                                        kProblemType);
        reply.withHeader("x-rate-limit-limit", "100");
        reply.withHeader("x-rate-limit-remaining", "0");
        reply.withHeader("x-rate-limit-reset", QByteArray::number(m_context.clock.nowSecs() + rule.retryAfterSecs));
        reply.withHeader("Retry-After", QByteArray::number(rule.retryAfterSecs));
        return reply;
    }
    case FaultKind::ServerError: {
        const int status = rule.status ? rule.status : 503;
        return SandboxReply::jsonWithType(status, Json{{"title", "Service Unavailable"}, {"detail", "Service Unavailable"},
                                                       {"type", "about:blank"}, {"status", status}},
                                          kProblemType);
    }
    case FaultKind::TokenExpired:
    case FaultKind::TokenInvalid:
        return SandboxReply::jsonWithType(401, Json{{"title", "Unauthorized"}, {"type", "about:blank"}, {"status", 401}, {"detail", "Unauthorized"}},
                                          kProblemType);
    case FaultKind::Policy:
        return SandboxReply::jsonWithType(403, Json{{"title", "Forbidden"}, {"type", "https://api.x.com/2/problems/user-suspended"}, {"status", 403},
                                                    {"detail", "This request was blocked: the account is suspended from posting."}},
                                          kProblemType);
    case FaultKind::Slow:
    case FaultKind::DropAfterAccept: break;
    }
    return SandboxReply::empty(500);
}

} // namespace cf::sandbox
