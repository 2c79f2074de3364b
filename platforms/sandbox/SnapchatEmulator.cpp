#include "platforms/sandbox/SnapchatEmulator.h"

namespace cf::sandbox {

namespace {
const QString kRealm = QStringLiteral("snapchat");

SandboxReply snapError(int status, const char *code, const QString &message)
{
    return snapchatError(status, code, message);
}

SandboxReply snapUnauthorized()
{
    return SandboxReply::json(401, Json{{"request_status", "ERROR"}, {"request_id", toStd(randomToken(12))},
                                        {"debug_message", "Unauthorized"}, {"display_message", "Unauthorized"}})
        .withHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
}
} // namespace

QList<HostRoute> SnapchatEmulator::routes() const
{
    return {{QStringLiteral("accounts.snapchat.com"), QStringLiteral("accounts.snapchat.com")},
            {QStringLiteral("adsapi.snapchat.com"), QStringLiteral("adsapi.snapchat.com")}};
}

SandboxReply SnapchatEmulator::handle(const SandboxRequest &request)
{
    if (request.host == QLatin1String("accounts.snapchat.com")) {
        if (request.path == QLatin1String("/login/oauth2/authorize")) {
            AuthorizeProfile profile;
            profile.realm = kRealm;
            profile.title = QStringLiteral("Snapchat");
            profile.knownScopes = {QStringLiteral("snapchat-marketing-api"), QStringLiteral("snapchat-offline-conversions-api"),
                                   QStringLiteral("snapchat-profile-api")};
            profile.userId = m_context.seed.snapchatUser.id;
            return m_context.oauth.authorize(profile, request);
        }
        if (request.path == QLatin1String("/login/oauth2/access_token")) {
            FormTokenOptions options{kRealm, {}};
            options.policy.accessTtlSecs = 3600;
            options.policy.refresh = TokenPolicy::Refresh::Rotate;
            const TokenResult result = formTokenGrant(m_context.oauth, request, options);
            if (const auto *failure = std::get_if<OAuthFailure>(&result))
                return oauthErrorReply(*failure);
            return SandboxReply::json(200, standardTokenJson(std::get<IssuedTokens>(result), QStringLiteral(" ")));
        }
        return notFoundText(request);
    }
    const TokenCheck check = m_context.oauth.check(kRealm, request.bearerToken());
    if (!check.ok())
        return snapUnauthorized();
    if (SnapchatStatsApi::handles(request.path))
        return m_stats.handle(request);
    if (SnapchatAdsApi::handles(request.path))
        return m_ads.handle(request, request.bearerToken());
    if (request.method != "GET")
        return snapError(405, "E1001", QStringLiteral("Method not allowed"));
    const QString requestId = randomToken(12);
    const QString org = m_context.seed.snapchatOrganizationId;
    if (request.path == QLatin1String("/v1/me")) {
        const SandboxSeed::Person &user = m_context.seed.snapchatUser;
        return SandboxReply::json(200, Json{{"request_status", "SUCCESS"}, {"request_id", toStd(requestId)},
                                            {"me", {{"id", toStd(user.id)}, {"email", toStd(user.email)}, {"organization_id", toStd(org)},
                                                    {"display_name", toStd(user.name)}, {"member_status", "MEMBER"}}}});
    }
    if (request.path == QLatin1String("/v1/me/organizations"))
        return SandboxReply::json(200, Json{{"request_status", "SUCCESS"}, {"request_id", toStd(requestId)},
                                            {"organizations", Json::array({{{"sub_request_status", "SUCCESS"},
                                                                            {"organization", {{"id", toStd(org)}, {"name", toStd(m_context.seed.snapchatOrganizationName)},
                                                                                              {"type", "ENTERPRISE"}, {"state", "ACTIVE"}}}}})}});
    if (request.path == QLatin1String("/v1/organizations/") + org + QLatin1String("/adaccounts")) {
        Json items = Json::array();
        for (const SandboxSeed::AdAccount &account : m_context.seed.snapchatAdAccounts)
            items.push_back({{"sub_request_status", "SUCCESS"},
                             {"adaccount", {{"id", toStd(account.id)}, {"name", toStd(account.name)}, {"type", "PARTNER"}, {"status", "ACTIVE"},
                                            {"organization_id", toStd(org)}, {"currency", toStd(account.currency)}, {"timezone", toStd(account.timezone)}}}});
        return SandboxReply::json(200, Json{{"request_status", "SUCCESS"}, {"request_id", toStd(requestId)}, {"adaccounts", items}});
    }
    if (request.path.startsWith(QLatin1String("/v1/organizations/")))
        return snapError(404, "E3003", QStringLiteral("Organization not found"));
    return snapError(404, "E3003", QStringLiteral("Resource not found"));
}

SandboxReply SnapchatEmulator::faultReply(FaultKind kind, const FaultRule &rule, const SandboxRequest &request)
{
    Q_UNUSED(request);
    switch (kind) {
    case FaultKind::RateLimit: return snapError(429, "E1008", QStringLiteral("Too many requests")); // Snap sends no rate headers
    case FaultKind::ServerError: return snapError(rule.status ? rule.status : 500, "E4001", QStringLiteral("Internal server error"));
    case FaultKind::TokenExpired:
    case FaultKind::TokenInvalid: return snapUnauthorized();
    case FaultKind::Policy: return snapError(403, "E1003", QStringLiteral("The ad account is disabled for a policy violation"));
    case FaultKind::Slow:
    case FaultKind::DropAfterAccept: break;
    }
    return SandboxReply::empty(500);
}

} // namespace cf::sandbox
