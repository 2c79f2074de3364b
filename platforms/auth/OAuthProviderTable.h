#pragma once

#include "models/domain/Platform.h"
#include "platforms/auth/Pkce.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>
#include <vector>

namespace cf {

// How the browser hands the authorization code back to us.
enum class RedirectKind {
    Embedded,          // our web view intercepts a registered https redirect
    LoopbackEphemeral, // http://127.0.0.1:<any free port>/path (the provider allows any port)
    LoopbackFixed,     // http://127.0.0.1:<registered port>/path
    Paste,             // the user copies the URL the browser ended on
};
QString redirectKindId(RedirectKind kind);
std::optional<RedirectKind> redirectKindFromId(const QString &id);
bool isLoopback(RedirectKind kind);

enum class ClientAuth { Body, Basic };
enum class TokenRequestStyle { Form, Get, Json };
enum class RevokeStyle { None, Rfc7009, MetaDeletePermissions, TikTokForm, TikTokAdsJson };

// One OAuth provider: its documented endpoints, scopes and quirks. Loaded
// from resources/data/oauth_providers.json so that a change at a provider
// is a data edit.
struct OAuthProvider
{
    QString id; // "facebook", "tiktok_ads", ...
    std::vector<Platform> platforms;
    QUrl authorizeUrl;
    QUrl tokenUrl;
    QUrl revokeUrl;
    RevokeStyle revokeStyle = RevokeStyle::None;
    QStringList scopes;
    QString scopeSeparator = QStringLiteral(" ");
    PkceMethod pkce = PkceMethod::None;
    ClientAuth clientAuth = ClientAuth::Body;
    bool secretRequired = false;
    TokenRequestStyle tokenRequest = TokenRequestStyle::Form;
    QString clientIdParam = QStringLiteral("client_id");
    QString clientSecretParam = QStringLiteral("client_secret");
    QString codeParam = QStringLiteral("code");
    bool tiktokBusinessEnvelope = false; // {"code":0,"data":{...}} answers
    QMap<QString, QString> authorizeExtra;
    QList<RedirectKind> redirectKinds; // default first
    QUrl redirectUri;                  // the registered https redirect, when fixed by the platform
    quint16 loopbackPort = 0;
    QString loopbackPath = QStringLiteral("/callback");
    bool refreshable = false;

    RedirectKind defaultRedirectKind() const { return redirectKinds.value(0, RedirectKind::Paste); }
    bool allowsRedirectKind(RedirectKind kind) const { return redirectKinds.contains(kind); }
    Platform primaryPlatform() const { return platforms.empty() ? Platform::Facebook : platforms.front(); }
};

class OAuthProviderTable
{
public:
    // Parses the JSON text of a provider table; nullopt and a translated
    // reason in *error when it is malformed.
    static std::optional<OAuthProviderTable> fromJson(const QByteArray &json, QString *error);
    // The compiled-in table (:/data/oauth_providers.json).
    static std::optional<OAuthProviderTable> builtIn(QString *error);

    const std::vector<OAuthProvider> &providers() const { return m_providers; }
    const OAuthProvider *find(const QString &providerId) const;
    // The provider that connects platform's content account (the first one
    // listing it): facebook for instagram, tiktok (Login Kit) for tiktok.
    const OAuthProvider *forPlatform(Platform platform) const;

private:
    std::vector<OAuthProvider> m_providers;
};

} // namespace cf
