#include "platforms/sandbox/TikTokEmulator.h"

#include <QRegularExpression>

namespace cf::sandbox {

namespace {
const QString kRealm = QStringLiteral("tiktok");
const QStringList kPrivacy{QStringLiteral("PUBLIC_TO_EVERYONE"), QStringLiteral("MUTUAL_FOLLOW_FRIENDS"), QStringLiteral("SELF_ONLY")};

SandboxReply ttReply(int status, const Json &data, const char *code, const QString &message)
{
    return SandboxReply::json(status, Json{{"data", data}, {"error", {{"code", code}, {"message", toStd(message)}, {"log_id", toStd(randomToken(16))}}}});
}

SandboxReply ttOk(const Json &data)
{
    return ttReply(200, data, "ok", QString());
}

SandboxReply ttInvalid(const QString &message)
{
    return ttReply(400, Json::object(), "invalid_param", message);
}

SandboxReply ttOAuthError(const OAuthFailure &failure)
{
    return SandboxReply::json(failure.kind == OAuthErrorKind::InvalidClient ? 401 : 400,
                              Json{{"error", toStd(oauthErrorCode(failure.kind))}, {"error_description", toStd(failure.description)},
                                   {"log_id", toStd(randomToken(16))}});
}
} // namespace

QList<HostRoute> TikTokEmulator::routes() const
{
    return {{QStringLiteral("www.tiktok.com"), QStringLiteral("www.tiktok.com")},
            {QStringLiteral("open.tiktokapis.com"), QStringLiteral("open.tiktokapis.com")},
            {QStringLiteral("open-upload.tiktokapis.com"), QStringLiteral("open-upload.tiktokapis.com")}};
}

void TikTokEmulator::reset()
{
    m_publishes.clear();
    m_videoQuery.reset();
}

SandboxReply TikTokEmulator::handle(const SandboxRequest &request)
{
    if (request.host == QLatin1String("www.tiktok.com")) {
        if (request.path != QLatin1String("/v2/auth/authorize/"))
            return notFoundText(request);
        AuthorizeProfile profile;
        profile.realm = kRealm;
        profile.title = QStringLiteral("TikTok");
        profile.clientIdParam = QStringLiteral("client_key");
        profile.scopeSeparator = QLatin1Char(',');
        profile.knownScopes = {QStringLiteral("user.info.basic"), QStringLiteral("user.info.profile"), QStringLiteral("user.info.stats"),
                               QStringLiteral("video.publish"), QStringLiteral("video.upload"), QStringLiteral("video.list")};
        // Desktop clients hash the verifier to lowercase hex, not base64url.
        profile.pkce = PkceRule::Optional;
        profile.pkceMethods = {{QStringLiteral("S256"), PkceMethod::S256Hex}};
        profile.userId = m_context.seed.tiktokUser.id;
        return m_context.oauth.authorize(profile, request);
    }
    if (request.host == QLatin1String("open-upload.tiktokapis.com"))
        return upload(request);
    if (request.path == QLatin1String("/v2/oauth/token/"))
        return token(request);
    if (request.path == QLatin1String("/v2/oauth/revoke/"))
        return revoke(request);
    return api(request);
}

SandboxReply TikTokEmulator::token(const SandboxRequest &request)
{
    FormTokenOptions options{kRealm, {}};
    options.clientIdKey = QStringLiteral("client_key");
    options.policy.accessTtlSecs = 86400;
    options.policy.refresh = TokenPolicy::Refresh::Rotate;
    options.policy.refreshTtlSecs = 31536000;
    options.policy.accessPrefix = QStringLiteral("act.");
    options.policy.refreshPrefix = QStringLiteral("rft.");
    const TokenResult result = formTokenGrant(m_context.oauth, request, options);
    if (const auto *failure = std::get_if<OAuthFailure>(&result))
        return ttOAuthError(*failure);
    const IssuedTokens &tokens = std::get<IssuedTokens>(result);
    return SandboxReply::json(200, Json{{"open_id", toStd(tokens.userId)}, {"scope", toStd(tokens.scopes.join(QLatin1Char(',')))},
                                       {"access_token", toStd(tokens.accessToken)}, {"expires_in", tokens.expiresIn},
                                       {"refresh_token", toStd(tokens.refreshToken)}, {"refresh_expires_in", tokens.refreshExpiresIn},
                                       {"token_type", "Bearer"}});
}

SandboxReply TikTokEmulator::revoke(const SandboxRequest &request)
{
    if (request.method != "POST" || !request.isForm())
        return ttOAuthError({OAuthErrorKind::InvalidRequest, QStringLiteral("POST a form with client_key, client_secret and token")});
    const ClientCredentials client{request.formValue(QStringLiteral("client_key")), request.formValue(QStringLiteral("client_secret")),
                                   request.form().hasQueryItem(QStringLiteral("client_secret"))};
    if (auto failure = m_context.oauth.authenticateClient(kRealm, client, true))
        return ttOAuthError(*failure);
    m_context.oauth.revoke(kRealm, request.formValue(QStringLiteral("token")));
    return SandboxReply::json(200, Json::object());
}

SandboxReply TikTokEmulator::api(const SandboxRequest &request)
{
    const TokenCheck check = m_context.oauth.check(kRealm, request.bearerToken());
    if (!check.ok())
        return ttReply(401, Json::object(), "access_token_invalid",
                       QStringLiteral("The access token is invalid or not found in the request."));
    auto needScope = [&check](const char *scope) -> std::optional<SandboxReply> {
        if (check.hasScope(QLatin1String(scope)))
            return std::nullopt;
        return ttReply(401, Json::object(), "scope_not_authorized",
                       QStringLiteral("The user did not authorize the scope required for completing this request."));
    };
    if (TikTokVideoQueryApi::handles(request))
        return m_videoQuery.handle(request, check, [this](const QString &postId, const QString &userId) {
            for (const auto &[id, p] : m_publishes)
                if (p.postId != 0 && QString::number(p.postId) == postId && p.userId == userId && p.completedAt != 0
                    && p.direct && !p.failed)
                    return true;
            return false;
        });
    if (request.path == QLatin1String("/v2/user/info/") && request.method == "GET") {
        if (auto denied = needScope("user.info.basic"))
            return *denied;
        const QStringList fields = request.queryValue(QStringLiteral("fields")).split(QLatin1Char(','), Qt::SkipEmptyParts);
        if (fields.isEmpty())
            return ttInvalid(QStringLiteral("fields is required"));
        const SandboxSeed::Person &user = m_context.seed.tiktokUser;
        const Json full{{"open_id", toStd(user.id)}, {"union_id", toStd(user.id + QStringLiteral("-union"))},
                        {"avatar_url", "https://p16-sign.tiktokcdn.com/sandbox-avatar.jpeg"}, {"display_name", toStd(user.name)},
                        {"username", toStd(user.username)}};
        Json selected = Json::object();
        for (const QString &field : fields) {
            if (!full.contains(toStd(field)))
                return ttInvalid(QStringLiteral("Unknown field: %1").arg(field));
            selected[toStd(field)] = full[toStd(field)];
        }
        return ttOk(Json{{"user", selected}});
    }
    if (request.method != "POST")
        return ttReply(404, Json::object(), "invalid_param", QStringLiteral("No such endpoint"));
    if (request.path == QLatin1String("/v2/post/publish/creator_info/query/")) {
        if (auto denied = needScope("video.publish"))
            return *denied;
        return ttOk(Json{{"creator_avatar_url", "https://p16-sign.tiktokcdn.com/sandbox-avatar.jpeg"},
                         {"creator_username", toStd(m_context.seed.tiktokUser.username)},
                         {"creator_nickname", toStd(m_context.seed.tiktokUser.name)},
                         {"privacy_level_options", {"PUBLIC_TO_EVERYONE", "MUTUAL_FOLLOW_FRIENDS", "SELF_ONLY"}},
                         {"comment_disabled", false}, {"duet_disabled", false}, {"stitch_disabled", true},
                         {"max_video_post_duration_sec", 300}});
    }
    if (request.path == QLatin1String("/v2/post/publish/video/init/")) {
        if (auto denied = needScope("video.publish"))
            return *denied;
        return initVideo(request, check, true);
    }
    if (request.path == QLatin1String("/v2/post/publish/inbox/video/init/")) {
        if (auto denied = needScope("video.upload"))
            return *denied;
        return initVideo(request, check, false);
    }
    if (request.path == QLatin1String("/v2/post/publish/content/init/")) {
        const auto json = request.json();
        const bool direct = !json || jsonString(*json, "post_mode") != QLatin1String("MEDIA_UPLOAD");
        if (auto denied = needScope(direct ? "video.publish" : "video.upload"))
            return *denied;
        return initPhoto(request, check);
    }
    if (request.path == QLatin1String("/v2/post/publish/status/fetch/"))
        return status(request, check);
    return ttReply(404, Json::object(), "invalid_param", QStringLiteral("No such endpoint"));
}

SandboxReply TikTokEmulator::initVideo(const SandboxRequest &request, const TokenCheck &check, bool direct)
{
    if (request.contentType() != "application/json")
        return ttInvalid(QStringLiteral("Content-Type must be application/json; charset=UTF-8"));
    const auto json = request.json();
    if (!json || !json->is_object() || !(*json)["source_info"].is_object())
        return ttInvalid(QStringLiteral("source_info is required"));
    if (direct) {
        const Json postInfo = json->value("post_info", Json());
        if (!postInfo.is_object())
            return ttInvalid(QStringLiteral("post_info is required"));
        if (!kPrivacy.contains(jsonString(postInfo, "privacy_level")))
            return ttReply(403, Json::object(), "privacy_level_option_mismatch",
                           QStringLiteral("privacy_level must be one of the creator's privacy_level_options"));
        if (!postInfo.contains("brand_content_toggle") || !postInfo["brand_content_toggle"].is_boolean())
            return ttInvalid(QStringLiteral("post_info.brand_content_toggle is required"));
        if (utf16Length(jsonString(postInfo, "title")) > kMaxTitle)
            return ttInvalid(QStringLiteral("post_info.title must be at most %1 UTF-16 characters").arg(kMaxTitle));
    }
    const Json source = (*json)["source_info"];
    Publish publish;
    publish.userId = check.grant.userId;
    publish.direct = direct;
    const QString kind = jsonString(source, "source");
    Json data;
    if (kind == QLatin1String("FILE_UPLOAD")) {
        const qint64 size = source.value("video_size", qint64(0));
        const qint64 chunk = source.value("chunk_size", qint64(0));
        const qint64 count = source.value("total_chunk_count", qint64(0));
        if (size <= 0 || chunk <= 0 || count <= 0)
            return ttInvalid(QStringLiteral("video_size, chunk_size and total_chunk_count are required positive integers"));
        const bool whole = size < kMinChunk;
        if (whole ? (chunk != size || count != 1) : (chunk < kMinChunk || chunk > kMaxChunk || count != size / chunk || count > 1000))
            return ttInvalid(QStringLiteral("chunk_size must be 5-64 MB (the whole file below 5 MB) and total_chunk_count floor(video_size/chunk_size)"));
        publish.size = size;
        publish.chunkSize = chunk;
        publish.uploadId = m_context.numericId(QStringLiteral("6"));
        data = Json{{"upload_url", toStd(QStringLiteral("https://open-upload.tiktokapis.com/video/?upload_id=%1&upload_token=%2")
                                             .arg(publish.uploadId, randomToken(12)))}};
    } else if (kind == QLatin1String("PULL_FROM_URL")) {
        const QUrl url(jsonString(source, "video_url"));
        if (url.scheme() != QLatin1String("https") || url.host().isEmpty())
            return ttReply(403, Json::object(), "url_ownership_unverified", QStringLiteral("video_url must be https on a verified domain"));
        publish.pull = true;
        publish.completedAt = m_context.clock.nowSecs();
        data = Json::object();
    } else {
        return ttInvalid(QStringLiteral("source_info.source must be FILE_UPLOAD or PULL_FROM_URL"));
    }
    publish.id = (direct ? QStringLiteral("v_pub_file~v2-1.") : QStringLiteral("v_inbox_file~v2.")) + m_context.numericId(QString());
    publish.postId = 7123456789012345000LL + m_context.nextId++;
    data["publish_id"] = toStd(publish.id);
    m_publishes[publish.id] = publish;
    return ttOk(data);
}

SandboxReply TikTokEmulator::initPhoto(const SandboxRequest &request, const TokenCheck &check)
{
    if (request.contentType() != "application/json")
        return ttInvalid(QStringLiteral("Content-Type must be application/json; charset=UTF-8"));
    const auto json = request.json();
    if (!json || !json->is_object() || !json->value("post_info", Json()).is_object() || !json->value("source_info", Json()).is_object())
        return ttInvalid(QStringLiteral("post_info and source_info are required"));
    if (jsonString(*json, "media_type") != QLatin1String("PHOTO"))
        return ttInvalid(QStringLiteral("media_type must be PHOTO"));
    const QString mode = jsonString(*json, "post_mode");
    if (mode != QLatin1String("DIRECT_POST") && mode != QLatin1String("MEDIA_UPLOAD"))
        return ttInvalid(QStringLiteral("post_mode must be DIRECT_POST or MEDIA_UPLOAD"));
    const bool direct = mode == QLatin1String("DIRECT_POST");
    const Json postInfo = (*json)["post_info"];
    if (direct && !kPrivacy.contains(jsonString(postInfo, "privacy_level")))
        return ttReply(403, Json::object(), "privacy_level_option_mismatch",
                       QStringLiteral("privacy_level must be one of the creator's privacy_level_options"));
    if (direct && (!postInfo.contains("brand_content_toggle") || !postInfo["brand_content_toggle"].is_boolean()))
        return ttInvalid(QStringLiteral("post_info.brand_content_toggle is required"));
    if (utf16Length(jsonString(postInfo, "title")) > kMaxPhotoTitle)
        return ttInvalid(QStringLiteral("post_info.title must be at most %1 UTF-16 characters").arg(kMaxPhotoTitle));
    if (utf16Length(jsonString(postInfo, "description")) > kMaxPhotoDescription)
        return ttInvalid(QStringLiteral("post_info.description must be at most %1 UTF-16 characters").arg(kMaxPhotoDescription));
    const Json source = (*json)["source_info"];
    if (jsonString(source, "source") != QLatin1String("PULL_FROM_URL"))
        return ttInvalid(QStringLiteral("photo posts support source PULL_FROM_URL only"));
    const Json images = source.value("photo_images", Json());
    if (!images.is_array() || images.empty() || images.size() > std::size_t(kMaxPhotos))
        return ttInvalid(QStringLiteral("photo_images must list 1-%1 URLs").arg(kMaxPhotos));
    Publish publish;
    for (const Json &image : images) {
        const QUrl url(image.is_string() ? fromStd(image.get<std::string>()) : QString());
        if (url.scheme() != QLatin1String("https") || url.host().isEmpty())
            return ttReply(403, Json::object(), "url_ownership_unverified", QStringLiteral("photo_images must be https URLs on a verified domain"));
        publish.failed = publish.failed || url.path().contains(QLatin1String("/sandbox-fail/"));
    }
    // EMU: accepts a 0-based or 1-based cover index (the reference is ambiguous); beyond the list is invalid.
    const Json cover = source.value("photo_cover_index", Json(0));
    if (!cover.is_number_integer() || cover.get<qint64>() < 0 || cover.get<qint64>() > qint64(images.size()))
        return ttInvalid(QStringLiteral("photo_cover_index is out of range"));
    publish.userId = check.grant.userId;
    publish.direct = direct;
    publish.pull = true;
    publish.completedAt = m_context.clock.nowSecs();
    publish.postId = 7223456789012345000LL + m_context.nextId++;
    publish.id = QStringLiteral("p_pub_url~v2.") + m_context.numericId(QString());
    m_publishes[publish.id] = publish;
    return ttOk(Json{{"publish_id", toStd(publish.id)}});
}

SandboxReply TikTokEmulator::upload(const SandboxRequest &request)
{
    if (request.method != "PUT" || request.path != QLatin1String("/video/"))
        return SandboxReply::empty(404);
    const QString uploadId = request.queryValue(QStringLiteral("upload_id"));
    Publish *publish = nullptr;
    for (auto &[id, candidate] : m_publishes) {
        if (!uploadId.isEmpty() && candidate.uploadId == uploadId)
            publish = &candidate;
    }
    if (!publish)
        return SandboxReply::empty(404);
    static const QRegularExpression range(QStringLiteral("^bytes (\\d+)-(\\d+)/(\\d+)$"));
    const auto match = range.match(QString::fromLatin1(request.header("Content-Range")));
    const QByteArray type = request.contentType();
    if (!match.hasMatch() || (type != "video/mp4" && type != "video/quicktime" && type != "video/webm"))
        return SandboxReply::empty(400);
    const qint64 first = match.captured(1).toLongLong();
    const qint64 last = match.captured(2).toLongLong();
    if (first != publish->received || last < first || match.captured(3).toLongLong() != publish->size || last - first + 1 != request.body.size())
        return SandboxReply::empty(416);
    publish->received = last + 1;
    if (publish->received < publish->size)
        return SandboxReply::empty(206);
    publish->completedAt = m_context.clock.nowSecs();
    return SandboxReply::empty(201);
}

SandboxReply TikTokEmulator::status(const SandboxRequest &request, const TokenCheck &check)
{
    const auto json = request.json();
    const QString id = json ? jsonString(*json, "publish_id") : QString();
    const auto it = m_publishes.find(id);
    if (it == m_publishes.end() || it->second.userId != check.grant.userId)
        return ttInvalid(QStringLiteral("publish_id is invalid"));
    const Publish &p = it->second;
    Json data;
    if (!p.completedAt) {
        data = {{"status", p.pull ? "PROCESSING_DOWNLOAD" : "PROCESSING_UPLOAD"}, {"uploaded_bytes", p.received}};
    } else if (m_context.clock.nowSecs() - p.completedAt < 3) {
        data = {{"status", p.direct ? "PROCESSING_UPLOAD" : "SEND_TO_USER_INBOX"}, {"uploaded_bytes", p.received}};
    } else if (p.failed) {
        data = {{"status", "FAILED"}, {"fail_reason", "photo_pull_failed"}};
    } else if (!p.direct) {
        data = {{"status", "SEND_TO_USER_INBOX"}};
    } else {
        data = {{"status", "PUBLISH_COMPLETE"}, {"publicaly_available_post_id", Json::array({p.postId})}};
    }
    return ttOk(data);
}

SandboxReply TikTokEmulator::faultReply(FaultKind kind, const FaultRule &rule, const SandboxRequest &request)
{
    Q_UNUSED(request);
    switch (kind) {
    case FaultKind::RateLimit:
        return ttReply(429, Json::object(), "rate_limit_exceeded", QStringLiteral("The API rate limit was exceeded."))
            .withHeader("Retry-After", QByteArray::number(rule.retryAfterSecs));
    case FaultKind::ServerError: return ttReply(rule.status ? rule.status : 500, Json::object(), "internal_error", QStringLiteral("Internal error."));
    case FaultKind::TokenExpired:
    case FaultKind::TokenInvalid:
        return ttReply(401, Json::object(), "access_token_invalid", QStringLiteral("The access token is invalid or not found in the request."));
    case FaultKind::Policy:
        return ttReply(403, Json::object(), "spam_risk_user_banned_from_posting", QStringLiteral("The user is banned from making new posts."));
    case FaultKind::Slow:
    case FaultKind::DropAfterAccept: break;
    }
    return SandboxReply::empty(500);
}

} // namespace cf::sandbox
