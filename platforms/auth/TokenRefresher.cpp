#include "platforms/auth/TokenRefresher.h"

#include "models/store/ConnectionRepository.h"
#include "platforms/auth/AuthLog.h"
#include "platforms/auth/PlatformAppCredentials.h"
#include "platforms/auth/TokenExchange.h"
#include "platforms/auth/TokenVault.h"

#include <memory>

namespace cf {

TokenRefresher::TokenRefresher(TokenVault &vault, PlatformAppCredentials &apps, const OAuthProviderTable &providers,
                               ConnectionRepository &connections, const EndpointMap &endpoints,
                               QNetworkAccessManager &network, UtcNow now, QObject *parent)
    : QObject(parent), m_vault(vault), m_apps(apps), m_providers(providers), m_connections(connections),
      m_endpoints(endpoints), m_network(network), m_now(std::move(now))
{
}

void TokenRefresher::accessToken(const Connection &connection, TokenCallback done)
{
    run(connection, false, {}, std::move(done));
}

void TokenRefresher::refreshAfterUnauthorized(const Connection &connection, const QString &rejectedAccessToken,
                                              TokenCallback done)
{
    run(connection, true, rejectedAccessToken, std::move(done));
}

void TokenRefresher::run(const Connection &connection, bool force, const QString &rejected, TokenCallback done)
{
    const qint64 id = connection.id;
    auto it = m_flights.find(id);
    if (it != m_flights.end()) {
        // Join the operation in flight: its result is at least as fresh.
        it->waiting.push_back(std::move(done));
        return;
    }
    m_flights[id].waiting.push_back(std::move(done));
    m_vault.load(connection.platform, id, this,
                 [this, connection, force, rejected](const std::optional<TokenSet> &tokens, const AuthError &error) {
                     if (error.isError()) {
                         finish(connection.id, std::nullopt, error);
                         return;
                     }
                     if (!tokens) {
                         const AuthError missing = AuthError::make(
                             AuthError::Code::InvalidGrant,
                             tr("The sign-in for %1 is no longer in the keychain. Sign in again.")
                                 .arg(platformDisplayName(connection.platform)));
                         markRelogin(connection, missing);
                         finish(connection.id, std::nullopt, missing);
                         return;
                     }
                     // After a 401 the stored token may already be a newer one
                     // that a concurrent caller obtained: then no refresh.
                     const bool rejectedIsCurrent = force && (rejected.isEmpty() || rejected == tokens->accessToken);
                     if (!rejectedIsCurrent && !tokens->expiresWithin(m_now(), kRefreshMarginSecs)) {
                         finish(connection.id, tokens, {});
                         return;
                     }
                     refresh(connection, *tokens);
                 });
}

void TokenRefresher::refresh(const Connection &connection, const TokenSet &current)
{
    const OAuthProvider *provider = m_providers.find(connection.provider);
    if (!provider)
        provider = m_providers.forPlatform(connection.platform);
    if (!provider || !provider->refreshable || current.refreshToken.isEmpty()) {
        const AuthError cannot = AuthError::make(
            AuthError::Code::InvalidGrant,
            tr("The sign-in for %1 has expired and cannot be renewed automatically. Sign in again.")
                .arg(platformDisplayName(connection.platform)));
        markRelogin(connection, cannot);
        finish(connection.id, std::nullopt, cannot);
        return;
    }
    const OAuthProvider providerCopy = *provider;
    m_apps.get(provider->id, this,
               [this, connection, current, providerCopy](const std::optional<AppCredentials> &app, bool,
                                                          const AuthError &appError) {
                   if (appError.isError() || !app) {
                       finish(connection.id, std::nullopt,
                              appError.isError()
                                  ? appError
                                  : AuthError::make(AuthError::Code::NotConfigured,
                                                    tr("%1 has no app credentials under Platform apps.")
                                                        .arg(platformDisplayName(connection.platform))));
                       return;
                   }
                   ++m_refreshCount;
                   qCInfo(lcAuth) << "refreshing the tokens of connection" << connection.id << "with" << providerCopy.id;
                   auto exchange = std::make_shared<TokenExchange>(providerCopy, *app, m_endpoints, m_network, m_now);
                   exchange->refresh(current.refreshToken, this,
                                     [this, connection, exchange](const TokenSet &fresh, const AuthError &error) {
                                         if (error.isError()) {
                                             if (error.code == AuthError::Code::InvalidGrant
                                                 || error.code == AuthError::Code::InvalidClient)
                                                 markRelogin(connection, error);
                                             finish(connection.id, std::nullopt, error);
                                             return;
                                         }
                                         // Keychain first: a rotated refresh token must not be lost.
                                         m_vault.store(connection.platform, connection.id, fresh, this,
                                                       [this, connection, fresh](const AuthError &storeError) {
                                                           if (storeError.isError()) {
                                                               qCWarning(lcAuth) << "could not keep the renewed tokens of connection"
                                                                                 << connection.id;
                                                               finish(connection.id, std::nullopt, storeError);
                                                               return;
                                                           }
                                                           (void)m_connections.setStatus(connection.id,
                                                                                         ConnectionStatus::Connected, {},
                                                                                         m_now());
                                                           finish(connection.id, fresh, {});
                                                       });
                                     });
               });
}

void TokenRefresher::markRelogin(const Connection &connection, const AuthError &why)
{
    qCInfo(lcAuth) << "connection" << connection.id << "needs a new sign-in";
    const StoreStatus status = m_connections.setStatus(connection.id, ConnectionStatus::NeedsRelogin, why.message, m_now());
    if (status.isError())
        qCWarning(lcAuth) << "could not record that connection" << connection.id << "needs a new sign-in:" << status.detail;
    Q_EMIT reloginNeeded(connection.id, why.message);
}

void TokenRefresher::finish(qint64 connectionId, const std::optional<TokenSet> &tokens, const AuthError &error)
{
    const auto it = m_flights.find(connectionId);
    if (it == m_flights.end())
        return;
    const std::vector<TokenCallback> waiting = std::move(it->waiting);
    m_flights.erase(it);
    for (const TokenCallback &callback : waiting)
        callback(tokens, error);
}

} // namespace cf
