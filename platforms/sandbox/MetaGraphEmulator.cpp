#include "platforms/sandbox/MetaGraphEmulator.h"

#include "platforms/sandbox/OAuthPages.h"

#include <QMessageAuthenticationCode>
#include <QRegularExpression>

namespace cf::sandbox {

namespace {
const QString kRealm = QStringLiteral("meta");

QString metaTokenOf(const SandboxRequest &request, const GraphParams &params)
{
    if (params.has("access_token"))
        return params.str("access_token");
    const QByteArray auth = request.header("Authorization");
    for (const QByteArray &scheme : {QByteArray("OAuth "), QByteArray("Bearer ")}) {
        if (auth.startsWith(scheme))
            return QString::fromUtf8(auth.mid(scheme.size()).trimmed());
    }
    return {};
}

// Only the requested fields (plus id), as Graph does with ?fields=.
Json selectFields(const Json &full, const QStringList &fields, const QStringList &defaults)
{
    const QStringList wanted = fields.isEmpty() ? defaults : fields;
    Json out = Json::object();
    for (const QString &field : wanted) {
        const std::string key = toStd(field);
        if (full.contains(key))
            out[key] = full[key];
    }
    if (full.contains("id"))
        out["id"] = full["id"];
    return out;
}
} // namespace

MetaGraphEmulator::MetaGraphEmulator(SandboxContext &context)
    : PlatformEmulator(context)
    , m_pages(context)
    , m_instagram(context)
    , m_ads(context)
{
}

QList<HostRoute> MetaGraphEmulator::routes() const
{
    return {{QStringLiteral("www.facebook.com"), QStringLiteral("www.facebook.com")},
            {QStringLiteral("graph.facebook.com"), QStringLiteral("graph.facebook.com")},
            {QStringLiteral("rupload.facebook.com"), QStringLiteral("rupload.facebook.com")}};
}

void MetaGraphEmulator::reset()
{
    m_pages.reset();
    m_instagram.reset();
    m_ads.reset();
    m_insights.reset();
}

AuthorizeProfile MetaGraphEmulator::authorizeProfile() const
{
    AuthorizeProfile profile;
    profile.realm = kRealm;
    profile.title = QStringLiteral("Facebook");
    profile.scopeSeparator = QLatin1Char(',');
    profile.knownScopes = {
        QStringLiteral("public_profile"), QStringLiteral("email"), QStringLiteral("openid"), QStringLiteral("pages_show_list"),
        QStringLiteral("pages_manage_posts"), QStringLiteral("pages_read_engagement"), QStringLiteral("pages_manage_engagement"),
        QStringLiteral("pages_read_user_engagement"), QStringLiteral("pages_manage_metadata"), QStringLiteral("pages_manage_ads"),
        QStringLiteral("publish_video"), QStringLiteral("business_management"), QStringLiteral("instagram_basic"),
        QStringLiteral("instagram_content_publish"), QStringLiteral("instagram_manage_insights"), QStringLiteral("instagram_manage_comments"),
        QStringLiteral("ads_management"), QStringLiteral("ads_read"), QStringLiteral("read_insights")};
    profile.scopeRequired = false; // public_profile is implied
    profile.pkce = PkceRule::Optional;
    profile.pkceMethods = {{QStringLiteral("S256"), PkceMethod::S256}};
    profile.responseTypes = {QStringLiteral("code"), QStringLiteral("token")};
    profile.codeTtlSecs = 600;
    profile.implicitTokenTtlSecs = kShortLivedSecs;
    profile.userId = m_context.seed.metaUser.id;
    return profile;
}

SandboxReply MetaGraphEmulator::handle(const SandboxRequest &request)
{
    if (request.host == QLatin1String("www.facebook.com")) {
        static const QRegularExpression dialog(QStringLiteral("^(/v\\d+\\.\\d+)?/dialog/oauth/?$"));
        if (dialog.match(request.path).hasMatch())
            return m_context.oauth.authorize(authorizeProfile(), request);
        if (request.path == QLatin1String("/connect/login_success.html"))
            return SandboxReply::html(200, redirectLandingHtml(QStringLiteral("Facebook")));
        return notFoundText(request);
    }
    if (request.host == QLatin1String("rupload.facebook.com")) {
        // Instagram's video upload host takes the token only in the header.
        const QByteArray auth = request.header("Authorization");
        const QString token = auth.startsWith("OAuth ") ? QString::fromUtf8(auth.mid(6).trimmed()) : QString();
        return m_instagram.upload(request, m_context.oauth.check(kRealm, token));
    }
    return handleGraph(request);
}

bool MetaGraphEmulator::appSecretProofValid(const MetaCall &call) const
{
    if (!call.params.has("appsecret_proof"))
        return true;
    const OAuthApp *app = m_context.seed.app(kRealm, call.token.grant.clientId);
    if (!app)
        return false;
    const QByteArray expected = QMessageAuthenticationCode::hash(call.rawToken.toUtf8(), app->clientSecret.toUtf8(),
                                                                 QCryptographicHash::Sha256)
                                    .toHex();
    return call.params.str("appsecret_proof").toLatin1() == expected;
}

SandboxReply MetaGraphEmulator::handleGraph(const SandboxRequest &request)
{
    static const QRegularExpression versioned(QStringLiteral("^/v(\\d+)\\.(\\d+)(/.*)?$"));
    QString rest = request.path;
    int version = 0;
    const auto match = versioned.match(request.path);
    if (match.hasMatch()) {
        version = match.captured(1).toInt();
        rest = match.captured(3);
        if (version < kOldestVersion || match.captured(2) != QLatin1String("0"))
            return graphError(400, 2635, QStringLiteral("(#2635) You are calling a deprecated version of the Graph API. Please update to the latest version: v%1.0.").arg(kNewestVersion));
        if (version > kNewestVersion)
            return graphError(400, 2500, QStringLiteral("Unknown path components: /v%1.%2").arg(match.captured(1), match.captured(2)));
    }
    MetaCall call{request, {}, rest.split(QLatin1Char('/'), Qt::SkipEmptyParts), version, {}, {}};
    if (!call.params.read(request))
        return graphInvalidParameter(QStringLiteral("The request body could not be read."));
    if (call.segments.isEmpty())
        return graphUnsupported(request.method, QString());
    if (call.segments.first() == QLatin1String("oauth") && call.segments.size() == 2 && call.segments[1] == QLatin1String("access_token"))
        return accessToken(call);

    call.rawToken = metaTokenOf(request, call.params);
    call.token = m_context.oauth.check(kRealm, call.rawToken);
    const bool aboutMe = call.segments.first() == QLatin1String("me");
    if (!call.token.ok())
        return graphTokenError(call.token, call.rawToken, aboutMe, m_context.clock.nowSecs());
    if (!appSecretProofValid(call))
        return graphInvalidParameter(QStringLiteral("Invalid appsecret_proof provided in the API argument"));

    if (aboutMe) {
        if (call.segments.size() == 1 && request.method == "GET")
            return me(call);
        const QString edge = call.segments.value(1);
        if (call.segments.size() == 2 && edge == QLatin1String("accounts") && request.method == "GET")
            return meAccounts(call);
        if (call.segments.size() == 2 && edge == QLatin1String("adaccounts") && request.method == "GET")
            return meAdAccounts(call);
        if (call.segments.size() == 2 && edge == QLatin1String("permissions"))
            return permissions(call);
        return graphUnsupported(request.method, QStringLiteral("me"));
    }
    if (auto reply = m_insights.handle(call))
        return *reply;
    if (auto reply = m_ads.handle(call))
        return *reply;
    if (auto reply = m_instagram.handle(call))
        return *reply;
    if (auto reply = m_pages.handle(call))
        return *reply;
    if (const SandboxSeed::Page *seeded = m_context.seed.page(call.segments.first()); seeded && call.segments.size() == 1
        && request.method == "GET")
        return page(call, *seeded);
    return graphUnsupported(request.method, call.segments.first());
}

SandboxReply MetaGraphEmulator::accessToken(MetaCall &call)
{
    const GraphParams &p = call.params;
    if (call.request.method != "GET" && call.request.method != "POST")
        return graphUnsupported(call.request.method, QStringLiteral("oauth"));
    if (!p.has("client_id"))
        return graphError(400, 101, QStringLiteral("Missing client_id parameter."));
    ClientCredentials client{p.str("client_id"), p.str("client_secret"), p.has("client_secret")};
    const OAuthApp *app = m_context.seed.app(kRealm, client.clientId);
    if (!app)
        return graphError(400, 101, QStringLiteral("Error validating application. Invalid application ID."));

    TokenPolicy policy;
    policy.accessTtlSecs = kShortLivedSecs;
    policy.refresh = TokenPolicy::Refresh::None; // Meta has no refresh grant
    policy.accessPrefix = QStringLiteral("EAAB");

    if (p.str("grant_type") == QLatin1String("fb_exchange_token")) {
        if (!client.secretGiven)
            return graphError(400, 1, QStringLiteral("Missing client_secret parameter."));
        if (client.clientSecret != app->clientSecret)
            return graphError(400, 1, QStringLiteral("Error validating client secret."));
        const QString shortToken = p.str("fb_exchange_token");
        const TokenCheck check = m_context.oauth.check(kRealm, shortToken);
        if (!check.ok())
            return graphTokenError(check, shortToken, false, m_context.clock.nowSecs());
        if (check.grant.kind == QLatin1String("page"))
            return graphInvalidParameter(QStringLiteral("fb_exchange_token must be a user access token."));
        AccessGrant longLived = check.grant;
        longLived.kind = QStringLiteral("long_lived");
        longLived.expiresAt = m_context.clock.nowSecs() + kLongLivedSecs;
        longLived.code.clear();
        const QString token = m_context.oauth.issueAccess(longLived, QStringLiteral("EAAB"));
        return SandboxReply::json(200, Json{{"access_token", toStd(token)}, {"token_type", "bearer"}, {"expires_in", kLongLivedSecs}});
    }
    if (p.has("grant_type") && p.str("grant_type") != QLatin1String("authorization_code"))
        return graphError(400, 100, QStringLiteral("Unsupported grant_type: %1").arg(p.str("grant_type")));
    if (!p.has("redirect_uri"))
        return graphError(400, 100, QStringLiteral("Missing redirect_uri parameter."));
    if (!p.has("code"))
        return graphError(400, 100, QStringLiteral("Missing code parameter."));
    std::optional<QString> verifier;
    if (p.has("code_verifier"))
        verifier = p.str("code_verifier");
    const TokenResult result = m_context.oauth.exchangeCode(kRealm, client, p.str("code"), p.str("redirect_uri"), verifier, policy);
    if (const auto *failure = std::get_if<OAuthFailure>(&result)) {
        switch (failure->reason) {
        case OAuthReason::SecretMissing: return graphError(400, 1, QStringLiteral("Missing client_secret parameter."));
        case OAuthReason::SecretWrong: return graphError(400, 1, QStringLiteral("Error validating client secret."));
        case OAuthReason::CodeUsed: return graphError(400, 100, QStringLiteral("This authorization code has been used."), 36009);
        case OAuthReason::CodeExpired: return graphError(400, 100, QStringLiteral("This authorization code has expired."), 36007);
        case OAuthReason::RedirectMismatch:
            return graphError(400, 100, QStringLiteral("Error validating verification code. Please make sure your redirect_uri is identical to the one you used in the OAuth dialog request"), 36008);
        case OAuthReason::CodeUnknown: return graphError(400, 100, QStringLiteral("Invalid verification code format."));
        default: return graphError(400, 100, failure->description);
        }
    }
    const IssuedTokens &tokens = std::get<IssuedTokens>(result);
    return SandboxReply::json(200, Json{{"access_token", toStd(tokens.accessToken)}, {"token_type", "bearer"}, {"expires_in", tokens.expiresIn}});
}

SandboxReply MetaGraphEmulator::me(MetaCall &call)
{
    if (call.token.grant.kind == QLatin1String("page")) {
        const SandboxSeed::Page *seeded = m_context.seed.page(call.token.grant.subject);
        if (!seeded)
            return graphUnsupported(call.request.method, QStringLiteral("me"));
        return page(call, *seeded);
    }
    const SandboxSeed::Person &user = m_context.seed.metaUser;
    Json full{{"id", toStd(user.id)}, {"name", toStd(user.name)}};
    if (call.token.hasScope(QStringLiteral("email")))
        full["email"] = toStd(user.email);
    return SandboxReply::json(200, selectFields(full, call.params.fields(), {QStringLiteral("name")}));
}

SandboxReply MetaGraphEmulator::meAccounts(MetaCall &call)
{
    if (call.token.grant.kind == QLatin1String("page"))
        return graphError(400, 100, QStringLiteral("(#100) Tried accessing nonexisting field (accounts) on node type (Page)"));
    if (!call.token.hasScope(QStringLiteral("pages_show_list")))
        return graphMissingPermission(QStringLiteral("pages_show_list"));
    Json data = Json::array();
    for (const SandboxSeed::Page &seeded : m_context.seed.pages) {
        // Page tokens from a long-lived user token do not expire; otherwise
        // they end with the user token they came from.
        AccessGrant pageGrant = call.token.grant;
        pageGrant.kind = QStringLiteral("page");
        pageGrant.subject = seeded.id;
        pageGrant.code.clear();
        if (call.token.grant.kind == QLatin1String("long_lived"))
            pageGrant.expiresAt = 0;
        Json full{{"id", toStd(seeded.id)},
                  {"name", toStd(seeded.name)},
                  {"category", toStd(seeded.category)},
                  {"category_list", Json::array({{{"id", "2201"}, {"name", toStd(seeded.category)}}})},
                  {"tasks", {"ADVERTISE", "ANALYZE", "CREATE_CONTENT", "MESSAGING", "MODERATE", "MANAGE"}},
                  {"access_token", toStd(m_context.oauth.issueAccess(pageGrant, QStringLiteral("EAAB")))}};
        if (!seeded.instagramId.isEmpty())
            full["instagram_business_account"] = {{"id", toStd(seeded.instagramId)}};
        data.push_back(selectFields(full, call.params.fields(),
                                    {QStringLiteral("access_token"), QStringLiteral("category"), QStringLiteral("category_list"),
                                     QStringLiteral("name"), QStringLiteral("tasks")}));
    }
    Json body{{"data", data}};
    if (!data.empty())
        body["paging"] = {{"cursors", {{"before", "QVFIUkJlZA"}, {"after", "QVFIUkFmdA"}}}};
    return SandboxReply::json(200, body);
}

SandboxReply MetaGraphEmulator::meAdAccounts(MetaCall &call)
{
    if (!call.token.hasScope(QStringLiteral("ads_read")) && !call.token.hasScope(QStringLiteral("ads_management")))
        return graphMissingPermission(QStringLiteral("ads_read"));
    Json data = Json::array();
    for (const SandboxSeed::AdAccount &account : m_context.seed.metaAdAccounts) {
        Json full{{"id", toStd(QStringLiteral("act_") + account.id)}, {"account_id", toStd(account.id)}, {"name", toStd(account.name)},
                  {"currency", toStd(account.currency)}, {"account_status", 1}, {"timezone_name", toStd(account.timezone)}};
        data.push_back(selectFields(full, call.params.fields(), {QStringLiteral("account_id")}));
    }
    return SandboxReply::json(200, Json{{"data", data}});
}

SandboxReply MetaGraphEmulator::permissions(MetaCall &call)
{
    if (call.request.method == "DELETE") {
        m_context.oauth.revokeUser(kRealm, call.token.grant.userId);
        return SandboxReply::json(200, Json{{"success", true}});
    }
    if (call.request.method != "GET")
        return graphUnsupported(call.request.method, QStringLiteral("me"));
    Json data = Json::array();
    QStringList granted = call.token.grant.scopes;
    if (!granted.contains(QStringLiteral("public_profile")))
        granted.append(QStringLiteral("public_profile"));
    for (const QString &scope : std::as_const(granted))
        data.push_back({{"permission", toStd(scope)}, {"status", "granted"}});
    return SandboxReply::json(200, Json{{"data", data}});
}

SandboxReply MetaGraphEmulator::page(MetaCall &call, const SandboxSeed::Page &seeded)
{
    Json full{{"id", toStd(seeded.id)}, {"name", toStd(seeded.name)}, {"category", toStd(seeded.category)},
              {"link", toStd(QStringLiteral("https://www.facebook.com/%1").arg(seeded.id))}};
    if (!seeded.instagramId.isEmpty())
        full["instagram_business_account"] = {{"id", toStd(seeded.instagramId)}};
    return SandboxReply::json(200, selectFields(full, call.params.fields(), {QStringLiteral("name")}));
}

SandboxReply MetaGraphEmulator::faultReply(FaultKind kind, const FaultRule &rule, const SandboxRequest &request)
{
    const bool ads = m_ads.ownsPath(request.path);
    const bool instagram = m_instagram.ownsPath(request.path);
    switch (kind) {
    case FaultKind::RateLimit: {
        // Meta sends no Retry-After: the wait is in the usage headers (minutes).
        const qint64 minutes = (rule.retryAfterSecs + 59) / 60;
        SandboxReply reply;
        if (ads)
            reply = graphError(400, 613, QStringLiteral("(#613) There have been too many calls from this ad-account. Please wait a bit and try again."), 1487742);
        else if (instagram)
            reply = graphError(400, 4, QStringLiteral("(#4) Application request limit reached"));
        else
            reply = graphError(400, 32, QStringLiteral("(#32) Page request limit reached"));
        const QString owner = m_context.seed.pages.empty() ? QStringLiteral("0") : m_context.seed.pages.front().id;
        const Json buc{{toStd(owner), Json::array({{{"type", ads ? "ads_management" : "pages"}, {"call_count", 100}, {"total_cputime", 42},
                                                     {"total_time", 57}, {"estimated_time_to_regain_access", minutes}}})}};
        reply.withHeader("x-app-usage", toBytes(Json{{"call_count", 100}, {"total_cputime", 42}, {"total_time", 57}}));
        reply.withHeader("x-business-use-case-usage", toBytes(buc));
        return reply;
    }
    case FaultKind::ServerError:
        return graphError(rule.status ? rule.status : 500, 2, QStringLiteral("An unexpected error has occurred. Please retry your request later."), 0,
                          QStringLiteral("OAuthException"), Json{{"is_transient", true}});
    case FaultKind::TokenExpired: {
        TokenCheck expired;
        expired.state = TokenState::Expired;
        expired.grant.expiresAt = m_context.clock.nowSecs() - 60;
        return graphTokenError(expired, QString(), false, m_context.clock.nowSecs());
    }
    case FaultKind::TokenInvalid: return graphError(400, 190, QStringLiteral("Invalid OAuth access token."), 467);
    case FaultKind::Policy:
        if (instagram)
            return graphError(400, 9, QStringLiteral("The action is blocked: this account is restricted from publishing."), 2207051,
                              QStringLiteral("OAuthException"), Json{{"error_user_title", "Action is blocked"}});
        return graphError(400, 368, QStringLiteral("(#368) The action attempted has been deemed abusive or is otherwise disallowed"), 1346003,
                          QStringLiteral("OAuthException"), Json{{"error_user_title", "Blocked from posting"}});
    case FaultKind::Slow:
    case FaultKind::DropAfterAccept: break;
    }
    return graphError(500, 1, QStringLiteral("An unknown error occurred"));
}

} // namespace cf::sandbox
