#include "platforms/sandbox/KitEmulator.h"

#include <QDateTime>

namespace cf::sandbox {

namespace {
const QString kRealm = QStringLiteral("kit");

SandboxReply kitErrors(int status, const QString &message)
{
    return SandboxReply::json(status, Json{{"errors", Json::array({toStd(message)})}});
}
} // namespace

QList<HostRoute> KitEmulator::routes() const
{
    return {{QStringLiteral("api.kit.com"), QStringLiteral("api.kit.com")}};
}

SandboxReply KitEmulator::handle(const SandboxRequest &request)
{
    if (request.path == QLatin1String("/v4/oauth/authorize")) {
        AuthorizeProfile profile;
        profile.realm = kRealm;
        profile.title = QStringLiteral("Kit");
        profile.scopeRequired = false;
        profile.knownScopes = {QStringLiteral("public"), QStringLiteral("read"), QStringLiteral("write")};
        profile.pkce = PkceRule::Optional;
        profile.pkceMethods = {{QStringLiteral("S256"), PkceMethod::S256}};
        profile.userId = m_context.seed.kitUser.id;
        return m_context.oauth.authorize(profile, request);
    }
    if (request.path == QLatin1String("/v4/oauth/token")) {
        FormTokenOptions options{kRealm, {}};
        options.acceptJson = true;
        options.policy.accessTtlSecs = 172800;
        options.policy.refresh = TokenPolicy::Refresh::Rotate;
        options.policy.secret = TokenPolicy::Secret::UnlessPublicWithPkce;
        const TokenResult result = formTokenGrant(m_context.oauth, request, options);
        if (const auto *failure = std::get_if<OAuthFailure>(&result))
            return oauthErrorReply(*failure);
        const IssuedTokens &tokens = std::get<IssuedTokens>(result);
        Json body = standardTokenJson(tokens, QStringLiteral(" "));
        body["scope"] = "public";
        body["created_at"] = m_context.clock.nowSecs();
        return SandboxReply::json(200, body);
    }
    const QByteArray apiKey = request.header("X-Kit-Api-Key");
    const TokenCheck check = m_context.oauth.check(kRealm, request.bearerToken());
    if (!apiKey.isEmpty())
        return kitErrors(401, QStringLiteral("The API key is invalid"));
    if (!check.ok())
        return kitErrors(401, QStringLiteral("The access token is invalid"));
    if (request.path == QLatin1String("/v4/account") && request.method == "GET")
        return SandboxReply::json(200, Json{{"user", {{"email", toStd(m_context.seed.kitUser.email)}}},
                                            {"account", {{"id", m_context.seed.kitUser.id.toLongLong()}, {"name", toStd(m_context.seed.kitAccountName)},
                                                         {"plan_type", "creator"}, {"primary_email_address", toStd(m_context.seed.kitUser.email)},
                                                         {"created_at", "2023-02-17T11:43:55Z"},
                                                         {"timezone", {{"name", "Asia/Riyadh"}, {"friendly_name", "Riyadh"}, {"utc_offset", "+03:00"}}}}}});
    if (request.path == QLatin1String("/v4/broadcasts") && request.method == "POST")
        return createBroadcast(request);
    if (request.path == QLatin1String("/v4/broadcasts") && request.method == "GET")
        return listBroadcasts(request);
    if (EmailStatsApi::handlesKit(request))
        return m_stats.kitStats(request, [this](qint64 id) { return m_broadcasts.count(id) > 0; });
    if (request.path.startsWith(QLatin1String("/v4/broadcasts/")))
        return oneBroadcast(request);
    return kitErrors(404, QStringLiteral("Not Found"));
}

SandboxReply KitEmulator::createBroadcast(const SandboxRequest &request)
{
    const auto json = request.json();
    if (!json || !json->is_object())
        return kitErrors(422, QStringLiteral("The request body must be JSON"));
    const Json sendAt = json->value("send_at", Json());
    if (!sendAt.is_null()) {
        if (!sendAt.is_string() || !QDateTime::fromString(fromStd(sendAt.get<std::string>()), Qt::ISODate).isValid())
            return kitErrors(422, QStringLiteral("Send at is not a valid date"));
        if (jsonString(*json, "subject").isEmpty() || jsonString(*json, "content").isEmpty())
            return kitErrors(422, QStringLiteral("A scheduled broadcast needs a subject and content"));
    }
    const qint64 id = m_nextBroadcast++;
    Json broadcast{{"id", id}, {"publication_id", id}, {"created_at", toStd(m_context.clock.now().toString(Qt::ISODate))},
                   {"subject", json->value("subject", Json())}, {"preview_text", json->value("preview_text", Json())},
                   {"description", json->value("description", Json())}, {"content", json->value("content", Json())},
                   {"public", json->value("public", false)}, {"published_at", json->value("published_at", Json())}, {"send_at", sendAt},
                   {"thumbnail_alt", nullptr}, {"thumbnail_url", nullptr}, {"email_address", toStd(m_context.seed.kitUser.email)},
                   {"email_template", {{"id", 6}, {"name", "Text Only"}}},
                   {"subscriber_filter", json->value("subscriber_filter", Json::array({{{"all", Json::array({{{"type", "all_subscribers"}}})}}}))}};
    broadcast["public_url"] = json->value("public", false) ? Json(toStd(QStringLiteral("https://noura.kit.com/posts/broadcast-%1").arg(id))) : Json();
    m_broadcasts[id] = broadcast;
    return SandboxReply::json(201, Json{{"broadcast", broadcast}});
}

SandboxReply KitEmulator::listBroadcasts(const SandboxRequest &request) const
{
    const int perPage = request.hasQuery(QStringLiteral("per_page")) ? request.queryValue(QStringLiteral("per_page")).toInt() : 500;
    if (perPage < 1 || perPage > 1000)
        return kitErrors(422, QStringLiteral("Per page must be between 1 and 1000"));
    // Cursors are the broadcast id in text; newest first.
    const QString after = request.queryValue(QStringLiteral("after"));
    bool afterOk = false;
    const qint64 afterId = after.toLongLong(&afterOk);
    if (!after.isEmpty() && !afterOk)
        return kitErrors(422, QStringLiteral("The cursor is invalid"));
    Json page = Json::array();
    bool more = false;
    for (auto it = m_broadcasts.rbegin(); it != m_broadcasts.rend(); ++it) {
        if (afterOk && it->first >= afterId)
            continue;
        if (page.size() == std::size_t(perPage)) {
            more = true;
            break;
        }
        page.push_back(it->second);
    }
    const Json start = page.empty() ? Json() : Json(std::to_string(page.front()["id"].get<qint64>()));
    const Json end = page.empty() ? Json() : Json(std::to_string(page.back()["id"].get<qint64>()));
    return SandboxReply::json(200, Json{{"broadcasts", page},
                                        {"pagination", {{"has_previous_page", afterOk}, {"has_next_page", more}, {"start_cursor", start},
                                                        {"end_cursor", end}, {"per_page", perPage}}}});
}

SandboxReply KitEmulator::oneBroadcast(const SandboxRequest &request)
{
    bool ok = false;
    const qint64 id = request.path.mid(int(sizeof("/v4/broadcasts/")) - 1).toLongLong(&ok);
    const auto it = ok ? m_broadcasts.find(id) : m_broadcasts.end();
    if (it == m_broadcasts.end())
        return kitErrors(404, QStringLiteral("Not Found"));
    if (request.method == "GET")
        return SandboxReply::json(200, Json{{"broadcast", it->second}});
    if (request.method == "DELETE") {
        m_broadcasts.erase(it);
        return SandboxReply::empty(204);
    }
    return kitErrors(404, QStringLiteral("Not Found"));
}

SandboxReply KitEmulator::faultReply(FaultKind kind, const FaultRule &rule, const SandboxRequest &request)
{
    Q_UNUSED(request);
    Q_UNUSED(rule);
    switch (kind) {
    case FaultKind::RateLimit: return kitErrors(429, QStringLiteral("Too many requests"));
    case FaultKind::ServerError: return kitErrors(rule.status ? rule.status : 500, QStringLiteral("Internal server error"));
    case FaultKind::TokenExpired: return kitErrors(401, QStringLiteral("The access token expired"));
    case FaultKind::TokenInvalid: return kitErrors(401, QStringLiteral("The access token is invalid"));
    case FaultKind::Policy: return kitErrors(403, QStringLiteral("This feature is not available on your plan"));
    case FaultKind::Slow:
    case FaultKind::DropAfterAccept: break;
    }
    return SandboxReply::empty(500);
}

} // namespace cf::sandbox
