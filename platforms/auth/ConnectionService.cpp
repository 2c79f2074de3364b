#include "platforms/auth/ConnectionService.h"

#include "models/store/ConnectionRepository.h"
#include "platforms/auth/AuthLog.h"
#include "platforms/auth/AuthorizationSession.h"
#include "platforms/auth/PlatformAppCredentials.h"
#include "platforms/auth/TokenExchange.h"
#include "platforms/auth/TokenVault.h"

#include <QSet>

namespace cf {

ConnectionService::ConnectionService(const OAuthProviderTable &providers, PlatformAppCredentials &apps, TokenVault &vault,
                                     ConnectionRepository &connections, const EndpointMap &endpoints,
                                     QNetworkAccessManager &network, UtcNow now, QObject *parent)
    : QObject(parent), m_providers(providers), m_apps(apps), m_vault(vault), m_connections(connections),
      m_endpoints(endpoints), m_network(network), m_now(std::move(now))
{
}

ConnectionService::~ConnectionService() = default;

void ConnectionService::fail(const AuthError &error)
{
    m_fetcher.reset();
    Q_EMIT connectFailed(error);
}

void ConnectionService::beginSignIn(const QString &providerId, std::optional<RedirectKind> kind, SessionReady ready)
{
    const OAuthProvider *found = m_providers.find(providerId);
    if (!found) {
        ready(nullptr, AuthError::make(AuthError::Code::Unsupported, tr("There is no sign-in for \"%1\".").arg(providerId)));
        return;
    }
    const OAuthProvider provider = *found;
    m_apps.get(provider.id, this,
               [this, provider, kind, ready](const std::optional<AppCredentials> &app, bool, const AuthError &error) {
        if (error.isError()) {
            ready(nullptr, error);
            return;
        }
        if (!app) {
            ready(nullptr, AuthError::make(AuthError::Code::NotConfigured,
                                           tr("%1 needs a registered developer app. Enter its client id under Platform "
                                              "apps (or run: campaignforge-cli apps set %2 --client-id ID).")
                                               .arg(platformDisplayName(provider.primaryPlatform()), provider.id)));
            return;
        }
        RedirectKind chosen = provider.defaultRedirectKind();
        if (kind)
            chosen = *kind;
        else if (const auto stored = redirectKindFromId(app->redirectKind); stored && provider.allowsRedirectKind(*stored))
            chosen = *stored;
        auto *session = new AuthorizationSession(provider, *app, chosen, m_endpoints, m_network, m_now, this);
        QString startError;
        if (!session->start(&startError)) {
            delete session;
            ready(nullptr, AuthError::make(AuthError::Code::NotConfigured, startError));
            return;
        }
        const AppCredentials appCopy = *app;
        connect(session, &AuthorizationSession::succeeded, this, [this, session, provider, appCopy](const TokenSet &tokens) {
            session->deleteLater();
            complete(provider, appCopy, tokens);
        });
        connect(session, &AuthorizationSession::failed, this, [this, session](const AuthError &e) {
            session->deleteLater();
            fail(e);
        });
        ready(session, {});
    });
}

void ConnectionService::complete(const OAuthProvider &provider, const AppCredentials &app, const TokenSet &tokens)
{
    m_fetcher = makeIdentityFetcher(provider.id, m_endpoints, m_network, m_now);
    if (!m_fetcher) {
        fail(AuthError::make(AuthError::Code::Unsupported, tr("CampaignForge cannot read accounts of %1 yet.").arg(provider.id)));
        return;
    }
    const QString providerId = provider.id;
    const std::shared_ptr<IdentityFetcher> keepAlive = m_fetcher;
    m_fetcher->fetch(tokens, app, this, [this, providerId, keepAlive](const AccountIdentity &identity, const AuthError &error) {
        if (error.isError()) {
            fail(error);
            return;
        }
        store(providerId, identity);
    });
}

void ConnectionService::store(const QString &providerId, const AccountIdentity &identity)
{
    const QDateTime now = m_now();
    Connection row;
    row.platform = identity.account.platform;
    row.kind = ConnectionKind::Account;
    row.provider = providerId;
    row.accountId = identity.account.id;
    row.accountName = identity.account.name;
    row.pictureUrl = identity.account.pictureUrl;
    row.apiBase = identity.account.apiBase;
    row.scopes = identity.grantedScopes;
    row.expiresAt = identity.tokens.expiresAt;
    row.status = ConnectionStatus::Connected;
    row.createdAt = now;
    row.updatedAt = now;
    const StoreResult<qint64> id = m_connections.upsert(row);
    if (!id) {
        fail(AuthError::make(AuthError::Code::Storage, id.error().message));
        return;
    }
    row.id = *id;
    // Tokens go into the keychain under the row's id.
    m_vault.store(row.platform, row.id, identity.tokens, this, [this, row, providerId, identity](const AuthError &error) {
        if (error.isError()) {
            // The row stays, in a visible error state: the user sees why.
            (void)m_connections.setStatus(row.id, ConnectionStatus::Error, error.message, m_now());
            fail(error);
            return;
        }
        storeSubAccounts(row.id, providerId, identity);
    });
}

void ConnectionService::storeSubAccounts(qint64 parentId, const QString &providerId, const AccountIdentity &identity)
{
    const QDateTime now = m_now();
    QSet<qint64> keep;
    // Sub-account tokens (Page tokens) to write, as (row, tokens).
    auto pending = std::make_shared<std::vector<std::pair<Connection, TokenSet>>>();
    for (const DiscoveredAccount &account : identity.subAccounts) {
        Connection child;
        child.platform = account.platform;
        child.kind = account.kind;
        child.parentId = parentId;
        child.provider = providerId;
        child.accountId = account.id;
        child.accountName = account.name;
        child.pictureUrl = account.pictureUrl;
        child.apiBase = account.apiBase;
        child.status = ConnectionStatus::Connected;
        child.createdAt = now;
        child.updatedAt = now;
        const StoreResult<qint64> id = m_connections.upsert(child);
        if (!id) {
            fail(AuthError::make(AuthError::Code::Storage, id.error().message));
            return;
        }
        child.id = *id;
        keep.insert(child.id);
        if (account.ownTokens)
            pending->emplace_back(child, *account.ownTokens);
    }
    // Whatever the account no longer gives access to goes (with its Page token).
    const auto previous = m_connections.children(parentId);
    if (previous) {
        for (const Connection &old : *previous) {
            if (keep.contains(old.id))
                continue;
            m_vault.remove(old.platform, old.id, this, [](const AuthError &) {});
            (void)m_connections.remove(old.id);
        }
    }
    // The step holds itself only weakly; each pending keychain write holds it strongly.
    auto first = std::make_shared<std::function<void()>>();
    const std::weak_ptr<std::function<void()>> weakNext = first;
    *first = [this, pending, weakNext, parentId] {
        if (pending->empty()) {
            m_fetcher.reset();
            const auto parent = m_connections.find(parentId);
            if (parent) {
                qCInfo(lcAuth) << "connected" << platformId(parent->platform) << "as connection" << parentId;
                Q_EMIT connected(*parent);
            } else {
                fail(AuthError::make(AuthError::Code::Storage, parent.error().message));
            }
            return;
        }
        const auto [child, tokens] = pending->back();
        pending->pop_back();
        m_vault.store(child.platform, child.id, tokens, this, [this, child = child, next = weakNext.lock()](const AuthError &error) {
            if (error.isError()) {
                (void)m_connections.setStatus(child.id, ConnectionStatus::Error, error.message, m_now());
                fail(error);
                return;
            }
            (*next)();
        });
    };
    (*first)();
}

void ConnectionService::disconnect(qint64 connectionId, std::function<void(const DisconnectOutcome &)> done)
{
    const auto found = m_connections.find(connectionId);
    if (!found) {
        done({false, false, AuthError::make(AuthError::Code::Storage, found.error().message)});
        return;
    }
    const Connection connection = *found;
    const OAuthProvider *provider = m_providers.find(connection.provider);
    if (connection.parentId || !provider || provider->revokeStyle == RevokeStyle::None) {
        // A Page or ad account shares its parent's grant; some platforms offer no revocation.
        removeLocally(connection, false, {}, std::move(done));
        return;
    }
    const OAuthProvider providerCopy = *provider;
    m_vault.load(connection.platform, connection.id, this,
                 [this, connection, providerCopy, done](const std::optional<TokenSet> &tokens, const AuthError &error) {
        if (error.isError()) {
            done({false, false, error}); // keychain unavailable: keep everything
            return;
        }
        if (!tokens) {
            removeLocally(connection, false, {}, done);
            return;
        }
        m_apps.get(providerCopy.id, this, [this, connection, providerCopy, tokens, done](const std::optional<AppCredentials> &app,
                                                                                         bool, const AuthError &appError) {
            if (appError.isError()) {
                done({false, false, appError});
                return;
            }
            auto exchange = std::make_shared<TokenExchange>(providerCopy, app.value_or(AppCredentials{}), m_endpoints,
                                                            m_network, m_now);
            exchange->revoke(*tokens, this, [this, connection, exchange, done](const AuthError &revokeError) {
                if (revokeError.isError())
                    qCWarning(lcAuth) << "revoking connection" << connection.id << "failed; removing it here anyway";
                removeLocally(connection, !revokeError.isError(), revokeError, done);
            });
        });
    });
}

void ConnectionService::removeLocally(const Connection &connection, bool revoked, const AuthError &revokeError,
                                      std::function<void(const DisconnectOutcome &)> done)
{
    std::vector<Connection> rows{connection};
    if (const auto children = m_connections.children(connection.id))
        rows.insert(rows.end(), children->begin(), children->end());
    auto remaining = std::make_shared<std::vector<Connection>>(std::move(rows));
    // The step holds itself only weakly; each pending keychain removal holds it strongly.
    auto first = std::make_shared<std::function<void()>>();
    const std::weak_ptr<std::function<void()>> weakNext = first;
    *first = [this, remaining, weakNext, connection, revoked, revokeError, done] {
        if (remaining->empty()) {
            const StoreStatus removed = m_connections.remove(connection.id);
            if (removed.isError()) {
                done({false, revoked, AuthError::make(AuthError::Code::Storage, removed.message)});
                return;
            }
            qCInfo(lcAuth) << "disconnected connection" << connection.id << (revoked ? "(revoked)" : "(not revoked)");
            done({true, revoked, revokeError});
            return;
        }
        const Connection row = remaining->back();
        remaining->pop_back();
        m_vault.remove(row.platform, row.id, this, [next = weakNext.lock(), done, revoked](const AuthError &error) {
            if (error.isError()) {
                // Keep the rows: the secrets are still there and must stay reachable.
                done({false, revoked, error});
                return;
            }
            (*next)();
        });
    };
    (*first)();
}

} // namespace cf
