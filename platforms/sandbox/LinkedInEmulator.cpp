#include "platforms/sandbox/LinkedInEmulator.h"

#include <QDate>
#include <QRegularExpression>

#include <algorithm>

namespace cf::sandbox {

namespace {
const QString kRealm = QStringLiteral("linkedin");

SandboxReply liError(int status, int serviceErrorCode, const char *code, const QString &message)
{
    Json body{{"status", status}, {"serviceErrorCode", serviceErrorCode}, {"message", toStd(message)}};
    if (code)
        body["code"] = code;
    return SandboxReply::json(status, body);
}

SandboxReply liTokenError(const TokenCheck &check)
{
    if (check.state == TokenState::Expired)
        return liError(401, 65601, "EXPIRED_ACCESS_TOKEN", QStringLiteral("The token used in the request has expired"));
    if (check.state == TokenState::Revoked)
        return liError(401, 65601, "REVOKED_ACCESS_TOKEN", QStringLiteral("The token used in the request has been revoked by the user"));
    return liError(401, 65600, "INVALID_ACCESS_TOKEN", QStringLiteral("Invalid access token"));
}
} // namespace

QList<HostRoute> LinkedInEmulator::routes() const
{
    return {{QStringLiteral("www.linkedin.com"), QStringLiteral("www.linkedin.com")},
            {QStringLiteral("api.linkedin.com"), QStringLiteral("api.linkedin.com")}};
}

void LinkedInEmulator::reset()
{
    m_images.clear();
    m_uploads.clear();
    m_posts.clear();
    m_socialActions.reset();
}

TokenPolicy LinkedInEmulator::policy() const
{
    TokenPolicy policy;
    policy.accessTtlSecs = kAccessTtl;
    policy.refresh = TokenPolicy::Refresh::Keep; // the refresh token's 365 days do not restart
    policy.refreshTtlSecs = kRefreshTtl;
    policy.accessPrefix = QStringLiteral("AQV");
    policy.refreshPrefix = QStringLiteral("AQX");
    return policy;
}

SandboxReply LinkedInEmulator::handle(const SandboxRequest &request)
{
    if (request.host == QLatin1String("www.linkedin.com")) {
        static const QRegularExpression upload(QStringLiteral("^/dms-uploads/([A-Za-z0-9_-]+)$"));
        if (const auto match = upload.match(request.path); match.hasMatch()) {
            const auto it = m_uploads.find(match.captured(1));
            if (request.method != "PUT" && request.method != "POST")
                return SandboxReply::empty(405);
            if (it == m_uploads.end())
                return SandboxReply::empty(404);
            if (request.body.isEmpty())
                return SandboxReply::empty(400);
            m_images[it->second] = true;
            return SandboxReply::empty(201);
        }
        return handleOAuth(request);
    }
    return handleApi(request);
}

SandboxReply LinkedInEmulator::handleOAuth(const SandboxRequest &request)
{
    if (request.path == QLatin1String("/oauth/v2/authorization")) {
        AuthorizeProfile profile;
        profile.realm = kRealm;
        profile.title = QStringLiteral("LinkedIn");
        profile.knownScopes = {QStringLiteral("openid"), QStringLiteral("profile"), QStringLiteral("email"), QStringLiteral("w_member_social"),
                               QStringLiteral("r_organization_social"), QStringLiteral("w_organization_social"),
                               QStringLiteral("rw_organization_admin"), QStringLiteral("r_basicprofile"), QStringLiteral("r_member_social")};
        profile.codeTtlSecs = 1800;
        profile.userId = m_context.seed.linkedInUser.id;
        return m_context.oauth.authorize(profile, request);
    }
    if (request.path == QLatin1String("/oauth/v2/accessToken")) {
        const TokenResult result = formTokenGrant(m_context.oauth, request, {kRealm, policy()});
        if (const auto *failure = std::get_if<OAuthFailure>(&result))
            return oauthErrorReply(*failure);
        const IssuedTokens &tokens = std::get<IssuedTokens>(result);
        Json body{{"access_token", toStd(tokens.accessToken)}, {"expires_in", tokens.expiresIn}, {"scope", toStd(tokens.scopes.join(QLatin1Char(',')))}};
        if (!tokens.refreshToken.isEmpty()) {
            body["refresh_token"] = toStd(tokens.refreshToken);
            body["refresh_token_expires_in"] = tokens.refreshExpiresIn;
        }
        return SandboxReply::json(200, body);
    }
    if (request.path == QLatin1String("/oauth/v2/revoke") || request.path == QLatin1String("/oauth/v2/introspectToken")) {
        if (request.method != "POST" || !request.isForm())
            return oauthErrorReply({OAuthErrorKind::InvalidRequest, QStringLiteral("POST a form with token, client_id and client_secret")});
        const ClientCredentials client{request.formValue(QStringLiteral("client_id")), request.formValue(QStringLiteral("client_secret")),
                                       request.form().hasQueryItem(QStringLiteral("client_secret"))};
        if (auto failure = m_context.oauth.authenticateClient(kRealm, client, true))
            return oauthErrorReply(*failure);
        const QString token = request.formValue(QStringLiteral("token"));
        if (request.path.endsWith(QLatin1String("revoke"))) {
            m_context.oauth.revoke(kRealm, token);
            return SandboxReply::empty(200);
        }
        const TokenCheck check = m_context.oauth.check(kRealm, token);
        if (check.state == TokenState::Unknown || check.state == TokenState::Missing)
            return SandboxReply::json(200, Json{{"active", false}});
        const char *status = check.state == TokenState::Valid ? "active" : check.state == TokenState::Expired ? "expired" : "revoked";
        return SandboxReply::json(200, Json{{"active", check.ok()}, {"client_id", toStd(check.grant.clientId)}, {"status", status},
                                            {"scope", toStd(check.grant.scopes.join(QLatin1Char(',')))},
                                            {"expires_at", check.grant.expiresAt}, {"auth_type", "3L"}});
    }
    return notFoundText(request);
}

std::optional<SandboxReply> LinkedInEmulator::checkRestHeaders(const SandboxRequest &request) const
{
    const QByteArray version = request.header("LinkedIn-Version");
    if (version.isEmpty())
        return liError(400, 0, "VERSION_MISSING", QStringLiteral("A version must be present. Please specify a version by adding the LinkedIn-Version header."));
    static const QRegularExpression shape(QStringLiteral("^(\\d{4})(\\d{2})(\\.\\d{2})?$"));
    const auto match = shape.match(QString::fromLatin1(version));
    const QDate today = m_context.clock.now().date();
    const QDate released = match.hasMatch() ? QDate(match.captured(1).toInt(), match.captured(2).toInt(), 1) : QDate();
    // Versions live for at least a year; the sandbox treats 12 months as the window.
    if (!released.isValid() || released > today || released.addMonths(12) < QDate(today.year(), today.month(), 1))
        return liError(426, 0, "NONEXISTENT_VERSION", QStringLiteral("Requested version %1 is not active").arg(QString::fromLatin1(version)));
    if (request.header("X-Restli-Protocol-Version") != "2.0.0")
        return liError(400, 0, nullptr, QStringLiteral("X-Restli-Protocol-Version: 2.0.0 is required"));
    return std::nullopt;
}

SandboxReply LinkedInEmulator::handleApi(const SandboxRequest &request)
{
    const TokenCheck check = m_context.oauth.check(kRealm, request.bearerToken());
    if (!check.ok())
        return liTokenError(check);
    if (request.path == QLatin1String("/v2/userinfo") && request.method == "GET") {
        if (!check.hasScope(QStringLiteral("openid")) || !check.hasScope(QStringLiteral("profile")))
            return liError(403, 100, "ACCESS_DENIED", QStringLiteral("Not enough permissions to access: userinfo.GET.NO_VERSION"));
        const SandboxSeed::Person &user = m_context.seed.linkedInUser;
        Json body{{"sub", toStd(user.id)}, {"name", toStd(user.name)}, {"given_name", toStd(user.name.section(QLatin1Char(' '), 0, 0))},
                  {"family_name", toStd(user.name.section(QLatin1Char(' '), 1))}, {"locale", {{"country", "SA"}, {"language", "ar"}}},
                  {"picture", "https://media.licdn.com/dms/image/sandbox/profile.jpg"}};
        if (check.hasScope(QStringLiteral("email"))) {
            body["email"] = toStd(user.email);
            body["email_verified"] = true;
        }
        return SandboxReply::json(200, body);
    }
    if (request.path.startsWith(QLatin1String("/rest/"))) {
        if (auto bad = checkRestHeaders(request))
            return *bad;
        if (LinkedInSocialActionsApi::handles(request))
            return m_socialActions.handle(request, check, [this](const QString &urn) { return m_posts.count(urn) > 0; });
        if (request.path == QLatin1String("/rest/posts") && request.method == "POST")
            return createPost(request, check);
        if (request.path == QLatin1String("/rest/posts") && request.method == "GET")
            return postsByAuthor(request, check);
        if (request.path == QLatin1String("/rest/images") && request.method == "POST"
            && request.queryValue(QStringLiteral("action")) == QLatin1String("initializeUpload"))
            return initializeImage(request, check);
        if (request.path.startsWith(QLatin1String("/rest/images/")) && request.method == "GET") {
            const QString urn = request.path.mid(13);
            const auto it = m_images.find(urn);
            if (it == m_images.end())
                return liError(404, 0, nullptr, QStringLiteral("Not Found"));
            return SandboxReply::json(200, Json{{"id", toStd(urn)}, {"status", it->second ? "AVAILABLE" : "WAITING_UPLOAD"}});
        }
    }
    return liError(404, 0, nullptr, QStringLiteral("No virtual resource found"));
}

SandboxReply LinkedInEmulator::initializeImage(const SandboxRequest &request, const TokenCheck &check)
{
    const auto json = request.json();
    const QString owner = json ? jsonString((*json)["initializeUploadRequest"], "owner") : QString();
    if (!json || !json->is_object() || !json->contains("initializeUploadRequest"))
        return liError(400, 0, nullptr, QStringLiteral("initializeUploadRequest is required"));
    if (owner != QLatin1String("urn:li:person:") + check.grant.userId && !owner.startsWith(QLatin1String("urn:li:organization:")))
        return liError(403, 100, "ACCESS_DENIED", QStringLiteral("Not enough permissions to access: images.ACTION.initializeUpload"));
    const QString uploadId = randomToken(12);
    const QString urn = QStringLiteral("urn:li:image:C4E10AQ") + randomToken(9);
    m_images[urn] = false;
    m_uploads[uploadId] = urn;
    return SandboxReply::json(200, Json{{"value", {{"uploadUrlExpiresAt", (m_context.clock.nowSecs() + 86400) * 1000},
                                                   {"uploadUrl", toStd(QStringLiteral("https://www.linkedin.com/dms-uploads/") + uploadId)},
                                                   {"image", toStd(urn)}}}});
}

SandboxReply LinkedInEmulator::createPost(const SandboxRequest &request, const TokenCheck &check)
{
    if (!check.hasScope(QStringLiteral("w_member_social")) && !check.hasScope(QStringLiteral("w_organization_social")))
        return liError(403, 100, "ACCESS_DENIED", QStringLiteral("Not enough permissions to access: posts.CREATE.NO_VERSION"));
    if (request.contentType() != "application/json")
        return liError(400, 0, nullptr, QStringLiteral("Content-Type must be application/json"));
    const auto json = request.json();
    if (!json || !json->is_object())
        return liError(400, 0, nullptr, QStringLiteral("The request body is not valid JSON"));
    auto fieldError = [](const QString &message) {
        return SandboxReply::json(422, Json{{"status", 422}, {"code", "UNPROCESSABLE_ENTITY"}, {"message", toStd(message)}});
    };
    const QString author = jsonString(*json, "author");
    if (author != QLatin1String("urn:li:person:") + check.grant.userId && !author.startsWith(QLatin1String("urn:li:organization:")))
        return liError(403, 100, "ACCESS_DENIED", QStringLiteral("Member is not allowed to post as %1").arg(author));
    if (author.startsWith(QLatin1String("urn:li:organization:")) ? !check.hasScope(QStringLiteral("w_organization_social"))
                                                                 : !check.hasScope(QStringLiteral("w_member_social")))
        return liError(403, 100, "ACCESS_DENIED", QStringLiteral("Not enough permissions to access: posts.CREATE.NO_VERSION"));
    const QString commentary = jsonString(*json, "commentary");
    if (codePointLength(commentary) > kMaxCommentary)
        return fieldError(QStringLiteral("/commentary :: length must be at most %1").arg(kMaxCommentary));
    if (!QStringList{QStringLiteral("PUBLIC"), QStringLiteral("CONNECTIONS"), QStringLiteral("LOGGED_IN")}.contains(jsonString(*json, "visibility")))
        return fieldError(QStringLiteral("/visibility :: must be one of PUBLIC, CONNECTIONS, LOGGED_IN"));
    const Json distribution = json->value("distribution", Json());
    if (!QStringList{QStringLiteral("MAIN_FEED"), QStringLiteral("NONE")}.contains(jsonString(distribution, "feedDistribution")))
        return fieldError(QStringLiteral("/distribution/feedDistribution :: must be MAIN_FEED or NONE"));
    if (!QStringList{QStringLiteral("PUBLISHED"), QStringLiteral("DRAFT")}.contains(jsonString(*json, "lifecycleState")))
        return fieldError(QStringLiteral("/lifecycleState :: must be PUBLISHED or DRAFT"));
    if (json->contains("content")) {
        const Json content = (*json)["content"];
        QStringList ids;
        if (content.contains("media"))
            ids.append(jsonString(content["media"], "id"));
        if (content.contains("multiImage") && content["multiImage"].contains("images") && content["multiImage"]["images"].is_array()) {
            for (const Json &image : content["multiImage"]["images"])
                ids.append(jsonString(image, "id"));
            if (ids.size() < 2 || ids.size() > 20)
                return fieldError(QStringLiteral("/content/multiImage/images :: 2 to 20 images"));
        }
        for (const QString &id : std::as_const(ids)) {
            const auto image = m_images.find(id);
            if (image == m_images.end() || !image->second)
                return fieldError(QStringLiteral("/content/media/id :: %1 is not an uploaded image").arg(id));
        }
    }
    for (const auto &[urn, post] : m_posts) {
        if (!commentary.isEmpty() && post.commentary == commentary)
            return SandboxReply::json(422, Json{{"message", toStd(QStringLiteral("Content is a duplicate of %1").arg(urn))}, {"status", 422}});
    }
    const QString urn = QStringLiteral("urn:li:share:") + m_context.numericId(QStringLiteral("70123"));
    m_posts[urn] = Post{commentary, author, m_context.clock.nowSecs() * 1000};
    SandboxReply reply = SandboxReply::empty(201);
    reply.withHeader("x-restli-id", urn.toUtf8());
    return reply;
}

SandboxReply LinkedInEmulator::postsByAuthor(const SandboxRequest &request, const TokenCheck &check) const
{
    if (request.queryValue(QStringLiteral("q")) != QLatin1String("author"))
        return liError(400, 0, nullptr, QStringLiteral("Finder q=author is required"));
    const QString author = request.queryValue(QStringLiteral("author"));
    const bool organisation = author.startsWith(QLatin1String("urn:li:organization:"));
    if (!organisation && author != QLatin1String("urn:li:person:") + check.grant.userId)
        return liError(403, 100, "ACCESS_DENIED", QStringLiteral("Not enough permissions to access: posts.FINDER-author.NO_VERSION"));
    if (!check.hasScope(organisation ? QStringLiteral("r_organization_social") : QStringLiteral("r_member_social")))
        return liError(403, 100, "ACCESS_DENIED", QStringLiteral("Not enough permissions to access: posts.FINDER-author.NO_VERSION"));
    bool ok = true;
    const int count = request.hasQuery(QStringLiteral("count")) ? request.queryValue(QStringLiteral("count")).toInt(&ok) : 10;
    if (!ok || count < 1 || count > 100)
        return liError(400, 0, nullptr, QStringLiteral("count must be between 1 and 100"));
    std::vector<std::pair<QString, const Post *>> mine;
    for (const auto &[urn, post] : m_posts) {
        if (post.author == author)
            mine.emplace_back(urn, &post);
    }
    std::sort(mine.begin(), mine.end(), [](const auto &a, const auto &b) { return a.second->createdAtMs != b.second->createdAtMs ? a.second->createdAtMs > b.second->createdAtMs : a.first > b.first; });
    Json elements = Json::array();
    for (const auto &[urn, post] : mine) {
        if (int(elements.size()) >= count)
            break;
        elements.push_back(Json{{"id", toStd(urn)}, {"author", toStd(post->author)}, {"commentary", toStd(post->commentary)},
                                {"createdAt", post->createdAtMs}, {"lastModifiedAt", post->createdAtMs}, {"lifecycleState", "PUBLISHED"},
                                {"visibility", "PUBLIC"}});
    }
    return SandboxReply::json(200, Json{{"elements", elements}, {"paging", {{"start", 0}, {"count", count}, {"links", Json::array()}}}});
}

SandboxReply LinkedInEmulator::faultReply(FaultKind kind, const FaultRule &rule, const SandboxRequest &request)
{
    Q_UNUSED(request);
    switch (kind) {
    case FaultKind::RateLimit:
        return liError(429, 0, "TOO_MANY_REQUESTS", QStringLiteral("Resource level throttle APPLICATION DAY limit for calls to this resource is reached."))
            .withHeader("Retry-After", QByteArray::number(rule.retryAfterSecs));
    case FaultKind::ServerError: return liError(rule.status ? rule.status : 500, 0, nullptr, QStringLiteral("Internal Server Error"));
    case FaultKind::TokenExpired: return liError(401, 65601, "EXPIRED_ACCESS_TOKEN", QStringLiteral("The token used in the request has expired"));
    case FaultKind::TokenInvalid: return liError(401, 65600, "INVALID_ACCESS_TOKEN", QStringLiteral("Invalid access token"));
    case FaultKind::Policy: return liError(403, 100, "ACCESS_DENIED", QStringLiteral("This member is restricted from creating content."));
    case FaultKind::Slow:
    case FaultKind::DropAfterAccept: break;
    }
    return SandboxReply::empty(500);
}

} // namespace cf::sandbox
