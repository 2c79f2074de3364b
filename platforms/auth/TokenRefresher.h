#pragma once

#include "models/domain/Connection.h"
#include "platforms/auth/AuthTypes.h"
#include "platforms/auth/OAuthProviderTable.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <optional>
#include <vector>

class QNetworkAccessManager;

namespace cf {
class ConnectionRepository;
class EndpointMap;
class PlatformAppCredentials;
class TokenVault;

// Hands out usable access tokens for connections, renewing them when they
// are about to expire or after the platform answered 401.
//  - Single flight: while a connection's tokens are being loaded or
//    refreshed, further callers for it wait for that same operation; one
//    refresh request goes out, however many callers there are.
//  - Write before use: the answer of a refresh (a rotated refresh token
//    invalidates the old one) is written to the keychain BEFORE anyone is
//    given the new access token; if that write fails nobody gets it.
//  - A refused refresh (invalid_grant, a revoked app) or a grant that cannot
//    be renewed marks the connection NeedsRelogin in the database.
// Keychain trouble is reported as an error and changes no row: a locked
// keychain must not turn into "signed out".
class TokenRefresher : public QObject
{
    Q_OBJECT
public:
    // Tokens expiring within this many seconds are renewed first.
    static constexpr qint64 kRefreshMarginSecs = 300;

    TokenRefresher(TokenVault &vault, PlatformAppCredentials &apps, const OAuthProviderTable &providers,
                   ConnectionRepository &connections, const EndpointMap &endpoints, QNetworkAccessManager &network,
                   UtcNow now, QObject *parent = nullptr);

    using TokenCallback = std::function<void(const std::optional<TokenSet> &tokens, const AuthError &error)>;

    // A token good for at least kRefreshMarginSecs (or one that never expires).
    void accessToken(const Connection &connection, TokenCallback done);
    // The platform answered 401 to rejectedAccessToken: renew now. When a
    // concurrent caller already renewed it, the newer stored token is given
    // without another refresh.
    void refreshAfterUnauthorized(const Connection &connection, const QString &rejectedAccessToken, TokenCallback done);

    // How many refresh requests were sent (for tests and diagnostics).
    int refreshCount() const { return m_refreshCount; }

Q_SIGNALS:
    // A connection was marked NeedsRelogin; message is translated.
    void reloginNeeded(qint64 connectionId, const QString &message);

private:
    struct Flight
    {
        std::vector<TokenCallback> waiting;
    };
    void run(const Connection &connection, bool force, const QString &rejected, TokenCallback done);
    void refresh(const Connection &connection, const TokenSet &current);
    void finish(qint64 connectionId, const std::optional<TokenSet> &tokens, const AuthError &error);
    void markRelogin(const Connection &connection, const AuthError &why);

    TokenVault &m_vault;
    PlatformAppCredentials &m_apps;
    const OAuthProviderTable &m_providers;
    ConnectionRepository &m_connections;
    const EndpointMap &m_endpoints;
    QNetworkAccessManager &m_network;
    UtcNow m_now;
    QHash<qint64, Flight> m_flights;
    int m_refreshCount = 0;
};

} // namespace cf
