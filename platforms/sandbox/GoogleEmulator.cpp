#include "platforms/sandbox/GoogleEmulator.h"

namespace cf::sandbox {

SandboxReply googleErrorReply(int status, const char *reason, const char *statusName, const QString &message, const char *domain)
{
    return SandboxReply::json(status, Json{{"error", {{"code", status}, {"message", toStd(message)},
                                                      {"errors", Json::array({{{"message", toStd(message)}, {"domain", domain}, {"reason", reason}}})},
                                                      {"status", statusName}}}});
}

namespace {
const QString kRealm = QStringLiteral("google");
const QString kScopeRoot = QStringLiteral("https://www.googleapis.com/auth/");

SandboxReply unauthenticated()
{
    return googleErrorReply(401, "authError", "UNAUTHENTICATED",
                       QStringLiteral("Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential."))
        .withHeader("WWW-Authenticate", "Bearer realm=\"https://accounts.google.com/\", error=\"invalid_token\"");
}

bool hasAny(const TokenCheck &check, const QStringList &scopes)
{
    for (const QString &scope : scopes) {
        if (check.hasScope(scope))
            return true;
    }
    return false;
}
} // namespace

QList<HostRoute> GoogleEmulator::routes() const
{
    return {{QStringLiteral("accounts.google.com"), QStringLiteral("accounts.google.com")},
            {QStringLiteral("oauth2.googleapis.com"), QStringLiteral("oauth2.googleapis.com")},
            {QStringLiteral("www.googleapis.com"), QStringLiteral("www.googleapis.com")},
            {QStringLiteral("openidconnect.googleapis.com"), QStringLiteral("openidconnect.googleapis.com")}};
}

SandboxReply GoogleEmulator::handle(const SandboxRequest &request)
{
    if (request.host == QLatin1String("accounts.google.com")) {
        if (request.path != QLatin1String("/o/oauth2/v2/auth") && request.path != QLatin1String("/o/oauth2/auth"))
            return notFoundText(request);
        AuthorizeProfile profile;
        profile.realm = kRealm;
        profile.title = QStringLiteral("Google");
        profile.knownScopes = {QStringLiteral("openid"), QStringLiteral("email"), QStringLiteral("profile"),
                               kScopeRoot + QStringLiteral("userinfo.email"), kScopeRoot + QStringLiteral("userinfo.profile"),
                               kScopeRoot + QStringLiteral("youtube"), kScopeRoot + QStringLiteral("youtube.upload"),
                               kScopeRoot + QStringLiteral("youtube.readonly"), kScopeRoot + QStringLiteral("youtube.force-ssl"),
                               kScopeRoot + QStringLiteral("youtubepartner")};
        profile.pkce = PkceRule::Optional;
        profile.pkceMethods = {{QStringLiteral("S256"), PkceMethod::S256}, {QStringLiteral("plain"), PkceMethod::Plain}};
        profile.userId = m_context.seed.googleUser.id;
        return m_context.oauth.authorize(profile, request);
    }
    if (request.host == QLatin1String("oauth2.googleapis.com")) {
        if (request.path == QLatin1String("/token")) {
            FormTokenOptions options{kRealm, {}};
            options.policy.accessTtlSecs = 3599;
            options.policy.refresh = TokenPolicy::Refresh::Keep;
            options.policy.accessPrefix = QStringLiteral("ya29.");
            options.policy.refreshPrefix = QStringLiteral("1//");
            const TokenResult result = formTokenGrant(m_context.oauth, request, options);
            if (const auto *failure = std::get_if<OAuthFailure>(&result))
                return oauthErrorReply(*failure);
            IssuedTokens tokens = std::get<IssuedTokens>(result);
            // Google does not send the refresh token again when refreshing.
            if (request.formValue(QStringLiteral("grant_type")) == QLatin1String("refresh_token"))
                tokens.refreshToken.clear();
            return SandboxReply::json(200, standardTokenJson(tokens, QStringLiteral(" ")));
        }
        if (request.path == QLatin1String("/revoke") && request.method == "POST") {
            const QString token = request.hasQuery(QStringLiteral("token")) ? request.queryValue(QStringLiteral("token"))
                                                                            : request.formValue(QStringLiteral("token"));
            if (!m_context.oauth.revoke(kRealm, token))
                return SandboxReply::json(400, Json{{"error", "invalid_token"}, {"error_description", "Token expired or revoked"}});
            return SandboxReply::json(200, Json::object());
        }
        return notFoundText(request);
    }
    return api(request);
}

SandboxReply GoogleEmulator::api(const SandboxRequest &request)
{
    const TokenCheck check = m_context.oauth.check(kRealm, request.bearerToken());
    if (!check.ok())
        return unauthenticated();
    if (request.host == QLatin1String("www.googleapis.com") && YouTubeUploadApi::handles(request))
        return m_youtube.handle(request, check);
    const SandboxSeed::Person &user = m_context.seed.googleUser;
    const bool userinfo = (request.host == QLatin1String("www.googleapis.com") && request.path == QLatin1String("/oauth2/v3/userinfo"))
        || (request.host == QLatin1String("openidconnect.googleapis.com") && request.path == QLatin1String("/v1/userinfo"));
    if (userinfo && request.method == "GET") {
        Json body{{"sub", toStd(user.id)}};
        if (hasAny(check, {QStringLiteral("profile"), kScopeRoot + QStringLiteral("userinfo.profile")}))
            body.update({{"name", toStd(user.name)}, {"given_name", toStd(user.name.section(QLatin1Char(' '), 0, 0))},
                         {"picture", "https://lh3.googleusercontent.com/a/sandbox"}});
        if (hasAny(check, {QStringLiteral("email"), kScopeRoot + QStringLiteral("userinfo.email")}))
            body.update({{"email", toStd(user.email)}, {"email_verified", true}});
        return SandboxReply::json(200, body);
    }
    if (request.host == QLatin1String("www.googleapis.com") && request.path == QLatin1String("/youtube/v3/channels") && request.method == "GET") {
        const QString part = request.queryValue(QStringLiteral("part"));
        if (part.isEmpty())
            return googleErrorReply(400, "required", "INVALID_ARGUMENT", QStringLiteral("Required parameter: part"));
        if (request.queryValue(QStringLiteral("mine")) != QLatin1String("true") && !request.hasQuery(QStringLiteral("id")))
            return googleErrorReply(400, "missingRequiredParameter", "INVALID_ARGUMENT",
                               QStringLiteral("No filter selected. Expected one of: mine, id, forHandle, forUsername, managedByMe"), "youtube.parameter");
        if (!hasAny(check, {kScopeRoot + QStringLiteral("youtube"), kScopeRoot + QStringLiteral("youtube.readonly"),
                            kScopeRoot + QStringLiteral("youtube.force-ssl"), kScopeRoot + QStringLiteral("youtube.upload"),
                            kScopeRoot + QStringLiteral("youtubepartner")}))
            return googleErrorReply(403, "insufficientPermissions", "PERMISSION_DENIED", QStringLiteral("Request had insufficient authentication scopes."));
        Json channel{{"kind", "youtube#channel"}, {"etag", "sandbox-etag"}, {"id", toStd(m_context.seed.youtubeChannelId)}};
        for (const QString &piece : part.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (piece == QLatin1String("snippet"))
                channel["snippet"] = {{"title", toStd(m_context.seed.youtubeChannelTitle)}, {"description", ""}, {"customUrl", "@nouraboutique"},
                                      {"publishedAt", "2020-01-01T00:00:00Z"}};
            else if (piece == QLatin1String("contentDetails"))
                channel["contentDetails"] = {{"relatedPlaylists", {{"likes", ""}, {"uploads", toStd(QStringLiteral("UU") + m_context.seed.youtubeChannelId.mid(2))}}}};
            else if (piece == QLatin1String("status"))
                channel["status"] = {{"privacyStatus", "public"}, {"isLinked", true}, {"longUploadsStatus", "allowed"}};
            else if (piece != QLatin1String("id"))
                return googleErrorReply(400, "invalidPart", "INVALID_ARGUMENT", QStringLiteral("Unknown part: %1").arg(piece), "youtube.part");
        }
        return SandboxReply::json(200, Json{{"kind", "youtube#channelListResponse"}, {"etag", "sandbox-etag"},
                                            {"pageInfo", {{"totalResults", 1}, {"resultsPerPage", 5}}}, {"items", Json::array({channel})}});
    }
    return googleErrorReply(404, "notFound", "NOT_FOUND", QStringLiteral("Not Found"));
}

SandboxReply GoogleEmulator::faultReply(FaultKind kind, const FaultRule &rule, const SandboxRequest &request)
{
    Q_UNUSED(request);
    switch (kind) {
    case FaultKind::RateLimit:
        return googleErrorReply(429, "rateLimitExceeded", "RESOURCE_EXHAUSTED", QStringLiteral("The request cannot be completed because you have exceeded your quota."), "youtube.quota")
            .withHeader("Retry-After", QByteArray::number(rule.retryAfterSecs));
    case FaultKind::ServerError:
        return googleErrorReply(rule.status ? rule.status : 503, "backendError", "UNAVAILABLE", QStringLiteral("The service is currently unavailable."));
    case FaultKind::TokenExpired:
    case FaultKind::TokenInvalid: return unauthenticated();
    case FaultKind::Policy:
        return googleErrorReply(400, "uploadLimitExceeded", "FAILED_PRECONDITION", QStringLiteral("The user has exceeded the number of videos they may upload."), "youtube.video");
    case FaultKind::Slow:
    case FaultKind::DropAfterAccept: break;
    }
    return SandboxReply::empty(500);
}

} // namespace cf::sandbox
