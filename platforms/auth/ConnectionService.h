#pragma once

#include "models/domain/Connection.h"
#include "models/store/StoreError.h"
#include "platforms/auth/AuthTypes.h"
#include "platforms/auth/IdentityFetcher.h"
#include "platforms/auth/OAuthProviderTable.h"

#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace cf {
class AuthorizationSession;
class ConnectionRepository;
class EndpointMap;
class PlatformAppCredentials;
class TokenVault;

// Connecting and disconnecting accounts, for the Connections screen and the
// CLI. A sign-in runs through an AuthorizationSession; once it yields
// tokens the service asks the platform who signed in (IdentityFetcher),
// stores a Connection row for the account and one per Page / Instagram
// account / ad account found through it (rows never hold a token), and puts
// the tokens in the keychain under those rows' ids. Disconnecting revokes
// the grant where the platform offers it, deletes the keychain entries, and
// only then deletes the rows: an account is never dropped while its secrets
// could not be removed.
class ConnectionService : public QObject
{
    Q_OBJECT
public:
    ConnectionService(const OAuthProviderTable &providers, PlatformAppCredentials &apps, TokenVault &vault,
                      ConnectionRepository &connections, const EndpointMap &endpoints, QNetworkAccessManager &network,
                      UtcNow now, QObject *parent = nullptr);
    ~ConnectionService() override;

    const OAuthProviderTable &providers() const { return m_providers; }

    // Prepares and starts a sign-in with providerId (kind: nullopt for the
    // app's chosen or the provider's default redirect). ready gets the
    // started session (owned by the service, valid until connected or
    // connectFailed) or a translated error. The session's outcome then
    // arrives as connected / connectFailed.
    using SessionReady = std::function<void(AuthorizationSession *session, const AuthError &error)>;
    void beginSignIn(const QString &providerId, std::optional<RedirectKind> kind, SessionReady ready);

    // WordPress self-hosted: checks the application password with
    // GET <site>/wp-json/wp/v2/users/me?context=edit, then stores it.
    void connectWordPress(const QUrl &site, const QString &user, const QString &applicationPassword);

    struct DisconnectOutcome
    {
        bool removed = false;          // rows and keychain entries are gone
        bool revoked = false;          // the platform confirmed the revocation
        AuthError error;               // why it was not removed, or why revocation failed
    };
    void disconnect(qint64 connectionId, std::function<void(const DisconnectOutcome &)> done);

Q_SIGNALS:
    // The signed-in account's row (its sub-accounts are its children).
    void connected(const cf::Connection &connection);
    void connectFailed(const cf::AuthError &error);

private:
    void complete(const OAuthProvider &provider, const AppCredentials &app, const TokenSet &tokens);
    void store(const QString &providerId, const AccountIdentity &identity);
    void storeSubAccounts(qint64 parentId, const QString &providerId, const AccountIdentity &identity);
    void fail(const AuthError &error);
    void removeLocally(const Connection &connection, bool revoked, const AuthError &revokeError,
                       std::function<void(const DisconnectOutcome &)> done);

    const OAuthProviderTable &m_providers;
    PlatformAppCredentials &m_apps;
    TokenVault &m_vault;
    ConnectionRepository &m_connections;
    const EndpointMap &m_endpoints;
    QNetworkAccessManager &m_network;
    UtcNow m_now;
    std::shared_ptr<IdentityFetcher> m_fetcher; // the one in use
};

} // namespace cf
