#include "platforms/auth/AuthHttp.h"
#include "platforms/auth/IdentityFetchers.h"

#include <QJsonArray>

namespace cf {

namespace {

struct SingleCall
{
    const char *providerId;
    Platform platform;
    const char *url;
    // Reads the account out of the answer; false when it is not there.
    bool (*parse)(const QJsonObject &json, DiscoveredAccount &account);
};

QJsonValue at(const QJsonObject &o, std::initializer_list<const char *> path)
{
    QJsonValue v = o;
    for (const char *key : path)
        v = v.toObject().value(QLatin1String(key));
    return v;
}

bool parseX(const QJsonObject &j, DiscoveredAccount &a)
{
    a.id = at(j, {"data", "id"}).toString();
    a.name = at(j, {"data", "name"}).toString();
    if (const QString user = at(j, {"data", "username"}).toString(); !user.isEmpty())
        a.name = a.name.isEmpty() ? QLatin1Char('@') + user : QStringLiteral("%1 (@%2)").arg(a.name, user);
    a.pictureUrl = at(j, {"data", "profile_image_url"}).toString();
    return !a.id.isEmpty();
}

bool parseLinkedIn(const QJsonObject &j, DiscoveredAccount &a)
{
    a.id = j.value(QStringLiteral("sub")).toString();
    a.name = j.value(QStringLiteral("name")).toString();
    a.pictureUrl = j.value(QStringLiteral("picture")).toString();
    return !a.id.isEmpty();
}

bool parseTikTok(const QJsonObject &j, DiscoveredAccount &a)
{
    if (at(j, {"error", "code"}).toString(QStringLiteral("ok")) != QLatin1String("ok"))
        return false;
    a.id = at(j, {"data", "user", "open_id"}).toString();
    a.name = at(j, {"data", "user", "display_name"}).toString();
    a.pictureUrl = at(j, {"data", "user", "avatar_url"}).toString();
    return !a.id.isEmpty();
}

bool parseYouTube(const QJsonObject &j, DiscoveredAccount &a)
{
    const QJsonObject channel = j.value(QStringLiteral("items")).toArray().first().toObject();
    a.id = channel.value(QStringLiteral("id")).toString();
    a.name = at(channel, {"snippet", "title"}).toString();
    a.pictureUrl = at(channel, {"snippet", "thumbnails", "default", "url"}).toString();
    return !a.id.isEmpty();
}

bool parseKit(const QJsonObject &j, DiscoveredAccount &a)
{
    const QJsonValue id = at(j, {"account", "id"});
    a.id = id.isString() ? id.toString() : QString::number(id.toInteger());
    a.name = at(j, {"account", "name"}).toString();
    if (a.name.isEmpty())
        a.name = at(j, {"user", "email"}).toString();
    return !id.isUndefined() && !a.id.isEmpty() && a.id != QLatin1String("0");
}

constexpr SingleCall kCalls[] = {
    {"x", Platform::X, "https://api.x.com/2/users/me?user.fields=profile_image_url", &parseX},
    {"linkedin", Platform::LinkedIn, "https://api.linkedin.com/v2/userinfo", &parseLinkedIn},
    {"tiktok", Platform::TikTok, "https://open.tiktokapis.com/v2/user/info/?fields=open_id,union_id,avatar_url,display_name",
     &parseTikTok},
    {"youtube", Platform::YouTube, "https://www.googleapis.com/youtube/v3/channels?part=snippet&mine=true", &parseYouTube},
    {"kit", Platform::Kit, "https://api.kit.com/v4/account", &parseKit},
};

const SingleCall *callFor(const QString &providerId)
{
    for (const SingleCall &c : kCalls)
        if (providerId == QLatin1String(c.providerId))
            return &c;
    return nullptr;
}

} // namespace

bool SingleCallIdentityFetcher::handles(const QString &providerId) { return callFor(providerId) != nullptr; }

void SingleCallIdentityFetcher::fetch(const TokenSet &tokens, const AppCredentials &, QObject *context, Callback done)
{
    const SingleCall *call = callFor(m_providerId);
    identity::getJson(m_network, m_endpoints, QUrl(QLatin1String(call->url)), {{"Authorization", identity::bearer(tokens)}},
                      context, [call, tokens, done = std::move(done)](const HttpAnswer &answer) {
                          if (answer.transportFailed() || answer.status != 200) {
                              done({}, identity::callFailed(call->platform, answer));
                              return;
                          }
                          AccountIdentity identity;
                          identity.account.platform = call->platform;
                          if (!answer.isJsonObject || !call->parse(answer.json, identity.account)) {
                              done({}, identity::unreadable(call->platform));
                              return;
                          }
                          if (identity.account.name.isEmpty())
                              identity.account.name = identity.account.id;
                          identity.tokens = tokens;
                          identity.grantedScopes = tokens.scopes;
                          done(identity, {});
                      });
}

} // namespace cf
