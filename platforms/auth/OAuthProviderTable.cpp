#include "platforms/auth/OAuthProviderTable.h"

#include "resources/ResourceFile.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cf {

namespace {

struct KindId
{
    RedirectKind kind;
    const char *id;
};
constexpr KindId kKindIds[] = {{RedirectKind::Embedded, "embedded"},
                               {RedirectKind::LoopbackEphemeral, "loopback_ephemeral"},
                               {RedirectKind::LoopbackFixed, "loopback_fixed"},
                               {RedirectKind::Paste, "paste"}};

QString bad(const QString &provider, const QString &field)
{
    return QCoreApplication::translate("cf::OAuthProviderTable",
                                       "The OAuth provider table is damaged: provider \"%1\" has no valid \"%2\".")
        .arg(provider, field);
}

QUrl absoluteUrl(const QJsonObject &o, const char *key)
{
    const QUrl url(o.value(QLatin1String(key)).toString(), QUrl::StrictMode);
    return url.isValid() && !url.scheme().isEmpty() && !url.host().isEmpty() ? url : QUrl();
}

std::optional<OAuthProvider> parseProvider(const QJsonObject &o, QString *error)
{
    OAuthProvider p;
    p.id = o.value(QStringLiteral("id")).toString();
    auto fail = [&](const char *field) {
        if (error)
            *error = bad(p.id, QLatin1String(field));
        return std::nullopt;
    };
    if (p.id.isEmpty())
        return fail("id");
    for (const QJsonValue &v : o.value(QStringLiteral("platforms")).toArray()) {
        const auto platform = platformFromId(v.toString());
        if (!platform)
            return fail("platforms");
        p.platforms.push_back(*platform);
    }
    if (p.platforms.empty())
        return fail("platforms");
    p.authorizeUrl = absoluteUrl(o, "authorize_url");
    p.tokenUrl = absoluteUrl(o, "token_url");
    if (p.authorizeUrl.isEmpty())
        return fail("authorize_url");
    if (p.tokenUrl.isEmpty())
        return fail("token_url");
    p.revokeUrl = absoluteUrl(o, "revoke_url");
    const QString revoke = o.value(QStringLiteral("revoke_style")).toString();
    if (revoke == QLatin1String("rfc7009"))
        p.revokeStyle = RevokeStyle::Rfc7009;
    else if (revoke == QLatin1String("meta_delete_permissions"))
        p.revokeStyle = RevokeStyle::MetaDeletePermissions;
    else if (revoke == QLatin1String("tiktok_form"))
        p.revokeStyle = RevokeStyle::TikTokForm;
    else if (revoke == QLatin1String("tiktok_ads_json"))
        p.revokeStyle = RevokeStyle::TikTokAdsJson;
    else if (!revoke.isEmpty())
        return fail("revoke_style");
    if ((p.revokeStyle == RevokeStyle::None) != p.revokeUrl.isEmpty())
        return fail("revoke_url");
    for (const QJsonValue &v : o.value(QStringLiteral("scopes")).toArray())
        p.scopes << v.toString();
    p.scopeSeparator = o.value(QStringLiteral("scope_separator")).toString(QStringLiteral(" "));
    const QString pkce = o.value(QStringLiteral("pkce")).toString(QStringLiteral("none"));
    if (pkce == QLatin1String("s256"))
        p.pkce = PkceMethod::S256;
    else if (pkce == QLatin1String("s256_hex"))
        p.pkce = PkceMethod::S256Hex;
    else if (pkce != QLatin1String("none"))
        return fail("pkce");
    const QString auth = o.value(QStringLiteral("client_auth")).toString(QStringLiteral("body"));
    if (auth != QLatin1String("body") && auth != QLatin1String("basic"))
        return fail("client_auth");
    p.clientAuth = auth == QLatin1String("basic") ? ClientAuth::Basic : ClientAuth::Body;
    p.secretRequired = o.value(QStringLiteral("client_secret")).toString() == QLatin1String("required");
    const QString style = o.value(QStringLiteral("token_request")).toString(QStringLiteral("form"));
    if (style == QLatin1String("get"))
        p.tokenRequest = TokenRequestStyle::Get;
    else if (style == QLatin1String("json"))
        p.tokenRequest = TokenRequestStyle::Json;
    else if (style != QLatin1String("form"))
        return fail("token_request");
    p.clientIdParam = o.value(QStringLiteral("client_id_param")).toString(p.clientIdParam);
    p.clientSecretParam = o.value(QStringLiteral("client_secret_param")).toString(p.clientSecretParam);
    p.codeParam = o.value(QStringLiteral("code_param")).toString(p.codeParam);
    p.tiktokBusinessEnvelope = o.value(QStringLiteral("response_envelope")).toString() == QLatin1String("tiktok_business");
    const QJsonObject extra = o.value(QStringLiteral("authorize_extra")).toObject();
    for (auto it = extra.begin(); it != extra.end(); ++it)
        p.authorizeExtra.insert(it.key(), it.value().toString());
    for (const QJsonValue &v : o.value(QStringLiteral("redirect_kinds")).toArray()) {
        const auto kind = redirectKindFromId(v.toString());
        if (!kind)
            return fail("redirect_kinds");
        p.redirectKinds << *kind;
    }
    if (p.redirectKinds.isEmpty())
        return fail("redirect_kinds");
    if (o.contains(QStringLiteral("redirect_uri"))) {
        p.redirectUri = absoluteUrl(o, "redirect_uri");
        if (p.redirectUri.isEmpty() || p.redirectUri.scheme() != QLatin1String("https"))
            return fail("redirect_uri");
    }
    const int port = o.value(QStringLiteral("loopback_port")).toInt(0);
    if (port < 0 || port > 65535)
        return fail("loopback_port");
    p.loopbackPort = static_cast<quint16>(port);
    p.loopbackPath = o.value(QStringLiteral("loopback_path")).toString(p.loopbackPath);
    if (!p.loopbackPath.startsWith(QLatin1Char('/')))
        return fail("loopback_path");
    p.refreshable = o.value(QStringLiteral("refreshable")).toBool(false);
    return p;
}

} // namespace

