#include "platforms/sandbox/MailchimpEmulator.h"

namespace cf::sandbox {

namespace {
const QString kRealm = QStringLiteral("mailchimp");

SandboxReply problem(int status, const char *title, const QString &detail)
{
    return mailchimpProblem(status, title, detail);
}

QString tokenOf(const SandboxRequest &request)
{
    const QByteArray auth = request.header("Authorization");
    for (const QByteArray &scheme : {QByteArray("OAuth "), QByteArray("Bearer ")}) {
        if (auth.startsWith(scheme))
            return QString::fromUtf8(auth.mid(scheme.size()).trimmed());
    }
    return {};
}
} // namespace

QList<HostRoute> MailchimpEmulator::routes() const
{
    return {{QStringLiteral("login.mailchimp.com"), QStringLiteral("login.mailchimp.com")},
            {QStringLiteral("*.api.mailchimp.com"), QStringLiteral("mailchimp")}};
}

SandboxReply MailchimpEmulator::handle(const SandboxRequest &request)
{
    if (request.host == QLatin1String("mailchimp"))
        return marketing(request);
    if (request.path == QLatin1String("/oauth2/authorize")) {
        AuthorizeProfile profile;
        profile.realm = kRealm;
        profile.title = QStringLiteral("Mailchimp");
        profile.scopeRequired = false;
        profile.userId = QStringLiteral("mc-user-1");
        return m_context.oauth.authorize(profile, request);
    }
    if (request.path == QLatin1String("/oauth2/token")) {
        FormTokenOptions options{kRealm, {}};
        options.policy.accessTtlSecs = 0;
        options.policy.refresh = TokenPolicy::Refresh::None;
        const TokenResult result = formTokenGrant(m_context.oauth, request, options);
        if (const auto *failure = std::get_if<OAuthFailure>(&result))
            return oauthErrorReply(*failure);
        return SandboxReply::json(200, Json{{"access_token", toStd(std::get<IssuedTokens>(result).accessToken)}, {"expires_in", 0}, {"scope", nullptr}});
    }
    if (request.path == QLatin1String("/oauth2/metadata") && request.method == "GET") {
        if (!request.header("Authorization").startsWith("OAuth "))
            return SandboxReply::json(200, Json{{"error", "invalid_token"}, {"error_description", "Authorization: OAuth {token} is required"}});
        const TokenCheck check = m_context.oauth.check(kRealm, tokenOf(request));
        if (!check.ok())
            return SandboxReply::json(200, Json{{"error", "invalid_token"}});
        const QString dc = m_context.seed.mailchimpDc;
        return SandboxReply::json(200, Json{{"dc", toStd(dc)}, {"role", "owner"}, {"accountname", toStd(m_context.seed.mailchimpAccountName)},
                                            {"user_id", 12345678}, {"login_url", "https://login.mailchimp.com"},
                                            {"api_endpoint", toStd(QStringLiteral("https://%1.api.mailchimp.com").arg(dc))},
                                            {"login", {{"email", toStd(m_context.seed.mailchimpLoginEmail)}, {"login_id", 87654321},
                                                       {"login_name", "noura"}, {"login_email", toStd(m_context.seed.mailchimpLoginEmail)}}}});
    }
    return notFoundText(request);
}

SandboxReply MailchimpEmulator::marketing(const SandboxRequest &request)
{
    const QString token = tokenOf(request);
    if (token.isEmpty())
        return problem(401, "API Key Missing", QStringLiteral("Your request did not include an API key."));
    const TokenCheck check = m_context.oauth.check(kRealm, token);
    if (!check.ok())
        return problem(401, "API Key Invalid", QStringLiteral("Your API key may be invalid, or you've attempted to access the wrong datacenter."));
    if (MailchimpCampaigns::handles(request))
        return m_campaigns.handle(request);
    if (EmailStatsApi::handlesMailchimp(request))
        return m_stats.mailchimpReport(request);
    if (request.method != "GET")
        return problem(405, "Method Not Allowed", QStringLiteral("The requested method and resource are not compatible."));
    if (request.path == QLatin1String("/3.0/ping"))
        return SandboxReply::json(200, Json{{"health_status", "Everything's Chimpy!"}});
    if (request.path == QLatin1String("/3.0/") || request.path == QLatin1String("/3.0"))
        return SandboxReply::json(200, Json{{"account_id", "8d3a3db4d97663a9074efcc16"}, {"account_name", toStd(m_context.seed.mailchimpAccountName)},
                                            {"email", toStd(m_context.seed.mailchimpLoginEmail)}, {"role", "owner"}});
    if (request.path == QLatin1String("/3.0/lists"))
        return SandboxReply::json(200, Json{{"lists", Json::array({{{"id", toStd(m_context.seed.mailchimpListId)}, {"name", "Main"},
                                                                    {"stats", {{"member_count", 250}}},
                                                                    {"campaign_defaults", {{"from_name", toStd(m_context.seed.mailchimpAccountName)},
                                                                                           {"from_email", toStd(m_context.seed.mailchimpLoginEmail)},
                                                                                           {"subject", ""}, {"language", "en"}}}}})},
                                            {"total_items", 1}});
    return problem(404, "Resource Not Found", QStringLiteral("The requested resource could not be found."));
}

SandboxReply MailchimpEmulator::faultReply(FaultKind kind, const FaultRule &rule, const SandboxRequest &request)
{
    Q_UNUSED(request);
    switch (kind) {
    case FaultKind::RateLimit:
        return problem(429, "Too Many Requests", QStringLiteral("You have exceeded the limit of 10 simultaneous connections."))
            .withHeader("Retry-After", QByteArray::number(rule.retryAfterSecs));
    case FaultKind::ServerError: return problem(rule.status ? rule.status : 500, "Internal Server Error", QStringLiteral("An unexpected internal error has occurred."));
    case FaultKind::TokenExpired:
    case FaultKind::TokenInvalid: return problem(401, "API Key Invalid", QStringLiteral("API key has been disabled"));
    case FaultKind::Policy: return problem(403, "Forbidden", QStringLiteral("This account has been suspended for a compliance review."));
    case FaultKind::Slow:
    case FaultKind::DropAfterAccept: break;
    }
    return SandboxReply::empty(500);
}

} // namespace cf::sandbox
