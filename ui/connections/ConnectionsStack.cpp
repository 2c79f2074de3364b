#include "ui/connections/ConnectionsStack.h"

#include "models/store/ConnectionRepository.h"
#include "platforms/auth/ConnectionService.h"
#include "platforms/auth/KeychainStore.h"
#include "platforms/auth/OAuthProviderTable.h"
#include "platforms/auth/PlatformAppCredentials.h"
#include "platforms/auth/TokenRefresher.h"
#include "platforms/auth/TokenVault.h"

#include <QDesktopServices>
#include <QNetworkAccessManager>

namespace cf {

struct ConnectionsStack::Parts
{
    Parts(const Database &database, OAuthProviderTable table, const EndpointMap &endpointMap,
          std::unique_ptr<KeychainStore> ownKeychain, SecretStore &secrets, const UtcNow &utcNow)
        : endpoints(endpointMap),
          now(utcNow),
          keychain(std::move(ownKeychain)),
          providers(std::move(table)),
          vault(secrets),
          apps(secrets),
          repository(database),
          service(providers, apps, vault, repository, endpointMap, network, utcNow),
          refresher(vault, apps, providers, repository, endpointMap, network, utcNow)
    {
    }
    const EndpointMap &endpoints;
    UtcNow now;
    QNetworkAccessManager network;
    std::unique_ptr<KeychainStore> keychain; // null when the store was given
    OAuthProviderTable providers;
    TokenVault vault;
    PlatformAppCredentials apps;
    ConnectionRepository repository;
    ConnectionService service;
    TokenRefresher refresher;
};

namespace {
std::optional<OAuthProviderTable> loadTable(QString *error)
{
    return OAuthProviderTable::builtIn(error);
}
} // namespace

std::unique_ptr<ConnectionsStack> ConnectionsStack::create(const Database &database, const EndpointMap &endpoints,
                                                           const QString &keychainService, UtcNow now, QString *error)
{
    auto table = loadTable(error);
    if (!table)
        return nullptr;
    auto keychain = std::make_unique<KeychainStore>(keychainService);
    SecretStore &secrets = *keychain;
    return std::unique_ptr<ConnectionsStack>(new ConnectionsStack(
        std::make_unique<Parts>(database, std::move(*table), endpoints, std::move(keychain), secrets, std::move(now))));
}

std::unique_ptr<ConnectionsStack> ConnectionsStack::create(const Database &database, const EndpointMap &endpoints,
                                                           SecretStore &secrets, UtcNow now, QString *error)
{
    auto table = loadTable(error);
    if (!table)
        return nullptr;
    return std::unique_ptr<ConnectionsStack>(new ConnectionsStack(
        std::make_unique<Parts>(database, std::move(*table), endpoints, nullptr, secrets, std::move(now))));
}

ConnectionsStack::ConnectionsStack(std::unique_ptr<Parts> parts) : m_parts(std::move(parts))
{
    Parts &p = *m_parts;
    m_services.emplace(ConnectionsServices{p.service, p.repository, p.apps, p.vault, p.refresher, p.endpoints, p.network,
                                           p.now, [](const QUrl &url) { return QDesktopServices::openUrl(url); },
                                           std::chrono::minutes(5)});
}

ConnectionsStack::~ConnectionsStack() = default;

const OAuthProviderTable &ConnectionsStack::providers() const
{
    return m_parts->providers;
}

} // namespace cf