QString redirectKindId(RedirectKind kind)
{
    for (const KindId &k : kKindIds)
        if (k.kind == kind)
            return QLatin1String(k.id);
    return {};
}

std::optional<RedirectKind> redirectKindFromId(const QString &id)
{
    for (const KindId &k : kKindIds)
        if (id == QLatin1String(k.id))
            return k.kind;
    return std::nullopt;
}

bool isLoopback(RedirectKind kind) { return kind == RedirectKind::LoopbackEphemeral || kind == RedirectKind::LoopbackFixed; }

std::optional<OAuthProviderTable> OAuthProviderTable::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()
        || !doc.object().value(QStringLiteral("providers")).isArray()) {
        if (error)
            *error = QCoreApplication::translate("cf::OAuthProviderTable",
                                                 "The OAuth provider table is not a JSON object with a \"providers\" list.");
        return std::nullopt;
    }
    OAuthProviderTable table;
    for (const QJsonValue &v : doc.object().value(QStringLiteral("providers")).toArray()) {
        auto provider = parseProvider(v.toObject(), error);
        if (!provider)
            return std::nullopt;
        table.m_providers.push_back(std::move(*provider));
    }
    return table;
}

std::optional<OAuthProviderTable> OAuthProviderTable::builtIn(QString *error)
{
    const QByteArray json = readResource(QStringLiteral("data/oauth_providers.json"), error);
    if (json.isEmpty())
        return std::nullopt;
    return fromJson(json, error);
}

const OAuthProvider *OAuthProviderTable::find(const QString &providerId) const
{
    for (const OAuthProvider &p : m_providers)
        if (p.id == providerId)
            return &p;
    return nullptr;
}

const OAuthProvider *OAuthProviderTable::forPlatform(Platform platform) const
{
    for (const OAuthProvider &p : m_providers)
        if (std::find(p.platforms.begin(), p.platforms.end(), platform) != p.platforms.end())
            return &p;
    return nullptr;
}

} // namespace cf
