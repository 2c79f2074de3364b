#include "platforms/sandbox/TikTokBusinessEmulator.h"

namespace cf::sandbox {

namespace {
const QString kRealm = QStringLiteral("tiktok_business");

SandboxReply envelope(int code, const QString &message, const Json &data = Json::object())
{
    return tiktokBusinessEnvelope(code, message, data);
}
} // namespace

QList<HostRoute> TikTokBusinessEmulator::routes() const
{
    return {{QStringLiteral("business-api.tiktok.com"), QStringLiteral("business-api.tiktok.com")}};
}

SandboxReply TikTokBusinessEmulator::handle(const SandboxRequest &request)
{
    if (request.path == QLatin1String("/portal/auth")) {
        AuthorizeProfile profile;
        profile.realm = kRealm;
        profile.title = QStringLiteral("TikTok For Business");
        profile.clientIdParam = QStringLiteral("app_id");
        profile.scopeRequired = false;
        profile.responseTypes.clear();
        profile.codeParams = {QStringLiteral("auth_code"), QStringLiteral("code")};
        profile.codeTtlSecs = 3600;
        profile.userId = QStringLiteral("tiktok-business-user");
        return m_context.oauth.authorize(profile, request);
    }
    const auto json = request.json();
    if (request.path == QLatin1String("/open_api/v1.3/oauth2/access_token/") || request.path == QLatin1String("/open_api/v1.3/oauth2/revoke_token/")) {
        if (request.method != "POST" || request.contentType() != "application/json" || !json || !json->is_object())
            return envelope(40002, QStringLiteral("The request body must be JSON"));
        const ClientCredentials client{jsonString(*json, "app_id"), jsonString(*json, "secret"), json->contains("secret")};
        if (m_context.oauth.authenticateClient(kRealm, client, true))
            return envelope(40101, QStringLiteral("The app_id or secret is invalid."));
        if (request.path.endsWith(QLatin1String("revoke_token/"))) {
            if (!m_context.oauth.revoke(kRealm, jsonString(*json, "access_token")))
                return envelope(40105, QStringLiteral("The access token is invalid."));
            return envelope(0, QStringLiteral("OK"));
        }
        TokenPolicy policy;
        policy.accessTtlSecs = 0;
        policy.refresh = TokenPolicy::Refresh::None;
        const TokenResult result = m_context.oauth.exchangeCode(kRealm, client, jsonString(*json, "auth_code"), std::nullopt, std::nullopt, policy);
        if (std::holds_alternative<OAuthFailure>(result))
            return envelope(40110, QStringLiteral("auth_code is invalid or expired."));
        Json ids = Json::array();
        for (const SandboxSeed::AdAccount &advertiser : m_context.seed.tiktokAdvertisers)
            ids.push_back(toStd(advertiser.id));
        return envelope(0, QStringLiteral("OK"), Json{{"access_token", toStd(std::get<IssuedTokens>(result).accessToken)},
                                                      {"advertiser_ids", ids}, {"scope", {4, 5, 6}}});
    }
    const TokenCheck check = m_context.oauth.check(kRealm, QString::fromUtf8(request.header("Access-Token")));
    if (!check.ok())
        return envelope(40105, QStringLiteral("Access token is incorrect or has been revoked."));
    if (TikTokAdsApi::handles(request.path))
        return m_ads.handle(request);
    if (TikTokReportApi::handles(request.path))
        return m_report.handle(request);
    if (request.path == QLatin1String("/open_api/v1.3/oauth2/advertiser/get/") && request.method == "GET") {
        const ClientCredentials client{request.queryValue(QStringLiteral("app_id")), request.queryValue(QStringLiteral("secret")),
                                       request.hasQuery(QStringLiteral("secret"))};
        if (m_context.oauth.authenticateClient(kRealm, client, true))
            return envelope(40101, QStringLiteral("The app_id or secret is invalid."));
        Json list = Json::array();
        for (const SandboxSeed::AdAccount &advertiser : m_context.seed.tiktokAdvertisers)
            list.push_back({{"advertiser_id", toStd(advertiser.id)}, {"advertiser_name", toStd(advertiser.name)}});
        return envelope(0, QStringLiteral("OK"), Json{{"list", list}});
    }
    return SandboxReply::json(404, Json{{"code", 40000}, {"message", "Not found"}, {"data", Json::object()}});
}

SandboxReply TikTokBusinessEmulator::faultReply(FaultKind kind, const FaultRule &rule, const SandboxRequest &request)
{
    switch (kind) {
    case FaultKind::RateLimit:
        return envelope(40100, QStringLiteral("Due to too many requests, requests from App are temporarily restricted. Please try again later."));
    case FaultKind::ServerError:
        return rule.status ? SandboxReply::json(rule.status, Json{{"code", 50000}, {"message", "System error"}, {"data", Json::object()}})
                           : envelope(50000, QStringLiteral("System error, please try again later."));
    case FaultKind::TokenExpired: return envelope(40102, QStringLiteral("Access token has expired."));
    case FaultKind::TokenInvalid: return envelope(40105, QStringLiteral("Access token is incorrect or has been revoked."));
    case FaultKind::Policy:
        // On the ads routes a policy fault is the ad review refusing the content.
        if (TikTokAdsApi::handles(request.path))
            return envelope(40002, QStringLiteral("ad_text: The ad content violates TikTok advertising policies (prohibited content)."));
        return envelope(40001, QStringLiteral("No permission to operate this advertiser."));
    case FaultKind::Slow:
    case FaultKind::DropAfterAccept: break;
    }
    return envelope(50000, QStringLiteral("System error"));
}

} // namespace cf::sandbox
